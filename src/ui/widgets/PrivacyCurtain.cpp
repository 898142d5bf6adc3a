#include "ui/widgets/PrivacyCurtain.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/theme/Icons.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

PrivacyCurtain::PrivacyCurtain(QWidget* covered) : QFrame(covered)
{
    setObjectName(QStringLiteral("privacyCurtain"));
    setProperty("role", QStringLiteral("panel"));
    setAutoFillBackground(true);
    setAccessibleName(tr("Privacy curtain"));
    setAccessibleDescription(tr("The screen is hidden while the keyboard changes hands."));
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    auto* card = makeFrame("card", this, QStringLiteral("curtainCard"));
    card->setMaximumWidth(560);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(36, 32, 36, 32);
    layout->setSpacing(14);
    auto* icon = new QLabel(card);
    icon->setPixmap(icons::tinted(QStringLiteral("curtain"), QPalette::Highlight).pixmap(40, 40));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);
    m_title = makeLabel(QString(), "title", card);
    m_title->setObjectName(QStringLiteral("curtainTitle"));
    m_title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_title);
    m_body = makeLabel(QString(), "body", card);
    m_body->setObjectName(QStringLiteral("curtainBody"));
    m_body->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_body);
    auto* buttons = new QHBoxLayout();
    buttons->setSpacing(10);
    buttons->addStretch(1);
    m_back = makeButton(tr("Go back"), QStringLiteral("curtainBack"), card, "quiet", QStringLiteral("back"));
    m_confirm = makeButton(tr("It's me — show my screen"), QStringLiteral("curtainConfirm"), card, "primary",
                           QStringLiteral("solo"));
    m_confirm->setDefault(true);
    buttons->addWidget(m_back);
    buttons->addWidget(m_confirm);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    auto* row = new QHBoxLayout();
    row->addStretch(1);
    row->addWidget(card, 4);
    row->addStretch(1);
    outer->addLayout(row);
    outer->addStretch(3);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        lower();
        Q_EMIT confirmed();
    });
    connect(m_back, &QPushButton::clicked, this, [this] {
        lower();
        Q_EMIT cancelled();
    });
    covered->installEventFilter(this);
    hide();
}

void PrivacyCurtain::raiseFor(const QString& next, const QString& previous)
{
    m_title->setText(tr("Over to %1").arg(next));
    if (previous.isEmpty())
        m_body->setText(tr("The screen is hidden while you change places. %1, when you are at the keyboard, say it's "
                           "you.")
                            .arg(next));
    else
        m_body->setText(tr("The screen is hidden while you change places, so what %1 wrote stays with %1. %2, when "
                           "you are at the keyboard, say it's you.")
                            .arg(previous, next));
    m_confirm->setText(tr("I'm %1 — show my screen").arg(next));
    m_confirm->setAccessibleName(tr("I'm %1 — show my screen").arg(next));
    m_confirm->setAccessibleDescription(tr("Confirms that %1 is at the keyboard now (Enter).").arg(next));
    const QString back = previous.isEmpty() ? tr("Go back") : tr("Back to %1").arg(previous);
    m_back->setText(back);
    m_back->setAccessibleName(back);
    m_back->setAccessibleDescription(tr("Goes back to how it was, without showing anything (Escape)."));
    setGeometry(parentWidget()->rect());
    m_up = true;
    show();
    raise();
    m_confirm->setFocus(Qt::OtherFocusReason);
}

void PrivacyCurtain::lower()
{
    m_up = false;
    hide();
}

bool PrivacyCurtain::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && m_up)
        setGeometry(parentWidget()->rect());
    return QFrame::eventFilter(watched, event);
}

void PrivacyCurtain::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        m_back->click();
        return;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (QWidget* focus = focusWidget(); focus == m_back)
            m_back->click();
        else
            m_confirm->click();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace tend::ui
