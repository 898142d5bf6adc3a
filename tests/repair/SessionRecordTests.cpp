// How a repair becomes journal rows and comes back (tend/repair/SessionRecord.h), without a window or a journal:
// the keys that tie a card and round to one row, drafts, check-in rows and the session row's status.
#include <catch2/catch.hpp>

#include <filesystem>

#include "tend/common/Clock.h"
#include "tend/content/ContentLibrary.h"
#include "tend/repair/SessionRecord.h"

using namespace tend;
using engine::Answer;

namespace {

std::shared_ptr<const content::Program> repairProgram()
{
    static const std::shared_ptr<const content::Program> program = [] {
        content::ContentLibrary library;
        REQUIRE(library.addFolder(std::filesystem::path(TEND_SOURCE_DIR) / "content"));
        auto found = library.program("rupture-to-repair", "en");
        REQUIRE(found);
        return found;
    }();
    return program;
}

engine::Session started(std::vector<std::string> partners)
{
    auto clock =
        std::make_shared<ManualClock>(std::chrono::system_clock::time_point{} + std::chrono::hours(24 * 20000));
    auto session = engine::Session::create(repairProgram(), std::move(partners), clock);
    REQUIRE(session.ok());
    REQUIRE(session->start().ok());
    return std::move(session.value());
}

const content::Card& card(const char* id)
{
    const content::Card* found = repairProgram()->findCard(id);
    REQUIRE(found);
    return *found;
}

} // namespace

TEST_CASE("an answer's row is its owner's, card's and round's: a together card has no owner")
{
    const engine::Session session = started({"a", "b"});
    CHECK(repair::entryOwner(session, "a", "notice-body") == "a");
    CHECK(repair::entryKey(session, "a", "notice-body") == "a|notice-body|1");
    CHECK(repair::entryKey(session, "b", "notice-body") == "b|notice-body|1");
    CHECK(repair::entryOwner(session, "a", "turns").empty());
    CHECK(repair::entryKey(session, "a", "turns") == "|turns|1");
    CHECK(repair::entryKey(session, "b", "turns") == repair::entryKey(session, "a", "turns"));
}

TEST_CASE("a stored row's key comes from its payload's round, and a damaged payload counts as round one")
{
    CHECK(repair::storedEntryKey(std::string("a"), "needs", R"({"kind":"choice","round":2})") == "a|needs|2");
    CHECK(repair::storedEntryKey(std::nullopt, "turns", R"({"round":3})") == "|turns|3");
    CHECK(repair::storedEntryKey(std::string("a"), "needs", "{not json") == "a|needs|1");
    CHECK(repair::storedEntryKey(std::string("a"), "needs", R"({"round":"two"})") == "a|needs|1");
    CHECK(repair::storedEntryKey(std::string("a"), "needs", "[]") == "a|needs|1");
}

TEST_CASE("a draft comes back as it was typed, under the key of the answer it belongs to")
{
    const engine::Session session = started({"a", "b"});
    const content::Card& prompt = card("give-voice");
    const Answer typed = "I'm stirred up and I";
    const std::string payload = repair::draftPayloadText(prompt, typed, 1, "a");
    const auto back = repair::draftFromPayload(payload);
    REQUIRE(back);
    CHECK(*back == typed);
    CHECK(repair::storedEntryKey(std::string("a"), prompt.id, payload) == repair::entryKey(session, "a", prompt.id));
    const Answer stored = Answer::parse(payload);
    CHECK(stored["kind"] == "prompt");
    CHECK(stored["by"] == "a");

    // A finished entry's payload, a damaged one and a foreign shape hold no draft.
    CHECK_FALSE(repair::draftFromPayload(R"({"kind":"prompt","answer":"done","round":1,"by":"a"})"));
    CHECK_FALSE(repair::draftFromPayload("{\"draft\":"));
    CHECK_FALSE(repair::draftFromPayload(R"(["draft"])"));
}

TEST_CASE("a check-in row carries the level, the body state and the words, and is made only with a state")
{
    const auto row = repair::checkInRow(*repairProgram(), "s1", "b", card("checkin-before"),
                                        Answer{{"level", 7}, {"state", "shut-down"}, {"emotions", {"hurt", "numb"}}});
    REQUIRE(row);
    CHECK(row->sessionId == std::optional<std::string>("s1"));
    CHECK(row->partnerId == "b");
    CHECK(row->step == std::optional<std::string>("stabilize"));
    CHECK(row->moment == journal::CheckInMoment::Before);
    CHECK(row->level == 7);
    CHECK(row->state == journal::BodyState::ShutDown);
    CHECK(Answer::parse(row->payload) == Answer{{"emotions", {"hurt", "numb"}}, {"card", "checkin-before"}});

    const auto after = repair::checkInRow(*repairProgram(), "s1", "a", card("checkin-after"),
                                          Answer{{"level", 2}, {"state", "steady"}});
    REQUIRE(after);
    CHECK(after->moment == journal::CheckInMoment::After);
    CHECK(after->state == journal::BodyState::Steady);
    CHECK(Answer::parse(after->payload)["emotions"] == Answer::array());

    // No state chosen, a state the content does not define, the journal's own spelling, no level, or not a
    // check-in card: no row (nothing is invented).
    CHECK_FALSE(repair::checkInRow(*repairProgram(), "s1", "a", card("checkin-before"), Answer{{"level", 5}}));
    CHECK_FALSE(repair::checkInRow(*repairProgram(), "s1", "a", card("checkin-before"),
                                   Answer{{"level", 5}, {"state", "frozen"}}));
    CHECK_FALSE(repair::checkInRow(*repairProgram(), "s1", "a", card("checkin-before"),
                                   Answer{{"level", 5}, {"state", "shut_down"}}));
    CHECK_FALSE(repair::checkInRow(*repairProgram(), "s1", "a", card("checkin-before"), Answer{{"state", "racing"}}));
    CHECK_FALSE(
        repair::checkInRow(*repairProgram(), "s1", "a", card("give-voice"), Answer{{"level", 5}, {"state", "racing"}}));
}

TEST_CASE("the session row follows the engine: active, then paused with the plan the person gave")
{
    engine::Session session = started({"a", "b"});
    journal::Session row;
    row.pauseReason = "old";
    repair::updateSessionRow(row, session, true, "2026-12-08T10:00:00.000Z");
    CHECK(row.status == journal::SessionStatus::Active);
    CHECK_FALSE(row.pauseReason);
    CHECK(row.updatedAt == "2026-12-08T10:00:00.000Z");
    CHECK(repair::savedEngineState(row) == session.toJson());

    REQUIRE(session.pause("a", {"space", "2026-12-08T11:00:00.000Z", "the kitchen table"}).ok());
    repair::updateSessionRow(row, session, true, "2026-12-08T10:05:00.000Z");
    CHECK(row.status == journal::SessionStatus::Paused);
    CHECK(row.pauseReason == std::optional<std::string>("space"));
    REQUIRE(session.pauseInfo());
    CHECK_FALSE(session.pauseInfo()->resumeAt.empty());
    CHECK(row.returnAt == std::optional<std::string>(session.pauseInfo()->resumeAt));
    CHECK(row.returnAt->rfind("2026-12-08T11:00:00", 0) == 0);
    CHECK(row.returnPlace == std::optional<std::string>("the kitchen table"));
    CHECK_FALSE(row.endedAt);

    // The saved state reads back; a damaged one does not.
    const auto saved = repair::savedEngineState(row);
    REQUIRE(saved);
    CHECK(engine::Session::fromJson(*saved, repairProgram(), std::make_shared<ManualClock>()).ok());
    journal::Session damaged = row;
    damaged.engineState = "{\"version\":";
    CHECK_FALSE(repair::savedEngineState(damaged));
}

TEST_CASE("alone, the reflection is complete where the together step begins, and its end is kept once")
{
    engine::Session session = started({"a"});
    CHECK_FALSE(repair::soloReflectionDone(session, false));
    REQUIRE(session.jumpTo("a", "leftover-check").ok());
    CHECK(repair::soloReflectionDone(session, false));
    CHECK_FALSE(repair::soloReflectionDone(session, true)); // the same place, but a repair together goes on

    journal::Session row;
    repair::updateSessionRow(row, session, false, "2026-12-08T10:00:00.000Z");
    CHECK(row.status == journal::SessionStatus::Completed);
    CHECK(row.endedAt == std::optional<std::string>("2026-12-08T10:00:00.000Z"));
    repair::updateSessionRow(row, session, false, "2026-12-08T12:00:00.000Z");
    CHECK(row.endedAt == std::optional<std::string>("2026-12-08T10:00:00.000Z"));
    CHECK(row.updatedAt == "2026-12-08T12:00:00.000Z");
}
