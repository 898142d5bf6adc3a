// The headless commands attacked the way a person retries (T30, T34, T35): a refused attempt changes nothing,
// a retry gets the same protection and checks, and every command refuses a damaged journal alike.
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include "CliRun.h"
#include "JournalTestSupport.h"
#include "tend/crypto/ExportCipher.h"
#include "tend/journal/Exchange.h"

using namespace tend::journal;
using namespace tend::journal::testing;
namespace fs = std::filesystem;

namespace {

const std::string kCanary = "canary-d1-stored-in-clear";

CliRun run(const fs::path& dataDir, std::vector<std::string> words)
{
    return runCli(dataDir, std::move(words), false, fs::path(TEND_SOURCE_DIR) / "content");
}

fs::path writeExport(const TempDir& temp)
{
    const fs::path file = temp / "export.json";
    writeBytes(file, sampleExportWith(kCanary));
    return file;
}

fs::path passphraseFile(const TempDir& temp, const std::string& name, const std::string& text, mode_t mode)
{
    const fs::path file = temp / name;
    writeBytes(file, text);
    ::chmod(file.c_str(), mode);
    return file;
}

Sample makeJournal(const fs::path& dir, int extraEntries = 200)
{
    return testing::makeFilledJournal(dir, extraEntries);
}

std::string firstLine(const std::string& text)
{
    return text.substr(0, text.find('\n'));
}

} // namespace

TEST_CASE("tend import: a protected import retried after a refusal is protected, never stored in clear")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    const fs::path exportFile = writeExport(temp);
    // A passphrase file others can read is refused — and must leave the folder as it was.
    const fs::path pass = passphraseFile(temp, "pp", "long pass phrase", 0644);
    auto refused = run(dir, {"import", exportFile.string(), "--passphrase-file", pass.string()});
    CHECK(refused.code == 1);
    CHECK_FALSE(fs::exists(dir / "tend.db"));
    ::chmod(pass.c_str(), 0600);
    auto accepted = run(dir, {"import", exportFile.string(), "--passphrase-file", pass.string()});
    INFO(accepted.err);
    REQUIRE(accepted.code == 0);
    CHECK(readBytes(dir / "tend.db").find(kCanary) == std::string::npos);
    OpenOptions ro;
    ro.readOnly = true;
    auto opened = Journal::open(dir, ro);
    REQUIRE(opened.ok());
    CHECK(opened.journal->hasKeyring());
    CHECK(opened.journal->unlock("long pass phrase"));
}

TEST_CASE("tend import: a passphrase for a journal that is not protected is an error, never ignored")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    makeJournal(dir, 0);
    const std::string before = readBytes(dir / "tend.db");
    auto memory = Journal::openInMemory();
    REQUIRE(memory);
    fillSample(**memory);
    const fs::path other = temp / "other.json";
    writeBytes(other, *exchange::exportJsonText(**memory));
    const fs::path pass = passphraseFile(temp, "pp", "long pass phrase", 0600);
    auto refused = run(dir, {"import", other.string(), "--passphrase-file", pass.string()});
    CHECK(refused.code == 1);
    CHECK(refused.err.find("not protected") != std::string::npos);
    CHECK(readBytes(dir / "tend.db") == before);
    // Said plainly, it may go in as it is.
    auto plain = run(dir, {"import", other.string(), "--passphrase-file", pass.string(), "--plain"});
    INFO(plain.err);
    CHECK(plain.code == 0);
}

TEST_CASE("tend import: a failure of the whole attempt is one sentence, said once")
{
    TempDir temp;
    const fs::path exportFile = writeExport(temp);
    const fs::path pass = passphraseFile(temp, "pp", "long pass phrase", 0600);
    const std::string text = readBytes(exportFile);
    auto sealed = tend::crypto::exportfile::encrypt(
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()),
        "long pass phrase", tend::crypto::KdfPolicy::minimum().passphrase);
    REQUIRE(sealed);
    std::string bytes(reinterpret_cast<const char*>(sealed->data()), sealed->size());
    SECTION("a damaged body")
    {
        bytes[bytes.size() - 5] = static_cast<char>(bytes[bytes.size() - 5] ^ 1);
        writeBytes(temp / "damaged.tend", bytes);
        auto r = run(temp / "data", {"import", (temp / "damaged.tend").string(), "--passphrase-file", pass.string()});
        CHECK(r.code == 1);
        const auto first = r.err.find("Nothing was imported");
        REQUIRE(first != std::string::npos);
        CHECK(r.err.find("Nothing was imported", first + 1) == std::string::npos);
        CHECK_FALSE(fs::exists(temp / "data" / "tend.db"));
    }
    SECTION("its magic bytes flipped")
    {
        bytes[0] = 'X';
        bytes[3] = 'x';
        writeBytes(temp / "flipped.tend", bytes);
        auto r = run(temp / "data", {"import", (temp / "flipped.tend").string(), "--passphrase-file", pass.string()});
        CHECK(r.code == 1);
        CHECK(r.err.find("encrypted export") != std::string::npos);
        CHECK(r.err.find("damaged") != std::string::npos);
        CHECK(r.err.find("UTF-8") == std::string::npos);
    }
}

TEST_CASE("tend import reads a pipe or a FIFO like a file")
{
    TempDir temp;
    const fs::path exportFile = writeExport(temp);
    const fs::path fifo = temp / "fifo";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::thread writer([&] { writeBytes(fifo, readBytes(exportFile)); });
    auto r = run(temp / "data", {"import", fifo.string()});
    writer.join();
    INFO(r.err);
    CHECK(r.code == 0);
    CHECK(r.out.find("Imported") != std::string::npos);
}

TEST_CASE("every command refuses a journal with a -wal from another journal, in the same words as check")
{
    TempDir temp;
    makeJournal(temp / "a");
    makeJournal(temp / "b");
    leaveInWal(temp / "b" / "tend.db", "UPDATE entries SET step = step || '-b', payload = payload;");
    fs::copy_file(temp / "b" / "tend.db-wal", temp / "a" / "tend.db-wal");
    const std::string before = readBytes(temp / "a" / "tend.db");
    auto check = run(temp / "a", {"check"});
    REQUIRE(check.code == 1);
    for (const std::vector<std::string>& words : std::vector<std::vector<std::string>>{
             {"export"}, {"search", "entry"}, {"backup"}, {"export", "--format", "markdown"}}) {
        INFO(words.front());
        auto r = run(temp / "a", words);
        CHECK(r.code == 1);
        CHECK(firstLine(r.err).substr(firstLine(r.err).find(':')) ==
              firstLine(check.err).substr(firstLine(check.err).find(':')));
        CHECK(r.out.find("-b") == std::string::npos);
    }
    CHECK(backup::list(temp / "a").empty());
    CHECK(readBytes(temp / "a" / "tend.db") == before);
}

TEST_CASE("read-only commands leave no -wal or -shm behind")
{
    TempDir temp;
    makeJournal(temp / "a", 5);
    REQUIRE_FALSE(fs::exists(temp / "a" / "tend.db-wal"));
    // backup reads too: its copy is taken from the file alone, with the folder held
    for (const std::vector<std::string>& words :
         std::vector<std::vector<std::string>>{{"check"}, {"export"}, {"search", "entry"}, {"backup"}, {"check"}}) {
        INFO(words.front());
        CHECK(run(temp / "a", words).code == 0);
        CHECK_FALSE(fs::exists(temp / "a" / "tend.db-wal"));
        CHECK_FALSE(fs::exists(temp / "a" / "tend.db-shm"));
    }
}

TEST_CASE("tend check --passphrase-file verifies every encrypted value and names each damaged one")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    Sample s;
    {
        OpenOptions options;
        options.kdfPolicy = tend::crypto::KdfPolicy::minimum();
        auto opened = Journal::open(dir, options);
        REQUIRE(opened.ok());
        s = fillSample(*opened.journal);
        REQUIRE(opened.journal->enableProtection("long pass phrase"));
        auto& db = opened.journal->database();
        auto read = db.prepare("SELECT payload, created_at FROM entries WHERE id = ?1");
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
    }
    const fs::path pass = passphraseFile(temp, "pp", "long pass phrase", 0600);
    auto check = run(dir, {"check", "--passphrase-file", pass.string()});
    CHECK(check.code == 1);
    CHECK(check.err.find("damaged answer written 20") != std::string::npos);
    CHECK(check.err.find(s.sharedEntry) != std::string::npos);
    // An export that has to leave it out says so and does not report success.
    auto exported =
        run(dir, {"export", "--plain", "--passphrase-file", pass.string(), "--out", (temp / "x.json").string()});
    CHECK(exported.code == 1);
    CHECK(exported.err.find("damaged") != std::string::npos);
}

TEST_CASE("tend export --salvage that recovers nothing is a failure, not an empty success")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    fs::create_directories(dir);
    writeBytes(dir / "tend.db", std::string(8192, '\x5a'));
    auto r = run(dir, {"export", "--salvage", "--out", (temp / "salvaged.json").string()});
    CHECK(r.code == 1);
    CHECK(r.err.find("nothing could be recovered") != std::string::npos);
    CHECK_FALSE(fs::exists(temp / "salvaged.json"));
}
