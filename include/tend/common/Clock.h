#pragma once

#include <chrono>

namespace tend {

/// A moment in UTC.
using TimePoint = std::chrono::system_clock::time_point;

/// Tend's one source of time. Logic never reads a system clock itself: it is handed a Clock, so tests, the demo
/// and presenter mode can set time exactly. Three readings, because three questions need different answers:
/// when is it (wall time, which jumps when the user changes the clock), how long has passed while awake (pacing
/// a breath), and how long has passed in all, sleep included (auto-lock after a laptop was closed).
class Clock {
public:
    virtual ~Clock() = default;

    /// Wall-clock time in UTC, for dates people see and appointments.
    virtual TimePoint now() const = 0;
    /// Time since a fixed origin; never goes backwards, stops while the computer is suspended.
    virtual std::chrono::nanoseconds monotonic() const = 0;
    /// Like monotonic(), but keeps counting while the computer is suspended.
    virtual std::chrono::nanoseconds sinceBoot() const { return monotonic(); }
};

/// The real clocks: system_clock, CLOCK_MONOTONIC and CLOCK_BOOTTIME (monotonic where boot time is missing).
class SystemClock final : public Clock {
public:
    TimePoint now() const override;
    std::chrono::nanoseconds monotonic() const override;
    std::chrono::nanoseconds sinceBoot() const override;
};

/// The process's real clock (for callers that take a reference).
const Clock& systemClock();

/// A clock that moves only when told to; for tests, screenshots, benchmarks, the demo and presenter mode.
class ManualClock final : public Clock {
public:
    explicit ManualClock(TimePoint start = TimePoint{}) : m_wall(start) {}

    TimePoint now() const override { return m_wall; }
    std::chrono::nanoseconds monotonic() const override { return m_awake; }
    std::chrono::nanoseconds sinceBoot() const override { return m_awake + m_asleep; }

    /// Time passes while the computer is awake: every reading moves.
    void advance(std::chrono::nanoseconds by)
    {
        m_wall += std::chrono::duration_cast<TimePoint::duration>(by);
        m_awake += by;
    }
    /// Time passes while the computer sleeps: wall and boot time move, monotonic time does not.
    void sleep(std::chrono::nanoseconds by)
    {
        m_wall += std::chrono::duration_cast<TimePoint::duration>(by);
        m_asleep += by;
    }
    /// The user sets the wall clock (forwards or backwards); elapsed time is untouched.
    void set(TimePoint when) { m_wall = when; }

private:
    TimePoint m_wall;
    std::chrono::nanoseconds m_awake{0};
    std::chrono::nanoseconds m_asleep{0};
};

} // namespace tend
