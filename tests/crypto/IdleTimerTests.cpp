#include <chrono>

#include <catch2/catch.hpp>

#include "tend/crypto/IdleTimer.h"

using namespace tend::crypto;
using namespace std::chrono_literals;

namespace {

// Advances the two clocks separately: awake time moves both, suspended time only boot time.
class FakeClock final : public IdleClock {
public:
    ClockReading now() const override { return m_now; }
    void awake(std::chrono::nanoseconds d)
    {
        m_now.monotonic += d;
        m_now.boottime += d;
    }
    void suspended(std::chrono::nanoseconds d) { m_now.boottime += d; }

private:
    ClockReading m_now{1000s, 1500s};
};

} // namespace

TEST_CASE("The idle timer expires after the timeout of awake time", "[crypto][idle]")
{
    FakeClock clock;
    IdleTimer timer(clock, 5min);
    CHECK(timer.timeout() == 5min);
    CHECK_FALSE(timer.expired());
    clock.awake(4min);
    CHECK_FALSE(timer.expired());
    CHECK(timer.remaining() == 1min);
    timer.touch();
    clock.awake(4min);
    CHECK_FALSE(timer.expired());
    clock.awake(1min);
    CHECK(timer.expired());
    CHECK(timer.remaining() == 0ns);
}

TEST_CASE("Time the computer was suspended counts as idle", "[crypto][idle]")
{
    FakeClock clock;
    IdleTimer timer(clock, 5min);
    clock.awake(1min);
    clock.suspended(1h); // lid closed: CLOCK_MONOTONIC stood still
    clock.awake(1s);
    CHECK(timer.expired());
    CHECK(timer.idleTime() == 1h + 1min + 1s);
    CHECK(timer.suspendedTime() == 1h);
    timer.touch();
    CHECK_FALSE(timer.expired());
    CHECK(timer.suspendedTime() == 0ns);
}

TEST_CASE("A short suspension does not lock early", "[crypto][idle]")
{
    FakeClock clock;
    IdleTimer timer(clock, 5min);
    clock.awake(2min);
    clock.suspended(2min);
    CHECK_FALSE(timer.expired());
    clock.awake(1min);
    CHECK(timer.expired());
}

TEST_CASE("A timeout of zero turns auto-lock off, the timeout can change", "[crypto][idle]")
{
    FakeClock clock;
    IdleTimer timer(clock, 0ns);
    clock.suspended(24h);
    CHECK_FALSE(timer.expired());
    CHECK(timer.remaining() == std::chrono::nanoseconds::max());
    timer.setTimeout(10min);
    CHECK(timer.expired());
}

TEST_CASE("The system idle clock reads boot time at least as far as monotonic time", "[crypto][idle]")
{
    const ClockReading a = systemIdleClock().now();
    const ClockReading b = systemIdleClock().now();
    CHECK(a.boottime >= a.monotonic);
    CHECK(b.monotonic >= a.monotonic);
    CHECK(b.boottime >= a.boottime);
    IdleTimer timer; // the real clocks, 5 minutes
    CHECK(timer.timeout() == IdleTimer::kDefaultTimeout);
    CHECK_FALSE(timer.expired());
}
