#include "ui/theme/Icons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace tend::ui::icons {
namespace {

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
        pixmap = QPixmap(device);
        pixmap.fill(Qt::transparent);
        {
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            QSvgRenderer svg(QStringLiteral(":/icons/%1.svg").arg(m_name));
            svg.render(&p, QRectF(QPointF(0, 0), QSizeF(device)));
            // Keep the shape, replace its colour.
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

QIcon tinted(const QString& name, QPalette::ColorRole role)
{
    return QIcon(new TintedIconEngine(name, role, QColor()));
}

QIcon coloured(const QString& name, const QColor& colour)
{
    return QIcon(new TintedIconEngine(name, QPalette::ButtonText, colour));
}

} // namespace tend::ui::icons
