#pragma once

#include <QPixmap>
#include <QWidget>

#include "tend/regulation/BreathingPattern.h"

namespace tend::ui::regulation {

/// The pacer's soft orb. Its size and brightness follow the lung level, so it can be followed with eyes half
/// closed: it swells and brightens on the in-breath, rests (with the guide ring glowing softly) on a gentle hold,
/// and shrinks and dims on the out-breath. Reduced motion keeps the size fixed and uses brightness alone.
/// Repaints only when the picture visibly changes, and then only the area that changed.
class BreathingOrb : public QWidget {
    Q_OBJECT
public:
    explicit BreathingOrb(QWidget* parent = nullptr);

    /// Sets the breath to show. `phaseProgress` (0..1) shapes the hold cue.
    void setBreath(double lungLevel, tend::regulation::Phase phase, double phaseProgress);

    void setReducedMotion(bool reduced);
    bool reducedMotion() const { return m_reduced; }

    /// The orb's drawn radius and brightness (0..1) for the current breath; tests read these.
    double orbRadius() const { return m_look.radius; }
    double brightness() const { return m_look.brightness; }
    /// The largest radius the orb reaches (full lungs); the faint guide ring is drawn there.
    double fullRadius() const;

    /// Number of paint events so far (for the benchmark and tests).
    int paintCount() const { return m_paints; }

    QSize sizeHint() const override { return {320, 320}; }
    QSize minimumSizeHint() const override { return {160, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    struct Look {
        double radius = 0.0;
        double brightness = 0.0;
        double ring = 0.0; ///< guide-ring emphasis 0..1 (the hold cue)
        bool operator==(const Look&) const = default;
    };
    Look lookFor(double level, tend::regulation::Phase phase, double progress) const;
    QRect extent(const Look& look) const;
    const QPixmap& guideRing();

    double m_level = 0.0;
    tend::regulation::Phase m_phase = tend::regulation::Phase::Rest;
    double m_progress = 0.0;
    bool m_reduced = false;
    Look m_look;
    int m_paints = 0;
    QPixmap m_ringCache;
    qint64 m_ringCacheKey = 0;
};

} // namespace tend::ui::regulation
