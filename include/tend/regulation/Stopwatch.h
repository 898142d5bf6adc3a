#pragma once

#include <chrono>

#include "tend/regulation/Clock.h"

namespace tend::regulation {

/// Elapsed running time with pause and resume, read from an injected monotonic clock.
/// Not started = zero elapsed. The clock must outlive the stopwatch.
class Stopwatch {
public:
    explicit Stopwatch(const Clock& clock) : m_clock(&clock) {}

    /// Starts (or restarts from zero), running.
    void start();
    /// Freezes elapsed time. No effect when not running.
    void pause();
    /// Continues after pause(). No effect when not paused.
    void resume();
    /// Back to not started, zero elapsed.
    void reset();

    bool started() const { return m_started; }
    bool paused() const { return m_started && m_paused; }
    bool running() const { return m_started && !m_paused; }

    /// Running time so far, excluding paused spans.
    std::chrono::microseconds elapsed() const;

private:
    const Clock* m_clock;
    bool m_started = false;
    bool m_paused = false;
    std::chrono::microseconds m_startedAt{0};
    std::chrono::microseconds m_pausedAt{0};
    std::chrono::microseconds m_pausedTotal{0};
};

} // namespace tend::regulation
