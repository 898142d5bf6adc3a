// A journal made by an import appears whole, with the protection asked for, or not at all (T30, T31).
#include <catch2/catch.hpp>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <random>
#include <thread>

#include <sys/wait.h>
#include <unistd.h>

#include "JournalTestSupport.h"
#include "tend/journal/Exchange.h"
#include "tend/journal/NewJournal.h"
#include "tend/journal/Schema.h"

using namespace tend::journal;
using namespace tend::journal::testing;
namespace fs = std::filesystem;

namespace {

const std::string kCanary = "canary-7f3e-never-in-clear";
const std::string kPassphrase = "a long passphrase for tests";

// An export of the sample journal with one answer holding the canary text.
std::string sampleExport()
{
    return sampleExportWith(kCanary);
}

NewJournalOptions protectedOptions(std::string_view passphrase = kPassphrase)
{
    NewJournalOptions options;
    options.passphrase = passphrase;
    options.kdfPolicy = tend::crypto::KdfPolicy::minimum();
    return options;
}

bool anyFileHolds(const fs::path& dir, const std::string& needle)
{
    std::error_code ec;
    for (const auto& item : fs::recursive_directory_iterator(dir, ec))
        if (item.is_regular_file(ec) && readBytes(item.path()).find(needle) != std::string::npos)
            return true;
    return false;
}

int entryCount(Journal& journal)
{
    return static_cast<int>(journal.database().queryInt("SELECT count(*) FROM entries")->value_or(-1));
}

} // namespace

TEST_CASE("an import into an empty folder makes a complete protected journal, with no clear text on disk")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    const std::string text = sampleExport();
    auto report = importIntoNewJournal(dir, text, protectedOptions());
    INFO(report.describe());
    REQUIRE(report.ok);
    CHECK(report.added > 0);
    CHECK_FALSE(fs::exists(dir / "tend.db-wal"));
    for (const auto& item : fs::directory_iterator(dir))
        CHECK(item.path().filename().string().rfind(std::string(kStagingPrefix), 0) != 0);
    CHECK_FALSE(anyFileHolds(dir, kCanary));
    auto opened = Journal::open(dir);
    REQUIRE(opened.ok());
    CHECK(opened.journal->hasKeyring());
    REQUIRE(opened.journal->unlock(kPassphrase));
    CHECK(opened.journal->search({"canary", Viewer::everything()})->size() == 1);
}

TEST_CASE("a failed import into an empty folder leaves no journal, so a retry starts afresh")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    const std::string text = sampleExport();
    // Refused: a broken file with one passphrase. Once this left a protected empty journal behind.
    auto broken = importIntoNewJournal(dir, text.substr(0, text.size() / 2), protectedOptions("first passphrase"));
    CHECK_FALSE(broken.ok);
    CHECK_FALSE(fs::exists(dir / "tend.db"));
    CHECK(holdsNoJournal(dir));
    // A duplicate id deep inside (fails while writing, after the keyring step) leaves nothing either.
    auto doc = nlohmann::json::parse(text);
    doc["sessions"][1]["id"] = doc["sessions"][0]["id"];
    auto duplicate = importIntoNewJournal(dir, doc.dump(), protectedOptions("first passphrase"));
    CHECK_FALSE(duplicate.ok);
    CHECK_FALSE(fs::exists(dir / "tend.db"));
    // The retry with another passphrase is accepted and protected by that one.
    auto retry = importIntoNewJournal(dir, text, protectedOptions("second passphrase"));
    INFO(retry.describe());
    REQUIRE(retry.ok);
    auto opened = Journal::open(dir);
    REQUIRE(opened.ok());
    CHECK_FALSE(opened.journal->unlock("first passphrase"));
    CHECK(opened.journal->unlock("second passphrase"));
}

TEST_CASE("an import never replaces a journal, nor lets a window in half-way")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    {
        auto opened = Journal::open(dir);
        REQUIRE(opened.ok());
        fillSample(*opened.journal);
    }
    const std::string before = readBytes(dir / "tend.db");
    auto report = importIntoNewJournal(dir, sampleExport(), protectedOptions());
    CHECK_FALSE(report.ok);
    CHECK(readBytes(dir / "tend.db") == before);
    CHECK_FALSE(holdsNoJournal(dir));

    // A folder held by a running Tend is refused.
    const fs::path other = temp / "other";
    fs::create_directories(other);
    auto claim = SingleInstance::claim(other);
    REQUIRE(claim);
    auto held = importIntoNewJournal(other, sampleExport(), protectedOptions());
    CHECK_FALSE(held.ok);
    CHECK_FALSE(fs::exists(other / "tend.db"));
}

TEST_CASE("kill -9 at any moment of a protected import into an empty folder: no journal, or a whole protected one")
{
    // 200 kills spread over the whole run (folder, staging, keyring, rows, close, link into place). Every outcome
    // must be "no tend.db" or a journal that is protected, unlocks and holds every row; never one in clear.
    TempDir temp;
    const std::string text = sampleExport();
    const fs::path exportFile = temp / "export.json";
    writeBytes(exportFile, text);
    int expectedEntries = 0;
    {
        auto memory = Journal::openInMemory();
        REQUIRE(memory);
        REQUIRE(exchange::importJson(**memory, text).ok);
        expectedEntries = entryCount(**memory);
    }
    auto runChild = [&](const fs::path& dir, std::chrono::microseconds killAfter) {
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            ::execl(TEND_NEW_JOURNAL_CHILD, TEND_NEW_JOURNAL_CHILD, dir.c_str(), exportFile.c_str(),
                    kPassphrase.c_str(), static_cast<char*>(nullptr));
            ::_exit(127);
        }
        if (killAfter.count() > 0) {
            std::this_thread::sleep_for(killAfter);
            ::kill(pid, SIGKILL);
        }
        int status = 0;
        ::waitpid(pid, &status, 0);
        return status;
    };
    // How long one whole import takes here: the kills are spread over 1.2 times that.
    const auto started = std::chrono::steady_clock::now();
    const int whole = runChild(temp / "whole", std::chrono::microseconds(0));
    REQUIRE(WIFEXITED(whole));
    REQUIRE(WEXITSTATUS(whole) == 0);
    const auto span = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);

    const unsigned seed = std::getenv("TEND_SEED")
                              ? static_cast<unsigned>(std::strtoul(std::getenv("TEND_SEED"), nullptr, 10))
                              : std::random_device{}();
    std::cout << "new-journal kill test: seed " << seed << " (TEND_SEED to replay), one import takes "
              << span.count() / 1000 << " ms\n";
    std::mt19937 random(seed);
    int none = 0;
    int complete = 0;
    constexpr int kKills = 200;
    for (int i = 0; i < kKills; ++i) {
        const fs::path dir = temp / ("run-" + std::to_string(i));
        // Evenly spread, with jitter, over 0 .. 1.2 x the whole import.
        const double at = (i + std::uniform_real_distribution<double>(0.0, 1.0)(random)) / kKills * 1.2;
        runChild(dir, std::chrono::microseconds(static_cast<long long>(at * static_cast<double>(span.count())) + 1));
        INFO("run " << i << " killed at " << at << " of an import; seed " << seed);
        if (!fs::exists(dir / "tend.db")) {
            ++none;
            CHECK_FALSE(fs::exists(dir / "tend.db-wal"));
        } else {
            ++complete;
            CHECK(readBytes(dir / "tend.db").find(kCanary) == std::string::npos);
            OpenOptions options;
            options.readOnly = true;
            auto opened = Journal::open(dir, options);
            INFO(opened.message);
            REQUIRE(opened.ok());
            CHECK(opened.journal->hasKeyring());
            CHECK(opened.journal->unlock(kPassphrase));
            CHECK(entryCount(*opened.journal) == expectedEntries);
        }
        // The next attempt in that folder works, whatever the kill left.
        if (i % 50 == 0 && !fs::exists(dir / "tend.db")) {
            auto retry = importIntoNewJournal(dir, text, protectedOptions());
            CHECK(retry.ok);
        }
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    std::cout << "  " << none << " kills left no journal, " << complete << " a whole protected one\n";
    CHECK(none + complete == kKills);
}
