// Sessions over the fixture program: each and together steps, routes, guards, rounds, pauses, jumps,
// events, and illegal moves that must change nothing.
#include <catch2/catch.hpp>

#include "EngineTestSupport.h"

using namespace tend::engine;
using nlohmann::json;
using tend::test::EventLog;
using tend::test::fixtureProgram;
using tend::test::startedSession;

namespace {

std::string cardOf(const Session& session, const std::string& partner)
{
    return session.position(partner).cardId;
}

// Moves `partner` forward until they are at `cardId`.
void goTo(Session& session, const std::string& partner, const std::string& cardId)
{
    const bool reached =
        tend::test::driveUntil(session, partner, [&](const Session& s) { return cardOf(s, partner) == cardId; });
    INFO("partner " << partner << " should reach " << cardId << " but is at " << cardOf(session, partner));
    REQUIRE(reached);
}

// An illegal move: must fail and leave the session exactly as it was, with no events.
template <typename Move> void requireRefused(Session& session, Move move, const std::string& expectedPart = {})
{
    const json before = session.toJson();
    int events = 0;
    const int id = session.subscribe([&](const Event&) { ++events; });
    tend::Result<void> result = move(session);
    session.unsubscribe(id);
    REQUIRE_FALSE(result.ok());
    if (!expectedPart.empty()) {
        INFO(result.error().message);
        CHECK(result.error().message.find(expectedPart) != std::string::npos);
    }
    CHECK(session.toJson() == before);
    CHECK(events == 0);
}

// Both partners through steps 1–4 into the shared step.
Session atReengage()
{
    Session session = startedSession(fixtureProgram());
    goTo(session, "a", "ready");
    goTo(session, "b", "ready");
    REQUIRE(session.answer("a", "yes").ok());
    REQUIRE(session.next("a").ok());
    REQUIRE(session.answer("b", "yes").ok());
    REQUIRE(session.next("b").ok());
    REQUIRE(session.position("a").place == PartnerPlace::Together);
    REQUIRE(cardOf(session, "a") == "intention");
    return session;
}

} // namespace

TEST_CASE("create checks partners, program and clock")
{
    auto program = fixtureProgram();
    auto clock = tend::test::testClock();
    CHECK_FALSE(Session::create(program, {}, clock).ok());
    CHECK_FALSE(Session::create(program, {"a", "a"}, clock).ok());
    CHECK_FALSE(Session::create(program, {"A"}, clock).ok());
    CHECK_FALSE(Session::create(program, {"a", "b", "c", "d", "e", "f", "g", "h", "i"}, clock).ok());
    CHECK_FALSE(Session::create(nullptr, {"a"}, clock).ok());
    CHECK_FALSE(Session::create(program, {"a"}, nullptr).ok());
    auto empty = std::make_shared<tend::content::Program>();
    CHECK_FALSE(Session::create(empty, {"a"}, clock).ok());
    auto session = Session::create(program, {"a", "b"}, clock);
    REQUIRE(session.ok());
    CHECK(session->status() == SessionStatus::NotStarted);
    CHECK(session->currentCard("a") == nullptr);
    CHECK(session->position("a").place == PartnerPlace::NotStarted);
}

TEST_CASE("start places every partner at the first card and announces it")
{
    auto session = Session::create(fixtureProgram(), {"a", "b"}, tend::test::testClock());
    REQUIRE(session.ok());
    EventLog log;
    log.attach(session.value());
    REQUIRE(session->start().ok());
    CHECK(session->status() == SessionStatus::Active);
    CHECK(cardOf(*session, "a") == "notice-body");
    CHECK(cardOf(*session, "b") == "notice-body");
    CHECK(session->position("a").stepId == "acknowledge");
    CHECK(session->currentCard("b")->kind == tend::content::CardKind::Info);
    REQUIRE(log.events.size() == 5);
    CHECK(log.events[0].type == EventType::Started);
    CHECK(log.events[1].type == EventType::StepEntered);
    CHECK(log.events[1].partner == "a");
    CHECK(log.events[1].round == 1);
    CHECK(log.events[2].type == EventType::CardEntered);
    CHECK(log.events[2].cardId == "notice-body");
    CHECK(log.events[0].at == "2026-05-01T18:00:00Z");
    requireRefused(
        session.value(), [](Session& s) { return s.start(); }, "already started");
}

TEST_CASE("in each steps partners move on their own, and the rail shows who is where")
{
    Session session = startedSession(fixtureProgram());
    REQUIRE(session.next("a").ok());
    CHECK(cardOf(session, "a") == "voice");
    CHECK(cardOf(session, "b") == "notice-body");
    REQUIRE(session.answer("a", "settle-first").ok());
    REQUIRE(session.next("a").ok());
    CHECK(cardOf(session, "a") == "checkin-before");
    CHECK(session.roundOf("stabilize", "a") == 1); // a forward route to a step is not a restart

    const auto rail = session.progress();
    REQUIRE(rail.size() == 5);
    CHECK(rail[0].partners.at("a") == StepState::Done);
    CHECK(rail[1].partners.at("a") == StepState::Current);
    CHECK(rail[2].partners.at("a") == StepState::Ahead);
    CHECK(rail[0].partners.at("b") == StepState::Current);
    CHECK(rail[4].who == tend::content::Who::Together);
    CHECK(session.history("a") == std::vector<std::string>{"notice-body", "voice"});
    CHECK(session.history("b").empty());
}

TEST_CASE("gate routes of the fixture")
{
    SECTION("voice: speak leads to give-voice")
    {
        Session session = startedSession(fixtureProgram());
        REQUIRE(session.next("a").ok());
        requireRefused(
            session, [](Session& s) { return s.next("a"); }, "needs an answer");
        REQUIRE(session.answer("a", "speak").ok());
        EventLog log;
        log.attach(session);
        REQUIRE(session.next("a").ok());
        CHECK(cardOf(session, "a") == "give-voice");
        REQUIRE(log.events.size() == 2);
        CHECK(log.events[0].type == EventType::Routed);
        CHECK(log.events[0].cardId == "voice");
        CHECK(log.events[0].target == "give-voice");
    }
    SECTION("still-flooded: more time starts stabilization over as a new round")
    {
        Session session = startedSession(fixtureProgram());
        goTo(session, "a", "checkin-before");
        REQUIRE(session.answer("a", {{"level", 8}, {"state", "racing"}}).ok());
        REQUIRE(session.next("a").ok());
        CHECK(cardOf(session, "a") == "settle");
        REQUIRE(session.answer("a", {{"practice", "look-around"}, {"completed", true}}).ok());
        REQUIRE(session.next("a").ok());
        CHECK(cardOf(session, "a") == "breathe");
        REQUIRE(session.next("a").ok());
        CHECK(cardOf(session, "a") == "checkin-after"); // lift passed over: not shut down
        REQUIRE(session.answer("a", {{"level", 7}, {"state", "racing"}}).ok());
        REQUIRE(session.next("a").ok());
        CHECK(cardOf(session, "a") == "still-flooded");
        REQUIRE(session.answer("a", "more-time").ok());
        EventLog log;
        log.attach(session);
        REQUIRE(session.next("a").ok());
        CHECK(cardOf(session, "a") == "checkin-before");
        CHECK(session.roundOf("stabilize", "a") == 2);
        CHECK(session.roundOf("stabilize", "b") == 1);
        CHECK(log.has(EventType::RoundStarted));
        CHECK(session.answerFor("a", "checkin-before") == nullptr);
        REQUIRE(session.pastRounds().size() == 1);
        const PastRound& round = session.pastRounds().front();
        CHECK(round.stepId == "stabilize");
        CHECK(round.partner == "a");
        CHECK(round.number == 1);
        CHECK(round.answers.at("checkin-before").value.at("level") == 8);
        CHECK(round.answers.at("still-flooded").value == "more-time");
        CHECK(round.answers.count("settle") == 1);
        CHECK(session.history("a").empty());
        requireRefused(
            session, [](Session& s) { return s.back("a"); }, "first card");
    }
    SECTION("still-flooded: pause, then resume at the start of the step")
    {
        Session session = startedSession(fixtureProgram());
        goTo(session, "a", "checkin-before");
        REQUIRE(session.answer("a", {{"level", 2}, {"state", "steady"}}).ok());
        REQUIRE(session.next("a").ok());
        CHECK(cardOf(session, "a") == "checkin-after"); // every practice passed over
        REQUIRE(session.answer("a", {{"level", 9}}).ok());
        REQUIRE(session.next("a").ok());
        REQUIRE(session.answer("a", "pause").ok());
        REQUIRE(session.next("a").ok());
        CHECK(session.status() == SessionStatus::Paused);
        REQUIRE(session.pauseInfo());
        CHECK(session.pauseInfo()->byRoute);
        CHECK(session.pauseInfo()->cardId == "still-flooded");
        CHECK(session.pauseInfo()->requestedBy.empty());
        CHECK(cardOf(session, "a") == "still-flooded");
        REQUIRE(session.updatePause({"need a walk", "2026-05-01T20:00:00+02:00", "the park"}).ok());
        CHECK(session.pauseInfo()->resumeAt == "2026-05-01T18:00:00Z");
        CHECK(session.pauseInfo()->reason == "need a walk");
        requireRefused(
            session, [](Session& s) { return s.next("b"); }, "paused");
        REQUIRE(session.resume().ok());
        CHECK(session.status() == SessionStatus::Active);
        CHECK_FALSE(session.pauseInfo());
        CHECK(cardOf(session, "a") == "checkin-before");
        CHECK(session.roundOf("stabilize", "a") == 2);
    }
    SECTION("still-flooded: go on anyway")
    {
        Session session = startedSession(fixtureProgram());
        goTo(session, "a", "checkin-after");
        REQUIRE(session.answer("a", {{"level", 10}, {"state", "racing"}}).ok());
        REQUIRE(session.next("a").ok());
        REQUIRE(session.answer("a", "go-on").ok());
        REQUIRE(session.next("a").ok());
        CHECK(cardOf(session, "a") == "feel");
    }
    SECTION("ready: not yet goes back to stabilization for a new round")
    {
        Session session = startedSession(fixtureProgram());
        goTo(session, "a", "ready");
        REQUIRE(session.answer("a", "not-yet").ok());
        REQUIRE(session.next("a").ok());
        CHECK(cardOf(session, "a") == "checkin-before");
        CHECK(session.roundOf("stabilize", "a") == 2);
        CHECK(session.answerFor("a", "feel") == nullptr); // only the restarted step is cleared
    }
    SECTION("ready: later pauses and resumes at the gate itself (after_pause)")
    {
        Session session = startedSession(fixtureProgram());
        goTo(session, "a", "ready");
        REQUIRE(session.answer("a", "later").ok());
        REQUIRE(session.next("a").ok());
        CHECK(session.status() == SessionStatus::Paused);
        REQUIRE(session.resume().ok());
        CHECK(cardOf(session, "a") == "ready");
        CHECK(session.answerFor("a", "ready")->value == "later");
        CHECK(session.roundOf("reflect", "a") == 1);
    }
    SECTION("ready: yes waits for the partner, then the together step opens")
    {
        Session session = startedSession(fixtureProgram());
        goTo(session, "a", "ready");
        REQUIRE(session.answer("a", "yes").ok());
        EventLog log;
        log.attach(session);
        REQUIRE(session.next("a").ok());
        CHECK(session.isWaiting("a"));
        CHECK(session.position("a").place == PartnerPlace::Waiting);
        CHECK(session.position("a").cardId == "intention");
        CHECK(session.currentCard("a") == nullptr);
        CHECK(session.waitingFor("a") == std::vector<std::string>{"b"});
        CHECK(log.has(EventType::Waiting, "intention"));
        CHECK(session.progress()[4].partners.at("a") == StepState::Current);
        requireRefused(
            session, [](Session& s) { return s.next("a"); }, "waiting for \"b\"");
        requireRefused(
            session, [](Session& s) { return s.answer("a", "x"); }, "waiting");

        // Going back from waiting returns to the gate.
        REQUIRE(session.back("a").ok());
        CHECK(cardOf(session, "a") == "ready");
        REQUIRE(session.next("a").ok());
        CHECK(session.isWaiting("a"));

        goTo(session, "b", "ready");
        REQUIRE(session.answer("b", "yes").ok());
        log.clear();
        REQUIRE(session.next("b").ok());
        CHECK(log.has(EventType::TogetherOpened, "intention"));
        CHECK(session.position("a").place == PartnerPlace::Together);
        CHECK(session.position("b").place == PartnerPlace::Together);
        CHECK(cardOf(session, "b") == "intention");
        CHECK_FALSE(session.isWaiting("a"));
        CHECK(session.waitingFor("a").empty());
        requireRefused(
            session, [](Session& s) { return s.back("a"); }, "first card of this round together");
    }
}

TEST_CASE("choice options route, the first selected option in option order wins")
{
    Session session = startedSession(fixtureProgram());
    goTo(session, "a", "needs");
    requireRefused(session, [](Session& s) { return s.answer("a", {{"selected", {"spaces"}}}); });
    REQUIRE(session.answer("a", {{"selected", {"quiet", "space"}}}).ok());
    REQUIRE(session.next("a").ok());
    CHECK(cardOf(session, "a") == "checkin-before");

    goTo(session, "b", "needs");
    REQUIRE(session.answer("b", {{"selected", {"space"}}, {"other", "a glass of water"}}).ok());
    REQUIRE(session.next("b").ok());
    CHECK(cardOf(session, "b") == "when-back"); // guard: needs has "space"
    REQUIRE(session.back("b").ok());
    REQUIRE(session.answer("b", {{"selected", {"assurance"}}}).ok());
    REQUIRE(session.next("b").ok());
    CHECK(cardOf(session, "b") == "checkin-before"); // when-back passed over
}

TEST_CASE("guards in stabilization pick the practices that fit the check-in")
{
    auto reach = [](const json& checkin) {
        Session session = startedSession(fixtureProgram());
        goTo(session, "a", "checkin-before");
        REQUIRE(session.answer("a", checkin).ok());
        std::vector<std::string> shown;
        while (cardOf(session, "a") != "checkin-after") {
            REQUIRE(session.next("a").ok());
            shown.push_back(cardOf(session, "a"));
        }
        return shown;
    };
    CHECK(reach({{"level", 8}, {"state", "racing"}}) == std::vector<std::string>{"settle", "breathe", "checkin-after"});
    CHECK(reach({{"level", 4}, {"state", "racing"}}) == std::vector<std::string>{"settle", "checkin-after"});
    CHECK(reach({{"level", 8}, {"state", "shut-down"}}) == std::vector<std::string>{"lift", "checkin-after"});
    CHECK(reach({{"level", 7}}) == std::vector<std::string>{"breathe", "checkin-after"});
    CHECK(reach({{"level", 1}, {"state", "steady"}}) == std::vector<std::string>{"checkin-after"});
}

TEST_CASE("each partner's guards read their own answers")
{
    Session session = startedSession(fixtureProgram());
    goTo(session, "a", "checkin-before");
    goTo(session, "b", "checkin-before");
    REQUIRE(session.answer("a", {{"level", 9}, {"state", "racing"}}).ok());
    REQUIRE(session.answer("b", {{"level", 3}, {"state", "shut-down"}}).ok());
    REQUIRE(session.next("a").ok());
    REQUIRE(session.next("b").ok());
    CHECK(cardOf(session, "a") == "settle");
    CHECK(cardOf(session, "b") == "lift");
    CHECK(session.answerFor("a", "checkin-before")->value.at("level") == 9);
    CHECK(session.answerFor("b", "checkin-before")->value.at("level") == 3);
    CHECK(session.answersOf("a").count("checkin-before") == 1);
    CHECK(session.answersOf("b").at("checkin-before").by == "b");
}

TEST_CASE("together steps share one position and one set of answers")
{
    Session session = atReengage();
    REQUIRE(session.answer("a", "to understand each other").ok());
    CHECK(session.answerFor("b", "intention")->value == "to understand each other");
    REQUIRE(session.answer("b", "to feel close again").ok());
    CHECK(session.answerFor("a", "intention")->by == "b");
    CHECK(session.sharedAnswers().size() == 1);
    REQUIRE(session.next("b").ok());
    CHECK(cardOf(session, "a") == "agreements");
    REQUIRE(session.back("a").ok());
    CHECK(cardOf(session, "b") == "intention");
    requireRefused(
        session, [](Session& s) { return s.answer("a", "x", {true}); }, "shared");
}

TEST_CASE("turns are required, and the step-5 loop starts a fresh round until both say yes")
{
    Session session = atReengage();
    REQUIRE(session.answer("a", "to listen").ok());
    REQUIRE(session.next("a").ok());
    REQUIRE(session.answer("b", json::array({"no-interrupting"})).ok());
    REQUIRE(session.next("b").ok());
    CHECK(cardOf(session, "a") == "exchange");
    requireRefused(
        session, [](Session& s) { return s.next("a"); }, "Every partner needs their turn");
    REQUIRE(session.turnShare("a", "I felt alone.").ok());
    requireRefused(session, [](Session& s) { return s.next("a"); });
    tend::test::completeTurns(session);
    REQUIRE(session.next("b").ok());
    REQUIRE(session.answer("a", "walk on Sundays\nphones away at dinner").ok());
    REQUIRE(session.next("a").ok());
    CHECK(cardOf(session, "a") == "clear");

    // One answer is not enough; then a disagreement sends the couple back to the start of the step.
    requireRefused(
        session, [](Session& s) { return s.next("a"); }, "Every partner needs to answer");
    REQUIRE(session.answer("a", "yes").ok());
    CHECK(session.answerFor("a", "clear")->value == json({{"a", "yes"}}));
    requireRefused(
        session, [](Session& s) { return s.next("b"); }, "Waiting for every partner");
    REQUIRE(session.answer("b", "no").ok());
    EventLog log;
    log.attach(session);
    REQUIRE(session.next("b").ok());
    CHECK(cardOf(session, "a") == "intention");
    CHECK(session.roundOf("reengage") == 2);
    CHECK(log.has(EventType::RoundStarted));
    CHECK(log.events[0].type == EventType::Routed);
    CHECK(log.events[0].target == "step:reengage");
    CHECK(session.sharedAnswers().empty());
    REQUIRE_FALSE(session.pastRounds().empty());
    const PastRound& first = session.pastRounds().back();
    CHECK(first.stepId == "reengage");
    CHECK(first.partner.empty());
    CHECK(first.number == 1);
    CHECK(first.answers.at("intention").value == "to listen");
    CHECK(first.answers.at("clear").value == json({{"a", "yes"}, {"b", "no"}}));
    CHECK(first.answers.at("exchange").value.at("turns").size() == 2);
    CHECK(session.history("a").empty());
    CHECK(session.commitments().empty()); // last round's commitments are kept in the past round

    // Round two: both say yes.
    for (int i = 0; i < 2; ++i)
        REQUIRE(session.next("a").ok());
    tend::test::completeTurns(session);
    REQUIRE(session.next("a").ok());
    REQUIRE(session.answer("b", "- call before coming home late").ok());
    REQUIRE(session.next("a").ok());
    REQUIRE(session.answer("a", "yes").ok());
    REQUIRE(session.answer("b", "yes").ok());
    REQUIRE(session.next("a").ok());
    CHECK(cardOf(session, "a") == "hug");
    REQUIRE(session.answer("b", {{"seconds", 30}, {"completed", true}}).ok());
    REQUIRE(session.next("b").ok());
    log.clear();
    REQUIRE(session.next("a").ok());
    CHECK(session.status() == SessionStatus::Completed);
    CHECK(session.position("a").place == PartnerPlace::Finished);
    CHECK(log.has(EventType::Finished));
    CHECK(log.events.back().type == EventType::Completed);
    CHECK(session.progress()[0].partners.at("b") == StepState::Done);
    requireRefused(
        session, [](Session& s) { return s.next("a"); }, "complete");
    requireRefused(
        session, [](Session& s) { return s.pause("a", {}); }, "complete");

    const auto commitments = session.commitments();
    REQUIRE(commitments.size() == 1);
    CHECK(commitments[0].text == "call before coming home late");
    CHECK(commitments[0].shared);
    CHECK(commitments[0].by == "b");
}

TEST_CASE("commitments come from each partner's requests too")
{
    Session session = startedSession(fixtureProgram());
    goTo(session, "a", "my-requests");
    REQUIRE(session.answer("a", "  - more time to think  \n\n* a hug when I ask\n").ok());
    const auto list = session.commitments();
    REQUIRE(list.size() == 2);
    CHECK(list[0].text == "more time to think");
    CHECK(list[1].text == "a hug when I ask");
    CHECK(list[0].by == "a");
    CHECK_FALSE(list[0].shared);
}

TEST_CASE("private answers are recorded as the writer chose")
{
    Session session = startedSession(fixtureProgram());
    goTo(session, "a", "give-voice");
    REQUIRE(session.answer("a", "only for me", {true}).ok());
    CHECK(session.answerFor("a", "give-voice")->keptPrivate);
    REQUIRE(session.answer("a", "now shared").ok());
    CHECK_FALSE(session.answerFor("a", "give-voice")->keptPrivate);
    CHECK(session.answerFor("b", "give-voice") == nullptr);
}

TEST_CASE("answers must have the shape of their card's kind")
{
    Session session = startedSession(fixtureProgram());
    auto refusedAt = [&](const std::string& cardId, std::vector<json> bad, const json& good) {
        REQUIRE(session.jumpTo("a", cardId).ok());
        for (const json& value : bad) {
            INFO(cardId << " must refuse " << value.dump());
            requireRefused(session, [&](Session& s) { return s.answer("a", value); });
        }
        INFO(cardId << " must accept " << good.dump());
        REQUIRE(session.answer("a", good).ok());
        REQUIRE(session.answer("a", nullptr).ok()); // null clears
        CHECK(session.answerFor("a", cardId) == nullptr);
    };
    refusedAt("notice-body", {"text", 1}, nullptr);
    refusedAt("give-voice", {5, json::array(), json::object(), std::string(200000, 'x')}, "words");
    refusedAt("needs",
              {"space",
               json::object(),
               {{"selected", "space"}},
               {{"selected", {"nope"}}},
               {{"selected", {"space", "space"}}},
               {{"selected", json::array()}},
               {{"chosen", {"space"}}},
               {{"other", 5}}},
              {{"selected", {"space", "assurance"}}, {"other", "tea"}});
    refusedAt("checkin-before",
              {5,
               {{"level", 11}},
               {{"level", -1}},
               {{"level", 5.5}},
               {{"state", "racing"}},
               {{"level", 5}, {"state", "calm"}},
               {{"level", 5}, {"emotions", "sad"}},
               {{"level", 5}, {"mood", 1}}},
              {{"level", 5}, {"state", "shut-down"}, {"emotions", {"sad"}}});
    refusedAt("settle", {{{"practice", "Look Around"}, {"completed", true}}, {{"practice", "look-around"}}},
              {{"practice", "look-around"}, {"completed", false}});
    refusedAt("lift", {{{"practice", "look-around"}, {"completed", true}}},
              {{"practice", "shake-out"}, {"completed", true}});
    refusedAt("breathe",
              {{{"seconds", -1}, {"completed", true}}, {{"seconds", 10}}, {{"seconds", "10"}, {"completed", true}}},
              {{"seconds", 300.5}, {"completed", true}});
    refusedAt("accept", {11, -1, 5.5, "5"}, 0);
    refusedAt("beneath", {"hurt", json::array({"hurt", "hurt"}), json::array({"anger"})}, json::array({"fear"}));
    refusedAt("voice", {"maybe", 1, json::array({"speak"})}, "speak");
    refusedAt(
        "when-back",
        {{{"at", "tomorrow"}}, {{"at", "2026-05-01T19:30:00"}}, {{"place", "here"}}, {{"at", "2026-13-01T00:00Z"}}},
        {{"at", "2026-05-01T19:30:00Z"}, {"place", "here"}});
    refusedAt("hug", {{{"seconds", 30}, {"completed", "yes"}}}, {{"seconds", 30}, {"completed", true}});
}

TEST_CASE("illegal moves return an error and change nothing")
{
    Session session = startedSession(fixtureProgram());
    requireRefused(
        session, [](Session& s) { return s.next("c"); }, "not a partner");
    requireRefused(
        session, [](Session& s) { return s.back("a"); }, "first card");
    requireRefused(
        session, [](Session& s) { return s.answer("a", "x"); }, "info card");
    requireRefused(
        session, [](Session& s) { return s.resume(); }, "not paused");
    requireRefused(
        session, [](Session& s) { return s.updatePause({}); }, "not paused");
    requireRefused(
        session,
        [](Session& s) {
            return s.pause("a", {"", "soon", ""});
        },
        "date and time");
    requireRefused(
        session, [](Session& s) { return s.jumpTo("a", "nowhere"); }, "no card");
    requireRefused(
        session, [](Session& s) { return s.turnShare("a", "x"); }, "not a turns card");

    REQUIRE(session.pause("b", {"tired", "", ""}).ok());
    requireRefused(
        session, [](Session& s) { return s.next("a"); }, "paused");
    requireRefused(
        session, [](Session& s) { return s.back("a"); }, "paused");
    requireRefused(
        session, [](Session& s) { return s.answer("a", nullptr); }, "paused");
    requireRefused(
        session, [](Session& s) { return s.jumpTo("a", "feel"); }, "paused");
    requireRefused(
        session, [](Session& s) { return s.pause("a", {}); }, "paused");

    auto fresh = Session::create(fixtureProgram(), {"a"}, tend::test::testClock());
    REQUIRE(fresh.ok());
    requireRefused(
        fresh.value(), [](Session& s) { return s.next("a"); }, "not started");
    requireRefused(
        fresh.value(), [](Session& s) { return s.pause("a", {}); }, "not started");
}

TEST_CASE("pausing by hand keeps every position, resuming continues there")
{
    Session session = startedSession(fixtureProgram());
    goTo(session, "a", "feel");
    EventLog log;
    log.attach(session);
    REQUIRE(session.pause("b", {"we are both tired", "2026-05-02T09:00:00Z", "the kitchen"}).ok());
    CHECK(session.status() == SessionStatus::Paused);
    REQUIRE(session.pauseInfo());
    CHECK(session.pauseInfo()->requestedBy == "b");
    CHECK(session.pauseInfo()->cardId == "notice-body");
    CHECK(session.pauseInfo()->place == "the kitchen");
    CHECK_FALSE(session.pauseInfo()->byRoute);
    CHECK(session.pauseInfo()->at == "2026-05-01T18:00:00Z");
    CHECK(log.has(EventType::Paused));
    CHECK(session.canNext("a").ok() == false);
    REQUIRE(session.resume().ok());
    CHECK(log.events.back().type == EventType::Resumed);
    CHECK(cardOf(session, "a") == "feel");
    CHECK(cardOf(session, "b") == "notice-body");
}

TEST_CASE("canNext and canBack answer without moving")
{
    Session session = startedSession(fixtureProgram());
    EventLog log;
    log.attach(session);
    CHECK(session.canNext("a").ok());
    CHECK_FALSE(session.canBack("a").ok());
    REQUIRE(session.next("a").ok());
    CHECK_FALSE(session.canNext("a").ok()); // the gate needs an answer
    CHECK(session.canBack("a").ok());
    CHECK(log.events.size() == 2); // only the real move
}

TEST_CASE("jumpTo moves presenters anywhere")
{
    SECTION("into a together step: everyone joins")
    {
        Session session = startedSession(fixtureProgram());
        EventLog log;
        log.attach(session);
        REQUIRE(session.jumpTo("a", "clear").ok());
        CHECK(session.position("a").place == PartnerPlace::Together);
        CHECK(session.position("b").place == PartnerPlace::Together);
        CHECK(cardOf(session, "b") == "clear");
        CHECK(log.has(EventType::TogetherOpened, "clear"));
        REQUIRE(session.jumpTo("b", "hug").ok());
        REQUIRE(session.back("a").ok());
        CHECK(cardOf(session, "a") == "clear");
        REQUIRE(session.checkConsistency().ok());
    }
    SECTION("out of a together step: the others wait for the jumper")
    {
        Session session = atReengage();
        REQUIRE(session.jumpTo("a", "feel").ok());
        CHECK(cardOf(session, "a") == "feel");
        CHECK(session.isWaiting("b"));
        CHECK(session.position("b").cardId == "intention");
        goTo(session, "a", "ready");
        REQUIRE(session.answer("a", "yes").ok());
        REQUIRE(session.next("a").ok());
        CHECK(session.position("a").place == PartnerPlace::Together);
        REQUIRE(session.checkConsistency().ok());
    }
    SECTION("before start, and after completion")
    {
        auto created = Session::create(fixtureProgram(), {"a"}, tend::test::testClock());
        REQUIRE(created.ok());
        Session session = std::move(created.value());
        REQUIRE(session.jumpTo("a", "close").ok());
        CHECK(session.status() == SessionStatus::Active);
        REQUIRE(session.next("a").ok());
        CHECK(session.status() == SessionStatus::Completed);
        REQUIRE(session.jumpTo("a", "feel").ok());
        CHECK(session.status() == SessionStatus::Active);
        CHECK(cardOf(session, "a") == "feel");
        REQUIRE(session.checkConsistency().ok());
    }
}

TEST_CASE("a solo session goes through every step, together steps included")
{
    Session session = startedSession(fixtureProgram(), {"me"});
    goTo(session, "me", "exchange");
    CHECK(session.position("me").place == PartnerPlace::Together);
    auto status = session.turnStatus("me");
    REQUIRE(status.ok());
    CHECK(status->speaker == "me");
    CHECK(status->listener == "me");
    tend::test::completeTurns(session);
    goTo(session, "me", "clear");
    REQUIRE(session.answer("me", "no").ok());
    REQUIRE(session.next("me").ok());
    CHECK(cardOf(session, "me") == "intention");
    CHECK(session.roundOf("reengage") == 2);
    bool done =
        tend::test::driveUntil(session, "me", [](const Session& s) { return s.status() == SessionStatus::Completed; });
    CHECK(done);
}

TEST_CASE("one partner may finish the each steps long after the other")
{
    Session session = startedSession(fixtureProgram());
    goTo(session, "a", "ready");
    REQUIRE(session.answer("a", "yes").ok());
    REQUIRE(session.next("a").ok());
    CHECK(session.isWaiting("a"));
    // b pauses half way (e.g. different evenings) and the session comes back later.
    goTo(session, "b", "feel");
    REQUIRE(session.pause("b", {"later this week", "", ""}).ok());
    auto restored = Session::fromJson(session.toJson(), fixtureProgram(), tend::test::testClock());
    REQUIRE(restored.ok());
    REQUIRE(restored->resume().ok());
    CHECK(restored->isWaiting("a"));
    goTo(restored.value(), "b", "ready");
    REQUIRE(restored->answer("b", "yes").ok());
    REQUIRE(restored->next("b").ok());
    CHECK(restored->position("a").place == PartnerPlace::Together);
}

TEST_CASE("observers: unsubscribing, throwing observers, and no events on failure")
{
    Session session = startedSession(fixtureProgram());
    int calls = 0;
    const int id = session.subscribe([&](const Event&) { ++calls; });
    session.subscribe([](const Event&) { throw std::runtime_error("observer bug"); });
    REQUIRE(session.next("a").ok());
    CHECK(calls == 2);
    CHECK_FALSE(session.next("a").ok());
    CHECK(calls == 2);
    session.unsubscribe(id);
    REQUIRE(session.answer("a", "speak").ok());
    CHECK(calls == 2);
}

TEST_CASE("a copy of a session is independent and does not notify the original's observers")
{
    Session session = startedSession(fixtureProgram());
    int calls = 0;
    session.subscribe([&](const Event&) { ++calls; });
    Session copy = session;
    REQUIRE(copy.next("a").ok());
    CHECK(calls == 0);
    CHECK(cardOf(copy, "a") == "voice");
    CHECK(cardOf(session, "a") == "notice-body");
    REQUIRE(session.next("b").ok());
    CHECK(calls == 2);
}

TEST_CASE("events carry the clock's time")
{
    auto clock = tend::test::testClock();
    auto session = Session::create(fixtureProgram(), {"a"}, clock);
    REQUIRE(session.ok());
    EventLog log;
    log.attach(session.value());
    clock->advance(std::chrono::minutes(90));
    REQUIRE(session->start().ok());
    CHECK(log.events.front().at == "2026-05-01T19:30:00Z");
    clock->advance(std::chrono::seconds(5));
    REQUIRE(session->next("a").ok());
    REQUIRE(session->answer("a", "speak").ok());
    CHECK(session->answerFor("a", "voice")->at == "2026-05-01T19:30:05Z");
}
