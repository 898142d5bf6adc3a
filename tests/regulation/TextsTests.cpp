// Regulation texts: the shipped file covers every key the code uses; placeholders fill in.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "RegulationTestSupport.h"
#include "tend/regulation/RegulationTexts.h"

using namespace tend::regulation;

TEST_CASE("the shipped texts file parses and has every key the widgets use", "[regulation][texts]")
{
    auto loaded = loadRegulationTexts(test::textsFile());
    REQUIRE(loaded.ok());

    // Every default key must also be written in the file, so content authors see (and can change) all of them.
    for (const auto& key : RegulationTexts::defaultKeys()) {
        INFO("key " << key);
        CHECK(loaded->has(key));
    }
    std::ifstream in(test::textsFile());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string text = buffer.str();
    for (const auto& key : RegulationTexts::defaultKeys()) {
        const auto leaf = key.substr(key.rfind('.') + 1);
        INFO("key " << key);
        CHECK(text.find("\"" + leaf + "\"") != std::string::npos);
    }
    CHECK(loaded->get("phase.inhale") == "Breathe in");
    CHECK(loaded->list("hug.alternatives").size() >= 3);
}

TEST_CASE("texts fall back to defaults and fill placeholders", "[regulation][texts]")
{
    RegulationTexts texts;
    REQUIRE(
        texts.merge(R"({"phase": {"inhale": "In"}, "change": {"down": "From {before} down to {after} ({x})."}})").ok());
    CHECK(texts.get("phase.inhale") == "In");
    CHECK(texts.get("phase.exhale") == "Breathe out");
    CHECK(texts.format("change.down", {{"before", "8"}, {"after", "4"}}) == "From 8 down to 4 ({x}).");
    CHECK(texts.get("no.such.key") == "no.such.key");
    CHECK(fillPlaceholders("{a}{b}{", {{"a", "1"}, {"b", "{a}"}}) == "1{a}{");

    CHECK_FALSE(texts.merge("{not json").ok());
    CHECK_FALSE(texts.merge("[1, 2]").ok());
    CHECK_FALSE(loadRegulationTexts("/nonexistent/texts.json").ok());
}
