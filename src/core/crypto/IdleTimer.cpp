#include "tend/crypto/IdleTimer.h"

#include <algorithm>

namespace tend::crypto {

IdleTimer::IdleTimer(const Clock& clock, std::chrono::nanoseconds timeout)
    : m_clock(&clock), m_timeout(timeout), m_last{clock.monotonic(), clock.sinceBoot()}
{
}

void IdleTimer::touch()
{
    m_last = read();
}

void IdleTimer::setTimeout(std::chrono::nanoseconds timeout)
{
    m_timeout = timeout;
}

std::chrono::nanoseconds IdleTimer::idleTime() const
{
    const Reading now = read();
    // Boot time includes suspended time; take the larger advance in case one clock misbehaves.
    const auto boot = now.sinceBoot - m_last.sinceBoot;
    const auto mono = now.monotonic - m_last.monotonic;
    return std::max({boot, mono, std::chrono::nanoseconds(0)});
}

std::chrono::nanoseconds IdleTimer::suspendedTime() const
{
    const Reading now = read();
    const auto boot = now.sinceBoot - m_last.sinceBoot;
    const auto mono = now.monotonic - m_last.monotonic;
    return std::max(boot - mono, std::chrono::nanoseconds(0));
}

std::chrono::nanoseconds IdleTimer::remaining() const
{
    if (m_timeout <= std::chrono::nanoseconds(0))
        return std::chrono::nanoseconds::max();
    return std::max(m_timeout - idleTime(), std::chrono::nanoseconds(0));
}

bool IdleTimer::expired() const
{
    return m_timeout > std::chrono::nanoseconds(0) && idleTime() >= m_timeout;
}

} // namespace tend::crypto
