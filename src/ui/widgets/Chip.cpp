#include "ui/widgets/Chip.h"

#include "ui/theme/Icons.h"

namespace tend::ui {

Chip::Chip(const QString& text, const QString& objectName, QWidget* parent, const QString& icon)
    : QPushButton(text, parent), m_icon(icon)
{
    setObjectName(objectName);
    setAccessibleName(text);
    setCheckable(true);
    setProperty("kind", QStringLiteral("chip"));
    setCursor(Qt::PointingHandCursor);
    setAutoDefault(false);
    setIconSize(QSize(16, 16));
    connect(this, &QPushButton::toggled, this, &Chip::updateIcon);
    updateIcon(false);
}

void Chip::updateIcon(bool checked)
{
    if (checked)
        setIcon(icons::tinted(QStringLiteral("check"), QPalette::Highlight));
    else if (!m_icon.isEmpty())
        setIcon(icons::tinted(m_icon));
    else
        setIcon(QIcon());
}

} // namespace tend::ui
