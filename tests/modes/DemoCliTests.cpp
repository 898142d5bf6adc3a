// `tend --demo` on the command line: the real binary prints the sample journal and writes nothing.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <sys/wait.h>

#include <nlohmann/json.hpp>

namespace fs = std::filesystem;

namespace {

struct Outcome {
    int exitCode = -1;
    std::string out;
};

// Runs tend with HOME, the XDG folders and the data folder all inside `home`, stderr discarded.
Outcome runTend(const fs::path& home, const std::string& arguments)
{
    const std::string h = home.string();
    const std::string command = "env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM HOME='" + h +
                                "' XDG_CONFIG_HOME='" + h + "/config' XDG_DATA_HOME='" + h + "/data' XDG_CACHE_HOME='" +
                                h + "/cache' XDG_STATE_HOME='" + h + "/state' TEND_DATA_DIR='" + h + "/tend' " +
                                TEND_BINARY + " --content-dir '" + TEND_CONTENT_DIR + "' " + arguments + " 2>/dev/null";
    Outcome outcome;
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 8192> buffer{};
    while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe))
        outcome.out.append(buffer.data(), n);
    const int status = pclose(pipe);
    outcome.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return outcome;
}

fs::path makeHome()
{
    std::string pattern = (fs::temp_directory_path() / "tend-demo-cli-XXXXXX").string();
    REQUIRE(mkdtemp(pattern.data()) != nullptr);
    return pattern;
}

std::size_t countFiles(const fs::path& dir)
{
    std::size_t n = 0;
    for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it)
        ++n;
    return n;
}

// Every object anywhere in `node` for which `match` holds.
template <typename Match> void collect(const nlohmann::json& node, Match match, std::vector<nlohmann::json>& out)
{
    if (node.is_object() && match(node))
        out.push_back(node);
    if (node.is_structured()) {
        for (const auto& child : node)
            collect(child, match, out);
    }
}

} // namespace

TEST_CASE("tend --demo export --format json prints the sample journal, shared answers only, and writes nothing")
{
    const fs::path home = makeHome();
    const Outcome outcome = runTend(home, "--demo export --format json");
    REQUIRE(outcome.exitCode == 0);
    const nlohmann::json document = nlohmann::json::parse(outcome.out, nullptr, false);
    REQUIRE_FALSE(document.is_discarded());

    // The sample couple and their eleven sessions.
    CHECK(outcome.out.find("\"Sam\"") != std::string::npos);
    CHECK(outcome.out.find("\"Alex\"") != std::string::npos);
    std::vector<nlohmann::json> sessions;
    collect(
        document, [](const nlohmann::json& o) { return o.contains("mode") && o.contains("status"); }, sessions);
    CHECK(sessions.size() == 11);
    std::vector<nlohmann::json> entries;
    collect(
        document, [](const nlohmann::json& o) { return o.contains("visibility") && o.contains("card"); }, entries);
    CHECK(entries.size() > 40);

    // The demo holds private answers; an audience sees none of them, not even inside the engine state.
    for (const auto& entry : entries)
        CHECK(entry["visibility"] != "private");
    std::vector<nlohmann::json> privateRecords;
    collect(
        document,
        [](const nlohmann::json& o) {
            return o.contains("value") && (o.value("private", false) || o.value("keptPrivate", false));
        },
        privateRecords);
    CHECK(privateRecords.empty());

    // Nothing was written: not the data folder, not settings, not logs, not caches.
    CHECK(countFiles(home) == 0);
    fs::remove_all(home);
}

TEST_CASE("tend --demo export as Markdown and tend --demo search read the sample journal and write nothing")
{
    const fs::path home = makeHome();
    const Outcome markdown = runTend(home, "--demo export --format markdown");
    CHECK(markdown.exitCode == 0);
    CHECK(markdown.out.find("Sam") != std::string::npos);
    // For reading: the program's titles and labels, no ids, JSON or UTC times (tend_reading_tests check every word).
    CHECK(markdown.out.find("### Acknowledge the trigger") != std::string::npos);
    CHECK(markdown.out.find("**Notice it in your body**") != std::string::npos);
    CHECK(markdown.out.find("notice-body") == std::string::npos);
    CHECK(markdown.out.find('{') == std::string::npos);
    CHECK(markdown.out.find("UTC") == std::string::npos);
    for (const auto& partner : nlohmann::json::parse(runTend(home, "--demo export").out)["couples"][0]["partners"])
        CHECK(markdown.out.find(partner["id"].get<std::string>()) == std::string::npos);
    // A search for people: titles and names, not ids or kinds.
    const Outcome readable = runTend(home, "--demo search platform");
    CHECK(readable.exitCode == 0);
    CHECK(readable.out.find("prompt") == std::string::npos);
    CHECK(readable.out.find("(session") == std::string::npos);
    const Outcome search = runTend(home, "--demo search --json platform");
    CHECK(search.exitCode == 0);
    const nlohmann::json hits = nlohmann::json::parse(search.out, nullptr, false);
    REQUIRE(hits.is_array());
    CHECK_FALSE(hits.empty());
    // "blew over" is only in one of Sam's private answers: an audience's search does not find it.
    const Outcome secret = runTend(home, "--demo search --json blew");
    CHECK(secret.exitCode == 0);
    const nlohmann::json none = nlohmann::json::parse(secret.out, nullptr, false);
    REQUIRE(none.is_array());
    CHECK(none.empty());
    CHECK(countFiles(home) == 0);
    fs::remove_all(home);
}
