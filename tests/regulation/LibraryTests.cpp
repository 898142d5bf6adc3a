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
