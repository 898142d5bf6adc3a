#include "ui/regulation/FillRing.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

#include "ui/regulation/RegulationQt.h"

namespace tend::ui::regulation {

FillRing::FillRing(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("fillRing"));
    setAccessibleName(tr("Time ring"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void FillRing::setProgress(double progress)
{
    progress = std::clamp(progress, 0.0, 1.0);
    // A 5760-step arc (Qt's 1/16 degree) is the finest the ring can show.
    if (std::lround(progress * 5760) == std::lround(m_progress * 5760))
        return;
    m_progress = progress;
    update();
}

void FillRing::setDoneBlend(double blend)
{
    blend = std::clamp(blend, 0.0, 1.0);
    if (std::abs(blend - m_done) < 1.0 / 512)
        return;
    m_done = blend;
    update();
}

void FillRing::setCentreText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    setAccessibleDescription(text);
    update();
}

void FillRing::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double side = std::min(width(), height());
    const double thickness = std::max(6.0, side * 0.055);
    const QRectF box((width() - side) / 2 + thickness, (height() - side) / 2 + thickness, side - 2 * thickness,
                     side - 2 * thickness);

    const QColor window = palette().color(QPalette::Window);
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor text = palette().color(QPalette::WindowText);
    // The gentle end: the accent softens toward the page, and a faint glow fills the middle.
    const QColor fill = blend(accent, blend(accent, window, 0.4), m_done);

    // Track.
    painter.setPen(QPen(blend(window, text, 0.10), thickness, Qt::SolidLine, Qt::FlatCap));
    painter.drawEllipse(box);

    // Fill from twelve o'clock, clockwise.
    if (m_progress > 0.0) {
        painter.setPen(QPen(fill, thickness, Qt::SolidLine, m_progress < 1.0 ? Qt::RoundCap : Qt::FlatCap));
        painter.drawArc(box, 90 * 16, -static_cast<int>(std::lround(m_progress * 5760)));
    }
    // A soft inner glow that appears as the end arrives.
    if (m_done > 0.0) {
        QColor glow = fill;
        glow.setAlphaF(static_cast<float>(0.16 * m_done));
        painter.setPen(Qt::NoPen);
        painter.setBrush(glow);
        const double inset = thickness * 0.9;
        painter.drawEllipse(box.adjusted(inset, inset, -inset, -inset));
    }

    if (!m_text.isEmpty()) {
        QFont big = font();
        // A number is shown large; a sentence (the gentle end) smaller, so it rests inside the ring.
        const bool sentence = m_text.size() > 4;
        big.setPointSizeF(std::max(10.0, side * (sentence ? 0.052 : 0.085)));
        painter.setFont(big);
        painter.setPen(text);
        const double inset = thickness * 2.2;
        painter.drawText(box.adjusted(inset, inset, -inset, -inset), Qt::AlignCenter | Qt::TextWordWrap, m_text);
    }
}

} // namespace tend::ui::regulation
