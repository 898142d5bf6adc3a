// T18: verified backups, generations, restore.
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include "JournalTestSupport.h"
#include "tend/journal/Exchange.h"

using namespace tend::journal;
using namespace tend::journal::testing;
namespace fs = std::filesystem;

TEST_CASE("a backup is a verified, private, complete copy, ten generations are kept")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    auto opened = Journal::open(dir);
    REQUIRE(opened.ok());
    const Sample s = fillSample(*opened.journal);
    auto made = opened.journal->backupNow("manual");
    REQUIRE(made);
    CHECK(made->reason == "manual");
    CHECK(made->file.parent_path() == backup::directory(dir));
    CHECK(backup::verify(made->file));
    struct stat st {};
    REQUIRE(::stat(made->file.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    REQUIRE(::stat(backup::directory(dir).c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);
    {
        auto copy = sql::Database::open(made->file.string(), 1);
        REQUIRE(copy);
        CHECK(copy->queryInt("SELECT count(*) FROM entries")->value() == 4);
        CHECK(copy->queryInt("SELECT count(*) FROM drafts")->value() == 1);
    }
    // An interrupted backup leaves only a temporary file, never listed and cleared by the next one.
    writeBytes(backup::directory(dir) / ".tmp-backup-interrupted.db", "half");
    for (int i = 0; i < 12; ++i)
        REQUIRE(opened.journal->backupNow("manual"));
    auto all = backup::list(dir);
    CHECK(all.size() == static_cast<std::size_t>(backup::kKeepGenerations));
    CHECK(all.front().file.filename().string() > all.back().file.filename().string()); // newest first
    CHECK_FALSE(fs::exists(backup::directory(dir) / ".tmp-backup-interrupted.db"));
    CHECK(backup::latest(dir)->file == all.front().file);
    (void)s;
}

TEST_CASE("the daily backup happens at most once a day")
{
    TempDir temp;
    auto opened = Journal::open(temp / "data");
    REQUIRE(opened.ok());
    fillSample(*opened.journal);
    CHECK(backup::dailyDue(temp / "data"));
    auto first = opened.journal->dailyBackup();
    REQUIRE(first);
    REQUIRE(first->has_value());
    CHECK((*first)->reason == "daily");
    auto second = opened.journal->dailyBackup();
    REQUIRE(second);
    CHECK_FALSE(second->has_value());
    CHECK_FALSE(backup::dailyDue(temp / "data"));
}

TEST_CASE("restoring a backup brings back exactly that journal and sets the current file aside")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    std::string exported;
    fs::path backupFile;
    {
        auto opened = Journal::open(dir);
        REQUIRE(opened.ok());
        const Sample s = fillSample(*opened.journal);
        exported = exchange::exportJsonText(*opened.journal).value();
        backupFile = opened.journal->backupNow("manual")->file;
        Entry later;
        later.sessionId = s.session;
        later.step = "reflection";
        later.card = "after-backup";
        later.payload = textPayload("written after the backup");
        REQUIRE(opened.journal->saveEntry(later));
    }
    const std::string current = readBytes(dir / "tend.db");

    // Not while another instance holds the folder... the caller holds the claim during restore.
    auto claim = SingleInstance::claim(dir);
    REQUIRE((*claim)->isPrimary());
    auto setAside = backup::restore(dir, backupFile);
    REQUIRE(setAside);
    CHECK(readBytes(*setAside) == current); // the replaced journal is kept, byte for byte
    claim->reset();

    auto reopened = Journal::open(dir);
    INFO(reopened.message);
    REQUIRE(reopened.ok());
    CHECK(exchange::exportJsonText(*reopened.journal).value() == exported);
    CHECK(fs::exists(backupFile)); // restore copies; the backup stays
}

TEST_CASE("a damaged backup is never restored")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    fs::path backupFile;
    {
        auto opened = Journal::open(dir);
        REQUIRE(opened.ok());
        fillSample(*opened.journal);
        backupFile = opened.journal->backupNow("manual")->file;
    }
    std::string bytes = readBytes(backupFile);
    bytes.replace(0, 6, "BROKEN");
    writeBytes(backupFile, bytes);
    const std::string current = readBytes(dir / "tend.db");
    CHECK_FALSE(backup::restore(dir, backupFile));
    CHECK(readBytes(dir / "tend.db") == current);
}
