#include "tend/crypto/IdleTimer.h"

#include <algorithm>
#include <ctime>

namespace tend::crypto {

namespace {

std::chrono::nanoseconds read(clockid_t clock, bool& ok)
{
    timespec now{};
    ok = ::clock_gettime(clock, &now) == 0;
    return std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec);
}

class SystemIdleClock final : public IdleClock {
public:
    ClockReading now() const override
    {
        bool ok = false;
        ClockReading reading;
        reading.monotonic = read(CLOCK_MONOTONIC, ok);
        reading.boottime = read(CLOCK_BOOTTIME, ok);
        if (!ok)
            reading.boottime = reading.monotonic; // no suspend accounting, but never a lock that fails to fire
        return reading;
    }
};

} // namespace

const IdleClock& systemIdleClock()
{
    static const SystemIdleClock clock;
    return clock;
}

IdleTimer::IdleTimer(const IdleClock& clock, std::chrono::nanoseconds timeout)
    : m_clock(&clock), m_timeout(timeout), m_last(clock.now())
{
}

void IdleTimer::touch()
{
    m_last = m_clock->now();
}

void IdleTimer::setTimeout(std::chrono::nanoseconds timeout)
{
    m_timeout = timeout;
}

std::chrono::nanoseconds IdleTimer::idleTime() const
{
    const ClockReading now = m_clock->now();
    // Boot time includes suspended time; take the larger advance in case one clock misbehaves.
    const auto boot = now.boottime - m_last.boottime;
    const auto mono = now.monotonic - m_last.monotonic;
    return std::max({boot, mono, std::chrono::nanoseconds(0)});
}

std::chrono::nanoseconds IdleTimer::suspendedTime() const
{
    const ClockReading now = m_clock->now();
    const auto boot = now.boottime - m_last.boottime;
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
