#include "ui/safety/CalmingOnly.h"

#include <QCoreApplication>

#include "ui/cards/RegulationCards.h"

namespace tend::ui::safety {

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
