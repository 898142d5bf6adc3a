#include "ui/theme/Icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

#include "ui/theme/IconMaskSizes.h"
#include "ui/theme/IconMasks.h"

namespace tend::ui::icons {
namespace {

QImage bakedMask(const QString& name, int pixels)
{
    for (const BakedMask& mask : bakedMasks()) {
        if (mask.size == pixels && name == QLatin1String(mask.name))
            return QImage(mask.alpha, mask.size, mask.size, maskStride(mask.size), QImage::Format_Alpha8);
    }
    return {};
}

class TintedIconEngine : public QIconEngine {
public:
    TintedIconEngine(QString name, QPalette::ColorRole role, QColor fixed)
        : m_name(std::move(name)), m_role(role), m_fixed(std::move(fixed))
    {
    }

    QIconEngine* clone() const override { return new TintedIconEngine(m_name, m_role, m_fixed); }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : qApp->devicePixelRatio();
        painter->drawPixmap(rect, render(rect.size(), ratio, mode, state));
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        return render(size, 1.0, mode, state);
    }

    QPixmap scaledPixmap(const QSize& size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        return render(size, scale, mode, state);
    }

    QString key() const override { return QStringLiteral("tend-tinted"); }

private:
    QColor colourFor(QIcon::Mode mode) const
    {
        QColor colour = m_fixed.isValid()
                            ? m_fixed
                            : QApplication::palette().color(
                                  mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active, m_role);
        if (mode == QIcon::Disabled && m_fixed.isValid())
            colour.setAlphaF(0.45);
        return colour;
    }

    QPixmap render(const QSize& size, qreal ratio, QIcon::Mode mode, QIcon::State)
    {
        const QColor colour = colourFor(mode);
        const QSize device = size * ratio;
        const QString cacheKey = QStringLiteral("tend-icon:%1:%2x%3:%4")
                                     .arg(m_name)
                                     .arg(device.width())
                                     .arg(device.height())
                                     .arg(colour.name(QColor::HexArgb));
        QPixmap pixmap;
        if (QPixmapCache::find(cacheKey, &pixmap))
            return pixmap;
        if (device.width() == device.height()) {
            pixmap = QPixmap::fromImage(icons::render(m_name, device.width(), colour));
        } else {
            pixmap = QPixmap(device);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            QSvgRenderer svg(QStringLiteral(":/icons/%1.svg").arg(m_name));
            svg.render(&p, QRectF(QPointF(0, 0), QSizeF(device)));
            p.setCompositionMode(QPainter::CompositionMode_SourceIn);
            p.fillRect(pixmap.rect(), colour);
        }
        pixmap.setDevicePixelRatio(ratio);
        QPixmapCache::insert(cacheKey, pixmap);
        return pixmap;
    }

    QString m_name;
    QPalette::ColorRole m_role;
    QColor m_fixed;
};

} // namespace

QImage render(const QString& name, int pixels, const QColor& colour, bool fromSvg)
{
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    const QImage mask = fromSvg ? QImage() : bakedMask(name, pixels);
    if (!mask.isNull()) {
        // The colour through the shape's coverage: what the SVG path below gives, without parsing SVG.
        image.fill(colour);
        QPainter p(&image);
        p.setCompositionMode(QPainter::CompositionMode_DestinationIn);
        p.drawImage(0, 0, mask);
        return image;
    }
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QSvgRenderer svg(QStringLiteral(":/icons/%1.svg").arg(name));
    svg.render(&p, QRectF(0, 0, pixels, pixels));
    // Keep the shape, replace its colour.
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.fillRect(image.rect(), colour);
    return image;
}

QIcon tinted(const QString& name, QPalette::ColorRole role)
{
    return QIcon(new TintedIconEngine(name, role, QColor()));
}

QIcon coloured(const QString& name, const QColor& colour)
{
    return QIcon(new TintedIconEngine(name, QPalette::ButtonText, colour));
}

} // namespace tend::ui::icons
