#include "ui/screens/CommitmentReview.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "tend/common/Log.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/LedgerRow.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

std::vector<modes::LedgerItem> CommitmentReview::itemsToReview(AppContext* app, const std::string& newSessionId)
{
    JournalService* journal = app->journal();
    if (!journal || !app->profile().isSet())
        return {};
    const std::string now = ss(app->now().toUTC().toString(Qt::ISODate));
    auto items = modes::reviewAtStart(journal->reader(), app->profile().coupleId, now, newSessionId);
    return items ? *items : std::vector<modes::LedgerItem>{};
}

void CommitmentReview::store(AppContext* app, const QString& commitmentId, modes::LedgerStatus before,
                             modes::LedgerStatus status)
{
    JournalService* journal = app ? app->journal() : nullptr;
    if (!journal || status == modes::LedgerStatus::New)
        return;
    const std::string couple = app->profile().coupleId;
    const std::string at = journal::isoUtc(app->clock()->now()); // the app's clock, like the repair's rows
    auto warn = [](bool ok, const QString&) {
        if (!ok)
            tend::log::get("ui")->warn("a commitment review was not saved");
    };
    if (!modes::isOpen(before) && status != modes::LedgerStatus::Revisit) {
        modes::LedgerReview reopen;
        reopen.status = modes::LedgerStatus::Revisit;
        reopen.followUpAt = at;
        reopen.at = at;
        journal->reviewCommitment(couple, ss(commitmentId), reopen, warn);
    }
    modes::LedgerReview review;
    review.status = status;
    review.at = at;
    journal->reviewCommitment(couple, ss(commitmentId), review, warn);
}

CommitmentReview::CommitmentReview(AppContext* app, const std::vector<modes::LedgerItem>& items, QWidget* parent)
    : QFrame(parent), m_app(app)
{
    setObjectName(QStringLiteral("commitmentReview"));
    setProperty("role", QStringLiteral("card"));
    setAccessibleName(tr("Did we keep this? Commitments from earlier repairs"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(12);
    layout->addWidget(makeLabel(
        tr("Before you start, look back together at what you agreed last time. Small promises kept are how trust "
           "grows — and a “not yet” is simply where you are."),
        "body", this));
    layout->addWidget(makeLabel(tr("Answer the ones you can; the rest stay as they are."), "muted", this));
    for (const modes::LedgerItem& item : items) {
        auto* row = new LedgerRow(item, app, true, this);
        connect(row, &LedgerRow::reviewed, this,
                [this](const QString& id, modes::LedgerStatus before, modes::LedgerStatus status) {
                    ++m_answered;
                    store(m_app, id, before, status);
                });
        layout->addWidget(row);
    }
    auto* buttons = new QHBoxLayout();
    m_goOn = makeButton(tr("Go on to step 1"), QStringLiteral("reviewGoOn"), this, "primary", QStringLiteral("next"),
                        tr("Start the repair. Commitments you did not answer stay as they were."));
    m_goOn->setLayoutDirection(Qt::RightToLeft);
    connect(m_goOn, &QPushButton::clicked, this, &CommitmentReview::finished);
    buttons->addStretch(1);
    buttons->addWidget(m_goOn);
    layout->addLayout(buttons);
}

QWidget* CommitmentReview::focusTarget() const
{
    if (LedgerRow* first = findChild<LedgerRow*>()) {
        if (auto* b = first->findChild<QPushButton*>())
            return b;
    }
    return m_goOn;
}

} // namespace tend::ui
