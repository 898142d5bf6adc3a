#include "ui/widgets/ElidedLabel.h"

#include <QPainter>
#include <QStyle>

namespace tend::ui {

QSize ElidedLabel::minimumSizeHint() const
{
    const QSize full = QLabel::minimumSizeHint();
    // Room for a few letters and the ellipsis: enough to see that something is there, and to hover for the rest.
    return {std::min(full.width(), fontMetrics().horizontalAdvance(QStringLiteral("Wwww…"))), full.height()};
}

void ElidedLabel::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    const QRect area = contentsRect();
    const QString shown = fontMetrics().elidedText(text(), Qt::ElideRight, area.width());
    setToolTip(shown == text() ? QString() : text());
    style()->drawItemText(&painter, area, int(alignment()), palette(), isEnabled(), shown, foregroundRole());
}

} // namespace tend::ui
