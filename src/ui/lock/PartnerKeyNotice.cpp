#include "ui/lock/PartnerKeyNotice.h"

#include <QVBoxLayout>

#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/lock/PartnerKeyBox.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

bool PartnerKeyNotice::needed(AppContext* app, const std::string& partnerId)
{
    const JournalService* journal = app ? app->journal() : nullptr;
    return journal && !journal->isLocked() && journal->partnerSecretKind(partnerId).has_value() &&
           !journal->isPartnerUnlocked(partnerId);
}

PartnerKeyNotice::PartnerKeyNotice(AppContext* app, PartnerInfo writer, QWidget* parent)
    : QFrame(parent), m_app(app), m_partnerId(writer.id)
{
    setObjectName(QStringLiteral("partnerKeyNotice"));
    setProperty("role", QStringLiteral("card"));
    auto* column = new QVBoxLayout(this);
    // The card's margins, so its text lines up with the card under it.
    column->setContentsMargins(28, 22, 28, 18);
    column->setSpacing(12);
    QLabel* text =
        makeLabel(tr("%1, your own key is closed, so an answer kept private here cannot be saved yet. "
                     "Open it below, or leave this answer shared.")
                      .arg(writer.name),
                  "body", this); // the card's message, flush with the key box below (a "note" is an aside, indented)
    text->setObjectName(QStringLiteral("partnerKeyNoticeText"));
    column->addWidget(text);
    column->addWidget(new PartnerKeyBox(app, std::move(writer), this));
    setAccessibleName(tr("Your own key is closed"));
    if (JournalService* journal = app->journal())
        connect(journal, &JournalService::protectionChanged, this, &PartnerKeyNotice::update);
}

void PartnerKeyNotice::update()
{
    if (!needed(m_app, m_partnerId))
        hide();
}

} // namespace tend::ui
