// Time is injected: ISO formatting and parsing without the system's time zone.
#include <catch2/catch.hpp>

#include "tend/engine/Clock.h"

using namespace tend::engine;

TEST_CASE("ISO date-times parse with zones and format as UTC")
{
    auto base = parseIso("2026-05-01T18:30:00Z");
    REQUIRE(base);
    CHECK(formatIsoUtc(*base) == "2026-05-01T18:30:00Z");
    CHECK(parseIso("2026-05-01T20:30:00+02:00") == base);
    CHECK(parseIso("2026-05-01T13:30-05:00") == base);
    CHECK(parseIso("2026-05-01T18:30Z") == base);
    CHECK(parseIso("2026-05-01T18:30:00.123Z") == base);
    CHECK(formatIsoUtc(*parseIso("2024-02-29T23:59:59Z")) == "2024-02-29T23:59:59Z");
    CHECK(formatIsoUtc(*parseIso("1970-01-01T00:00:00Z")) == "1970-01-01T00:00:00Z");
    CHECK(formatIsoUtc(*parseIso("2200-12-31T23:59:59Z")) == "2200-12-31T23:59:59Z");
    CHECK(formatIsoUtc(*parseIso("2026-01-01T00:30:00+01:00")) == "2025-12-31T23:30:00Z");
    for (const char* bad : {"", "2026-05-01", "2026-05-01T18:30:00", "2026-02-30T10:00Z", "2025-02-29T10:00Z",
                            "2026-05-01T24:00Z", "2026-05-01T18:60Z", "2026-05-01T18:30:00+2:00", "1969-12-31T23:59Z",
                            "2026-05-01T18:30:00Zjunk", "20260501T183000Z", "2026-05-01T18:30:00.Z",
                            "2201-01-01T00:00:00Z", "3940-01-01T00:00:00Z", "9999-12-31T23:59:59Z"}) {
        INFO(bad);
        CHECK_FALSE(parseIso(bad));
    }
}

TEST_CASE("the manual clock only moves when told")
{
    ManualClock clock(*parseIso("2026-05-01T18:00:00Z"));
    CHECK(formatIsoUtc(clock.now()) == "2026-05-01T18:00:00Z");
    clock.advance(std::chrono::hours(30));
    CHECK(formatIsoUtc(clock.now()) == "2026-05-03T00:00:00Z");
    clock.set(*parseIso("2030-01-01T00:00:00Z"));
    CHECK(formatIsoUtc(clock.now()) == "2030-01-01T00:00:00Z");
    SystemClock system;
    CHECK(system.now() > *parseIso("2024-01-01T00:00:00Z"));
}

TEST_CASE("one clock answers three questions: when it is, time awake, time in all")
{
    using namespace std::chrono_literals;
    tend::ManualClock clock(*parseIso("2026-05-01T18:00:00Z"));
    clock.advance(90s); // awake: every reading moves
    CHECK(formatIsoUtc(clock.now()) == "2026-05-01T18:01:30Z");
    CHECK(clock.monotonic() == 90s);
    CHECK(clock.sinceBoot() == 90s);
    clock.sleep(1h); // the lid is closed: the pacer's time stands still, the wall and boot time go on
    CHECK(formatIsoUtc(clock.now()) == "2026-05-01T19:01:30Z");
    CHECK(clock.monotonic() == 90s);
    CHECK(clock.sinceBoot() == 1h + 90s);
    clock.set(*parseIso("2026-04-01T00:00:00Z")); // someone sets the clock back: elapsed time is untouched
    CHECK(clock.monotonic() == 90s);
    CHECK(clock.sinceBoot() == 1h + 90s);

    const tend::Clock& system = tend::systemClock();
    const auto before = system.monotonic();
    CHECK(system.monotonic() >= before);
    CHECK(system.sinceBoot() >= system.monotonic() - 1s); // boot time counts at least what monotonic time does
}
