#include "ui/regulation/BreathingOrb.h"

#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QRadialGradient>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "ui/regulation/RegulationQt.h"

namespace tend::ui::regulation {
namespace {

using tend::regulation::Phase;

constexpr double kFullRadius = 0.36;  // of the shorter side: room for the halo around a full orb
constexpr double kEmptyRadius = 0.42; // of the full radius: an empty-lung orb is still clearly there
constexpr double kReducedRadius = 0.72;
constexpr double kHaloReach = 1.32; // the halo fades out at this multiple of the orb radius

// Snaps to steps finer than the eye can see, so unchanged frames are recognised and skipped.
double snap(double value, double steps)
{
    return std::round(value * steps) / steps;
}

} // namespace

BreathingOrb::BreathingOrb(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("breathingOrb"));
    setAccessibleName(tr("Breathing guide"));
    setAccessibleDescription(tr("A soft circle that grows and brightens as you breathe in and shrinks and dims as "
                                "you breathe out."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    m_look = lookFor(0.0, Phase::Rest, 0.0);
}

double BreathingOrb::fullRadius() const
{
    return kFullRadius * std::min(width(), height());
}

BreathingOrb::Look BreathingOrb::lookFor(double level, Phase phase, double progress) const
{
    level = std::clamp(level, 0.0, 1.0);
    Look look;
    const double full = fullRadius();
    if (m_reduced) {
        look.radius = full * kReducedRadius;
        look.brightness = 0.18 + 0.82 * level;
    } else {
        look.radius = full * (kEmptyRadius + (1.0 - kEmptyRadius) * level);
        look.brightness = 0.38 + 0.62 * level;
    }
    // A gentle hold: the guide ring glows up and back down across the pause.
    if (phase == Phase::Hold)
        look.ring = std::sqrt(std::sin(std::numbers::pi * std::clamp(progress, 0.0, 1.0)));
    look.radius = snap(look.radius, 4.0);
    look.brightness = snap(look.brightness, 255.0);
    look.ring = snap(look.ring, 64.0);
    return look;
}

QRect BreathingOrb::extent(const Look& look) const
{
    const double reach = std::max(look.radius * kHaloReach, look.ring > 0.0 ? fullRadius() : 0.0) + 3.0;
    const QPointF centre = QRectF(rect()).center();
    return QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach).toAlignedRect();
}

void BreathingOrb::setBreath(double lungLevel, Phase phase, double phaseProgress)
{
    m_level = lungLevel;
    m_phase = phase;
    m_progress = phaseProgress;
    const Look next = lookFor(lungLevel, phase, phaseProgress);
    if (next == m_look)
        return; // nothing visible changed: no repaint at all
    const QRect dirty = extent(m_look).united(extent(next));
    m_look = next;
    update(dirty);
}

void BreathingOrb::setReducedMotion(bool reduced)
{
    if (reduced == m_reduced)
        return;
    m_reduced = reduced;
    m_look = lookFor(m_level, m_phase, m_progress);
    update();
}

void BreathingOrb::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_look = lookFor(m_level, m_phase, m_progress);
}

void BreathingOrb::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::EnabledChange)
        update();
}

const QPixmap& BreathingOrb::guideRing()
{
    // The faint ring at full lungs never changes while a breath goes on: draw it once per size and palette,
    // then copy just the part each repaint needs.
    const qreal dpr = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * dpr).toSize();
    if (m_ringCache.size() == pixels && m_ringCacheKey == palette().cacheKey())
        return m_ringCache;
    m_ringCache = QPixmap(pixels);
    m_ringCache.setDevicePixelRatio(dpr);
    m_ringCache.fill(Qt::transparent);
    QPainter painter(&m_ringCache);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(blend(palette().color(QPalette::Window), palette().color(QPalette::WindowText), 0.16), 1.2));
    painter.setBrush(Qt::NoBrush);
    const double full = fullRadius();
    painter.drawEllipse(QRectF(rect()).center(), full, full);
    m_ringCacheKey = palette().cacheKey();
    return m_ringCache;
}

void BreathingOrb::paintEvent(QPaintEvent* event)
{
    ++m_paints;
    QPainter painter(this);
    const QRect dirty = event->rect();

    const QPointF centre = QRectF(rect()).center();
    const QColor accent = palette().color(QPalette::Highlight);
    const QColor window = palette().color(QPalette::Window);
    const double r = m_look.radius;
    const double b = m_look.brightness;
    const double full = fullRadius();

    // The faint guide ring marks full lungs; on a hold it glows a little so the pause is felt, not counted.
    if (m_look.ring > 0.0) {
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(blend(window, accent, 0.16 + 0.5 * m_look.ring), 1.2 + 1.3 * m_look.ring));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(centre, full, full);
    } else {
        const QPixmap& ring = guideRing();
        const qreal dpr = ring.devicePixelRatio();
        painter.drawPixmap(dirty, ring, QRectF(QPointF(dirty.topLeft()) * dpr, QSizeF(dirty.size()) * dpr).toRect());
    }

    // One radial fill for orb and halo together (half the per-pixel work of two): lit in the middle, deepening
    // and brightening with the breath, a feathered edge, and light spilling softly into the room.
    const double reach = r * kHaloReach;
    const QColor inner = blend(window, blend(accent, QColor(Qt::white), 0.6), 0.35 + 0.65 * b);
    const QColor outer = blend(window, accent, 0.2 + 0.65 * b);
    QColor glow = accent;
    glow.setAlphaF(static_cast<float>(0.26 * b));
    QColor clear = accent;
    clear.setAlphaF(0.0f);
    QRadialGradient light(centre, reach);
    light.setColorAt(0.0, inner);
    light.setColorAt(0.80 / kHaloReach, outer);
    light.setColorAt(0.94 / kHaloReach, blend(outer, glow, 0.6));
    light.setColorAt(1.04 / kHaloReach, glow);
    light.setColorAt(1.0, clear);
    painter.setRenderHint(QPainter::Antialiasing, false); // the gradient fades to nothing: no edge to smooth
    painter.setPen(Qt::NoPen);
    painter.setBrush(light);
    painter.drawRect(QRectF(centre.x() - reach, centre.y() - reach, 2 * reach, 2 * reach).intersected(QRectF(dirty)));
}

} // namespace tend::ui::regulation
