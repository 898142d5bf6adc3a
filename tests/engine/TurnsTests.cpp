// The speaker–listener exchange: rounds, corrections, swapping roles, and the rules a turns answer obeys.
#include <catch2/catch.hpp>

#include "EngineTestSupport.h"
#include "tend/engine/Turns.h"

using namespace tend::engine;
using nlohmann::json;

TEST_CASE("a full exchange: share, reflect, correct, share again, confirm, swap")
{
    const std::vector<std::string> partners{"a", "b"};
    auto status = turnStatus(nullptr, partners);
    REQUIRE(status.ok());
    CHECK(status->phase == TurnPhase::Share);
    CHECK(status->speaker == "a");
    CHECK(status->listener == "b");
    CHECK(status->turn == 1);
    CHECK(status->round == 1);

    // b may take the speaker's role first.
    auto answer = turnShare(nullptr, partners, "b", "I felt dismissed.");
    REQUIRE(answer.ok());
    status = turnStatus(answer.value(), partners);
    CHECK(status->phase == TurnPhase::Reflect);
    CHECK(status->speaker == "b");
    CHECK(status->listener == "a");
    CHECK_FALSE(turnReflect(answer.value(), partners, "b", "x", "y").ok()); // the speaker cannot reflect
    CHECK_FALSE(turnConfirm(answer.value(), partners, "b", true, "").ok()); // nothing to confirm yet

    answer = turnReflect(answer.value(), partners, "a", "You felt brushed aside.", "My jaw was tight.");
    REQUIRE(answer.ok());
    CHECK(turnStatus(answer.value(), partners)->phase == TurnPhase::Confirm);
    CHECK_FALSE(turnConfirm(answer.value(), partners, "a", true, "").ok()); // only the speaker confirms

    answer = turnConfirm(answer.value(), partners, "b", false, "More like unseen.");
    REQUIRE(answer.ok());
    status = turnStatus(answer.value(), partners);
    CHECK(status->phase == TurnPhase::Share);
    CHECK(status->speaker == "b");
    CHECK(status->round == 2);
    CHECK_FALSE(turnShare(answer.value(), partners, "a", "me now").ok()); // b's turn is not over

    answer = turnShare(answer.value(), partners, "b", "Unseen, not dismissed.");
    answer = turnReflect(answer.value(), partners, "a", "You felt unseen.", "I softened.");
    answer = turnConfirm(answer.value(), partners, "b", true, "ignored when confirmed");
    REQUIRE(answer.ok());
    status = turnStatus(answer.value(), partners);
    CHECK(status->phase == TurnPhase::Share);
    CHECK(status->speaker == "a");
    CHECK(status->listener == "b");
    CHECK(status->turn == 2);
    CHECK(status->heard == std::vector<std::string>{"b"});
    CHECK_FALSE(turnShare(answer.value(), partners, "b", "again").ok()); // b has been heard

    answer = turnShare(answer.value(), partners, "a", "");
    answer = turnReflect(answer.value(), partners, "b", "You said it aloud.", "");
    answer = turnConfirm(answer.value(), partners, "a", true, "");
    REQUIRE(answer.ok());
    status = turnStatus(answer.value(), partners);
    CHECK(status->complete);
    CHECK(status->phase == TurnPhase::Complete);
    CHECK(status->heard == std::vector<std::string>{"b", "a"});
    CHECK_FALSE(turnShare(answer.value(), partners, "a", "more").ok());

    const json& turns = answer->at("turns");
    REQUIRE(turns.size() == 2);
    CHECK(turns[0].at("speaker") == "b");
    CHECK(turns[0].at("rounds").size() == 2);
    CHECK(turns[0].at("rounds")[0].at("correction") == "More like unseen.");
    CHECK(turns[0].at("rounds")[0].at("confirmed") == false);
    CHECK_FALSE(turns[0].at("rounds")[1].contains("correction"));
    CHECK(turns[1].at("rounds")[0].at("noticed") == "");
}

TEST_CASE("turns answers that break the rules are refused")
{
    const std::vector<std::string> partners{"a", "b"};
    const json round = {{"shared", "s"}, {"reflected", "r"}, {"noticed", "n"}, {"confirmed", true}};
    const std::vector<json> bad = {
        "text",
        json::object(),
        {{"turns", json::object()}},
        {{"turns", json::array()}, {"extra", 1}},
        {{"turns", {{{"speaker", "c"}, {"rounds", {round}}}}}},
        {{"turns", {{{"speaker", "a"}, {"rounds", json::array()}}}}},
        {{"turns", {{{"speaker", "a"}, {"rounds", {round}}}, {{"speaker", "a"}, {"rounds", {round}}}}}},
        {{"turns", {{{"speaker", "a"}, {"rounds", {{{"reflected", "r"}}}}}}}},
        {{"turns", {{{"speaker", "a"}, {"rounds", {{{"shared", "s"}}}}}, {{"speaker", "b"}, {"rounds", {round}}}}}},
        {{"turns", {{{"speaker", "a"}, {"rounds", {round, round}}}}}},
        {{"turns", {{{"speaker", "a"}, {"rounds", {{{"shared", "s"}, {"confirmed", true}}}}}}}},
        {{"turns", {{{"speaker", "a"}, {"rounds", {{{"shared", "s"}, {"noticed", "n"}}}}}}}},
        {{"turns", {{{"speaker", "a"}, {"rounds", {{{"shared", 5}}}}}}}},
        {{"turns", {{{"speaker", "a"}, {"rounds", {{{"shared", "s"}, {"mood", "x"}}}}}}}},
        {{"turns",
          {{{"speaker", "a"},
            {"rounds", {{{"shared", "s"}, {"reflected", "r"}, {"confirmed", true}, {"correction", "c"}}}}}}}},
        {{"turns",
          {{{"speaker", "a"}, {"rounds", {round}}},
           {{"speaker", "b"}, {"rounds", {round}}},
           {{"speaker", "a"}, {"rounds", {round}}}}}},
    };
    for (const json& answer : bad) {
        INFO(answer.dump());
        CHECK_FALSE(turnStatus(answer, partners).ok());
    }
    CHECK_FALSE(turnStatus(nullptr, {}).ok());
}

TEST_CASE("three partners take turns in order, the listener is the next partner")
{
    const std::vector<std::string> partners{"a", "b", "c"};
    json answer;
    for (const std::string& speaker : partners) {
        auto status = turnStatus(answer, partners);
        REQUIRE(status.ok());
        CHECK(status->speaker == speaker);
        answer = turnShare(answer, partners, speaker, "x").value();
        const std::string listener = turnStatus(answer, partners)->listener;
        CHECK(listener == (speaker == "a" ? "b" : speaker == "b" ? "c" : "a"));
        answer = turnReflect(answer, partners, listener, "y", "z").value();
        answer = turnConfirm(answer, partners, speaker, true, "").value();
    }
    CHECK(turnStatus(answer, partners)->complete);
}

TEST_CASE("the session's turn helpers follow the roles")
{
    using tend::test::startedSession;
    Session session = startedSession(tend::test::fixtureProgram());
    REQUIRE(session.jumpTo("a", "exchange").ok());
    auto status = session.turnStatus("b");
    REQUIRE(status.ok());
    CHECK(status->speaker == "a");
    REQUIRE(session.turnShare("a", "I was scared.").ok());
    CHECK_FALSE(session.turnReflect("a", "x", "y").ok());
    REQUIRE(session.turnReflect("b", "You were scared.", "I held my breath.").ok());
    REQUIRE(session.turnConfirm("a", false, "Scared and alone.").ok());
    CHECK(session.turnStatus("a")->round == 2);
    CHECK_FALSE(session.next("a").ok());
    // A whole answer can also be given at once; it is checked the same way.
    CHECK_FALSE(session.answer("a", {{"turns", {{{"speaker", "z"}, {"rounds", json::array()}}}}}).ok());
    REQUIRE(session.answer("a", nullptr).ok());
    CHECK(session.turnStatus("a")->turn == 1);
    CHECK_FALSE(session.turnStatus("a")->complete);
}

TEST_CASE("the listener's validation is kept with the round, only after reflecting back, and never required")
{
    const std::vector<std::string> partners{"a", "b"};
    auto answer = turnShare(nullptr, partners, "a", "I felt left out at dinner.");
    REQUIRE(answer.ok());
    answer = turnReflect(answer.value(), partners, "b", "You felt left out.", "My face went warm.",
                         "It makes sense: I talked over you twice.");
    REQUIRE(answer.ok());
    const auto& round = answer.value()["turns"][0]["rounds"][0];
    CHECK(round["validated"] == "It makes sense: I talked over you twice.");
    CHECK(turnStatus(answer.value(), partners)->phase == TurnPhase::Confirm);

    // Without it, no field at all (an empty validation is not kept).
    auto plain = turnReflect(turnShare(nullptr, partners, "a", "x").value(), partners, "b", "y", "z", "");
    REQUIRE(plain.ok());
    CHECK_FALSE(plain.value()["turns"][0]["rounds"][0].contains("validated"));

    // A stored answer that validates before reflecting back breaks the rules.
    nlohmann::json broken = {{"turns", {{{"speaker", "a"}, {"rounds", {{{"shared", "x"}, {"validated", "y"}}}}}}}};
    auto status = turnStatus(broken, partners);
    REQUIRE_FALSE(status.ok());
    CHECK(status.error().message.find("made sense") != std::string::npos);
}
