#include "ui/screens/CommitmentsScreen.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/screens/CommitmentReview.h"
#include "ui/screens/RepairAttemptsCard.h"
#include "ui/theme/RichText.h"
#include "ui/widgets/LedgerRow.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

CommitmentsScreen::CommitmentsScreen(AppContext* app, QWidget* parent) : Screen(ScreenId::Commitments, app, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* page = new ScrollPage(this, 720);
    layout->addWidget(page);
    page->column()->addWidget(makeLabel(tr("Commitments"), "title", page->columnWidget()));
    page->column()->addWidget(
        makeLabel(tr("The needs, requests and agreements from the end of each repair. Look back at them now and then: "
                     "keeping small promises is how trust grows."),
                  "muted", page->columnWidget()));
    // The repair-attempts ledger sits above the commitments: small, everyday, and noted as it happens.
    m_attempts = new RepairAttemptsCard(app, page->columnWidget());
    page->column()->addWidget(m_attempts);
    auto* holder = new QWidget(page->columnWidget());
    m_list = new QVBoxLayout(holder);
    m_list->setContentsMargins(0, 8, 0, 0);
    m_list->setSpacing(10);
    page->column()->addWidget(holder);
    page->column()->addStretch(1);
}

void CommitmentsScreen::activated()
{
    m_attempts->refresh();
    while (QLayoutItem* item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    QWidget* host = m_list->parentWidget();
    JournalService* journal = app()->journal();
    const auto list = journal ? journal->commitments(app()->profile().coupleId) : std::vector<journal::Commitment>{};
    if (list.empty()) {
        QLabel* empty = makeLabel(tr("No commitments yet. They come from the last step of a repair, when you say what "
                                     "each of you needs and will try."),
                                  "body", host);
        empty->setObjectName(QStringLiteral("commitmentsEmpty"));
        m_list->addWidget(empty);
        return;
    }
    // The ledger (modes/CommitmentLedger.h): open ones first, each answerable here too.
    const std::string now = ss(app()->now().toUTC().toString(Qt::ISODate));
    auto items = modes::ledger(journal->reader(), app()->profile().coupleId, now);
    if (!items)
        return;
    std::stable_partition(items->begin(), items->end(),
                          [](const modes::LedgerItem& item) { return modes::isOpen(item.status); });
    for (const modes::LedgerItem& item : *items) {
        auto* row = new LedgerRow(item, app(), true, host);
        row->setObjectName(QStringLiteral("commitment"));
        connect(row, &LedgerRow::reviewed, this,
                [this](const QString& id, modes::LedgerStatus before, modes::LedgerStatus status) {
                    CommitmentReview::store(app(), id, before, status);
                });
        m_list->addWidget(row);
    }
}

} // namespace tend::ui
