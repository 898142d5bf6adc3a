#pragma once

#include <cstddef>

#include "tend/common/Result.h"
#include "tend/regulation/Clock.h"
#include "tend/regulation/Stopwatch.h"

namespace tend::regulation {

/// Where a stepped practice (or a simple countdown) is at one moment.
struct PracticeSample {
    std::size_t step = 0;         ///< current step, 0-based
    double stepProgress = 0.0;    ///< 0..1 within the current step
    double stepSecondsLeft = 0.0; ///< until the next step
    double progress = 0.0;        ///< 0..1 over the whole practice
    double elapsedSeconds = 0.0;
    double remainingSeconds = 0.0;
    bool finished = false;
};

/// Gentle pacing for a guided practice: the total time is shared evenly between its steps; the person may also
/// move to the next or previous step early (the time then continues from the start of that step).
/// With one step it is a plain countdown (the re-bonding timer uses it that way).
class PracticeTimeline {
public:
    /// `steps` >= 1, `totalSeconds` > 0. The clock must outlive the timeline.
    static Result<PracticeTimeline> create(std::size_t steps, double totalSeconds, const Clock& clock);

    PracticeSample sample() const;
    PracticeSample sampleAt(double elapsedSeconds) const;

    void start()
    {
        m_stopwatch.start();
        m_offset = 0.0;
    }
    void pause() { m_stopwatch.pause(); }
    void resume() { m_stopwatch.resume(); }
    void reset()
    {
        m_stopwatch.reset();
        m_offset = 0.0;
    }
    bool started() const { return m_stopwatch.started(); }
    bool paused() const { return m_stopwatch.paused(); }

    /// Jumps to the start of the next / previous step (clamped). Starts the timeline if needed.
    void nextStep();
    void previousStep();

    std::size_t steps() const { return m_steps; }
    double totalSeconds() const { return m_totalSeconds; }
    double stepSeconds() const { return m_totalSeconds / static_cast<double>(m_steps); }
    double elapsedSeconds() const;

private:
    PracticeTimeline(std::size_t steps, double totalSeconds, const Clock& clock)
        : m_steps(steps), m_totalSeconds(totalSeconds), m_stopwatch(clock)
    {
    }
    void jumpTo(double seconds);

    std::size_t m_steps = 1;
    double m_totalSeconds = 1.0;
    double m_offset = 0.0; ///< added to the stopwatch after a jump
    Stopwatch m_stopwatch;
};

} // namespace tend::regulation
