// `tend validate-content` as a command: output lines and exit codes, on the fixture, broken copies and the
// shipped content.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "ContentTestSupport.h"
#include "cli/Commands.h"

using tend::test::ScratchContent;

namespace {

struct Outcome {
    int code = -1;
    std::string out;
    std::string err;
};

Outcome runValidate(std::vector<std::string> words, const std::filesystem::path& contentDir = {},
                    const std::string& locale = {})
{
    std::istringstream in;
    std::ostringstream out;
    std::ostringstream err;
    tend::cli::Invocation call{{}, std::move(words), in, out, err};
    call.globals.contentDir = contentDir;
    call.globals.locale = locale;
    Outcome outcome;
    outcome.code = tend::cli::runValidateContent(call);
    outcome.out = out.str();
    outcome.err = err.str();
    return outcome;
}

std::vector<std::string> lines(const std::string& text)
{
    std::vector<std::string> out;
    std::istringstream stream(text);
    for (std::string line; std::getline(stream, line);)
        out.push_back(line);
    return out;
}

} // namespace

TEST_CASE("validate-content on clean content prints one summary line and exits 0")
{
    ScratchContent scratch;
    auto outcome = runValidate({scratch.root().string()});
    CHECK(outcome.code == 0);
    CHECK(outcome.out == "content ok: 1 program, 3 practice files, 1 other file, 24 cards\n");
    CHECK(outcome.err.empty());

    // With no paths the content folder is used.
    auto byDefault = runValidate({}, scratch.root());
    CHECK(byDefault.code == 0);
    CHECK(byDefault.out == outcome.out);
}

TEST_CASE("validate-content on a broken copy names file and pointer and exits 1")
{
    ScratchContent scratch;
    auto program = scratch.programJson();
    program["steps"][2]["cards"][0]["next"] = "nowhere";
    program["steps"][0]["cards"][1]["kind"] = "dial";
    scratch.writeProgram(program);
    auto outcome = runValidate({scratch.root().string()});
    CHECK(outcome.code == 1);
    const auto printed = lines(outcome.out);
    const std::string file = scratch.program().string();
    CHECK(std::find(printed.begin(), printed.end(),
                    file + ":/steps/2/cards/0/next: the route leads to the card \"nowhere\", which does not exist") !=
          printed.end());
    bool kind = false;
    for (const std::string& line : printed)
        kind = kind || line.rfind(file + ":/steps/0/cards/1/kind: unknown kind \"dial\"", 0) == 0;
    CHECK(kind);
    CHECK(outcome.out.find("content ok") == std::string::npos);
    CHECK(outcome.err.find("problems found") != std::string::npos);
}

TEST_CASE("validate-content with invalid JSON and a missing path")
{
    ScratchContent scratch;
    tend::test::writeText(scratch.program(), "{\"id\": }");
    auto outcome = runValidate({scratch.program().string(), (scratch.root() / "missing").string()});
    CHECK(outcome.code == 1);
    const auto printed = lines(outcome.out);
    REQUIRE(printed.size() == 2);
    CHECK(printed[0] == (scratch.root() / "missing").string() + ": no such file or folder");
    CHECK(printed[1].rfind(scratch.program().string() + ": invalid JSON at line 1, column 8", 0) == 0);
}

TEST_CASE("validate-content refuses unknown options")
{
    auto outcome = runValidate({"--strict"});
    CHECK(outcome.code == 2);
    CHECK(outcome.err.find("unknown option --strict") != std::string::npos);
}

TEST_CASE("validate-content on the shipped content exits 0")
{
    const auto shipped = tend::test::sourceDir() / "content";
    auto outcome = runValidate({shipped.string()});
    INFO(outcome.out << outcome.err);
    CHECK(outcome.code == 0);
    CHECK(outcome.out.rfind("content ok: ", 0) == 0);
}

TEST_CASE("tend --locale es and --locale de validate-content pass on the shipped content")
{
    const auto shipped = tend::test::sourceDir() / "content";
    for (const std::string locale : {"es", "de"}) {
        auto outcome = runValidate({}, shipped, locale);
        INFO(locale << "\n" << outcome.out << outcome.err);
        CHECK(outcome.code == 0);
    }
}

TEST_CASE("a translated program with a missing card or a changed route fails validation with file and pointer")
{
    namespace fs = std::filesystem;
    const fs::path scratch = fs::temp_directory_path() / ("tend-parity-" + std::to_string(std::random_device{}()));
    fs::copy(tend::test::sourceDir() / "content", scratch, fs::copy_options::recursive);
    const fs::path spanish = scratch / "programs" / "rupture-to-repair.es.json";
    nlohmann::json program = nlohmann::json::parse(std::ifstream(spanish));
    const std::string removed = program["steps"][2]["cards"][1]["id"];
    program["steps"][2]["cards"].erase(1);
    program["steps"][0]["cards"][2]["options"][0]["next"] = "step:reflect";
    std::ofstream(spanish) << program.dump(2);

    auto outcome = runValidate({}, scratch, "es");
    INFO(outcome.out << outcome.err);
    CHECK(outcome.code == 1);
    const auto found = lines(outcome.out);
    auto has = [&](const std::string& text) {
        return std::any_of(found.begin(), found.end(), [&](const std::string& l) { return l == text; });
    };
    CHECK(
        has(spanish.string() + ":/steps/2/cards/1: \"" + removed + "\" is missing; the English original has it here"));
    CHECK(has(spanish.string() +
              ":/steps/0/cards/2/options/0/next: must stay \"give-voice\" as in the English original (it is "
              "\"step:reflect\")"));

    // A language without its help resources cannot be chosen, and says which file is missing.
    fs::remove(scratch / "help" / "resources.de.json");
    auto german = runValidate({}, scratch, "de");
    CHECK(german.code == 1);
    CHECK(german.out.find("resources.de.json: there are no help resources for \"de\"") != std::string::npos);
    fs::remove_all(scratch);
}

TEST_CASE("a coach file, presenter notes or demo stories named on their own are checked as what they are")
{
    const auto shipped = tend::test::sourceDir() / "content";
    for (const char* file : {"coach/coach.en.json", "coach/coach.es.json", "presenter/facilitator-notes.en.json",
                             "presenter/facilitator-notes.quick-repair.de.json", "demo/stories.es.json"}) {
        auto outcome = runValidate({(shipped / file).string()});
        INFO(file << "\n" << outcome.out << outcome.err);
        CHECK(outcome.code == 0);
        CHECK(outcome.out.rfind("content ok: 0 programs, 0 practice files, 1 other file", 0) == 0);
    }
}

TEST_CASE("a translated demo story that no longer plays through the program fails validation with its file")
{
    namespace fs = std::filesystem;
    const fs::path scratch = fs::temp_directory_path() / ("tend-stories-" + std::to_string(std::random_device{}()));
    fs::copy(tend::test::sourceDir() / "content", scratch, fs::copy_options::recursive);
    const fs::path spanish = scratch / "demo" / "stories.es.json";
    nlohmann::json stories = nlohmann::json::parse(std::ifstream(spanish));
    REQUIRE(stories["stories"][0]["each"]["sam"][0]["answer"] == "can-speak");
    stories["stories"][0]["each"]["sam"][0]["answer"] = "puedo-hablar"; // an option id translated by mistake
    std::ofstream(spanish) << stories.dump(2);

    auto outcome = runValidate({}, scratch, "es");
    INFO(outcome.out << outcome.err);
    CHECK(outcome.code == 1);
    CHECK(outcome.out.find(spanish.string() + ": the stories do not play through the program") != std::string::npos);

    // Mended, the folder passes again.
    stories["stories"][0]["each"]["sam"][0]["answer"] = "can-speak";
    std::ofstream(spanish) << stories.dump(2);
    CHECK(runValidate({}, scratch, "es").code == 0);
    fs::remove_all(scratch);
}
