#include "ui/widgets/RingWidget.h"

#include <QPainter>
#include <QPainterPath>

#include "ui/theme/Theme.h"

namespace tend::ui {

RingWidget::RingWidget(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setFixedSize(180, 180);
}

void RingWidget::setProgress(double fraction)
{
    m_progress = std::clamp(fraction, 0.0, 1.0);
    update();
}

void RingWidget::setCentreText(const QString& text, const QString& caption)
{
    m_text = text;
    m_caption = caption;
    setAccessibleName(caption.isEmpty() ? text : caption + QLatin1Char(' ') + text);
    update();
}

void RingWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal thickness = 10.0;
    const QRectF box = QRectF(rect()).adjusted(thickness, thickness, -thickness, -thickness);
    p.setPen(QPen(Theme::extra(Theme::Extra::Border), thickness, Qt::SolidLine, Qt::RoundCap));
    p.drawEllipse(box);
    if (m_progress > 0.0) {
        p.setPen(QPen(palette().color(QPalette::Highlight), thickness, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(box, 90 * 16, -int(m_progress * 360.0 * 16.0));
    }
    p.setPen(palette().color(QPalette::WindowText));
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.9);
    big.setWeight(QFont::DemiBold);
    p.setFont(big);
    QRectF textBox = box;
    if (!m_caption.isEmpty())
        textBox.setBottom(box.center().y() + QFontMetricsF(big).height() * 0.55);
    p.drawText(textBox, Qt::AlignHCenter | (m_caption.isEmpty() ? Qt::AlignVCenter : Qt::AlignBottom), m_text);
    if (!m_caption.isEmpty()) {
        p.setFont(font());
        p.setPen(Theme::extra(Theme::Extra::Muted));
        QRectF captionBox = box;
        captionBox.setTop(textBox.bottom() + 2);
        p.drawText(captionBox, Qt::AlignHCenter | Qt::AlignTop, m_caption);
    }
}

} // namespace tend::ui
