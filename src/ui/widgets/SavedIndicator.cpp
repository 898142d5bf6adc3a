#include "ui/widgets/SavedIndicator.h"

#include <QHBoxLayout>
#include <QLabel>

#include "ui/theme/Icons.h"
#include "ui/theme/Theme.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

SavedIndicator::SavedIndicator(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("savedIndicator"));
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(2, 0, 2, 0);
    row->setSpacing(6);
    m_icon = new QLabel(this);
    m_icon->setFixedSize(16, 16);
    m_label = makeLabel(QString(), "small", this);
    m_label->setWordWrap(false);
    m_label->setObjectName(QStringLiteral("savedIndicatorText"));
    row->addWidget(m_icon);
    row->addWidget(m_label);
    row->addStretch(1);
    setMinimumHeight(20);
    setState(State::Idle);
}

QString SavedIndicator::text() const
{
    return m_label->text();
}

void SavedIndicator::setState(State state, const QString& detail)
{
    m_state = state;
    QString text;
    QString icon;
    switch (state) {
    case State::Idle:
    case State::Editing:
        break;
    case State::Saving:
        text = tr("Saving…");
        break;
    case State::Saved:
        text = detail.isEmpty() ? tr("Saved") : tr("Saved %1").arg(detail);
        icon = QStringLiteral("saved");
        break;
    case State::Failed:
        text = detail.isEmpty() ? tr("Not saved yet — Tend will keep trying.") : detail;
        icon = QStringLiteral("info");
        break;
    case State::NotStored:
        text = detail.isEmpty() ? tr("Kept on screen only") : detail;
        break;
    }
    m_label->setText(text);
    m_icon->setPixmap(icon.isEmpty() ? QPixmap() : icons::tinted(icon, QPalette::PlaceholderText).pixmap(16, 16));
    m_icon->setVisible(!icon.isEmpty());
    setAccessibleName(text);
}

} // namespace tend::ui
