#include "ui/theme/Icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QImageReader>
#include <QPainter>
#include <QPixmapCache>

#include "ui/theme/IconMaskSizes.h"
#include "ui/theme/IconMasks.h"

namespace tend::ui::icons {
namespace {

/// The SVG drawn at `size` in `colour`. Read through Qt's SVG image plugin, so Tend itself links no QtSvg and
/// loads it only when an icon is wanted at a size that is not baked.
QImage tintedSvg(const QString& name, const QSize& size, const QColor& colour)
{
    QImageReader reader(QStringLiteral(":/icons/%1.svg").arg(name));
    reader.setScaledSize(size);
    const QImage shape = reader.read();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.drawImage(0, 0, shape);
    // Keep the shape, replace its colour.
    p.setCompositionMode(QPainter::CompositionMode_SourceIn);
    p.fillRect(image.rect(), colour);
    return image;
}

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
        pixmap = QPixmap::fromImage(device.width() == device.height() ? icons::render(m_name, device.width(), colour)
                                                                      : tintedSvg(m_name, device, colour));
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
    const QImage mask = fromSvg ? QImage() : bakedMask(name, pixels);
    if (mask.isNull())
        return tintedSvg(name, QSize(pixels, pixels), colour);
    // The colour through the shape's coverage: what the SVG gives, without parsing SVG.
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(colour);
    QPainter p(&image);
    p.setCompositionMode(QPainter::CompositionMode_DestinationIn);
    p.drawImage(0, 0, mask);
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
