// The journal's headless commands, called the way main() calls them (no display, no Qt).
#include <catch2/catch.hpp>

#include <algorithm>

#include <sstream>

#include <nlohmann/json.hpp>

#include "CliRun.h"
#include "JournalTestSupport.h"
#include "cli/Commands.h"
#include "tend/journal/Schema.h"

using namespace tend::journal;
using namespace tend::journal::testing;
namespace fs = std::filesystem;

namespace {
using Run = CliRun;

Run run(const fs::path& dataDir, std::vector<std::string> words, bool demo = false)
{
    // Demo mode seeds its sample journal from the source content.
    return runCli(dataDir, std::move(words), demo, fs::path(TEND_SOURCE_DIR) / "content");
}

Sample makeJournal(const fs::path& dir)
{
    return testing::makeFilledJournal(dir, 0);
}
} // namespace

TEST_CASE("tend export / import: the round trip through files is exact")
{
    TempDir temp;
    makeJournal(temp / "a");
    auto exported = run(temp / "a", {"export", "--out", (temp / "a.json").string()});
    INFO(exported.err);
    REQUIRE(exported.code == 0);
    const std::string first = readBytes(temp / "a.json");
    CHECK(nlohmann::json::parse(first)["format"] == "tend-journal");
    auto imported = run(temp / "b", {"import", (temp / "a.json").string()});
    INFO(imported.err);
    REQUIRE(imported.code == 0);
    CHECK(imported.out.find("Imported") != std::string::npos);
    auto again = run(temp / "b", {"export"});
    REQUIRE(again.code == 0);
    CHECK(again.out == first);
    // Importing the same file twice is refused, with the place and the way out.
    auto twice = run(temp / "b", {"import", (temp / "a.json").string()});
    CHECK(twice.code == 1);
    CHECK(twice.err.find("/couples/0/id") != std::string::npos);
    CHECK(twice.err.find("--merge") != std::string::npos);
    auto merged = run(temp / "b", {"import", (temp / "a.json").string(), "--merge"});
    CHECK(merged.code == 0);
    CHECK(merged.out.find("backup") != std::string::npos);
}

TEST_CASE("tend export: markdown, one session, usage errors, an empty folder")
{
    TempDir temp;
    const Sample s = makeJournal(temp / "a");
    auto md = run(temp / "a", {"export", "--format", "markdown"});
    REQUIRE(md.code == 0);
    CHECK(md.out.find("### Acknowledge") !=
          std::string::npos); // the step by its title (or, without content, its words)
    CHECK(md.out.find("UTC") == std::string::npos);
    auto one = run(temp / "a", {"export", "--session", s.soloSession});
    REQUIRE(one.code == 0);
    CHECK(nlohmann::json::parse(one.out)["sessions"].size() == 1);
    CHECK(run(temp / "a", {"export", "--session", newId()}).code == 1);
    CHECK(run(temp / "a", {"export", "--format", "pdf"}).code == 2);
    CHECK(run(temp / "a", {"export", "--bogus"}).code == 2);
    auto empty = run(temp / "nothing-here", {"export"});
    REQUIRE(empty.code == 0);
    const auto doc = nlohmann::json::parse(empty.out);
    CHECK(doc["sessions"].empty());
    CHECK_FALSE(fs::exists(temp / "nothing-here")); // reading never creates a journal
    auto viewer = run(temp / "a", {"export", "--viewer", s.alex});
    CHECK(viewer.out.find("relieved") == std::string::npos);
}

TEST_CASE("tend export --from and --to keep only the repairs started in those days")
{
    TempDir temp;
    makeJournal(temp / "a");
    const auto all = nlohmann::json::parse(run(temp / "a", {"export"}).out);
    std::vector<std::string> starts;
    for (const auto& session : all["sessions"])
        starts.push_back(session["startedAt"].get<std::string>());
    REQUIRE(starts.size() >= 2);
    std::sort(starts.begin(), starts.end());
    const std::string cut = starts.back();
    auto count = [&](bool fromCut) {
        return std::size_t(std::count_if(starts.begin(), starts.end(),
                                         [&](const std::string& at) { return fromCut ? at >= cut : at < cut; }));
    };
    const auto later = nlohmann::json::parse(run(temp / "a", {"export", "--from", cut}).out);
    CHECK(later["sessions"].size() == count(true));
    for (const auto& session : later["sessions"])
        CHECK(session["startedAt"].get<std::string>() >= cut);
    const auto earlier = nlohmann::json::parse(run(temp / "a", {"export", "--to", cut}).out);
    CHECK(earlier["sessions"].size() == count(false));
    // Whole days, as a person types them; the Markdown export narrows the same way.
    CHECK(
        nlohmann::json::parse(run(temp / "a", {"export", "--from", "2000-01-01", "--to", "2999-01-01"}).out)["sessions"]
            .size() == starts.size());
    CHECK(nlohmann::json::parse(run(temp / "a", {"export", "--from", "2999-01-01"}).out)["sessions"].empty());
    auto md = run(temp / "a", {"export", "--format", "markdown", "--to", "2000-01-01"});
    CHECK(md.code == 0);
    CHECK(md.out.find("### ") == std::string::npos); // no repair's steps
    // A date a person might mistype is refused, nothing written.
    auto wrong = run(temp / "a", {"export", "--from", "March"});
    CHECK(wrong.code == 2);
    CHECK(wrong.err.find("2026-03-01") != std::string::npos);
}

TEST_CASE("tend search prints snippets, honours the viewer, and speaks JSON")
{
    TempDir temp;
    const Sample s = makeJournal(temp / "a");
    auto text = run(temp / "a", {"search", "shoulders"});
    REQUIRE(text.code == 0);
    CHECK(text.out.find("**shoulders**") != std::string::npos);
    auto json = run(temp / "a", {"search", "plans", "--json"});
    REQUIRE(json.code == 0);
    CHECK(nlohmann::json::parse(json.out).size() == 2);
    CHECK(run(temp / "a", {"search", "relieved", "--viewer", s.alex}).out == "Nothing found.\n");
    CHECK(run(temp / "a", {"search"}).code == 2);
    CHECK(run(temp / "a", {"search", "x"}, true).code == 0); // demo: the sample journal, in memory
}

TEST_CASE("tend backup and tend check")
{
    TempDir temp;
    makeJournal(temp / "a");
    auto made = run(temp / "a", {"backup"});
    INFO(made.err);
    REQUIRE(made.code == 0);
    CHECK(backup::list(temp / "a").size() == 1);
    auto checked = run(temp / "a", {"check"});
    REQUIRE(checked.code == 0);
    CHECK(checked.out.find("intact") != std::string::npos);

    // Damage a page: check fails with the reason and the way out; nothing is written.
    std::string bytes = readBytes(temp / "a" / "tend.db");
    bytes.replace(4096 * 3, 8, std::string("\x0b\xff\xff\x7f\x00\x09\x99\x99", 8));
    writeBytes(temp / "a" / "tend.db", bytes);
    auto damaged = run(temp / "a", {"check"});
    CHECK(damaged.code == 1);
    CHECK(damaged.err.find("tend.db") != std::string::npos);
    CHECK(damaged.err.find("backup") != std::string::npos);
    CHECK(readBytes(temp / "a" / "tend.db") == bytes);
    auto salvage = run(temp / "a", {"export", "--salvage", "--out", (temp / "salvaged.json").string()});
    CHECK(salvage.code == 0);
    CHECK(fs::exists(temp / "salvaged.json"));
    CHECK(readBytes(temp / "a" / "tend.db") == bytes);

    installFixture("newer-v99.db", temp / "n");
    auto newer = run(temp / "n", {"check"});
    CHECK(newer.code == 1);
    CHECK(newer.err.find("99") != std::string::npos);
    CHECK(run(temp / "empty", {"check"}).code == 0);
    CHECK(run(temp / "empty", {"check", "extra"}).code == 2);
    CHECK(run(temp / "empty", {"backup", "extra"}).code == 2);
}

TEST_CASE("tend import refuses while Tend holds the journal, and refuses bad files without writing")
{
    TempDir temp;
    makeJournal(temp / "a");
    writeBytes(temp / "bad.json", "{\"format\": \"tend-journal\", \"version\": 1, \"couples\": [], \"sessions\": {}}");
    const std::string before = readBytes(temp / "a" / "tend.db");
    auto bad = run(temp / "a", {"import", (temp / "bad.json").string()});
    CHECK(bad.code == 1);
    CHECK(bad.err.find("/sessions") != std::string::npos);
    CHECK(readBytes(temp / "a" / "tend.db") == before);
    CHECK(run(temp / "a", {"import"}).code == 2);
    CHECK(run(temp / "a", {"import", (temp / "missing.json").string()}).code == 1);

    auto open = Journal::open(temp / "a");
    REQUIRE(open.ok());
    auto busy = run(temp / "a", {"import", (temp / "bad.json").string()});
    CHECK(busy.code == 1);
    CHECK(busy.err.find("already open") != std::string::npos);
}
