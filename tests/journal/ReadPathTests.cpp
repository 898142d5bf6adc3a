// Every way of opening a journal refuses a damaged one alike and writes nothing to it (T33, T34), and readers
// leave no trace behind.
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "JournalTestSupport.h"
#include "tend/common/Paths.h"
#include "tend/journal/Schema.h"

using namespace tend::journal;
using namespace tend::journal::testing;
namespace fs = std::filesystem;

namespace {

Sample makeJournal(const fs::path& dir, int extraEntries = 300)
{
    return testing::makeFilledJournal(dir, extraEntries);
}

OpenOptions readOnly()
{
    OpenOptions options;
    options.readOnly = true;
    return options;
}

} // namespace

TEST_CASE("a negative format number is called damaged, by readers and writers alike, and nothing is written")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    makeJournal(dir, 10);
    SECTION("in the -wal")
    {
        leaveInWal(dir / "tend.db", "PRAGMA user_version = -1;");
    }
    SECTION("in the file's header")
    {
        auto db = sql::Database::open((dir / "tend.db").string(), SQLITE_OPEN_READWRITE);
        REQUIRE(db);
        REQUIRE(db->exec("PRAGMA user_version = -1"));
    }
    const std::string file = readBytes(dir / "tend.db");
    const bool hadWal = fs::exists(dir / "tend.db-wal");
    const std::string wal = hadWal ? readBytes(dir / "tend.db-wal") : std::string();
    for (bool reader : {true, false}) {
        INFO((reader ? "read-only open" : "the window's open"));
        auto opened = Journal::open(dir, reader ? readOnly() : OpenOptions{});
        CHECK(opened.problem == OpenProblem::Damaged);
        CHECK(opened.message.find("(-1)") != std::string::npos);
        CHECK(opened.message.find("4294967295") == std::string::npos);
        CHECK(readBytes(dir / "tend.db") == file);
        if (hadWal)
            CHECK(readBytes(dir / "tend.db-wal") == wal);
    }
    CHECK(backup::list(dir).empty());
}

TEST_CASE("a journal that cannot migrate makes one backup, however often it is opened, and keeps the good ones")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    installFixture("v1-sample.db", dir);
    for (int i = 0; i < backup::kKeepGenerations; ++i)
        REQUIRE(backup::create(dir / "tend.db", dir, "daily"));
    {
        // Something in the way of migration 2: a table with the name it wants to create.
        auto db = sql::Database::open((dir / "tend.db").string(), SQLITE_OPEN_READWRITE);
        REQUIRE(db);
        REQUIRE(db->exec("CREATE TABLE reminders(x)"));
    }
    auto first = Journal::open(dir);
    REQUIRE_FALSE(first.ok());
    CHECK(first.problem == OpenProblem::Failed);
    const std::string file = readBytes(dir / "tend.db");
    for (int attempt = 2; attempt <= 11; ++attempt) {
        INFO("open " << attempt);
        auto again = Journal::open(dir);
        CHECK_FALSE(again.ok());
        CHECK(readBytes(dir / "tend.db") == file); // no checkpoint into the file, no migration half-done
    }
    int daily = 0;
    int beforeMigration = 0;
    for (const auto& b : backup::list(dir)) {
        daily += b.reason == "daily" ? 1 : 0;
        beforeMigration +=
            b.reason.rfind("before-migration-to-" + std::to_string(schema::kCurrentVersion) + "-from-1-", 0) == 0 ? 1
                                                                                                                  : 0;
    }
    CHECK(daily == backup::kKeepGenerations);
    CHECK(beforeMigration == 1);
    // Another good backup later still rotates only the ordinary generations.
    REQUIRE(backup::create(dir / "tend.db", dir, "manual"));
    CHECK(backup::list(dir).size() == static_cast<std::size_t>(backup::kKeepGenerations) + 1);
}

TEST_CASE("a -wal from another journal is refused by every read-only open, not only by a full check")
{
    TempDir temp;
    makeJournal(temp / "a");
    makeJournal(temp / "b");
    leaveInWal(temp / "b" / "tend.db", "UPDATE entries SET step = step || '-b', payload = payload;");
    fs::copy_file(temp / "b" / "tend.db-wal", temp / "a" / "tend.db-wal");
    const std::string file = readBytes(temp / "a" / "tend.db");
    OpenOptions full = readOnly();
    full.fullCheck = true;
    auto checked = Journal::open(temp / "a", full);
    REQUIRE(checked.problem == OpenProblem::Damaged);
    // What export, search and backup open with: the same refusal, in the same words.
    auto read = Journal::open(temp / "a", readOnly());
    CHECK(read.problem == OpenProblem::Damaged);
    CHECK(read.message == checked.message);
    CHECK(readBytes(temp / "a" / "tend.db") == file);
}

TEST_CASE("read-only opens of a cleanly closed journal leave no -wal or -shm behind")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    const Sample s = makeJournal(dir, 5);
    REQUIRE_FALSE(fs::exists(dir / "tend.db-wal"));
    const std::string before = readBytes(dir / "tend.db");
    {
        auto opened = Journal::open(dir, readOnly());
        REQUIRE(opened.ok());
        CHECK(opened.journal->entries(s.session, Viewer::everything())->size() > 1);
        CHECK(opened.journal->search({"entry", Viewer::everything()}));
    }
    CHECK_FALSE(fs::exists(dir / "tend.db-wal"));
    CHECK_FALSE(fs::exists(dir / "tend.db-shm"));
    CHECK(readBytes(dir / "tend.db") == before);
    // So the next open is a clean one, without the full check of an unclean shutdown.
    auto next = Journal::open(dir);
    REQUIRE(next.ok());
    CHECK_FALSE(next.journal->wasUncleanShutdown());
}

TEST_CASE("a reader holding the folder does not stop it from being read while a writer has it")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    const Sample s = makeJournal(dir, 5);
    auto writer = Journal::open(dir);
    REQUIRE(writer.ok());
    auto reader = Journal::open(dir, readOnly());
    REQUIRE(reader.ok());
    CHECK(reader.journal->entries(s.session, Viewer::everything())->size() > 1);
}

TEST_CASE("verifyContent opens every encrypted value and names each damaged one by kind and date")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    OpenOptions options;
    options.kdfPolicy = tend::crypto::KdfPolicy::minimum();
    auto opened = Journal::open(dir, options);
    REQUIRE(opened.ok());
    const Sample s = fillSample(*opened.journal);
    REQUIRE(opened.journal->enableProtection("passphrase"));
    auto clean = opened.journal->verifyContent();
    REQUIRE(clean);
    CHECK(clean->checked > 5);
    CHECK(clean->damaged.empty());
    // One answer's ciphertext changed by one bit, as a damaged sector would.
    auto& db = opened.journal->database();
    auto read = db.prepare("SELECT payload FROM entries WHERE id = ?1");
    REQUIRE(read);
    read->bind(1, s.sharedEntry);
    REQUIRE(read->step().value());
    std::string blob = read->columnBlob(0);
    blob[blob.size() / 2] = static_cast<char>(blob[blob.size() / 2] ^ 1);
    auto write = db.prepare("UPDATE entries SET payload = ?2 WHERE id = ?1");
    REQUIRE(write);
    write->bind(1, s.sharedEntry);
    write->bindBlob(2, blob);
    REQUIRE(write->run());
    auto found = opened.journal->verifyContent();
    REQUIRE(found);
    REQUIRE(found->damaged.size() == 1);
    CHECK(found->damaged[0].kind == "answer");
    CHECK(found->damaged[0].id == s.sharedEntry);
    CHECK(found->damaged[0].writtenAt.size() == 24);
}

TEST_CASE("making the data folder private never makes a read-only folder writable")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    fs::create_directories(dir);
    fs::permissions(dir, fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read,
                    fs::perm_options::replace);
    REQUIRE(tend::paths::ensurePrivateDirectory(dir));
    CHECK(fs::status(dir).permissions() ==
          (fs::perms::owner_read | fs::perms::owner_exec)); // others lose, owner gains nothing
    fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace);
    // A new folder is made 0700.
    REQUIRE(tend::paths::ensurePrivateDirectory(temp / "new" / "data"));
    CHECK(fs::status(temp / "new" / "data").permissions() == fs::perms::owner_all);
}
