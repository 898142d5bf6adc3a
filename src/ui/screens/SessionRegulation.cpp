#include "ui/screens/SessionRegulation.h"

#include <QDateTime>

#include "tend/engine/Session.h"
#include "ui/app/AppContext.h"
#include "ui/app/ReturnReminders.h"
#include "ui/cards/CardWidget.h"
#include "ui/theme/RichText.h"

namespace tend::ui {

engine::Answer earlierCheckin(const engine::Session& session, const std::string& writer, const content::Card& card)
{
    if (card.kind != content::CardKind::Checkin || card.phase != content::CheckinPhase::After)
        return nullptr;
    const engine::AnswerRecord* latest = nullptr;
    for (const content::Card& other : session.program().stepOf(card).cards) {
        if (other.kind != content::CardKind::Checkin || other.phase != content::CheckinPhase::Before)
            continue;
        const engine::AnswerRecord* record = session.answerFor(writer, other.id);
        if (record && record->value.is_object() && (!latest || record->at > latest->at))
            latest = record;
    }
    return latest ? latest->value : engine::Answer();
}

QString agreeReturnFromCard(AppContext* app, const CardWidget* card, const std::string& sessionId)
{
    if (!card || card->kind() != QLatin1String("schedule") || !app->reminders() || !app->comeBackPlanAllowed())
        return {};
    const nlohmann::json answer = card->answer();
    if (!answer.is_object())
        return {}; // skipped: nothing agreed
    const QDateTime at = QDateTime::fromString(qs(answer.value("at", std::string())), Qt::ISODate);
    if (!at.isValid())
        return {};
    const auto window = ReturnReminders::window(card->card().minMinutes, card->card().maxHours);
    return app->reminders()->agree(at, qs(answer.value("place", std::string())), sessionId, app->profile().coupleId,
                                   window);
}

QString agreeReturnFromPause(AppContext* app, const QString& returnAt, const QString& place,
                             const std::string& sessionId)
{
    if (returnAt.isEmpty() || !app->reminders() || !app->comeBackPlanAllowed())
        return {};
    return app->reminders()->agree(QDateTime::fromString(returnAt, Qt::ISODate), place, sessionId,
                                   app->profile().coupleId);
}

void settleReturn(AppContext* app, const std::string& sessionId)
{
    if (app->reminders())
        app->reminders()->settle(sessionId);
}

} // namespace tend::ui
