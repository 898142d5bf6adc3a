// Come-back reminders through the real journal: scheduled, Tend closed and opened again (the SQLite file is
// reopened), delivered once and only once, overdue at the next launch, clock changes.
#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <random>

#include "support/TempDir.h"
#include "tend/journal/Journal.h"
#include "tend/regulation/JournalReminderStore.h"
#include "tend/regulation/ReminderScheduler.h"

using namespace tend;
using namespace tend::regulation;
using namespace std::chrono;
using namespace std::chrono_literals;

namespace {

const sys_seconds kStart = sys_days{year{2026} / May / 1} + 18h;

using tend::test::TempDir;

std::unique_ptr<journal::Journal> openJournal(const std::filesystem::path& dir)
{
    auto opened = journal::Journal::open(dir);
    INFO(opened.message);
    REQUIRE(opened.ok());
    return std::move(opened.journal);
}

std::string addCouple(journal::Journal& journal)
{
    journal::Couple couple;
    couple.id = journal::newId();
    couple.kind = journal::CoupleKind::Couple;
    REQUIRE(journal.addCouple(couple).ok());
    return couple.id;
}

} // namespace

TEST_CASE("journal reminders: scheduled, Tend restarted, delivered once and only once",
          "[regulation][reminders][journal]")
{
    TempDir dir;
    ManualClock clock(kStart);
    std::string coupleId;
    std::string id;
    {
        auto journal = openJournal(dir.path());
        coupleId = addCouple(*journal);
        JournalReminderStore store(*journal, &clock);
        ReminderScheduler scheduler(store, clock);
        auto scheduled = scheduler.schedule({kStart + 40min, "The kitchen table", "", coupleId});
        REQUIRE(scheduled.ok());
        id = scheduled->id;
        CHECK(scheduler.claimDue()->empty());
    } // Tend quits: the journal closes

    clock.advance(3h); // ...and stays closed past the agreed time
    {
        auto journal = openJournal(dir.path());
        JournalReminderStore store(*journal, &clock);
        ReminderScheduler scheduler(store, clock);
        auto overdue = scheduler.claimDue(); // at launch: the overdue return is shown first
        REQUIRE(overdue.ok());
        REQUIRE(overdue->size() == 1);
        CHECK(overdue->front().id == id);
        CHECK(overdue->front().place == "The kitchen table");
        CHECK(overdue->front().due == kStart + 40min);
        CHECK(scheduler.claimDue()->empty());
        CHECK_FALSE(scheduler.markDelivered(id).value());
    }
    {
        auto journal = openJournal(dir.path());
        JournalReminderStore store(*journal, &clock);
        ReminderScheduler scheduler(store, clock);
        CHECK(scheduler.claimDue()->empty());
        clock.set(kStart); // the clock is set back before the due time...
        CHECK(scheduler.claimDue()->empty());
        clock.set(kStart + 1h); // ...and passes it again: still never twice
        CHECK(scheduler.claimDue()->empty());
        auto rows = journal->reminders(coupleId);
        REQUIRE(rows.ok());
        REQUIRE(rows->size() == 1);
        REQUIRE(rows->front().deliveredAt.has_value());
        CHECK(*rows->front().deliveredAt == "2026-05-01T21:00:00.000Z");
    }
}

TEST_CASE("journal reminders: a clock jump forward delivers the skipped ones once, cancel",
          "[regulation][reminders][journal]")
{
    auto opened = journal::Journal::openInMemory();
    REQUIRE(opened.ok());
    auto& journal = *opened.value();
    const auto coupleId = addCouple(journal);
    ManualClock clock(kStart);
    JournalReminderStore store(journal, &clock);
    ReminderScheduler scheduler(store, clock);

    REQUIRE(scheduler.schedule({kStart + 20min, "", "", coupleId}).ok());
    REQUIRE(scheduler.schedule({kStart + 5h, "A walk", "", coupleId}).ok());
    auto cancelled = scheduler.schedule({kStart + 6h, "", "", coupleId});
    REQUIRE(cancelled.ok());
    CHECK(scheduler.cancel(cancelled->id).value());
    CHECK_FALSE(scheduler.cancel(cancelled->id).value());
    REQUIRE(scheduler.pending()->size() == 2);

    clock.advance(30h);
    const auto delivered = scheduler.claimDue().value();
    REQUIRE(delivered.size() == 2);
    CHECK(delivered[0].due == kStart + 20min);
    CHECK(delivered[1].place == "A walk");
    CHECK(scheduler.claimDue()->empty());
    CHECK_FALSE(scheduler.nextDue()->has_value());

    CHECK_FALSE(scheduler.schedule({kStart + 31h, "", "", ""}).ok()); // the journal keeps reminders per couple
}

TEST_CASE("journal timestamps round-trip", "[regulation][reminders][journal]")
{
    CHECK(JournalReminderStore::toTimestamp(kStart + 30min + 5s) == "2026-05-01T18:30:05.000Z");
    CHECK(JournalReminderStore::fromTimestamp("2026-05-01T18:30:05.000Z") == kStart + 30min + 5s);
    CHECK(JournalReminderStore::fromTimestamp("2026-05-01T18:30:05Z") == kStart + 30min + 5s);
    CHECK_FALSE(JournalReminderStore::fromTimestamp("2026-02-30T18:30:05Z").has_value());
    CHECK_FALSE(JournalReminderStore::fromTimestamp("yesterday").has_value());
}
