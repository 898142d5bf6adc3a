#include "ui/screens/CommitmentsScreen.h"

#include <QDateTime>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/theme/RichText.h"
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
    auto* holder = new QWidget(page->columnWidget());
    m_list = new QVBoxLayout(holder);
    m_list->setContentsMargins(0, 8, 0, 0);
    m_list->setSpacing(10);
    page->column()->addWidget(holder);
    page->column()->addStretch(1);
}

void CommitmentsScreen::activated()
{
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
    for (const journal::Commitment& c : list) {
        auto* card = makeFrame("card", host, QStringLiteral("commitment"));
        auto* layout = new QVBoxLayout(card);
        layout->setContentsMargins(20, 14, 20, 14);
        layout->setSpacing(4);
        const nlohmann::json payload = nlohmann::json::parse(c.payload, nullptr, false);
        const QString text = payload.is_object() ? qs(payload.value("text", std::string())) : QString();
        layout->addWidget(makeLabel(text, "body", card));
        QString status;
        switch (c.status) {
        case journal::CommitmentStatus::Open:
            status = tr("open");
            break;
        case journal::CommitmentStatus::Kept:
            status = tr("kept");
            break;
        case journal::CommitmentStatus::PartlyKept:
            status = tr("partly kept");
            break;
        case journal::CommitmentStatus::NotKept:
            status = tr("not kept yet");
            break;
        case journal::CommitmentStatus::Released:
            status = tr("let go");
            break;
        }
        const QString who = c.partnerId ? app()->profile().partner(*c.partnerId).name : tr("both of you");
        const QDateTime made = QDateTime::fromString(qs(c.createdAt), Qt::ISODate).toLocalTime();
        layout->addWidget(
            makeLabel(tr("%1 · %2 · made %3").arg(who, status, friendlyDate(made.date())), "small", card));
        m_list->addWidget(card);
    }
}

} // namespace tend::ui
