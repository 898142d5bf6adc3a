#pragma once

#include "tend/common/Clock.h"

#include <chrono>

namespace tend::crypto {

/// Counts idle time for auto-lock, including time the computer was suspended — a laptop closed for an hour is
/// locked on opening even though its monotonic clock barely moved. The UI calls touch() on input and polls
/// expired() from a timer and on resume. Not thread-safe; owned by the UI thread.
class IdleTimer {
public:
    static constexpr std::chrono::minutes kDefaultTimeout{5};

    explicit IdleTimer(const Clock& clock = systemClock(), std::chrono::nanoseconds timeout = kDefaultTimeout);

    /// Activity: restart the idle count.
    void touch();
    void setTimeout(std::chrono::nanoseconds timeout);
    std::chrono::nanoseconds timeout() const { return m_timeout; }

    /// Time since the last touch, suspended time included.
    std::chrono::nanoseconds idleTime() const;
    /// The part of idleTime() the computer spent suspended.
    std::chrono::nanoseconds suspendedTime() const;
    /// Time left before expired(); zero once expired; nanoseconds::max() when auto-lock is off.
    std::chrono::nanoseconds remaining() const;
    /// True once idleTime() reaches the timeout. A timeout of zero or less never expires (auto-lock off).
    bool expired() const;

private:
    // Monotonic time stops while the computer sleeps; boot time keeps counting, so the difference of their
    // advances is the time spent suspended.
    struct Reading {
        std::chrono::nanoseconds monotonic{0};
        std::chrono::nanoseconds sinceBoot{0};
    };
    Reading read() const { return {m_clock->monotonic(), m_clock->sinceBoot()}; }

    const Clock* m_clock;
    std::chrono::nanoseconds m_timeout;
    Reading m_last;
};

} // namespace tend::crypto
