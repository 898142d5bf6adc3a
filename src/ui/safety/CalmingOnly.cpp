#include "ui/safety/CalmingOnly.h"

#include <QCoreApplication>

#include "ui/cards/RegulationCards.h"

namespace tend::ui::safety {

ProgramAccess programAccess(const SafetyStatus& writer, const std::vector<SafetyStatus>& everyone, bool togetherStep)
{
    // Calming only (R1, R2, R5, R6): the program's steps ask for deep, vulnerable work, so none of them opens
    // for this person, alone or together.
    if (writer.calmingOnly)
        return ProgramAccess::CalmingOnly;
    if (togetherStep) {
        for (const SafetyStatus& person : everyone) {
            if (person.jointLocked || person.calmingOnly)
                return ProgramAccess::JointClosed;
        }
    }
    return ProgramAccess::Open;
}

QList<CardWidget*> makeCalmingPractices(const AppContext& app, const PartnerInfo& who, QWidget* parent)
{
    CardContext context;
    context.regulation = app.regulation();
    context.regulationContent = &app.regulationContent();
    context.writer = who;
    context.now = app.now;
    QList<CardWidget*> cards;
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("tend::ui::safety", text).toStdString();
    };
    cards << new BreathingCard({{"id", "calming-breathing"},
                                {"kind", "breathing"},
                                {"pattern", "slow-six"},
                                {"title", tr("Breathe a little slower")}},
                               context, parent);
    cards << new PracticeCard(
        {{"id", "calming-practices"}, {"kind", "practice"}, {"tag", "settle"}, {"title", tr("Something steadying")}},
        context, parent);
    return cards;
}

} // namespace tend::ui::safety
