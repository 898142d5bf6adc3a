// The whole session state serialises to JSON and restores exactly; restore refuses what does not fit.
#include <catch2/catch.hpp>

#include <functional>
#include <iostream>
#include <random>

#include "EngineTestSupport.h"

using namespace tend::engine;
using nlohmann::json;
using tend::test::fixtureProgram;
using tend::test::requireRoundTrip;
using tend::test::startedSession;

namespace {

void roundTripAtEveryCard(std::shared_ptr<const tend::content::Program> program,
                          const tend::content::PracticeLibrary* practices)
{
    std::mt19937_64 random(tend::test::runSeed());
    for (const auto& step : program->steps) {
        for (const auto& card : step.cards) {
            INFO("card " << card.id);
            Session session = startedSession(program);
            REQUIRE(session.jumpTo("a", card.id).ok());
            requireRoundTrip(session);
            const json answer = tend::test::randomAnswer(card, random, practices);
            if (!answer.is_null()) {
                if (card.kind == tend::content::CardKind::Gate && !card.unanimous.empty())
                    REQUIRE(session.answer("b", answer).ok());
                REQUIRE(session.answer("a", answer, {card.allowPrivate}).ok());
                requireRoundTrip(session);
            }
            if (card.kind == tend::content::CardKind::Turns) {
                REQUIRE(session.turnShare("a", "shared").ok());
                requireRoundTrip(session);
            }
            REQUIRE(session.pause("a", {"a reason", "2026-05-02T10:00:00Z", "a place"}).ok());
            requireRoundTrip(session);
        }
    }
}

} // namespace

TEST_CASE("serialise and restore round-trip at every card of the fixture")
{
    roundTripAtEveryCard(fixtureProgram(), tend::test::fixtureLibrary().practices("en"));
}

TEST_CASE("serialise and restore round-trip at every card of the program of record")
{
    REQUIRE(tend::test::programOfRecordFileExists()); // the program ships: a missing file fails
    auto program = tend::test::programOfRecord();
    INFO(tend::test::shippedProblems());
    REQUIRE(program);
    roundTripAtEveryCard(program, tend::test::shippedLibrary().practices("en"));
}

TEST_CASE("round trip keeps waiting partners, past rounds, route pauses and completion")
{
    Session session = startedSession(fixtureProgram());
    // a restarts stabilization once (a past round), then reaches the together step and waits.
    REQUIRE(session.jumpTo("a", "still-flooded").ok());
    REQUIRE(session.answer("a", "more-time").ok());
    REQUIRE(session.next("a").ok());
    REQUIRE(session.answer("a", {{"level", 3}}).ok());
    requireRoundTrip(session);
    REQUIRE(session.jumpTo("a", "ready").ok());
    REQUIRE(session.answer("a", "yes", {true}).ok());
    REQUIRE(session.next("a").ok());
    REQUIRE(session.isWaiting("a"));
    requireRoundTrip(session);
    // b pauses by route with after_pause.
    REQUIRE(session.jumpTo("b", "ready").ok());
    REQUIRE(session.answer("b", "later").ok());
    REQUIRE(session.next("b").ok());
    REQUIRE(session.status() == SessionStatus::Paused);
    REQUIRE(session.updatePause({"dinner", "2026-05-01T21:00:00Z", ""}).ok());
    requireRoundTrip(session);
    auto restored = Session::fromJson(session.toJson(), fixtureProgram(), tend::test::testClock());
    REQUIRE(restored.ok());
    REQUIRE(restored->pastRounds().size() == 1);
    CHECK(restored->pastRounds()[0].answers.at("still-flooded").value == "more-time");
    CHECK(restored->pauseInfo()->reason == "dinner");
    CHECK(restored->answerFor("a", "ready")->keptPrivate);
    REQUIRE(restored->resume().ok());
    CHECK(restored->position("b").cardId == "ready");
    REQUIRE(restored->answer("b", "yes").ok());
    REQUIRE(restored->next("b").ok());
    CHECK(restored->position("b").place == PartnerPlace::Together);
    REQUIRE(restored->jumpTo("a", "close").ok());
    REQUIRE(restored->next("a").ok());
    REQUIRE(restored->status() == SessionStatus::Completed);
    requireRoundTrip(restored.value());
}

TEST_CASE("restore refuses a session saved for another program or version")
{
    Session session = startedSession(fixtureProgram());
    json saved = session.toJson();

    auto other = std::make_shared<tend::content::Program>(*fixtureProgram());
    other->version = "0.2.0";
    auto restored = Session::fromJson(saved, other, tend::test::testClock());
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().message ==
          "The saved session was made with \"fixture-repair\" version 0.1.0 (en); the program loaded is version "
          "0.2.0 (en), so it cannot be resumed exactly.");

    other->version = "0.1.0";
    other->id = "something-else";
    restored = Session::fromJson(saved, other, tend::test::testClock());
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().message ==
          "The saved session belongs to the program \"fixture-repair\", not \"something-else\".");

    CHECK_FALSE(Session::fromJson(saved, nullptr, tend::test::testClock()).ok());
}

TEST_CASE("restore drops the answer to a card that has since become a plain page, and keeps the rest")
{
    // rupture-to-repair's leftover-check was a checklist and became an info card without a new version (a new
    // version would strand every paused repair): a saved answer to it must not stop the repair from opening.
    Session session = startedSession(fixtureProgram());
    REQUIRE(session.next("a").ok());
    REQUIRE(session.answer("a", "speak").ok());
    REQUIRE(session.next("a").ok());
    REQUIRE(session.answer("a", "what I noticed").ok()); // give-voice
    REQUIRE(session.answerFor("a", "give-voice"));
    const json saved = session.toJson();

    auto changed = std::make_shared<tend::content::Program>(*fixtureProgram());
    tend::content::Card* card = nullptr;
    for (auto& step : changed->steps)
        for (auto& c : step.cards)
            if (c.id == "give-voice")
                card = &c;
    REQUIRE(card);
    card->kind = tend::content::CardKind::Info;
    auto restored = Session::fromJson(saved, changed, tend::test::testClock());
    INFO((restored.ok() ? std::string() : restored.error().message));
    REQUIRE(restored.ok());
    CHECK_FALSE(restored.value().answerFor("a", "give-voice"));
    REQUIRE(restored.value().answerFor("a", "voice"));
    CHECK(restored.value().answerFor("a", "voice")->value == "speak");
    // The unchanged program still refuses nothing and keeps the answer.
    auto same = Session::fromJson(saved, fixtureProgram(), tend::test::testClock());
    REQUIRE(same.ok());
    CHECK(same.value().answerFor("a", "give-voice"));
}

TEST_CASE("restore refuses states that do not fit the program")
{
    Session session = startedSession(fixtureProgram());
    REQUIRE(session.next("a").ok());
    REQUIRE(session.answer("a", "speak").ok());
    const json good = session.toJson();
    REQUIRE(Session::fromJson(good, fixtureProgram(), tend::test::testClock()).ok());

    auto refused = [&](const std::string& what, const std::function<void(json&)>& change,
                       const std::string& expectedPart) {
        json bad = good;
        change(bad);
        auto restored = Session::fromJson(bad, fixtureProgram(), tend::test::testClock());
        INFO(what);
        REQUIRE_FALSE(restored.ok());
        INFO(restored.error().message);
        CHECK(restored.error().message.find(expectedPart) != std::string::npos);
    };
    refused(
        "unknown card", [](json& j) { j["positions"]["a"]["card"] = "nowhere"; }, "\"nowhere\"");
    refused(
        "together card as own card", [](json& j) { j["positions"]["a"]["card"] = "intention"; },
        "not a card of an each step");
    refused(
        "unknown place", [](json& j) { j["positions"]["a"]["place"] = "flying"; }, "unknown value");
    refused(
        "unknown status", [](json& j) { j["status"] = "sleeping"; }, "unknown value");
    refused(
        "completed but active partners", [](json& j) { j["status"] = "completed"; }, "complete");
    refused(
        "paused without details", [](json& j) { j["status"] = "paused"; }, "pause");
    refused(
        "shared answer to each card",
        [](json& j) { j["shared"]["answers"]["voice"] = j["positions"]["a"]["answers"]["voice"]; },
        "not a card of a together step");
    refused(
        "answer of the wrong shape", [](json& j) { j["positions"]["a"]["answers"]["voice"]["value"] = "maybe"; },
        "does not fit its card");
    refused(
        "answer by a stranger", [](json& j) { j["positions"]["a"]["answers"]["voice"]["by"] = "z"; }, "not a partner");
    refused(
        "answer by the other partner", [](json& j) { j["positions"]["a"]["answers"]["voice"]["by"] = "b"; },
        "kept for");
    refused(
        "private where not allowed",
        [](json& j) {
            j["shared"]["answers"]["intention"] = {{"value", "x"}, {"by", "a"}, {"private", true}, {"at", ""}};
        },
        "marked private");
    refused(
        "history with unknown card", [](json& j) { j["positions"]["a"]["history"].push_back("ghost"); }, "\"ghost\"");
    refused(
        "shared position nobody is in", [](json& j) { j["shared"]["card"] = "intention"; }, "nobody");
    refused(
        "missing field", [](json& j) { j.erase("past_rounds"); }, "missing \"past_rounds\"");
    refused(
        "extra field", [](json& j) { j["surprise"] = 1; }, "does not know");
    refused(
        "duplicate partners",
        [](json& j) {
            j["partners"] = {"a", "a"};
        },
        "named twice");
    refused(
        "positions for other partners",
        [](json& j) {
            j["positions"]["c"] = j["positions"]["a"];
            j["positions"].erase("a");
        },
        "missing \"a\"");
    refused(
        "round count for unknown step", [](json& j) { j["positions"]["a"]["rounds"]["nowhere"] = 2; }, "round");
    refused(
        "bad start time", [](json& j) { j["started_at"] = "yesterday"; }, "start time");
    refused(
        "not an object", [](json& j) { j = json::array(); }, "not a JSON object");
    refused(
        "wrong format", [](json& j) { j["format"] = 2; }, "format");
    refused(
        "everyone waiting",
        [](json& j) {
            for (const char* p : {"a", "b"}) {
                j["positions"][p]["place"] = "waiting";
                j["positions"][p]["card"] = "intention";
            }
        },
        "should have opened");
}

TEST_CASE("restore never crashes on randomly damaged states")
{
    Session session = startedSession(fixtureProgram());
    REQUIRE(session.jumpTo("a", "clear").ok());
    REQUIRE(session.answer("a", "yes").ok());
    REQUIRE(session.answer("b", "no").ok());
    REQUIRE(session.next("a").ok()); // a past round exists now
    REQUIRE(session.pause("b", {"r", "2026-05-02T10:00:00Z", "p"}).ok());
    const json good = session.toJson();
    const json leaves = good.flatten();
    std::vector<std::string> pointers;
    for (auto it = leaves.begin(); it != leaves.end(); ++it)
        pointers.push_back(it.key());
    REQUIRE(pointers.size() > 20);

    std::mt19937_64 random(tend::test::runSeed());
    const std::vector<json> values = {nullptr,
                                      0,
                                      -1,
                                      1e300,
                                      "",
                                      "a",
                                      "b",
                                      "intention",
                                      "clear",
                                      "feel",
                                      "together",
                                      "waiting",
                                      "own-card",
                                      "finished",
                                      "paused",
                                      "active",
                                      true,
                                      json::array(),
                                      json::object(),
                                      "step:reengage",
                                      "2026-05-01T18:00:00Z"};
    int accepted = 0;
    for (int i = 0; i < 3000; ++i) {
        json damaged = good;
        const int changes = 1 + static_cast<int>(random() % 3);
        for (int c = 0; c < changes; ++c) {
            const auto& pointer = pointers[random() % pointers.size()];
            damaged[json::json_pointer(pointer)] = values[random() % values.size()];
        }
        auto restored = Session::fromJson(damaged, fixtureProgram(), tend::test::testClock());
        if (!restored.ok())
            continue;
        ++accepted;
        REQUIRE(restored->checkConsistency().ok());
        REQUIRE(restored->toJson() == damaged);
        // Whatever was accepted must also be safe to use.
        (void)restored->resume();
        for (const auto& partner : restored->partners()) {
            (void)restored->next(partner);
            (void)restored->back(partner);
        }
        REQUIRE(restored->checkConsistency().ok());
    }
    std::cout << "damaged states accepted as valid: " << accepted << " of 3000\n";
}
