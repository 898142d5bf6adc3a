// `tend analyze`, run as a function with string streams.
#include <regex>
#include <sstream>

#include <nlohmann/json.hpp>

#include "CoachTestSupport.h"
#include "cli/Commands.h"

using namespace tend::cli;

namespace {

struct Run {
    int exitCode;
    std::string out;
    std::string err;
};

Run analyzeCommand(const std::string& input, std::vector<std::string> words = {})
{
    std::istringstream in(input);
    std::ostringstream out;
    std::ostringstream err;
    Invocation call{GlobalOptions{}, std::move(words), in, out, err};
    call.globals.contentDir = tend::coach::eval::contentDir();
    int code = runAnalyze(call);
    return {code, out.str(), err.str()};
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> result;
    std::istringstream in(text);
    std::string line;
    while (std::getline(in, line))
        result.push_back(line);
    return result;
}

} // namespace

TEST_CASE("tend analyze prints one JSON object per input line, in the documented shape")
{
    auto run = analyzeCommand("You never listen.\nI'm scared right now and my chest is tight.\r\n\nThank you\n");
    CHECK(run.exitCode == kExitOk);
    CHECK(run.err.empty());
    auto out = lines(run.out);
    REQUIRE(out.size() == 4);
    const std::regex shape(R"re(^\{"blame": (true|false), "stage": "(describing|expressing|neutral)", "emotions": )re"
                           R"re(\[.*\], "ownership": (true|false), "hints": \[.*\], "safety": (true|false)\}$)re");
    for (const auto& line : out) {
        INFO(line);
        CHECK(std::regex_match(line, shape));
        auto parsed = nlohmann::ordered_json::parse(line);
        std::vector<std::string> keys;
        for (auto it = parsed.begin(); it != parsed.end(); ++it)
            keys.push_back(it.key());
        CHECK(keys == std::vector<std::string>{"blame", "stage", "emotions", "ownership", "hints", "safety"});
        CHECK(parsed["hints"].size() <= 2);
    }
    CHECK(nlohmann::json::parse(out[0])["blame"] == true);
    CHECK(nlohmann::json::parse(out[1])["stage"] == "expressing");
    CHECK(out[2] ==
          R"({"blame": false, "stage": "neutral", "emotions": [], "ownership": false, "hints": [], "safety": false})");
}

TEST_CASE("tend analyze marks a disclosure with \"safety\": true and gives it no tone advice")
{
    auto run = analyzeCommand("You are controlling my money and checking my phone.\nYou hit me last night and I was "
                              "scared.\nI want to die.\nYou never listen.\n");
    REQUIRE(run.exitCode == kExitOk);
    auto out = lines(run.out);
    REQUIRE(out.size() == 4);
    for (std::size_t i = 0; i < 3; ++i) {
        INFO(out[i]);
        CHECK(
            out[i] ==
            R"({"blame": false, "stage": "neutral", "emotions": [], "ownership": false, "hints": [], "safety": true})");
    }
    CHECK(nlohmann::json::parse(out[3])["safety"] == false);
    CHECK(nlohmann::json::parse(out[3])["blame"] == true);
}

TEST_CASE("tend analyze takes --locale and explains an unknown one")
{
    CHECK(analyzeCommand("hello\n", {"--locale", "en"}).exitCode == kExitOk);
    auto unknown = analyzeCommand("hello\n", {"--locale", "xx"});
    CHECK(unknown.exitCode == kExitFailure);
    CHECK(unknown.out.empty());
    CHECK(unknown.err.find("no language coach for locale \"xx\"") != std::string::npos);
    CHECK(analyzeCommand("", {"--bogus"}).exitCode == kExitUsage);
    CHECK(analyzeCommand("", {"stray"}).exitCode == kExitUsage);
    auto empty = analyzeCommand("");
    CHECK(empty.exitCode == kExitOk);
    CHECK(empty.out.empty());
}

TEST_CASE("tend analyze answers an over-long line with an error line and keeps going, in bounded memory")
{
    // 3 MiB in one line: once read whole (a 10 MB line took 554 MB); now skipped past 1 MiB.
    const std::string input = "You never listen.\n" + std::string(3 * 1024 * 1024, 'a') + "\nI felt alone.\n";
    const Run run = analyzeCommand(input);
    const auto out = lines(run.out);
    REQUIRE(out.size() == 3);
    CHECK(nlohmann::json::parse(out[0]).contains("blame"));
    CHECK(nlohmann::json::parse(out[1]).contains("error"));
    CHECK(nlohmann::json::parse(out[2]).contains("blame"));
    CHECK(run.exitCode == 1);
    CHECK(run.err.find("1024 KiB") != std::string::npos);
}
