#include "ui/safety/CalmingOnly.h"

#include <QCoreApplication>

#include "ui/cards/RegulationCards.h"

namespace tend::ui::safety {
namespace {

// Gives the calming cards' titles a translation context lupdate can see.
class CalmingOnly {
    Q_DECLARE_TR_FUNCTIONS(tend::ui::safety::CalmingOnly)
};

} // namespace

QList<CardWidget*> makeCalmingPractices(const AppContext& app, const PartnerInfo& who, QWidget* parent)
{
    CardContext context;
    context.regulation = app.regulation();
    context.regulationContent = &app.regulationContent();
    context.writer = who;
    context.now = app.now;
    QList<CardWidget*> cards;
    cards << new BreathingCard({{"id", "calming-breathing"},
                                {"kind", "breathing"},
                                {"pattern", "slow-six"},
                                {"title", CalmingOnly::tr("Breathe a little slower").toStdString()}},
                               context, parent);
    cards << new PracticeCard({{"id", "calming-practices"},
                               {"kind", "practice"},
                               {"tag", "settle"},
                               {"title", CalmingOnly::tr("Something steadying").toStdString()}},
                              context, parent);
    return cards;
}

} // namespace tend::ui::safety
