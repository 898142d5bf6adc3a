// Import reads its file once, piece by piece: the same journal whatever the pieces, memory that does not grow with
// the file, and a problem anywhere — even at the very end, even in the source itself — still means nothing imported.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>

#include <nlohmann/json.hpp>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

#include "JournalTestSupport.h"
#include "tend/journal/Backup.h"
#include "tend/journal/Exchange.h"
#include "tend/journal/Sqlite.h"

using namespace tend::journal;
using namespace tend::journal::testing;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

std::string sampleExportText()
{
    auto j = Journal::openInMemory();
    REQUIRE(j);
    Sample s = fillSample(**j);
    Entry hard;
    hard.sessionId = s.session;
    hard.partnerId = s.sam;
    hard.step = "honor-pain";
    hard.card = "name-it";
    hard.payload = textPayload(hardText()); // multi-byte sequences that pieces will cut in half
    REQUIRE((*j)->saveEntry(hard));
    return exchange::exportJsonText(**j).value();
}

std::int64_t countRows(tend::journal::sql::Database& db)
{
    return db
        .queryInt("SELECT (SELECT count(*) FROM couples) + (SELECT count(*) FROM partners) + "
                  "(SELECT count(*) FROM sessions) + (SELECT count(*) FROM entries) + (SELECT count(*) FROM drafts) + "
                  "(SELECT count(*) FROM check_ins) + (SELECT count(*) FROM commitments) + "
                  "(SELECT count(*) FROM reminders) + (SELECT count(*) FROM safety_answers)")
        ->value();
}

// Hands over `text` in pieces of random sizes from 1 to `largest` bytes.
exchange::ImportReader inPieces(const std::string& text, std::mt19937& random, std::size_t largest)
{
    return [&text, &random, largest,
            offset = std::size_t{0}](char* buffer, std::size_t capacity) mutable -> tend::Result<std::size_t> {
        const std::size_t want = 1 + random() % largest;
        const std::size_t n = std::min({want, capacity, text.size() - offset});
        std::copy_n(text.data() + offset, n, buffer);
        offset += n;
        return n;
    };
}

// An export of one couple and `sessions` sessions of 24 answers of about 1 KB, made as it is read: the test's own
// memory never holds the file.
class GeneratedExport {
public:
    explicit GeneratedExport(int sessions) : m_sessions(sessions)
    {
        m_couple = newId();
        m_partner = newId();
        const json couple = {{"id", m_couple},
                             {"kind", "couple"},
                             {"name", "Generated"},
                             {"createdAt", kTime},
                             {"updatedAt", kTime},
                             {"partners", json::array({{{"id", m_partner},
                                                        {"displayName", "Sam"},
                                                        {"position", 0},
                                                        {"createdAt", kTime},
                                                        {"updatedAt", kTime},
                                                        {"safetyAnswers", json::array()}}})},
                             {"commitments", json::array()},
                             {"reminders", json::array()}};
        m_pending = "{\"couples\": [" + couple.dump() + "], \"format\": \"tend-journal\", \"sessions\": [";
    }

    std::size_t bytesMade() const { return m_made; }

    tend::Result<std::size_t> read(char* buffer, std::size_t capacity)
    {
        while (m_offset == m_pending.size() && m_next <= m_sessions) {
            m_pending = m_next < m_sessions ? (m_next > 0 ? ",\n" : "") + session().dump() : "], \"version\": 1}\n";
            m_offset = 0;
            ++m_next;
        }
        const std::size_t n = std::min(capacity, m_pending.size() - m_offset);
        std::copy_n(m_pending.data() + m_offset, n, buffer);
        m_offset += n;
        m_made += n;
        return n;
    }

private:
    static constexpr const char* kTime = "2026-03-14T09:26:53.589Z";

    json session()
    {
        const std::string id = newId();
        json entries = json::array();
        for (int e = 0; e < 24; ++e) {
            std::string text;
            while (text.size() < 1000)
                text += "we talked about the plans again and I felt heard this time ";
            entries.push_back({{"id", newId()},
                               {"partnerId", m_partner},
                               {"step", "acknowledge"},
                               {"card", "card-" + std::to_string(e)},
                               {"visibility", "shared"},
                               {"createdAt", kTime},
                               {"updatedAt", kTime},
                               {"payload", {{"text", text}}}});
        }
        return {{"id", id},
                {"coupleId", m_couple},
                {"programId", "rupture-to-repair"},
                {"programVersion", "1.0.0"},
                {"status", "completed"},
                {"mode", "together"},
                {"startedAt", kTime},
                {"endedAt", kTime},
                {"updatedAt", kTime},
                {"pauseReason", nullptr},
                {"returnAt", nullptr},
                {"returnPlace", nullptr},
                {"engineState", nullptr},
                {"entries", entries},
                {"drafts", json::array()},
                {"checkIns", json::array()},
                {"commitments", json::array()},
                {"reminders", json::array()}};
    }

    int m_sessions;
    int m_next = 0;
    std::string m_couple, m_partner, m_pending;
    std::size_t m_offset = 0;
    std::size_t m_made = 0;
};

// The process's peak resident memory (VmHWM) since the last reset, in KiB; -1 if it cannot be read.
long highWaterKiB()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

// Starts the peak over from the present (Linux: "5" to clear_refs), so a forked child measures only itself.
bool resetHighWater()
{
    std::ofstream clear("/proc/self/clear_refs");
    clear << "5";
    clear.close();
    return clear.good();
}

} // namespace

TEST_CASE("an import read in pieces of any size makes the same journal as one read whole")
{
    const std::string text = sampleExportText();
    const unsigned seed = std::random_device{}();
    std::printf("pieces seed: %u\n", seed);
    INFO("seed " << seed);
    std::mt19937 random(seed);
    for (const std::size_t largest : {std::size_t{1}, std::size_t{7}, std::size_t{4099}}) {
        INFO("pieces of at most " << largest << " bytes");
        auto j = Journal::openInMemory();
        REQUIRE(j);
        auto report = exchange::importJson(**j, inPieces(text, random, largest));
        INFO(report.describe());
        REQUIRE(report.ok);
        CHECK(exchange::exportJsonText(**j).value() == text);
    }
}

TEST_CASE("an invalid byte is found at its offset even when a piece ends inside its sequence")
{
    std::string text = sampleExportText();
    const std::size_t at = text.find("shoulders");
    text.replace(at, 2, "\xe2\x28"); // a three-byte lead followed by a byte that cannot continue it
    std::mt19937 random(7);
    auto issues = exchange::validate(inPieces(text, random, 3));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].message == "the file is not valid UTF-8 (first bad byte at offset " + std::to_string(at) + ")");
}

TEST_CASE("a file that lists sessions before couples imports all the same")
{
    const json doc = json::parse(sampleExportText());
    // Hand-written order: nlohmann would sort the keys, so the text is put together by hand.
    const std::string reordered = "{\"version\": 1, \"sessions\": " + doc["sessions"].dump() +
                                  ", \"format\": \"tend-journal\", \"couples\": " + doc["couples"].dump() + "}";
    auto j = Journal::openInMemory();
    REQUIRE(j);
    auto report = exchange::importJson(**j, reordered);
    INFO(report.describe());
    REQUIRE(report.ok);
    CHECK(json::parse(exchange::exportJsonText(**j).value()) == doc);
}

TEST_CASE("a problem at the very end of a file imports nothing and makes no backup, and the fixed file then imports")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    makeFilledJournal(dir, 0);
    const std::string good = [] {
        GeneratedExport made(60);
        std::string all;
        char buffer[4096];
        while (auto n = made.read(buffer, sizeof buffer).value())
            all.append(buffer, n);
        return all;
    }();
    std::string badEnd = good;
    badEnd.replace(badEnd.rfind("\"version\": 1"), 12, "\"version\": 7"); // only known once every session was read

    auto opened = Journal::open(dir);
    REQUIRE(opened.ok());
    const auto before = countRows(opened.journal->database());
    const auto backupsBefore = backup::list(dir).size();

    auto refused = exchange::importJson(*opened.journal, badEnd);
    REQUIRE_FALSE(refused.ok);
    REQUIRE(refused.issues.size() == 1); // the one problem, not noise from the rows read before it
    CHECK(refused.issues[0].pointer == "/version");
    CHECK(refused.added == 0);
    CHECK(countRows(opened.journal->database()) == before);
    CHECK(backup::list(dir).size() == backupsBefore);

    auto retried = exchange::importJson(*opened.journal, good);
    INFO(retried.describe());
    REQUIRE(retried.ok);
    CHECK(retried.added == 60 * 25 + 2);
    CHECK(countRows(opened.journal->database()) == before + retried.added);
    REQUIRE(retried.backup);
    CHECK(backup::list(dir).size() == backupsBefore + 1);
    // The backup, made inside the import's transaction, holds the journal as it was before it.
    auto backupFile = sql::Database::open(retried.backup->file.string(), SQLITE_OPEN_READONLY);
    REQUIRE(backupFile);
    CHECK(countRows(*backupFile) == before);
}

TEST_CASE("a source that fails half-way imports nothing and says so in one sentence")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    makeFilledJournal(dir, 0);
    auto opened = Journal::open(dir);
    REQUIRE(opened.ok());
    const auto before = countRows(opened.journal->database());
    GeneratedExport made(40);
    auto failing = [&](char* buffer, std::size_t capacity) -> tend::Result<std::size_t> {
        if (made.bytesMade() > 300 * 1024)
            return tend::makeError("the disk stopped answering. Nothing was imported.");
        return made.read(buffer, std::min<std::size_t>(capacity, 8192));
    };
    auto report = exchange::importJson(*opened.journal, failing);
    CHECK_FALSE(report.ok);
    REQUIRE(report.issues.size() == 1);
    CHECK(report.issues[0].pointer.empty()); // the whole attempt failed: said as one sentence
    CHECK(report.issues[0].message == "the disk stopped answering. Nothing was imported.");
    CHECK(countRows(opened.journal->database()) == before);
}

TEST_CASE("a syntax error past the first megabyte is placed by its line and column")
{
    std::string text;
    {
        GeneratedExport made(120);
        char buffer[65536];
        while (auto n = made.read(buffer, sizeof buffer).value())
            text.append(buffer, n);
    }
    REQUIRE(text.size() > 2 * 1024 * 1024);
    const std::size_t at = text.find("\"card\"", 2 * 1024 * 1024);
    text[at] = '#';
    const std::size_t line = 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + at, '\n'));
    const std::size_t column = at - text.rfind('\n', at); // 1-based: the byte after the newline is column 1
    std::mt19937 random(11);
    auto issues = exchange::validate(inPieces(text, random, 70000));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].message ==
          "the file is not valid JSON at line " + std::to_string(line) + ", column " + std::to_string(column));
}

TEST_CASE("an import's memory does not grow with the file")
{
    // A child imports a 32 MiB export made as it is read; its peak memory may grow by far less than the file.
    // Reading the whole file and parsing it into one document needed over three times the file.
    TempDir temp;
    int report[2];
    REQUIRE(::pipe(report) == 0);
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(report[0]);
        long result[2] = {-1, -1};
        {
            auto opened = Journal::open(temp / "data");
            if (opened.ok() && resetHighWater()) {
                const long before = highWaterKiB();
                GeneratedExport made(1300);
                auto imported =
                    exchange::importJson(*opened.journal, [&](char* b, std::size_t c) { return made.read(b, c); }, {});
                if (imported.ok)
                    result[0] = static_cast<long>(made.bytesMade() / 1024);
                result[1] = highWaterKiB() - before;
            }
        }
        (void)!::write(report[1], result, sizeof result);
        ::_exit(0);
    }
    ::close(report[1]);
    long result[2] = {0, 0};
    const auto got = ::read(report[0], result, sizeof result);
    ::close(report[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    REQUIRE(got == static_cast<ssize_t>(sizeof result));
    const long fileKiB = result[0];
    const long grewKiB = result[1];
    INFO("file " << fileKiB / 1024 << " MiB, peak memory grew by " << grewKiB / 1024 << " MiB");
    REQUIRE(fileKiB > 30 * 1024);
    REQUIRE(grewKiB >= 0); // the peak could be measured
    CHECK(grewKiB < fileKiB / 2);
}
