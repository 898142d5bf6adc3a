// T16/T17: every migration from every earlier format, with the fixture databases in tests/data/journal.
#include <catch2/catch.hpp>

#include <csignal>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

#include <sqlite3.h>

#include "JournalTestSupport.h"
#include "tend/journal/Schema.h"

using namespace tend::journal;
using namespace tend::journal::testing;
namespace fs = std::filesystem;

namespace {
// The schema as SQLite stores it, for comparing two databases.
std::vector<std::string> schemaOf(sql::Database& db)
{
    std::vector<std::string> out;
    auto stmt = db.prepare("SELECT type || ' ' || name || ' ' || tbl_name || ' ' || ifnull(sql, '') "
                           "FROM sqlite_schema ORDER BY type, name");
    REQUIRE(stmt);
    while (stmt->step().value())
        out.push_back(stmt->columnText(0));
    return out;
}

sql::Database openRaw(const fs::path& file, int flags = SQLITE_OPEN_READONLY)
{
    auto db = sql::Database::open(file.string(), flags);
    REQUIRE(db);
    return std::move(*db);
}
} // namespace

TEST_CASE("migrations are numbered in order up to the current format")
{
    const auto& all = schema::migrations();
    REQUIRE(static_cast<int>(all.size()) == schema::kCurrentVersion);
    for (std::size_t i = 0; i < all.size(); ++i)
        CHECK(all[i].version == static_cast<int>(i + 1));
}

TEST_CASE("the fixtures are exactly what the migrations build")
{
    // Format 4 fixture vs a journal created from scratch today.
    auto fresh = Journal::openInMemory();
    REQUIRE(fresh);
    auto v4 = openRaw(fixture("v4-sample.db"));
    CHECK(schemaOf((*fresh)->database()) == schemaOf(v4));
    // Format 3 fixture vs the first three migrations.
    auto three = openRaw(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    for (std::size_t i = 0; i < 3; ++i)
        REQUIRE(schema::migrations()[i].apply(three));
    auto v3 = openRaw(fixture("v3-sample.db"));
    CHECK(schemaOf(three) == schemaOf(v3));
    // Format 2 fixture vs the first two migrations.
    auto two = openRaw(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    REQUIRE(schema::migrations()[0].apply(two));
    REQUIRE(schema::migrations()[1].apply(two));
    auto v2 = openRaw(fixture("v2-sample.db"));
    CHECK(schemaOf(two) == schemaOf(v2));
    // Format 1 fixture vs the first migration alone.
    auto scratch = openRaw(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    REQUIRE(schema::migrations()[0].apply(scratch));
    auto v1 = openRaw(fixture("v1-sample.db"));
    CHECK(schemaOf(scratch) == schemaOf(v1));
}

TEST_CASE("the fixture scripts are the frozen migrations, word for word in effect")
{
    // make-fixtures.sh builds the fixture databases from these scripts, so they must never drift from the
    // migrations in Schema.cpp (the copy is deliberate: a fixture must not change when code does).
    auto readScript = [](const std::string& name) {
        std::ifstream in(fixture(name));
        REQUIRE(in);
        std::ostringstream text;
        text << in.rdbuf();
        return text.str();
    };
    auto fromScripts = openRaw(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    auto fromCode = openRaw(":memory:", SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    for (int version = 1; version <= schema::kCurrentVersion; ++version) {
        INFO("format " << version);
        REQUIRE(fromScripts.exec(readScript("schema-v" + std::to_string(version) + ".sql")));
        REQUIRE(schema::migrations()[static_cast<std::size_t>(version - 1)].apply(fromCode));
        CHECK(schemaOf(fromScripts) == schemaOf(fromCode));
    }
}

TEST_CASE("format 0 (an SQLite file with no tables) becomes a new journal")
{
    TempDir temp;
    installFixture("v0-empty.db", temp / "data");
    auto opened = Journal::open(temp / "data");
    INFO(opened.message);
    REQUIRE(opened.ok());
    CHECK(opened.journal->schemaVersion() == schema::kCurrentVersion);
    CHECK(opened.journal->database().queryInt("PRAGMA application_id")->value() == schema::kApplicationId);
    CHECK(backup::list(temp / "data").empty()); // nothing to protect, so no backup
}

TEST_CASE("format 1 migrates to the current format, keeping every row, after a verified backup")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    installFixture("v1-sample.db", dir);
    const std::string original = readBytes(dir / "tend.db");
    auto opened = Journal::open(dir);
    INFO(opened.message);
    REQUIRE(opened.ok());
    Journal& j = *opened.journal;
    CHECK(j.schemaVersion() == schema::kCurrentVersion);

    // The backup came first and holds the journal as it was (format 1).
    auto backups = backup::list(dir);
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].reason.rfind("before-migration-to-" + std::to_string(schema::kCurrentVersion) + "-from-1-", 0) ==
          0);
    REQUIRE(backup::verify(backups[0].file));
    {
        auto b = openRaw(backups[0].file);
        CHECK(b.queryInt("PRAGMA user_version")->value() == 1);
        CHECK(b.queryInt("SELECT count(*) FROM entries")->value() == 4);
    }
    (void)original;

    // Every row is there, with the new column defaulted and the new tables empty.
    CHECK(j.couples()->size() == 2);
    const std::string session = "33333333-3333-4333-8333-333333333333";
    auto entries = j.entries(session, Viewer::everything());
    REQUIRE(entries->size() == 3);
    CHECK(entries->at(2).payload == "{\"text\":\"We check in before plans change. 👩‍❤️‍👨 שלום\"}");
    CHECK(entries->at(1).visibility == Visibility::Private);
    CHECK(j.session(session)->value().mode == SessionMode::Together);
    CHECK(j.session(session)->value().engineState == R"({"step":"re-engage","card":"hug"})");
    CHECK(j.drafts()->size() == 1);
    CHECK(j.checkIns(session)->size() == 2);
    CHECK(j.commitments("11111111-1111-4111-8111-111111111111")->size() == 1);
    CHECK(j.reminders("11111111-1111-4111-8111-111111111111")->empty());
    CHECK(j.search({"dismissed", Viewer::everything()})->size() == 1);
    CHECK(j.search({"dismissed", Viewer::partner("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa")})->empty());
    CHECK(j.search({"dismissing", Viewer::everything()})->size() == 1); // format 3: word forms match
    CHECK(j.checkIntegrity());

    // New rows work in the new tables.
    Reminder r;
    r.coupleId = "11111111-1111-4111-8111-111111111111";
    r.dueAt = "2025-01-01T10:00:00.000Z";
    CHECK(j.addReminder(r));
}

TEST_CASE("format 2 migrates to format 3: a verified backup, an index of word forms and written words only, titles")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    installFixture("v2-sample.db", dir);
    {
        // Format 2 indexed every string of a payload; an app-written payload put its kind and writer in the index.
        auto db = openRaw(dir / "tend.db", SQLITE_OPEN_READWRITE);
        REQUIRE(db.exec("UPDATE entries SET payload = json_object('kind', 'prompt', 'by', partner_id, 'text', "
                        "json_extract(payload, '$.text')) WHERE id = 'e0000001-0000-4000-8000-000000000001'; "
                        "DELETE FROM entries_fts; "
                        "INSERT INTO entries_fts(rowid, body) SELECT seq, (SELECT group_concat(value, char(10)) FROM "
                        "json_each(payload) WHERE type = 'text') FROM entries;"));
        CHECK(db.queryInt("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'prompt'")->value() == 1);
        CHECK(db.queryInt("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'walked'")->value() == 0);
    }
    auto opened = Journal::open(dir);
    INFO(opened.message);
    REQUIRE(opened.ok());
    Journal& j = *opened.journal;
    CHECK(j.schemaVersion() == schema::kCurrentVersion);

    auto backups = backup::list(dir);
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].reason.rfind("before-migration-to-" + std::to_string(schema::kCurrentVersion) + "-from-2-", 0) ==
          0);
    REQUIRE(backup::verify(backups[0].file));
    {
        auto b = openRaw(backups[0].file);
        CHECK(b.queryInt("PRAGMA user_version")->value() == 2);
        CHECK(b.queryText("SELECT sql FROM sqlite_schema WHERE name = 'entries_fts'")->value().find("porter") ==
              std::string::npos);
    }
    CHECK(j.database()
              .queryText("SELECT sql FROM sqlite_schema WHERE name = 'entries_fts'")
              ->value()
              .find("porter unicode61 remove_diacritics 2") != std::string::npos);

    // Search works after, with word forms both ways, privacy as before, and no kind or writer in the index.
    const std::string noor = "cccccccc-cccc-4ccc-8ccc-cccccccccccc";
    CHECK(j.search({"walked", Viewer::everything()})->size() == 1);
    CHECK(j.search({"walked", Viewer::partner(noor)})->size() == 1);
    CHECK(j.search({"walked", Viewer::partner("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa")})->empty());
    CHECK(j.search({"walked", Viewer::sharedOnly()})->empty());
    CHECK(j.search({"plan", Viewer::everything()})->size() == 1);
    CHECK(j.search({"chests", Viewer::everything()})->size() == 1);
    CHECK(j.search({"prompt", Viewer::everything()})->empty());
    CHECK(j.search({"aaaaaaaa", Viewer::everything()})->empty());
    CHECK(j.search({"solitude", Viewer::everything()})->empty()); // an id-like list the app kept, not words
    CHECK(j.checkIntegrity());
    // Every row kept; no session has a title of its own yet (each shows its first words), and one can be given.
    CHECK(j.reminders("11111111-1111-4111-8111-111111111111")->size() == 2);
    CHECK_FALSE(j.session("33333333-3333-4333-8333-333333333333")->value().title);
    REQUIRE(j.setSessionTitle("33333333-3333-4333-8333-333333333333", std::string("Plans changing")));
    CHECK(j.session("33333333-3333-4333-8333-333333333333")->value().title ==
          std::optional<std::string>("Plans changing"));
    CHECK(j.database().queryInt("SELECT count(*) FROM entries")->value() == 4);
}

TEST_CASE("format 3 migrates to format 4: a verified backup, every row kept, and an empty repair-attempts ledger")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    installFixture("v3-sample.db", dir);
    auto opened = Journal::open(dir);
    INFO(opened.message);
    REQUIRE(opened.ok());
    Journal& j = *opened.journal;
    CHECK(j.schemaVersion() == 4);
    auto backups = backup::list(dir);
    REQUIRE(backups.size() == 1);
    CHECK(backups[0].reason.rfind("before-migration-to-4-from-3-", 0) == 0);
    REQUIRE(backup::verify(backups[0].file));
    CHECK(openRaw(backups[0].file).queryInt("PRAGMA user_version")->value() == 3);
    const std::string couple = "11111111-1111-4111-8111-111111111111";
    CHECK(j.repairAttempts(couple)->empty());
    CHECK(j.reminders(couple)->size() == 2);
    CHECK(j.session("33333333-3333-4333-8333-333333333333")->value().title ==
          std::optional<std::string>("The dishes, again"));
    CHECK(j.search({"walked", Viewer::everything()})->size() == 1);
    // The ledger works at once: newest first, and a note can be taken back.
    RepairAttempt first{newId(), couple, std::string("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa"), true, {}, 0};
    RepairAttempt second{newId(), couple, std::string("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb"), false, {}, 0};
    REQUIRE(j.addRepairAttempt(first));
    REQUIRE(j.addRepairAttempt(second));
    auto all = j.repairAttempts(couple);
    REQUIRE(all->size() == 2);
    CHECK(all->front().id == second.id);
    CHECK_FALSE(all->front().taken);
    CHECK(all->back().taken);
    REQUIRE(j.deleteRepairAttempt(second.id));
    CHECK(j.repairAttempts(couple)->size() == 1);
    CHECK(j.checkIntegrity());
}

TEST_CASE("format 4 opens without a migration or a backup")
{
    TempDir temp;
    installFixture("v4-sample.db", temp / "data");
    auto opened = Journal::open(temp / "data");
    REQUIRE(opened.ok());
    CHECK(backup::list(temp / "data").empty());
    CHECK(opened.journal->repairAttempts("11111111-1111-4111-8111-111111111111")->size() == 2);
    CHECK(opened.journal->reminders("11111111-1111-4111-8111-111111111111")->size() == 2);
    CHECK(opened.journal->safetyAnswers("cccccccc-cccc-4ccc-8ccc-cccccccccccc")->size() == 1);
    CHECK(opened.journal->session("55555555-5555-4555-8555-555555555555")->value().mode == SessionMode::Solo);
    CHECK(opened.journal->search({"walked", Viewer::everything()})->size() == 1);
    CHECK(opened.journal->session("33333333-3333-4333-8333-333333333333")->value().title ==
          std::optional<std::string>("The dishes, again"));
}

TEST_CASE("a migration that fails leaves the journal in its old format, unchanged")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    installFixture("v1-sample.db", dir);
    {
        // Something in the way of migration 2: a table with the name it wants to create.
        auto db = openRaw(dir / "tend.db", SQLITE_OPEN_READWRITE);
        REQUIRE(db.exec("CREATE TABLE reminders(x)"));
    }
    auto opened = Journal::open(dir);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.problem == OpenProblem::Failed);
    CHECK(opened.message.find("format 2") != std::string::npos);
    auto db = openRaw(dir / "tend.db");
    CHECK(db.queryInt("PRAGMA user_version")->value() == 1);
    CHECK(db.queryInt("SELECT count(*) FROM pragma_table_info('sessions') WHERE name = 'mode'")->value() == 0);
    CHECK(db.queryInt("SELECT count(*) FROM entries")->value() == 4);
}

TEST_CASE("a journal from a newer Tend is refused with its version named and not a byte written")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    installFixture("newer-v99.db", dir);
    const std::string before = readBytes(dir / "tend.db");
    auto opened = Journal::open(dir);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.problem == OpenProblem::NewerVersion);
    CHECK(opened.foundVersion == 99);
    CHECK(opened.message.find("99") != std::string::npos);
    CHECK(opened.message.find((dir / "tend.db").string()) != std::string::npos);
    CHECK(readBytes(dir / "tend.db") == before);
    CHECK_FALSE(fs::exists(dir / "tend.db-wal"));
    CHECK_FALSE(fs::exists(dir / "tend.db-shm"));
    CHECK(backup::list(dir).empty());
    // Read-only opens (the CLI) refuse it the same way.
    OpenOptions ro;
    ro.readOnly = true;
    CHECK(Journal::open(dir, ro).problem == OpenProblem::NewerVersion);
    CHECK(readBytes(dir / "tend.db") == before);
}

TEST_CASE("a newer version hidden in a -wal is refused too, with neither file changed")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    installFixture("v2-sample.db", dir);
    // A newer Tend that set its version and died before the checkpoint: the main file still says 2.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        sqlite3* db = nullptr;
        sqlite3_open((dir / "tend.db").c_str(), &db);
        sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA user_version=7;", nullptr, nullptr, nullptr);
        ::_exit(0); // no close: the WAL keeps the commit
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(fs::exists(dir / "tend.db-wal"));
    const std::string db = readBytes(dir / "tend.db");
    const std::string wal = readBytes(dir / "tend.db-wal");
    auto opened = Journal::open(dir);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.problem == OpenProblem::NewerVersion);
    CHECK(opened.message.find("format 7") != std::string::npos);
    CHECK(readBytes(dir / "tend.db") == db);
    CHECK(readBytes(dir / "tend.db-wal") == wal);
}
