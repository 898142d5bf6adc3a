// Reading the regulation library (patterns and practices) from content JSON.
#include <catch2/catch.hpp>

#include "RegulationTestSupport.h"
#include "tend/regulation/RegulationLibrary.h"

using namespace tend::regulation;

TEST_CASE("the fixture library reads patterns and practices", "[regulation][library]")
{
    auto library = loadRegulationLibrary(test::fixtureFile());
    REQUIRE(library.ok());
    REQUIRE(library->patterns.size() == 3);
    const auto* sigh = library->findPattern("fixture-sigh");
    REQUIRE(sigh);
    REQUIRE(sigh->phases.size() == 3);
    CHECK(sigh->phases[1].phase == Phase::InhaleTop);
    CHECK(sigh->phases[1].seconds == Approx(0.75));
    CHECK(sigh->cycleSeconds() == Approx(9.5));
    CHECK(library->findPattern("missing") == nullptr);
    REQUIRE(library->practicesTagged("lift").size() == 1);
    CHECK(library->findPractice("fixture-lift")->steps.size() == 4);
}

TEST_CASE("the shipped library has settle and lift practices whose patterns exist", "[regulation][library]")
{
    auto library = loadRegulationLibrary(test::regulationLibraryFile());
    REQUIRE(library.ok());
    CHECK_FALSE(library->practicesTagged("lift").empty());
    for (const auto& practice : library->practices) {
        INFO("practice " << practice.id);
        CHECK_FALSE(practice.steps.empty());
        CHECK(practice.minutes >= 1);
        if (!practice.pattern.empty())
            CHECK(library->findPattern(practice.pattern) != nullptr);
    }
}

TEST_CASE("library errors name the JSON pointer", "[regulation][library]")
{
    auto bad = parseRegulationLibrary(R"({"patterns": [{"id": "x", "phases": [{"phase": "gulp", "seconds": 1}]}]})");
    REQUIRE_FALSE(bad.ok());
    CHECK_THAT(bad.error().message, Catch::StartsWith("/patterns/0/phases/0/phase:"));
    CHECK_FALSE(parseRegulationLibrary("{").ok());
    CHECK_FALSE(parseRegulationLibrary(R"({"patterns": {}})").ok());
    CHECK_FALSE(parseRegulationLibrary(R"({"practices": [{"title": "no id"}]})").ok());
    auto missing = loadRegulationLibrary("/nonexistent/regulation.en.json");
    REQUIRE_FALSE(missing.ok());
    CHECK_THAT(missing.error().message, Catch::Contains("cannot be opened"));
}

TEST_CASE("the shipped regulation content loads as one piece, with rebonding ideas", "[regulation][library]")
{
    auto content = loadRegulationContent(std::filesystem::path(TEND_SOURCE_DIR) / "content");
    REQUIRE(content.ok());
    CHECK_FALSE(content->library.patterns.empty());
    CHECK(content->texts.get("phase.exhale") == "Breathe out");
    if (std::filesystem::exists(std::filesystem::path(TEND_SOURCE_DIR) / "content/practices/rebonding.en.json")) {
        REQUIRE_FALSE(content->ideas.empty());
        bool withoutTouch = false;
        for (const auto& idea : content->ideas)
            withoutTouch = withoutTouch || !idea.touch;
        CHECK(withoutTouch); // touch is always optional: there must be alternatives
    }
    CHECK_FALSE(loadRegulationContent("/nonexistent").ok());
    CHECK_FALSE(parseRebondingIdeas(R"({"ideas": [{"title": "no id"}]})").ok());
    CHECK_FALSE(parseRebondingIdeas(R"({"ideas": 3})").ok());
    auto ideas = parseRebondingIdeas(R"({"ideas": [{"id": "a", "title": "A", "touch": true}, {"id": "b"}]})");
    REQUIRE(ideas.ok());
    CHECK(ideas->at(0).touch);
    CHECK_FALSE(ideas->at(1).touch);
}
