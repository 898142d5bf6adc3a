// Loading content: the model built from the fixture, the library over folders, and robustness on bad input.
#include <catch2/catch.hpp>

#include "ContentTestSupport.h"
#include "tend/content/ContentLibrary.h"
#include "tend/content/Loader.h"

using namespace tend::content;
using nlohmann::json;
using tend::test::fixtureDir;
using tend::test::ScratchContent;

namespace {

bool anyProblemContains(const std::vector<Problem>& problems, const std::string& text)
{
    for (const Problem& problem : problems) {
        if (problem.message.find(text) != std::string::npos)
            return true;
    }
    return false;
}

std::string listed(const std::vector<Problem>& problems)
{
    std::string out;
    for (const Problem& problem : problems)
        out += problem.toString() + "\n";
    return out;
}

} // namespace

TEST_CASE("the fixture folder loads into a library with programs and practices")
{
    ContentLibrary library;
    REQUIRE(library.addFolder(fixtureDir()).ok());
    INFO(listed(library.problems()));
    REQUIRE(library.problems().empty());
    CHECK(library.programCount() == 1);
    CHECK(library.practiceFileCount() == 3);
    CHECK(library.cardCount() == 24);
    CHECK(library.practiceLocales() == std::vector<std::string>{"en"});

    auto program = library.program("fixture-repair", "en");
    REQUIRE(program);
    CHECK(library.program("fixture-repair", "de") == nullptr);
    CHECK(library.programPreferring("fixture-repair", "de") == program);
    CHECK(library.programPreferring("nothing", "en") == nullptr);
    CHECK(program->title == "Fixture repair");
    CHECK(program->summary.find("every card kind") != std::string::npos);
    CHECK(program->steps.size() == 5);
    CHECK(program->source.filename() == "fixture-repair.en.json");

    const PracticeLibrary* practices = library.practices("en");
    REQUIRE(practices);
    CHECK(practices->patterns.size() == 2);
    CHECK(practices->findPattern("slow-six")->breathsPerMinute() == Approx(6.0));
    CHECK(practices->findPattern("double-in")->cycleSeconds() == Approx(10.0));
    CHECK(practices->findPattern("double-in")->phases[1].kind == PhaseKind::InhaleTop);
    CHECK(practices->practicesTagged(PracticeTag::Settle).size() == 2);
    CHECK(practices->practicesTagged(PracticeTag::Lift).size() == 1);
    CHECK(practices->findPractice("paced-breath")->pattern == "slow-six");
    CHECK(practices->ideas.size() == 2);
    CHECK(practices->findIdea("long-hug")->touch);
    CHECK(practices->needs.size() == 6);
    CHECK(practices->findNeed("silence-presence")->label == "Quiet company");
}

TEST_CASE("cards carry every field, sensible defaults and their raw JSON")
{
    ContentLibrary library;
    REQUIRE(library.addFolder(fixtureDir()).ok());
    auto program = library.program("fixture-repair", "en");
    REQUIRE(program);

    const Card* voice = program->findCard("voice");
    REQUIRE(voice);
    CHECK(voice->kind == CardKind::Gate);
    CHECK_FALSE(voice->optional); // gates default to required
    CHECK(voice->allowPrivate);   // each steps default to private-allowed
    REQUIRE(voice->options.size() == 2);
    CHECK(voice->options[1].next == Target::step("stabilize"));
    CHECK(voice->stepIndex == 0);
    CHECK(voice->index == 1);

    const Card* giveVoice = program->findCard("give-voice");
    CHECK(giveVoice->optional);
    CHECK(giveVoice->coach);
    CHECK(giveVoice->minRows == 3);

    const Card* whenBack = program->findCard("when-back");
    REQUIRE(whenBack->when);
    CHECK(whenBack->when->text() == "needs has \"space\"");
    CHECK(whenBack->minMinutes == 20);
    CHECK(whenBack->maxHours == 24);
    CHECK(whenBack->suggestPlaces == std::vector<std::string>{"kitchen"});

    const Card* breathe = program->findCard("breathe");
    CHECK(breathe->pattern == "slow-six");
    CHECK(breathe->minutes == 5); // taken from the pattern's default

    const Card* intention = program->findCard("intention");
    CHECK_FALSE(intention->allowPrivate); // together steps share everything
    const Card* exchange = program->findCard("exchange");
    CHECK_FALSE(exchange->optional); // turns default to required
    CHECK(exchange->confirm == "Did I hear you right?");
    const Card* clear = program->findCard("clear");
    CHECK(clear->unanimous == "yes");
    CHECK(clear->otherwise == "no");
    CHECK(program->findCard("my-requests")->records == Records::Commitments);
    CHECK(program->findCard("ready")->afterPause == Target::card("ready"));
    CHECK(program->findCard("accept")->lowLabel == "Not at all");
    CHECK(program->findCard("checkin-after")->phase == CheckinPhase::After);
    CHECK(program->findCard("beneath")->items.size() == 2);
    CHECK(program->findCard("hug")->seconds == 30);
    CHECK(program->findCard("settle")->tag == "settle");
    CHECK(program->findCard("lift")->practice == "shake-out");

    CHECK(program->findCard("needs")->raw.at("multiple") == true);
    CHECK(program->findStep("acknowledge")->facilitator == "Watch for signs of flooding.");
    CHECK_FALSE(program->findStep("acknowledge")->raw.contains("cards"));

    CHECK(program->sequentialNext(*program->findCard("when-back")) == Target::card("checkin-before"));
    CHECK(program->routeAfter(*program->findCard("close")) == Target::end());
    CHECK(program->sequentialNext(*program->findCard("close")) == Target::end());
    CHECK(program->resolve(Target::step("honor")) == Target::card("feel"));
    CHECK_FALSE(program->resolve(Target::step("nowhere")));
    CHECK_FALSE(program->resolve(Target::card("nowhere")));
}

TEST_CASE("targets parse and print in the content spelling")
{
    CHECK(Target::parse("pause") == Target::pause());
    CHECK(Target::parse("end") == Target::end());
    CHECK(Target::parse("step:reengage") == Target::step("reengage"));
    CHECK(Target::parse("notice-body") == Target::card("notice-body"));
    CHECK_FALSE(Target::parse("step:"));
    CHECK_FALSE(Target::parse("Step:x"));
    CHECK_FALSE(Target::parse(""));
    CHECK_FALSE(Target::parse("has space"));
    CHECK(Target::step("x").toString() == "step:x");
    CHECK(isValidLocale("en"));
    CHECK(isValidLocale("pt-BR"));
    CHECK(isValidLocale("fil"));
    CHECK_FALSE(isValidLocale("english"));
    CHECK_FALSE(isValidLocale("EN"));
    CHECK_FALSE(isValidLocale("pt_BR"));
}

TEST_CASE("parse errors give line and column")
{
    auto result = parseJsonText("{\n  \"id\": \"x\",\n  \"title\": tru\n}");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().message.rfind("invalid JSON at line 3, column ", 0) == 0);
    auto trailing = parseJsonText("{\"a\": 1,}");
    REQUIRE_FALSE(trailing.ok());
    CHECK(trailing.error().message.rfind("invalid JSON at line 1, column 9", 0) == 0);
    CHECK_FALSE(parseJsonText("").ok());
    CHECK(parseJsonText("{}").ok());
}

TEST_CASE("the loader survives hostile input without crashing or hanging")
{
    SECTION("invalid UTF-8")
    {
        const std::string text = "{\"id\": \"bad\xC3\x28\", \"steps\": []}";
        auto load = loadProgramText(text, "x.en.json");
        CHECK_FALSE(load.ok());
        CHECK(anyProblemContains(load.problems, "invalid JSON"));
        // The message stays printable: the bad bytes are not echoed.
        for (const Problem& problem : load.problems)
            CHECK(problem.message.find('\xC3') == std::string::npos);
    }
    SECTION("nesting 100,000 deep is refused before parsing")
    {
        std::string text(100000, '[');
        text += std::string(100000, ']');
        auto load = loadProgramText(text, "x.en.json");
        CHECK_FALSE(load.ok());
        CHECK(anyProblemContains(load.problems, "nested more than 64 levels deep"));
        std::string objects;
        for (int i = 0; i < 100000; ++i)
            objects += "{\"a\":";
        CHECK(anyProblemContains(loadProgramText(objects, "x.en.json").problems, "nested more than"));
    }
    SECTION("brackets inside strings do not count as nesting")
    {
        std::string inside(1000, '[');
        auto result = parseJsonText("{\"text\": \"" + inside + "\\\"" + inside + "\"}");
        CHECK(result.ok());
    }
    SECTION("a huge file is refused")
    {
        std::string text = "{\"pad\": \"" + std::string(5 * 1024 * 1024, 'x') + "\"}";
        auto load = loadProgramText(text, "x.en.json");
        CHECK_FALSE(load.ok());
        CHECK(anyProblemContains(load.problems, "larger than"));
        ScratchContent scratch;
        tend::test::writeText(scratch.program(), text);
        auto fromFile = loadProgramFile(scratch.program());
        CHECK(anyProblemContains(fromFile.problems, "larger than"));
    }
    SECTION("wrong types everywhere are reported, not thrown")
    {
        for (const char* text : {"[]", "42", "\"text\"", "null", "true", "{\"steps\": 5}", "{\"steps\": [5]}",
                                 "{\"steps\": [{\"cards\": [7, null, []]}]}",
                                 "{\"id\": {}, \"version\": [],"
                                 " \"locale\": 1, \"title\": false, \"steps\": {}}"}) {
            INFO(text);
            auto load = loadProgramText(text, "x.en.json");
            CHECK_FALSE(load.ok());
            CHECK_FALSE(load.problems.empty());
        }
    }
    SECTION("binary noise and NUL bytes")
    {
        std::string noise;
        std::mt19937 random(7);
        for (int i = 0; i < 4096; ++i)
            noise += static_cast<char>(random() & 0xFF);
        CHECK_FALSE(loadProgramText(noise, "x.en.json").ok());
        CHECK_FALSE(loadProgramText(std::string("{\"id\"\0: 1}", 10), "x.en.json").ok());
        CHECK_FALSE(loadPracticesText(noise, "regulation.en.json", FileKind::Regulation).ok());
    }
    SECTION("huge numbers and deep-but-allowed nesting")
    {
        CHECK_FALSE(loadProgramText("{\"format\": 1e400}", "x.en.json").ok());
        std::string nested = "{\"x\":" + std::string(60, '[') + std::string(60, ']') + "}";
        CHECK(parseJsonText(nested).ok());
    }
}

TEST_CASE("a program of ten thousand cards loads")
{
    json program = {{"id", "big"}, {"version", "1"}, {"locale", "en"}, {"title", "Big"}};
    json cards = json::array();
    for (int i = 0; i < 10000; ++i)
        cards.push_back({{"id", "c" + std::to_string(i)}, {"kind", "info"}});
    program["steps"] =
        json::array({{{"id", "s"}, {"title", "S"}, {"purpose", "P"}, {"who", "each"}, {"cards", cards}}});
    auto load = loadProgramText(program.dump(), "big.en.json");
    INFO(listed(load.problems));
    REQUIRE(load.ok());
    CHECK(load.program->cardCount() == 10000);
    CHECK(load.program->findCard("c9999")->index == 9999);
}

TEST_CASE("a refused program is listed with its problems and the rest still loads")
{
    ScratchContent scratch;
    tend::test::writeText(scratch.root() / "programs/broken.en.json", "{ not json");
    json other = scratch.programJson();
    other["id"] = "second";
    tend::test::writeText(scratch.root() / "programs/second.en.json", other.dump());
    ContentLibrary library;
    REQUIRE(library.addFolder(scratch.root()).ok());
    CHECK(library.programCount() == 2);
    REQUIRE(library.refusedFiles().size() == 1);
    CHECK(library.refusedFiles()[0].find("broken.en.json") != std::string::npos);

    // A user folder may add programs; one that duplicates a loaded program is refused.
    ScratchContent user;
    std::filesystem::remove_all(user.root() / "practices");
    REQUIRE(library.addFolder(user.root()).ok());
    CHECK(library.programCount() == 2);
    CHECK(anyProblemContains(library.problems(), "is already loaded from"));

    CHECK_FALSE(library.addFolder(scratch.root() / "missing").ok());
}

TEST_CASE("programs in a locale without practices cannot use breathing patterns")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["locale"] = "de";
    tend::test::writeText(scratch.root() / "programs/fixture-repair.de.json", program.dump());
    ContentLibrary library;
    REQUIRE(library.addFolder(scratch.root()).ok());
    CHECK(library.program("fixture-repair", "de") == nullptr);
    CHECK(anyProblemContains(library.problems(), "no practices library for locale \"de\" was found"));
}
