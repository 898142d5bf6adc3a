// T1/T2/T16: a child process writes and is killed with SIGKILL at random moments; after every kill the
// journal must pass its integrity check, hold every acknowledged entry byte for byte, and keep a
// draft at most a fraction of a second behind the typing.
#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <sstream>

#include <fcntl.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <sqlite3.h>

#include "CrashProtocol.h"
#include "JournalTestSupport.h"
#include "tend/journal/Schema.h"

using namespace tend::journal;
using namespace tend::journal::testing;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Line {
    Clock::time_point at;
    std::string text;
};

struct Child {
    pid_t pid = -1;
    int out = -1;
    std::string buffer;
    std::vector<Line> lines;

    // Reads whatever is available until `until` (or EOF); returns false at EOF.
    bool pump(Clock::time_point until)
    {
        for (;;) {
            const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now()).count();
            pollfd p{out, POLLIN, 0};
            const int rc = ::poll(&p, 1, static_cast<int>(std::max<long long>(left, 0)));
            if (rc <= 0)
                return true;
            char chunk[4096];
            const ssize_t got = ::read(out, chunk, sizeof chunk);
            if (got <= 0)
                return false;
            const auto now = Clock::now();
            buffer.append(chunk, static_cast<std::size_t>(got));
            for (std::size_t nl; (nl = buffer.find('\n')) != std::string::npos;) {
                lines.push_back({now, buffer.substr(0, nl)});
                buffer.erase(0, nl + 1);
            }
        }
    }
    bool sawLine(const std::string& prefix) const
    {
        for (const auto& l : lines)
            if (l.text.rfind(prefix, 0) == 0)
                return true;
        return false;
    }
};

Child spawn(const fs::path& dir, std::uint64_t seed, int trial, const char* mode)
{
    int fds[2];
    REQUIRE(::pipe2(fds, O_CLOEXEC) == 0);
    Child child;
    child.pid = ::fork();
    REQUIRE(child.pid >= 0);
    if (child.pid == 0) {
        ::dup2(fds[1], STDOUT_FILENO);
        const std::string seedText = std::to_string(seed);
        const std::string trialText = std::to_string(trial);
        ::execl(TEND_CRASH_CHILD, TEND_CRASH_CHILD, dir.c_str(), seedText.c_str(), trialText.c_str(), mode,
                static_cast<char*>(nullptr));
        ::_exit(127);
    }
    ::close(fds[1]);
    child.out = fds[0];
    return child;
}

void killAndReap(Child& child)
{
    ::kill(child.pid, SIGKILL);
    int status = 0;
    ::waitpid(child.pid, &status, 0);
    child.pump(Clock::now() + std::chrono::milliseconds(50)); // the rest of the pipe, up to EOF
    ::close(child.out);
}

std::uint64_t chooseSeed()
{
    if (const char* env = std::getenv("TEND_SEED"); env && *env)
        return std::strtoull(env, nullptr, 10);
    return (static_cast<std::uint64_t>(std::random_device{}()) << 32) | std::random_device{}();
}

int trialsWanted(int fallback)
{
    if (const char* env = std::getenv("TEND_CRASH_TRIALS"); env && *env)
        return std::max(1, std::atoi(env));
    return fallback;
}

std::string textOf(const std::string& payload)
{
    return nlohmann::json::parse(payload)["text"].get<std::string>();
}

} // namespace

TEST_CASE("kill -9 at random moments never loses an acknowledged entry or corrupts the journal")
{
    const std::uint64_t seed = chooseSeed();
    const int trials = trialsWanted(200);
    std::cout << "journal crash test: seed " << seed << ", " << trials
              << " SIGKILL trials (replay with TEND_SEED=" << seed << ")" << std::endl;
    INFO("seed " << seed << " (replay with TEND_SEED=" << seed << ")");
    std::mt19937_64 random(seed);

    TempDir temp;
    const fs::path dir = temp / "data";
    {
        auto opened = Journal::open(dir);
        REQUIRE(opened.ok());
        fillSample(*opened.journal);
    }

    std::map<std::string, std::string> acknowledged; // entry id -> exact text
    int kills = 0;
    int draftChecks = 0;
    double worstDraftLagMs = 0;
    for (int trial = 0; trial < trials; ++trial) {
        INFO("trial " << trial);
        Child child = spawn(dir, seed, trial, "write");
        const auto started = Clock::now();
        // Wait for the child to be ready, then let it work for a random moment (mostly short, sometimes long).
        while (!child.sawLine("R") && !child.sawLine("F") && Clock::now() - started < std::chrono::seconds(10))
            child.pump(Clock::now() + std::chrono::milliseconds(20));
        REQUIRE_FALSE(child.sawLine("F"));
        REQUIRE(child.sawLine("R"));
        const int delayMs = trial % 20 == 19 ? 400 + static_cast<int>(random() % 400) : static_cast<int>(random() % 90);
        const auto killAt = Clock::now() + std::chrono::milliseconds(delayMs);
        child.pump(killAt);
        const auto killedAt = Clock::now();
        killAndReap(child);
        ++kills;

        // What the child acknowledged before it died.
        std::vector<std::pair<int, std::string>> acks;
        std::size_t committedDraft = 0;
        std::vector<std::pair<Clock::time_point, std::size_t>> typed;
        for (const Line& line : child.lines) {
            std::istringstream words(line.text);
            std::string kind;
            words >> kind;
            if (kind == "E") {
                int index = 0;
                std::string id;
                words >> index >> id;
                acks.emplace_back(index, id);
            } else if (kind == "D") {
                std::size_t n = 0;
                words >> n;
                committedDraft = std::max(committedDraft, n);
            } else if (kind == "T") {
                std::size_t n = 0;
                words >> n;
                typed.emplace_back(line.at, n);
            } else {
                REQUIRE(kind != "X"); // a write failed in the child
            }
        }

        auto opened = Journal::open(dir);
        INFO(opened.message);
        REQUIRE(opened.ok());
        Journal& j = *opened.journal;
        REQUIRE(j.checkIntegrity());
        for (const auto& [index, id] : acks) {
            REQUIRE(id == crash::entryId(seed, trial, index));
            auto e = j.entry(id, Viewer::everything());
            REQUIRE(e);
            REQUIRE(e->has_value());
            REQUIRE(textOf((*e)->payload) == crash::entryText(seed, trial, index));
            acknowledged[id] = crash::entryText(seed, trial, index);
        }
        // No half-applied finish: a stored entry never keeps its draft, and the index matches the rows.
        REQUIRE(j.database().queryInt("SELECT count(*) FROM entries e JOIN drafts d ON d.id = e.id")->value() == 0);
        REQUIRE(j.database().queryInt("SELECT count(*) FROM entries")->value() ==
                j.database().queryInt("SELECT count(*) FROM entries_fts")->value());

        // The typed draft: a prefix of what was typed, and no further behind than a quarter second.
        const std::string full = crash::draftText(seed, trial);
        std::size_t stored = 0;
        auto drafts = j.drafts();
        REQUIRE(drafts);
        for (const Draft& d : *drafts) {
            if (d.id == crash::draftId(seed, trial)) {
                const std::string text = textOf(d.payload);
                REQUIRE(full.compare(0, text.size(), text) == 0);
                stored = text.size();
            }
        }
        REQUIRE(stored >= committedDraft);
        std::size_t typedBefore = 0;
        for (const auto& [at, n] : typed) {
            if (at <= killedAt - std::chrono::milliseconds(250))
                typedBefore = n;
        }
        for (const auto& [at, n] : typed) {
            if (n > stored) {
                // The first keystroke missing from the stored draft: how long before the kill it was typed.
                worstDraftLagMs =
                    std::max(worstDraftLagMs, std::chrono::duration<double, std::milli>(killedAt - at).count());
                break;
            }
        }
        REQUIRE(stored >= typedBefore);
        if (!typed.empty())
            ++draftChecks;
    }
    // At the end every entry acknowledged in any trial is still there, exactly.
    auto opened = Journal::open(dir);
    REQUIRE(opened.ok());
    for (const auto& [id, text] : acknowledged) {
        auto e = opened.journal->entry(id, Viewer::everything());
        REQUIRE(e->has_value());
        REQUIRE(textOf((*e)->payload) == text);
    }
    std::cout << "journal crash test: " << kills << " kills, " << acknowledged.size()
              << " acknowledged entries all present, " << draftChecks << " draft checks passed, worst draft lag "
              << worstDraftLagMs << " ms" << std::endl;
    CHECK(worstDraftLagMs <= 1000.0);
    CHECK(kills >= std::min(trials, 200));
    CHECK(acknowledged.size() > 0);
}

TEST_CASE("kill -9 during a migration leaves the old or the new format, never something between")
{
    const std::uint64_t seed = chooseSeed();
    std::mt19937_64 random(seed);
    INFO("seed " << seed);
    const int trials = trialsWanted(200) / 10;
    for (int trial = 0; trial < trials; ++trial) {
        TempDir temp;
        const fs::path dir = temp / "data";
        installFixture("v1-sample.db", dir);
        Child child = spawn(dir, seed, trial, "open");
        child.pump(Clock::now() + std::chrono::microseconds(static_cast<int>(random() % 15000)));
        killAndReap(child);
        {
            // A raw look: the format is 1, 2 or 3 (each migration commits on its own), never anything else. Read-write,
            // because after a kill the -wal is hot and SQLite must roll it back before anyone (even a reader) can look.
            auto probe = sql::Database::open((dir / "tend.db").string(), SQLITE_OPEN_READWRITE);
            REQUIRE(probe);
            auto version = probe->queryInt("PRAGMA user_version");
            REQUIRE(version);
            const auto v = version->value_or(-1);
            REQUIRE((v >= 1 && v <= schema::kCurrentVersion));
        }
        auto opened = Journal::open(dir);
        INFO(opened.message);
        REQUIRE(opened.ok());
        CHECK(opened.journal->schemaVersion() == schema::kCurrentVersion);
        CHECK(opened.journal->database().queryInt("SELECT count(*) FROM entries")->value() == 4);
        CHECK(opened.journal->checkIntegrity());
        CHECK_FALSE(backup::list(dir).empty()); // the backup before the migration
    }
}
