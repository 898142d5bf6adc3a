// Loading coach files: the shipped one loads, and every kind of mistake in a file is refused with a sentence that
// names the place.
#include <fstream>

#include <nlohmann/json.hpp>

#include "CoachTestSupport.h"

using namespace tend::coach;
using nlohmann::json;

namespace {

// The smallest valid coach file; tests break one thing at a time.
json minimal()
{
    return json::parse(R"({
      "format": 1, "kind": "coach", "locale": "xx",
      "normalise": {"words": {"u": "you"}},
      "segment": {"sentenceEnds": [".", "!", "?"]},
      "negation": {"cues": ["not"], "window": 3},
      "quotes": {"speechWords": ["said"], "speechWindow": 3, "scareQuoteMaxWords": 2},
      "lists": {"first_person": ["i", "me"], "absolute": ["always", "never"]},
      "emotions": {"groups": [{"id": "fear", "label": "fear", "feelingTalk": true, "soft": true,
                               "words": ["scared", "on edge"]}]},
      "thresholds": {"blame": 2, "ownership": 2, "expressing": 2, "describing": 1},
      "blameKinds": ["absolute"],
      "patterns": [{"id": "absolute", "feature": "blame.absolute", "weight": 2, "match": ["you @absolute"]},
                   {"id": "harm", "feature": "safety.harm", "weight": 1, "match": ["you hit me"]},
                   {"id": "self", "feature": "safety.self_harm", "weight": 1, "match": ["want to die"]}],
      "hints": {"max": 2, "items": [{"id": "a", "group": "blame", "text": "One moment, not all of them?",
                                     "when": {"blame": true}}]},
      "safety": {"note": "“Get help now” is always there."}
    })");
}

std::string problem(const json& file)
{
    auto result = CoachContent::parse(file.dump(), "test.json");
    REQUIRE_FALSE(result.ok());
    return result.error().message;
}

bool mentions(const std::string& message, const std::string& part)
{
    return message.find(part) != std::string::npos;
}

} // namespace

TEST_CASE("the shipped English coach loads and knows its emotion groups")
{
    const auto& coach = test::english();
    CHECK(coach.locale() == "en");
    CHECK(coach.maxHints() == 2);
    auto ids = coach.emotionIds();
    for (const char* id : {"fear", "sadness", "anger", "hurt", "shame", "loneliness", "tenderness"}) {
        INFO(id);
        CHECK(std::find(ids.begin(), ids.end(), id) != ids.end());
    }
    CHECK(coach.emotionLabel("fear") == "fear");
}

TEST_CASE("a minimal file works end to end")
{
    auto coach = CoachContent::parse(minimal().dump(), "min.json");
    REQUIRE(coach.ok());
    auto a = analyze("u always. I am on edge.", *coach);
    CHECK(a.blame);
    CHECK(a.emotions == std::vector<std::string>{"fear"});
    CHECK(a.stage == Stage::Describing);
    CHECK(a.hints == std::vector<std::string>{"One moment, not all of them?"});
}

TEST_CASE("broken coach files are refused with the place and the problem")
{
    CHECK(mentions(CoachContent::parse("{ not json", "bad.json").error().message, "bad.json: not valid JSON"));

    auto file = minimal();
    file["format"] = 7;
    CHECK(mentions(problem(file), "/format: format 7 is not supported"));

    file = minimal();
    file["colour"] = "blue";
    CHECK(mentions(problem(file), "/colour: unknown key"));

    file = minimal();
    file["patterns"][0]["match"][0] = "you @nosuchlist";
    CHECK(mentions(problem(file), "/patterns/0/match/0: unknown list \"@nosuchlist\""));

    file = minimal();
    file["patterns"][0]["match"][0] = "*0-2 you";
    CHECK(mentions(problem(file), "/patterns/0/match/0"));

    file = minimal();
    file["patterns"][0]["match"][0] = "you *3-1 always";
    CHECK(mentions(problem(file), "gap"));

    file = minimal();
    file["patterns"][0]["match"][0] = "(you always";
    CHECK(mentions(problem(file), "no closing"));

    file = minimal();
    file["patterns"][0]["match"][0] = "u always";
    CHECK(mentions(problem(file), "never reaches the matcher"));

    file = minimal();
    file["patterns"][0]["match"][0] = "you don't";
    CHECK(mentions(problem(file), "apostrophe"));

    file = minimal();
    file["patterns"][0]["feature"] = "blame.sneaky";
    CHECK(mentions(problem(file), "/patterns/0/feature"));

    file = minimal();
    file["patterns"][0]["weight"] = 0;
    CHECK(mentions(problem(file), "/patterns/0/weight"));

    file = minimal();
    file["lists"]["absolute"][0] = "Always";
    CHECK(mentions(problem(file), "/lists/absolute/0: \"Always\" must be lowercase"));

    file = minimal();
    file["lists"]["absolute"].push_back("u");
    CHECK(mentions(problem(file), "/lists/absolute"));

    file = minimal();
    file["lists"].erase("first_person");
    CHECK(mentions(problem(file), "first_person"));

    file = minimal();
    file["hints"]["max"] = 3;
    CHECK(mentions(problem(file), "/hints/max"));

    file = minimal();
    file["hints"]["items"][0]["when"] = json::object();
    CHECK(mentions(problem(file), "at least one condition"));

    file = minimal();
    file["hints"]["items"][0]["when"] = {{"stage", {"shouting"}}};
    CHECK(mentions(problem(file), "unknown stage"));

    file = minimal();
    file["hints"]["items"][0]["text"] = std::string(200, 'a');
    CHECK(mentions(problem(file), "longer than 160"));

    file = minimal();
    file["thresholds"]["blame"] = -1;
    CHECK(mentions(problem(file), "/thresholds/blame"));

    file = minimal();
    file["emotions"]["groups"].push_back(file["emotions"]["groups"][0]);
    CHECK(mentions(problem(file), "appears twice"));

    file = minimal();
    file["locale"] = "../../etc";
    CHECK(mentions(problem(file), "/locale"));
}

TEST_CASE("locales: unknown, malformed and mismatched are clear errors")
{
    auto unknown = CoachContent::loadLocale(eval::contentDir(), "zz");
    REQUIRE_FALSE(unknown.ok());
    CHECK(mentions(unknown.error().message, "no language coach for locale \"zz\""));

    auto malformed = CoachContent::loadLocale(eval::contentDir(), "../en");
    REQUIRE_FALSE(malformed.ok());
    CHECK(mentions(malformed.error().message, "not a locale"));

    auto dir = std::filesystem::temp_directory_path() / "tend-coach-locale-test";
    std::filesystem::create_directories(dir / "coach");
    {
        std::ofstream out(dir / "coach" / "coach.de.json");
        out << minimal().dump(); // declares "xx"
    }
    auto mismatched = CoachContent::loadLocale(dir, "de");
    std::filesystem::remove_all(dir);
    REQUIRE_FALSE(mismatched.ok());
    CHECK(mentions(mismatched.error().message, "declares locale \"xx\""));

    CHECK(CoachContent::fileFor("/c", "en") == std::filesystem::path("/c/coach/coach.en.json"));
    CHECK(CoachContent::isValidLocale("pt-br"));
    CHECK_FALSE(CoachContent::isValidLocale("en/../x"));
}

TEST_CASE("the safety path is required: a note, and patterns for both harm and self-harm")
{
    auto file = minimal();
    file.erase("safety");
    CHECK(mentions(problem(file), "\"safety\""));

    file = minimal();
    file["safety"].erase("note");
    CHECK(mentions(problem(file), "/safety"));

    file = minimal();
    file["patterns"][2]["feature"] = "safety.harm"; // no self-harm patterns left
    CHECK(mentions(problem(file), "safety.harm and safety.self_harm"));

    file = minimal();
    file["patterns"][1]["feature"] = "safety.other";
    CHECK(mentions(problem(file), "/patterns/1/feature"));

    auto coach = CoachContent::parse(minimal().dump(), "min.json");
    REQUIRE(coach);
    const Analysis heard = analyze("You hit me and you never listen.", *coach);
    CHECK(heard.safety);
    CHECK(heard.safetyKinds == std::vector<std::string>{"harm"});
    CHECK_FALSE(heard.blame); // no tone advice on a disclosure, even when blame words are there too
    CHECK(heard.hints.empty());
    CHECK(heard.safetyNote == "“Get help now” is always there.");
    CHECK(toJsonLine(heard).find("\"safety\": true") != std::string::npos);
    const Analysis ordinary = analyze("You never listen.", *coach);
    CHECK_FALSE(ordinary.safety);
    CHECK(ordinary.blame);
}
