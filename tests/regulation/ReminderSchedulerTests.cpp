// Come-back reminders: scheduled, survive a restart, delivered once and only once, clock changes.
#include <catch2/catch.hpp>

#include <chrono>

#include "tend/regulation/ReminderScheduler.h"

using namespace tend::regulation;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

// 2026-05-01 18:00:00 UTC
const sys_seconds kStart = sys_days{year{2026} / May / 1} + 18h;

ReturnAgreement agreement(sys_seconds at, std::string place = "The kitchen table")
{
    return ReturnAgreement{at, std::move(place), "session-1", "couple-1"};
}

} // namespace

TEST_CASE("a reminder is scheduled, survives a restart and is delivered once and only once", "[regulation][reminders]")
{
    InMemoryReminderStore store; // stands in for the journal: it outlives each "run" of the app
    ManualClock clock(kStart);
    std::string id;
    {
        ReminderScheduler firstRun(store, clock);
        auto scheduled = firstRun.schedule(agreement(kStart + 45min));
        REQUIRE(scheduled.ok());
        id = scheduled->id;
        CHECK(scheduled->place == "The kitchen table");
        CHECK(firstRun.due()->empty());
        CHECK(firstRun.claimDue()->empty());
        REQUIRE(firstRun.nextDue().value() == kStart + 45min);
    } // the app quits

    clock.advance(50min);
    {
        ReminderScheduler secondRun(store, clock); // the app starts again
        auto overdue = secondRun.due();
        REQUIRE(overdue->size() == 1);
        CHECK(overdue->front().id == id);
        auto delivered = secondRun.claimDue();
        REQUIRE(delivered->size() == 1);
        CHECK(delivered->front().id == id);
        CHECK(delivered->front().delivered);
        CHECK(delivered->front().deliveredAt == kStart + 50min);
        CHECK(secondRun.claimDue()->empty()); // a second poll finds nothing
    }
    {
        ReminderScheduler thirdRun(store, clock); // and again: still nothing
        CHECK(thirdRun.due()->empty());
        CHECK(thirdRun.claimDue()->empty());
        CHECK_FALSE(thirdRun.markDelivered(id).value());
        CHECK_FALSE(thirdRun.nextDue()->has_value());
        auto row = store.find(id).value();
        REQUIRE(row.has_value());
        CHECK(row->delivered);
    }
}

TEST_CASE("two schedulers over one store never both deliver", "[regulation][reminders]")
{
    InMemoryReminderStore store;
    ManualClock clock(kStart);
    ReminderScheduler a(store, clock);
    ReminderScheduler b(store, clock);
    REQUIRE(a.schedule(agreement(kStart + 20min)).ok());
    clock.advance(21min);
    const auto fromA = a.claimDue().value();
    const auto fromB = b.claimDue().value();
    CHECK(fromA.size() + fromB.size() == 1);
}

TEST_CASE("overdue reminders at launch come oldest first, future ones wait", "[regulation][reminders]")
{
    InMemoryReminderStore store;
    ManualClock clock(kStart);
    ReminderScheduler scheduler(store, clock);
    auto later = scheduler.schedule(agreement(kStart + 3h, "The sofa"));
    auto sooner = scheduler.schedule(agreement(kStart + 1h, "A walk"));
    auto future = scheduler.schedule(agreement(kStart + 20h, "Tomorrow"));
    REQUIRE((later.ok() && sooner.ok() && future.ok()));

    clock.advance(5h); // Tend was closed all this time
    ReminderScheduler atLaunch(store, clock);
    const auto overdue = atLaunch.claimDue().value();
    REQUIRE(overdue.size() == 2);
    CHECK(overdue[0].place == "A walk");
    CHECK(overdue[1].place == "The sofa");
    REQUIRE(atLaunch.pending()->size() == 1);
    CHECK(atLaunch.nextDue().value() == kStart + 20h);
}

TEST_CASE("clock set back: a delivered reminder never fires again", "[regulation][reminders][clock]")
{
    InMemoryReminderStore store;
    ManualClock clock(kStart);
    ReminderScheduler scheduler(store, clock);
    REQUIRE(scheduler.schedule(agreement(kStart + 30min)).ok());

    clock.advance(31min);
    CHECK(scheduler.claimDue()->size() == 1);

    clock.set(kStart - 2h); // someone sets the clock back
    CHECK(scheduler.claimDue()->empty());
    clock.set(kStart + 30min); // and time passes the due time again
    CHECK(scheduler.claimDue()->empty());
    clock.advance(24h);
    CHECK(ReminderScheduler(store, clock).claimDue()->empty());
}

TEST_CASE("clock set back before delivery: the reminder waits for its time, then fires once",
          "[regulation][reminders][clock]")
{
    InMemoryReminderStore store;
    ManualClock clock(kStart);
    ReminderScheduler scheduler(store, clock);
    REQUIRE(scheduler.schedule(agreement(kStart + 30min)).ok());
    clock.set(kStart - 1h);
    CHECK(scheduler.claimDue()->empty());
    clock.set(kStart + 30min);
    CHECK(scheduler.claimDue()->size() == 1);
    CHECK(scheduler.claimDue()->empty());
}

TEST_CASE("clock jumps forward: every skipped reminder is delivered once", "[regulation][reminders][clock]")
{
    InMemoryReminderStore store;
    ManualClock clock(kStart);
    ReminderScheduler scheduler(store, clock);
    REQUIRE(scheduler.schedule(agreement(kStart + 25min)).ok());
    REQUIRE(scheduler.schedule(agreement(kStart + 2h)).ok());
    clock.advance(48h);
    CHECK(scheduler.claimDue()->size() == 2);
    CHECK(scheduler.claimDue()->empty());
}

TEST_CASE("come-back times must be at least 20 minutes and within a day", "[regulation][reminders]")
{
    InMemoryReminderStore store;
    ManualClock clock(kStart);
    ReminderScheduler scheduler(store, clock);

    auto tooSoon = scheduler.schedule(agreement(kStart + 10min));
    REQUIRE_FALSE(tooSoon.ok());
    CHECK_THAT(tooSoon.error().message, Catch::Contains("at least 20 minutes"));
    auto tooLate = scheduler.schedule(agreement(kStart + 25h));
    REQUIRE_FALSE(tooLate.ok());
    CHECK_THAT(tooLate.error().message, Catch::Contains("within the next 24 hours"));
    CHECK(store.size() == 0);

    CHECK(scheduler.schedule(agreement(kStart + 20min)).ok());
    CHECK(scheduler.schedule(agreement(kStart + 24h)).ok());
    // A program may ask for other limits (the schedule card's min_minutes / max_hours).
    CHECK(scheduler.schedule(agreement(kStart + 5min), ReturnWindow{5min, 1h}).ok());
}

TEST_CASE("a suggested return time is friendly and inside the window", "[regulation][reminders]")
{
    const auto suggested = ReminderScheduler::suggestReturnTime(kStart + 7min);
    CHECK(suggested == kStart + 45min); // 18:07 + 30 min = 18:37 -> 18:45
    CHECK(ReminderScheduler::checkReturnTime(kStart + 7min, suggested).ok());
    CHECK(ReminderScheduler::suggestReturnTime(kStart) == kStart + 30min);
    for (int minute = 0; minute < 24 * 60; minute += 7) {
        const auto now = kStart + minutes{minute} + 13s;
        const auto s = ReminderScheduler::suggestReturnTime(now);
        INFO("now +" << minute << " min");
        CHECK(ReminderScheduler::checkReturnTime(now, s).ok());
        CHECK(s.time_since_epoch() % 15min == 0s);
    }
    // A narrow window still gets a time inside it.
    const ReturnWindow narrow{20min, 1h};
    const auto inNarrow = ReminderScheduler::suggestReturnTime(kStart + 59min, narrow);
    CHECK(ReminderScheduler::checkReturnTime(kStart + 59min, inNarrow, narrow).ok());
}

TEST_CASE("a cancelled reminder is never delivered", "[regulation][reminders]")
{
    InMemoryReminderStore store;
    ManualClock clock(kStart);
    ReminderScheduler scheduler(store, clock);
    auto r = scheduler.schedule(agreement(kStart + 1h));
    REQUIRE(r.ok());
    CHECK(scheduler.cancel(r->id).value());
    CHECK_FALSE(scheduler.cancel(r->id).value());
    clock.advance(2h);
    CHECK(scheduler.claimDue()->empty());
}
