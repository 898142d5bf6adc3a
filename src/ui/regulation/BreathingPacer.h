#pragma once

#include <QString>
#include <QWidget>

#include <optional>

#include "tend/regulation/BreathingTimeline.h"
#include "tend/regulation/Clock.h"
#include "tend/regulation/RegulationTexts.h"
#include "ui/regulation/RegulationControls.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTimer;

namespace tend::ui::regulation {

class BreathingOrb;

/// The breathing pacer: a soft orb that swells and brightens on the in-breath and settles on the out-breath,
/// the phase in words ("Breathe in") with a count, a length picker (1–10 minutes), start / pause / resume / end,
/// a reduced-motion choice and the safety note. Driven by the core BreathingTimeline on an injectable clock;
/// a frame timer at the screen's refresh rate calls advance(), which repaints only what changed.
class BreathingPacer : public QWidget {
    Q_OBJECT
public:
    using State = RunState;

    explicit BreathingPacer(QWidget* parent = nullptr);
    ~BreathingPacer() override;

    /// Words to show (phase labels, safety note, ...). Defaults to the built-in English texts.
    void setTexts(const tend::regulation::RegulationTexts& texts);
    /// The pattern to pace; false (and `error` filled) when it is unsafe — the pacer then refuses to start.
    bool setPattern(const tend::regulation::BreathingPattern& pattern, QString* error = nullptr);
    /// The clock the timeline reads; nullptr = the real steady clock. Must outlive the pacer. Resets the practice.
    void setClock(const tend::regulation::Clock* clock);

    void setMinutes(int minutes); ///< 1–10; resets a practice that has not started
    int minutes() const { return m_minutes; }

    void setReducedMotion(bool reduced);
    bool reducedMotion() const;

    /// Whether the pattern's title is shown above the orb (a card usually shows its own title).
    void setTitleVisible(bool visible);

    State state() const { return m_state; }
    bool hasPattern() const { return m_timeline.has_value(); }
    /// Running time so far (pauses excluded) and whether the full length ran: the `breathing` card's answer.
    double elapsedSeconds() const;
    bool completed() const { return m_state == State::Finished; }
    /// The current breath (phase, level, count, remaining) from the timeline.
    tend::regulation::BreathSample currentSample() const;
    QString phaseText() const;
    QString countText() const;

    /// The frame interval the animation uses, in milliseconds (from the screen's refresh rate).
    int frameIntervalMs() const;
    BreathingOrb* orb() const { return m_orb; }
    QWidget* focusTarget() const;

public Q_SLOTS:
    void start();
    void pause();
    void resume();
    void togglePause();
    /// Ends the practice early (records the time spent, not completed).
    void stop();
    /// Samples the timeline now and updates the picture; the frame timer calls it, tests call it after stepping
    /// their clock.
    void advance();

Q_SIGNALS:
    void started();
    void pausedChanged(bool paused);
    void phaseChanged(const QString& label);
    /// The whole practice ran.
    void finished(double elapsedSeconds);
    /// The person ended it early.
    void stopped(double elapsedSeconds);
    /// Length or reduced motion changed by the person (so the shell can remember the choice).
    void minutesChanged(int minutes);
    void reducedMotionChanged(bool reduced);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void rebuildTimeline();
    void setState(State state);
    void refreshControls();
    void refreshStatic();
    void updateFrameTimer();
    void setLabel(QLabel* label, const QString& text);

    tend::regulation::RegulationTexts m_texts;
    tend::regulation::SystemClock m_steady;
    const tend::regulation::Clock* m_clock = &m_steady;
    std::optional<tend::regulation::BreathingPattern> m_pattern;
    std::optional<tend::regulation::BreathingTimeline> m_timeline;
    int m_minutes = 5;
    State m_state = State::Idle;
    double m_elapsedAtStop = 0.0;
    int m_lastPhaseIndex = -1;
    int m_lastCycle = -1;

    QLabel* m_title;
    BreathingOrb* m_orb;
    QLabel* m_phase;
    QLabel* m_count;
    QLabel* m_progress;
    QComboBox* m_length;
    QPushButton* m_startPause;
    QPushButton* m_end;
    QCheckBox* m_reduced;
    QLabel* m_safety;
    QLabel* m_caution;
    QTimer* m_frame;
};

} // namespace tend::ui::regulation
