#include "ui/screens/ReturnScreen.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/theme/RichText.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

ReturnScreen::ReturnScreen(AppContext* app, QWidget* parent) : Screen(ScreenId::Return, app, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* page = new ScrollPage(this, 720);
    layout->addWidget(page);
    QWidget* host = page->columnWidget();
    QLabel* eyebrow = makeLabel(tr("COMING BACK"), "eyebrow", host);
    eyebrow->setObjectName(QStringLiteral("returnEyebrow"));
    page->column()->addWidget(eyebrow);
    QLabel* heading = makeLabel(tr("Time to come back together"), "title", host);
    heading->setObjectName(QStringLiteral("returnTitle"));
    page->column()->addWidget(heading);
    page->column()->addWidget(
        makeLabel(tr("While Tend was closed, the time you agreed to come back has come. Keeping that promise is part "
                     "of the repair — and if either of you is not ready yet, agreeing a new time is keeping it too."),
                  "muted", host));
    auto* holder = new QWidget(host);
    m_list = new QVBoxLayout(holder);
    m_list->setContentsMargins(0, 8, 0, 0);
    m_list->setSpacing(12);
    page->column()->addWidget(holder);
    auto* row = new QHBoxLayout();
    m_later = makeButton(tr("Not now — go to the start screen"), QStringLiteral("returnLater"), host, "quiet",
                         QStringLiteral("home"), tr("Leaves the repair paused; you can continue it from Home."));
    connect(m_later, &QPushButton::clicked, this, [this] { Q_EMIT navigate(ScreenId::Home); });
    row->addWidget(m_later);
    row->addStretch(1);
    page->column()->addLayout(row);
    page->column()->addStretch(1);
}

QWidget* ReturnScreen::initialFocus() const
{
    return m_first ? static_cast<QWidget*>(m_first) : m_later;
}

void ReturnScreen::setNotices(const QList<regulation::ReminderNotice>& notices)
{
    m_notices = notices;
    while (QLayoutItem* item = m_list->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_first = nullptr;
    QWidget* host = m_list->parentWidget();
    int index = 0;
    for (const regulation::ReminderNotice& notice : notices) {
        auto* card = makeFrame("card", host, QStringLiteral("returnNotice"));
        auto* layout = new QVBoxLayout(card);
        layout->setContentsMargins(24, 18, 24, 18);
        layout->setSpacing(8);
        QLabel* body = makeLabel(notice.body, "body", card);
        body->setObjectName(QStringLiteral("returnBody"));
        layout->addWidget(body);
        if (!notice.place.isEmpty()) {
            QLabel* place = makeLabel(tr("Where you agreed to meet: %1").arg(notice.place), "body", card);
            place->setObjectName(QStringLiteral("returnPlace"));
            layout->addWidget(place);
        }
        layout->addWidget(makeLabel(tr("Before you start, take one slow breath together."), "muted", card));
        if (!notice.sessionId.isEmpty()) {
            auto* buttons = new QHBoxLayout();
            QPushButton* open =
                makeButton(tr("Continue the repair"), QStringLiteral("returnOpen%1").arg(index), card, "primary",
                           QStringLiteral("next"), tr("Opens the repair where you paused it."));
            const QString sessionId = notice.sessionId;
            connect(open, &QPushButton::clicked, this, [this, sessionId] { Q_EMIT openSession(sessionId); });
            buttons->addWidget(open);
            buttons->addStretch(1);
            layout->addLayout(buttons);
            if (!m_first)
                m_first = open;
        }
        m_list->addWidget(card);
        ++index;
    }
}

} // namespace tend::ui
