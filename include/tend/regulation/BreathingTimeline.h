#pragma once

#include <chrono>
#include <vector>

#include "tend/common/Result.h"
#include "tend/regulation/BreathingPattern.h"
#include "tend/regulation/Clock.h"
#include "tend/regulation/Stopwatch.h"

namespace tend::regulation {

/// Where a breathing practice is at one moment.
struct BreathSample {
    Phase phase = Phase::Inhale;
    std::size_t phaseIndex = 0;    ///< index into the pattern's phases
    double phaseProgress = 0.0;    ///< 0 at the start of the phase, 1 at its end
    double phaseSecondsLeft = 0.0; ///< seconds until the phase changes
    double lungLevel = 0.0;        ///< 0 = empty, 1 = full; eased, for the pacer's orb
    int cycle = 0;                 ///< breaths completed so far (0 during the first)
    int totalCycles = 0;           ///< breaths in the whole practice
    double elapsedSeconds = 0.0;   ///< running time (pauses excluded)
    double remainingSeconds = 0.0; ///< until the practice ends
    bool finished = false;         ///< the practice has run its full length
};

/// Turns a breathing pattern and a length into a timeline: for any elapsed time it answers the phase, progress,
/// lung level, breath count and time left. The practice lasts a whole number of breaths, the count nearest the
/// chosen minutes, so it always ends after an out-breath. Pure arithmetic plus a stopwatch on an injected clock.
class BreathingTimeline {
public:
    /// Validates the pattern (see validatePattern) and the minutes (1–10). The clock must outlive the timeline.
    static Result<BreathingTimeline> create(BreathingPattern pattern, int minutes, const Clock& clock);

    /// The state at an arbitrary elapsed time (clamped to [0, total]); independent of the stopwatch.
    BreathSample sampleAt(double elapsedSeconds) const;
    /// The state now, from the stopwatch.
    BreathSample sample() const;

    void start() { m_stopwatch.start(); }
    void pause() { m_stopwatch.pause(); }
    void resume() { m_stopwatch.resume(); }
    void reset() { m_stopwatch.reset(); }
    bool started() const { return m_stopwatch.started(); }
    bool paused() const { return m_stopwatch.paused(); }
    bool running() const { return m_stopwatch.running() && !sample().finished; }

    const BreathingPattern& pattern() const { return m_pattern; }
    int minutes() const { return m_minutes; }
    double cycleSeconds() const { return m_cycleSeconds; }
    double totalSeconds() const { return m_cycleSeconds * m_totalCycles; }
    int totalCycles() const { return m_totalCycles; }
    double elapsedSeconds() const;

    /// Lung level at the start and end of each phase (same order as the pattern's phases).
    struct PhaseLevels {
        double from = 0.0;
        double to = 0.0;
    };
    const std::vector<PhaseLevels>& levels() const { return m_levels; }

    /// The easing curve used for the lung level within a phase (smooth start and end): t in [0,1] -> [0,1].
    static double ease(double t);

private:
    BreathingTimeline(BreathingPattern pattern, int minutes, const Clock& clock);

    BreathingPattern m_pattern;
    int m_minutes = 5;
    double m_cycleSeconds = 0.0;
    int m_totalCycles = 1;
    std::vector<double> m_phaseStarts; ///< offset of each phase inside a cycle, in seconds
    std::vector<PhaseLevels> m_levels;
    Stopwatch m_stopwatch;
};

} // namespace tend::regulation
