// What a couple wrote in earlier sessions, read back for today's card: only shared, written answers, the latest
// first, by the person asked for; and the name they last gave their cycle.
#include <catch2/catch.hpp>

#include "ModesTestSupport.h"
#include "tend/modes/EarlierAnswers.h"

using namespace tend;
using namespace tend::modes::test;

namespace {

void addEntry(SmallJournal& j, const std::string& session, const std::string& partner, const std::string& card,
              const std::string& text, journal::Visibility visibility = journal::Visibility::Shared,
              const std::string& at = "2026-11-01T19:10:00Z")
{
    journal::Entry entry;
    entry.id = journal::newId();
    entry.sessionId = session;
    if (!partner.empty())
        entry.partnerId = partner;
    entry.step = "reflect";
    entry.card = card;
    entry.payload = nlohmann::json{{"text", text}}.dump();
    entry.visibility = visibility;
    entry.createdAt = at;
    entry.updatedAt = at;
    REQUIRE(j.journal->saveEntry(entry).ok());
}

} // namespace

TEST_CASE("the latest shared answer by a person is read back, never a private one or another person's")
{
    SmallJournal j = smallJournal();
    const std::string older = addSession(j, journal::SessionMode::Together, "2026-10-01T19:00:00Z");
    const std::string newer = addSession(j, journal::SessionMode::Together, "2026-11-01T19:00:00Z");
    const std::string today = addSession(j, journal::SessionMode::Together, "2026-11-20T19:00:00Z");
    addEntry(j, older, j.sam, "my-pattern", "I go quiet and tidy the kitchen.");
    addEntry(j, newer, j.sam, "my-pattern", "I keep this one to myself.", journal::Visibility::Private);
    addEntry(j, newer, j.alex, "my-pattern", "I follow you from room to room.");
    addEntry(j, today, j.sam, "my-pattern", "Today's answer is not an earlier one.");

    auto sam = modes::latestSharedAnswer(*j.journal, j.coupleId, {"my-pattern"}, j.sam, today);
    REQUIRE(sam.ok());
    REQUIRE(sam.value());
    CHECK(sam.value()->text == "I go quiet and tidy the kitchen."); // the private newer one is passed over
    CHECK(sam.value()->sessionId == older);

    auto alex = modes::latestSharedAnswer(*j.journal, j.coupleId, {"my-pattern"}, j.alex, today);
    REQUIRE(alex.ok());
    REQUIRE(alex.value());
    CHECK(alex.value()->text == "I follow you from room to room.");

    auto nobody = modes::latestSharedAnswer(*j.journal, j.coupleId, {"echoes"}, j.sam, today);
    REQUIRE(nobody.ok());
    CHECK_FALSE(nobody.value());
    auto empty = modes::latestSharedAnswer(*j.journal, j.coupleId, {}, j.sam);
    REQUIRE(empty.ok());
    CHECK_FALSE(empty.value());
}

TEST_CASE("the couple's cycle is the name they last gave it, from any card that keeps it")
{
    const std::set<std::string> ids = modes::cycleCardIds(shippedLibrary());
    CHECK(ids == std::set<std::string>{"name-it"}); // our-cycle's card, in every language

    SmallJournal j = smallJournal();
    auto none = modes::couplesCycle(*j.journal, shippedLibrary(), j.coupleId);
    REQUIRE(none.ok());
    CHECK_FALSE(none.value());

    const std::string first = addSession(j, journal::SessionMode::Together, "2026-10-01T19:00:00Z", "our-cycle");
    addEntry(j, first, {}, "name-it", "The chase and the wall");
    const std::string second = addSession(j, journal::SessionMode::Together, "2026-11-01T19:00:00Z", "our-cycle");
    addEntry(j, second, {}, "name-it", "   "); // a blank answer names nothing
    addEntry(j, second, {}, "our-loop", "When I push, you pull away.");
    // The newest session is a repair: a card of that id there is not the cycle's name (only programs that name
    // a cycle are read).
    const std::string repair = addSession(j, journal::SessionMode::Together, "2026-11-10T19:00:00Z");
    addEntry(j, repair, {}, "name-it", "Not from this program");
    auto cycle = modes::couplesCycle(*j.journal, shippedLibrary(), j.coupleId);
    REQUIRE(cycle.ok());
    REQUIRE(cycle.value());
    CHECK(cycle.value()->text == "The chase and the wall");

    const std::string third = addSession(j, journal::SessionMode::Together, "2026-11-15T19:00:00Z", "our-cycle");
    addEntry(j, third, {}, "name-it", "The fog");
    cycle = modes::couplesCycle(*j.journal, shippedLibrary(), j.coupleId);
    REQUIRE(cycle.value());
    CHECK(cycle.value()->text == "The fog");
}

TEST_CASE("old pain marked in earlier repairs is counted per person, private answers included, today's not")
{
    CHECK(modes::oldPainOptions(shippedLibrary()).count({"echoes-familiar", "old-hurt"}) == 1);
    const auto program = repairProgram();
    const content::Card* card = program->findCard("echoes-familiar");
    REQUIRE(card);
    CHECK(modes::marksOldPain(*card, {{"selected", {"old-hurt"}}}));
    CHECK_FALSE(modes::marksOldPain(*card, {{"selected", {"partly"}}}));
    CHECK_FALSE(modes::marksOldPain(*card, nlohmann::json()));

    SmallJournal j = smallJournal();
    auto mark = [&](const std::string& session, const std::string& partner, const char* option,
                    journal::Visibility visibility) {
        journal::Entry entry;
        entry.id = journal::newId();
        entry.sessionId = session;
        entry.partnerId = partner;
        entry.step = "reflect";
        entry.card = "echoes-familiar";
        entry.payload = nlohmann::json{{"kind", "choice"}, {"answer", {{"selected", {option}}}}}.dump();
        entry.visibility = visibility;
        entry.createdAt = entry.updatedAt = "2026-11-01T19:10:00Z";
        REQUIRE(j.journal->saveEntry(entry).ok());
    };
    const std::string first = addSession(j, journal::SessionMode::Solo, "2026-10-01T19:00:00Z");
    const std::string second = addSession(j, journal::SessionMode::Solo, "2026-11-01T19:00:00Z");
    const std::string today = addSession(j, journal::SessionMode::Solo, "2026-11-20T19:00:00Z");
    mark(first, j.sam, "old-hurt", journal::Visibility::Private);
    mark(second, j.sam, "partly", journal::Visibility::Shared);
    mark(second, j.alex, "old-hurt", journal::Visibility::Shared);
    mark(today, j.sam, "old-hurt", journal::Visibility::Shared);

    auto sam = modes::earlierOldPainMarks(*j.journal, shippedLibrary(), j.coupleId, j.sam, today);
    REQUIRE(sam.ok());
    CHECK(sam.value() == 1); // the private mark in the first repair; "partly" and today's are not counted
    auto alex = modes::earlierOldPainMarks(*j.journal, shippedLibrary(), j.coupleId, j.alex, today);
    REQUIRE(alex.ok());
    CHECK(alex.value() == 1);
    auto samBefore = modes::earlierOldPainMarks(*j.journal, shippedLibrary(), j.coupleId, j.sam, first);
    REQUIRE(samBefore.ok());
    CHECK(samBefore.value() == 1); // today's mark, seen from the first repair
}
