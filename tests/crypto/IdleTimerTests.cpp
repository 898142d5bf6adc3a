#include <chrono>

#include <catch2/catch.hpp>

#include "tend/common/Clock.h"
#include "tend/crypto/IdleTimer.h"

using namespace tend::crypto;
using namespace std::chrono_literals;

namespace {

// Starts with the computer awake for a while and once asleep, as the real clocks would.
tend::ManualClock startedClock()
{
    tend::ManualClock clock;
    clock.advance(1000s);
    clock.sleep(500s);
    return clock;
}

} // namespace

TEST_CASE("The idle timer expires after the timeout of awake time", "[crypto][idle]")
{
    tend::ManualClock clock = startedClock();
    IdleTimer timer(clock, 5min);
    CHECK(timer.timeout() == 5min);
    CHECK_FALSE(timer.expired());
    clock.advance(4min);
    CHECK_FALSE(timer.expired());
    CHECK(timer.remaining() == 1min);
    timer.touch();
    clock.advance(4min);
    CHECK_FALSE(timer.expired());
    clock.advance(1min);
    CHECK(timer.expired());
    CHECK(timer.remaining() == 0ns);
}

TEST_CASE("Time the computer was suspended counts as idle", "[crypto][idle]")
{
    tend::ManualClock clock = startedClock();
    IdleTimer timer(clock, 5min);
    clock.advance(1min);
    clock.sleep(1h); // lid closed: CLOCK_MONOTONIC stood still
    clock.advance(1s);
    CHECK(timer.expired());
    CHECK(timer.idleTime() == 1h + 1min + 1s);
    CHECK(timer.suspendedTime() == 1h);
    timer.touch();
    CHECK_FALSE(timer.expired());
    CHECK(timer.suspendedTime() == 0ns);
}

TEST_CASE("A short suspension does not lock early", "[crypto][idle]")
{
    tend::ManualClock clock = startedClock();
    IdleTimer timer(clock, 5min);
    clock.advance(2min);
    clock.sleep(2min);
    CHECK_FALSE(timer.expired());
    clock.advance(1min);
    CHECK(timer.expired());
}

TEST_CASE("A timeout of zero turns auto-lock off, the timeout can change", "[crypto][idle]")
{
    tend::ManualClock clock = startedClock();
    IdleTimer timer(clock, 0ns);
    clock.sleep(24h);
    CHECK_FALSE(timer.expired());
    CHECK(timer.remaining() == std::chrono::nanoseconds::max());
    timer.setTimeout(10min);
    CHECK(timer.expired());
}

TEST_CASE("The system idle clock reads boot time at least as far as monotonic time", "[crypto][idle]")
{
    const tend::Clock& system = tend::systemClock();
    const auto monotonicA = system.monotonic();
    const auto bootA = system.sinceBoot();
    const auto monotonicB = system.monotonic();
    const auto bootB = system.sinceBoot();
    CHECK(bootA >= monotonicA);
    CHECK(monotonicB >= monotonicA);
    CHECK(bootB >= bootA);
    IdleTimer timer; // the real clocks, 5 minutes
    CHECK(timer.timeout() == IdleTimer::kDefaultTimeout);
    CHECK_FALSE(timer.expired());
}
