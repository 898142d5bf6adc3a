#include "ui/widgets/TileButton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include "ui/theme/Icons.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

TileButton::TileButton(const QString& title, const QString& subtitle, const QString& objectName, const QString& icon,
                       QWidget* parent)
    : QPushButton(parent)
{
    setObjectName(objectName);
    setAccessibleName(title);
    setAccessibleDescription(subtitle);
    setProperty("kind", QStringLiteral("tile"));
    setCursor(Qt::PointingHandCursor);
    setAutoDefault(false);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(18, 16, 18, 16);
    row->setSpacing(14);
    auto* mark = new QLabel(this);
    mark->setPixmap(icons::tinted(icon, QPalette::Highlight).pixmap(26, 26));
    mark->setAttribute(Qt::WA_TransparentForMouseEvents);
    row->addWidget(mark, 0, Qt::AlignTop);
    auto* words = new QVBoxLayout();
    words->setSpacing(3);
    m_title = makeLabel(title, "heading", this);
    m_subtitle = makeLabel(subtitle, "muted", this);
    for (QLabel* label : {m_title, m_subtitle}) {
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        words->addWidget(label);
    }
    words->addStretch(1);
    row->addLayout(words, 1);
    // Chosen tiles say so with a tick as well as their colour.
    connect(this, &QPushButton::toggled, this,
            [this, title](bool on) { m_title->setText(on ? QStringLiteral("✓  ") + title : title); });
}

QSize TileButton::sizeHint() const
{
    return layout()->sizeHint().expandedTo(QSize(200, 72));
}
QSize TileButton::minimumSizeHint() const
{
    return QSize(160, layout()->minimumSize().height());
}
int TileButton::heightForWidth(int width) const
{
    return layout()->totalHeightForWidth(width);
}

} // namespace tend::ui
