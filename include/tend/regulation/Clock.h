#pragma once

#include <chrono>

namespace tend::regulation {

/// Monotonic time for anything that paces (breathing, timers). Logic never reads a system clock itself:
/// it is handed one of these so tests can step time exactly.
class MonotonicClock {
public:
    virtual ~MonotonicClock() = default;
    /// Time since an arbitrary, fixed origin. Never goes backwards.
    virtual std::chrono::microseconds now() const = 0;
};

/// Wall-clock time in UTC, for appointments (come-back reminders). It can jump when the user changes the clock.
class WallClock {
public:
    virtual ~WallClock() = default;
    virtual std::chrono::sys_seconds now() const = 0;
};

/// The real monotonic clock (std::chrono::steady_clock).
class SteadyClock final : public MonotonicClock {
public:
    std::chrono::microseconds now() const override;
};

/// The real wall clock (std::chrono::system_clock, which is UTC).
class SystemWallClock final : public WallClock {
public:
    std::chrono::sys_seconds now() const override;
};

/// A monotonic clock that moves only when told to; for tests, screenshots and benchmarks.
class ManualClock final : public MonotonicClock {
public:
    std::chrono::microseconds now() const override { return m_now; }
    void advance(std::chrono::microseconds by) { m_now += by; }
    void set(std::chrono::microseconds to) { m_now = to; }

private:
    std::chrono::microseconds m_now{0};
};

/// A wall clock that moves only when told to, forwards or backwards (to test clock changes).
class ManualWallClock final : public WallClock {
public:
    explicit ManualWallClock(std::chrono::sys_seconds start = {}) : m_now(start) {}
    std::chrono::sys_seconds now() const override { return m_now; }
    void set(std::chrono::sys_seconds to) { m_now = to; }
    void advance(std::chrono::seconds by) { m_now += by; }

private:
    std::chrono::sys_seconds m_now;
};

} // namespace tend::regulation
