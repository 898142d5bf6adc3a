#include "ui/cards/CardFactory.h"

#include <QHash>
#include <QStringList>

#include "ui/cards/CardWidget.h"
#include "ui/cards/OptionCards.h"
#include "ui/cards/RegulationCards.h"
#include "ui/cards/ScaleCards.h"
#include "ui/cards/ScheduleCard.h"
#include "ui/cards/TextCards.h"
#include "ui/cards/TimeCards.h"
#include "ui/cards/TurnsCard.h"
#include "ui/theme/RichText.h"

namespace tend::ui {
namespace {

template <typename T> CardFactory::Creator make()
{
    return [](const content::Card& card, const CardContext& context, QWidget* parent) -> CardWidget* {
        return new T(card, context, parent);
    };
}

/// A `timer` for re-bonding gets the hug timer (touch optional, alternatives); any other keeps the countdown.
CardWidget* makeTimer(const content::Card& card, const CardContext& context, QWidget* parent)
{
    if (HugTimerCard::isRebonding(card))
        return new HugTimerCard(card, context, parent);
    return new TimerCard(card, context, parent);
}

QHash<QString, CardFactory::Creator>& registry()
{
    static QHash<QString, CardFactory::Creator> creators{
        {QStringLiteral("info"), make<CardWidget>()},
        {QStringLiteral("prompt"), make<PromptCard>()},
        {QStringLiteral("choice"), make<ChoiceCard>()},
        {QStringLiteral("scale"), make<ScaleCard>()},
        {QStringLiteral("checkin"), make<CheckinCard>()},
        {QStringLiteral("checklist"), make<ChecklistCard>()},
        {QStringLiteral("timer"), makeTimer},
        {QStringLiteral("breathing"), make<BreathingCard>()},
        {QStringLiteral("practice"), make<PracticeCard>()},
        {QStringLiteral("turns"), make<TurnsCard>()},
        {QStringLiteral("gate"), make<GateCard>()},
        {QStringLiteral("schedule"), make<ScheduleCard>()},
    };
    return creators;
}

} // namespace

CardWidget* CardFactory::create(const content::Card& card, const CardContext& context, QWidget* parent)
{
    const QString kind = qs(std::string(content::toString(card.kind)));
    const auto it = registry().constFind(kind);
    CardWidget* widget =
        it != registry().constEnd() ? (*it)(card, context, parent) : new CardWidget(card, context, parent);
    return widget;
}

void CardFactory::registerKind(const QString& kind, Creator creator)
{
    registry().insert(kind, std::move(creator));
}

QStringList CardFactory::kinds()
{
    return {QStringLiteral("info"),  QStringLiteral("prompt"),    QStringLiteral("choice"),
            QStringLiteral("scale"), QStringLiteral("checkin"),   QStringLiteral("checklist"),
            QStringLiteral("timer"), QStringLiteral("breathing"), QStringLiteral("practice"),
            QStringLiteral("turns"), QStringLiteral("gate"),      QStringLiteral("schedule")};
}

} // namespace tend::ui
