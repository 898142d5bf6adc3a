#include "ui/widgets/FlowLayout.h"

#include <QWidget>

namespace tend::ui {

FlowLayout::FlowLayout(QWidget* parent, int spacing) : QLayout(parent), m_spacing(spacing)
{
    setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem* item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem* item)
{
    m_items.append(item);
}

QLayoutItem* FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem* item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

void FlowLayout::setGeometry(const QRect& rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const
{
    const QMargins margins = contentsMargins();
    const QRect area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom());
    int x = area.x();
    int y = area.y();
    int lineHeight = 0;
    const auto shown = [](const QLayoutItem* item) {
        return !item->widget() || item->widget()->isVisibleTo(item->widget()->parentWidget());
    };
    const QLayoutItem* last = nullptr;
    for (const QLayoutItem* item : m_items)
        if (shown(item))
            last = item;
    for (QLayoutItem* item : m_items) {
        if (!shown(item))
            continue;
        const QSize hint = item->sizeHint();
        int nextX = x + hint.width() + m_spacing;
        if (nextX - m_spacing > area.right() + 1 && lineHeight > 0) {
            x = area.x();
            y += lineHeight + m_spacing;
            nextX = x + hint.width() + m_spacing;
            lineHeight = 0;
        }
        if (m_lastAtRight && item == last)
            x = std::max(x, area.right() + 1 - hint.width());
        if (apply)
            item->setGeometry(QRect(QPoint(x, y), QSize(std::min(hint.width(), area.width()), hint.height())));
        x = nextX;
        lineHeight = std::max(lineHeight, hint.height());
    }
    return y + lineHeight - rect.y() + margins.bottom();
}

} // namespace tend::ui
