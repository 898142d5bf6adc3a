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

Outcome runValidate(std::vector<std::string> words, const std::filesystem::path& contentDir = {})
{
    std::istringstream in;
    std::ostringstream out;
    std::ostringstream err;
    tend::cli::Invocation call{{}, std::move(words), in, out, err};
    call.globals.contentDir = contentDir;
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
