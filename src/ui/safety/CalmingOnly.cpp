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

content::Card settlingPractices(const std::string& id, const QString& title, const QString& body,
                                const std::string& tag)
{
    content::Card card;
    card.id = id;
    card.kind = content::CardKind::Practice;
    card.tag = tag;
    card.title = title.toStdString();
    card.body = body.toStdString();
    return card;
}

QList<CardWidget*> makeCalmingPractices(const AppContext& app, const PartnerInfo& who, QWidget* parent)
{
    CardContext context;
    context.regulationContent = &app.regulationContent();
    context.writer = who;
    context.now = app.now;
    QList<CardWidget*> cards;
    content::Card breathing;
    breathing.id = "calming-breathing";
    breathing.kind = content::CardKind::Breathing;
    breathing.pattern = "slow-six";
    breathing.minutes = 0; // the pattern's own length
    breathing.title = CalmingOnly::tr("Breathe a little slower").toStdString();
    cards << new BreathingCard(breathing, context, parent);
    cards << new PracticeCard(settlingPractices("calming-practices", CalmingOnly::tr("Something steadying"), {}),
                              context, parent);
    return cards;
}

} // namespace tend::ui::safety
