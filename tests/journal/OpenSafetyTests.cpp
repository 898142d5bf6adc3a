// T6/T7/T8/T14: damaged, foreign, missing and read-only journals, and a second instance.
#include <catch2/catch.hpp>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "JournalTestSupport.h"
#include "tend/journal/Exchange.h"
#include "tend/journal/Schema.h"

using namespace tend::journal;
using namespace tend::journal::testing;
namespace fs = std::filesystem;

namespace {

// A journal with enough entries to span many pages, closed cleanly, plus one verified backup.
Sample makeJournal(const fs::path& dir, int extraEntries = 400)
{
    return testing::makeFilledJournal(dir, extraEntries, true);
}

void corruptAt(const fs::path& file, std::size_t offset, const std::string& bytes)
{
    std::string data = readBytes(file);
    REQUIRE(offset + bytes.size() <= data.size());
    data.replace(offset, bytes.size(), bytes);
    writeBytes(file, data);
}

std::int64_t leafPageOf(const fs::path& file, const char* table)
{
    auto db = sql::Database::open(file.string(), 1 /* read-only */);
    REQUIRE(db);
    auto page = db->queryInt(std::string("SELECT pageno FROM dbstat WHERE name = '") + table +
                             "' AND pagetype = 'leaf' ORDER BY pageno LIMIT 1 OFFSET 2");
    REQUIRE(page);
    return page->value();
}

void expectRefusedUntouched(const fs::path& dir, OpenProblem expected, const std::string& mention = {})
{
    const fs::path file = dir / "tend.db";
    const bool existed = fs::exists(file);
    const std::string before = existed ? readBytes(file) : std::string();
    auto opened = Journal::open(dir);
    INFO(opened.message);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.problem == expected);
    CHECK(opened.message.find(file.string()) != std::string::npos); // names the file
    if (!mention.empty())
        CHECK(opened.message.find(mention) != std::string::npos);
    CHECK(fs::exists(file) == existed); // never created, never deleted
    if (existed)
        CHECK(readBytes(file) == before); // never written
}

} // namespace

TEST_CASE("a damaged header is refused, untouched, with the latest backup offered")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    makeJournal(dir);
    corruptAt(dir / "tend.db", 0, "SQLite formax");
    expectRefusedUntouched(dir, OpenProblem::NotAJournal);
    auto opened = Journal::open(dir);
    REQUIRE(opened.latestBackup);
    CHECK(backup::verify(opened.latestBackup->file));
}

TEST_CASE("damaged header fields (page size) are refused as damaged")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    makeJournal(dir);
    corruptAt(dir / "tend.db", 16, std::string("\x00\x03", 2)); // page size 3: impossible
    expectRefusedUntouched(dir, OpenProblem::Damaged);
}

TEST_CASE("a damaged page is detected, the file untouched, and a salvage export recovers the rest")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    const Sample s = makeJournal(dir);
    const fs::path file = dir / "tend.db";
    const std::int64_t page = leafPageOf(file, "entries");
    // Scribble over the page header and its first cell pointers.
    corruptAt(file, static_cast<std::size_t>((page - 1) * 4096), std::string("\x0b\xff\xff\x7f\x00\x09\x99\x99", 8));
    expectRefusedUntouched(dir, OpenProblem::Damaged, "damaged");
    auto opened = Journal::open(dir);
    REQUIRE(opened.latestBackup);

    const std::string before = readBytes(file);
    auto salvaged = exchange::salvage(file);
    REQUIRE(salvaged);
    CHECK(readBytes(file) == before);
    CHECK_FALSE(salvaged->problems.empty());
    const auto& sessions = salvaged->document["sessions"];
    REQUIRE(sessions.size() == 2);
    const auto& entries = sessions[0]["entries"];
    CHECK(entries.size() > 300); // most of the 403 entries of that session were readable
    CHECK(entries.size() < 403);
    // What was salvaged imports into a fresh journal.
    TempDir other;
    auto fresh = Journal::open(other / "data");
    REQUIRE(fresh.ok());
    auto report = exchange::importJson(*fresh.journal, salvaged->document.dump());
    INFO(report.describe());
    CHECK(report.ok);
    (void)s;
}

TEST_CASE("files of other programs are refused and left alone")
{
    TempDir temp;
    installFixture("other-app.db", temp / "a");
    expectRefusedUntouched(temp / "a", OpenProblem::NotAJournal, "0x000004D2");
    installFixture("not-a-journal.db", temp / "b");
    expectRefusedUntouched(temp / "b", OpenProblem::NotAJournal, "not a Tend journal");
    // An SQLite database without an application id but with tables of its own.
    fs::create_directories(temp / "c");
    {
        auto db = sql::Database::open((temp / "c" / "tend.db").string(), 6 /* rw|create */);
        REQUIRE(db);
        REQUIRE(db->exec("CREATE TABLE t(x); INSERT INTO t VALUES (1)"));
    }
    ::chmod((temp / "c" / "tend.db").c_str(), 0600);
    expectRefusedUntouched(temp / "c", OpenProblem::NotAJournal, "another program");
}

TEST_CASE("a journal that went missing is never replaced by an empty one")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    makeJournal(dir, 10);
    fs::rename(dir / "tend.db", temp / "moved.db");
    expectRefusedUntouched(dir, OpenProblem::Missing, "backups");

    // A leftover -wal without its database.
    TempDir temp2;
    fs::create_directories(temp2 / "data");
    writeBytes(temp2 / "data" / "tend.db-wal", std::string(4096, '\x01'));
    expectRefusedUntouched(temp2 / "data", OpenProblem::Missing, "tend.db-wal");

    // An emptied file (e.g. after a full disk) while backups exist.
    writeBytes(dir / "tend.db", "");
    expectRefusedUntouched(dir, OpenProblem::Missing, "empty");
    CHECK(fs::file_size(dir / "tend.db") == 0);
}

TEST_CASE("a read-only data folder opens read-only: readable, nothing written (as an unprivileged user)")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    const Sample s = makeJournal(dir, 20);
    std::string why;
    const int code = runUnprivileged(
        [&](uid_t uid, gid_t gid) {
            // The child's user owns the folder; then the folder and files lose their write bits.
            ::chmod(temp.path().c_str(), 0755);
            for (const auto& item : fs::recursive_directory_iterator(dir))
                REQUIRE(::chown(item.path().c_str(), uid, gid) == 0);
            REQUIRE(::chown(dir.c_str(), uid, gid) == 0);
            ::chmod((dir / "tend.db").c_str(), 0400);
            ::chmod(dir.c_str(), 0500);
        },
        [&]() -> std::string {
            // The test is only meaningful if the kernel really refuses this user's writes.
            const int probe = ::open((dir / "probe").c_str(), O_WRONLY | O_CREAT, 0600);
            if (probe >= 0 || errno != EACCES)
                return "the folder is writable for this user; the test would prove nothing";
            if (::open((dir / "tend.db").c_str(), O_WRONLY) >= 0)
                return "the journal file is writable for this user";
            const std::string before = readBytes(dir / "tend.db");
            auto opened = Journal::open(dir);
            if (!opened.ok())
                return "open failed: " + opened.message;
            if (!opened.journal->isReadOnly() ||
                opened.journal->readOnlyReason().find("read-only") == std::string::npos)
                return "not reported read-only";
            auto rows = opened.journal->entries(s.session, Viewer::everything());
            if (!rows || rows->size() != 23)
                return "entries not readable";
            if (opened.journal->search({"shoulders", Viewer::everything()})->size() != 1)
                return "search does not work read-only";
            Entry e;
            e.sessionId = s.session;
            e.step = "x";
            e.card = "y";
            auto saved = opened.journal->saveEntry(e);
            if (saved || saved.error().message.find("read-only") == std::string::npos)
                return "a write was not refused with a read-only message";
            opened.journal.reset();
            if (readBytes(dir / "tend.db") != before)
                return "the journal file changed";
            if (fs::exists(dir / "tend.db-wal") || fs::exists(dir / "probe"))
                return "a file was created";
            return {};
        },
        why);
    INFO(why);
    CHECK(code == 0);
}

TEST_CASE("a read-only folder without a journal is not given an empty one (as an unprivileged user)")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    fs::create_directories(dir);
    std::string why;
    const int code = runUnprivileged(
        [&](uid_t uid, gid_t gid) {
            ::chmod(temp.path().c_str(), 0755);
            REQUIRE(::chown(dir.c_str(), uid, gid) == 0);
            ::chmod(dir.c_str(), 0500);
        },
        [&]() -> std::string {
            auto opened = Journal::open(dir);
            if (opened.ok())
                return "opened a journal in a read-only folder";
            if (opened.message.find("read-only") == std::string::npos)
                return "unclear message: " + opened.message;
            if (fs::exists(dir / "tend.db"))
                return "created a file";
            return {};
        },
        why);
    INFO(why);
    CHECK(code == 0);
}

TEST_CASE("a second instance is refused, can raise the first, and a kill -9 leaves no stale lock")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    auto first = Journal::open(dir);
    REQUIRE(first.ok());
    REQUIRE(first.journal->instance());
    REQUIRE(first.journal->instance()->listenFd() >= 0);

    auto second = Journal::open(dir);
    CHECK(second.problem == OpenProblem::InUse);
    CHECK(second.message.find(dir.string()) != std::string::npos);

    // The second launch knocks; the first answers from its poll loop.
    auto claim = SingleInstance::claim(dir);
    REQUIRE(claim);
    REQUIRE_FALSE((*claim)->isPrimary());
    std::atomic<int> raised{0};
    std::thread primary([&] {
        const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (raised < 2 && std::chrono::steady_clock::now() < deadline) {
            raised += first.journal->instance()->takeRequests();
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
    });
    CHECK((*claim)->notifyRunning());
    CHECK(notifyRunning(dir)); // the free function knocks too
    primary.join();
    CHECK(raised == 2);
    first.journal->instance()->takeRequests();
    first.journal.reset();
    CHECK_FALSE(fs::exists(dir / "tend.sock"));

    // A process holding the folder dies by SIGKILL: the next claim succeeds at once.
    int ready[2];
    REQUIRE(::pipe(ready) == 0);
    const pid_t child = ::fork();
    if (child == 0) {
        auto mine = SingleInstance::claim(dir);
        const char ok = (mine && (*mine)->isPrimary()) ? 'y' : 'n';
        (void)!::write(ready[1], &ok, 1);
        for (;;)
            ::pause();
    }
    char answer = 0;
    REQUIRE(::read(ready[0], &answer, 1) == 1);
    REQUIRE(answer == 'y');
    auto whileAlive = SingleInstance::claim(dir);
    REQUIRE(whileAlive);
    CHECK_FALSE((*whileAlive)->isPrimary());
    whileAlive->reset();
    ::kill(child, SIGKILL);
    ::waitpid(child, nullptr, 0);
    CHECK(fs::exists(dir / "tend.sock")); // left behind by the killed process
    auto after = Journal::open(dir);
    INFO(after.message);
    REQUIRE(after.ok());
    CHECK(after.journal->instance()->isPrimary());
    CHECK(after.journal->instance()->listenFd() >= 0); // the stale socket was replaced
    ::close(ready[0]);
    ::close(ready[1]);
}
