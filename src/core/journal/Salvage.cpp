// Reading what can still be read from a damaged journal, without ever writing to it.
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>

#include <sqlite3.h>

#include "tend/common/Log.h"
#include "tend/journal/Exchange.h"

namespace tend::journal::exchange {
namespace fs = std::filesystem;
namespace {

// The tables in the order their rows depend on each other.
constexpr const char* kTables[] = {"couples",   "partners",    "sessions",  "entries",        "drafts",
                                   "check_ins", "commitments", "reminders", "safety_answers", "repair_attempts"};

Result<void> copyBytes(const fs::path& from, const fs::path& to)
{
    std::ifstream in(from, std::ios::binary);
    if (!in)
        return makeError("Cannot read " + from.string());
    std::ofstream out(to, std::ios::binary | std::ios::trunc);
    if (!out)
        return makeError("Cannot write a temporary copy");
    out << in.rdbuf();
    if (!out)
        return makeError("Cannot write a temporary copy");
    return {};
}

std::vector<std::string> columnsOf(sql::Database& db, const std::string& table)
{
    std::vector<std::string> out;
    auto stmt = db.prepare("SELECT name FROM pragma_table_info(?1)");
    if (!stmt)
        return out;
    stmt->bind(1, table);
    for (;;) {
        auto row = stmt->step();
        if (!row || !*row)
            break;
        out.push_back(stmt->columnText(0));
    }
    return out;
}

struct TempDir {
    fs::path path;
    ~TempDir()
    {
        std::error_code ec;
        if (!path.empty())
            fs::remove_all(path, ec);
    }
};

} // namespace

Result<SalvageResult> salvage(const fs::path& damagedFile)
{
    SalvageResult result;
    // A private copy (0700 folder): the damaged file is only ever read, never opened by SQLite.
    std::string pattern = (fs::temp_directory_path() / "tend-salvage-XXXXXX").string();
    if (!::mkdtemp(pattern.data()))
        return makeError(std::string("Cannot create a private temporary folder: ") + std::strerror(errno));
    TempDir temp{pattern};
    const fs::path copy = temp.path / "copy.db";
    if (auto copied = copyBytes(damagedFile, copy); !copied)
        return copied.error();
    std::error_code ec;
    if (fs::exists(damagedFile.string() + "-wal", ec))
        (void)copyBytes(damagedFile.string() + "-wal", copy.string() + "-wal");

    auto target = Journal::openInMemory();
    if (!target)
        return target.error();
    sql::Database& out = (*target)->database();
    (void)out.exec("PRAGMA foreign_keys = OFF"); // parents may be among the lost rows

    auto source = sql::Database::open(copy.string(), SQLITE_OPEN_READWRITE);
    if (!source) {
        result.problems.push_back("The file cannot be opened as a database: " + source.error().message);
    } else {
        for (const char* table : kTables) {
            const auto wanted = columnsOf(out, table);
            const auto present = columnsOf(*source, table);
            std::vector<std::string> common;
            for (const auto& name : wanted)
                if (std::find(present.begin(), present.end(), name) != present.end())
                    common.push_back(name);
            if (common.empty() || std::find(common.begin(), common.end(), "seq") == common.end()) {
                if (std::string_view(table) != "reminders" && std::string_view(table) != "safety_answers" &&
                    std::string_view(table) != "repair_attempts") // younger tables an older journal lacks
                    result.problems.push_back(std::string("The table ") + table + " could not be read at all");
                continue;
            }
            std::string list;
            std::string marks;
            int seqColumn = 0;
            for (std::size_t i = 0; i < common.size(); ++i) {
                list += (i ? ", " : "") + common[i];
                marks += (i ? ", ?" : "?") + std::to_string(i + 1);
                if (common[i] == "seq")
                    seqColumn = static_cast<int>(i);
            }
            auto insert =
                out.prepare(std::string("INSERT OR IGNORE INTO ") + table + "(" + list + ") VALUES (" + marks + ")");
            if (!insert)
                return insert.error();
            std::int64_t last = 0;
            std::int64_t jump = 1;
            bool failedOnce = false;
            // Read in seq order; after an unreadable stretch, probe further and further ahead.
            while (jump <= (std::int64_t{1} << 24)) {
                auto select =
                    source->prepare(std::string("SELECT ") + list + " FROM " + table + " WHERE seq > ?1 ORDER BY seq");
                if (!select) {
                    result.problems.push_back(std::string("The table ") + table +
                                              " could not be read: " + select.error().message);
                    break;
                }
                select->bind(1, failedOnce ? last + jump : last);
                bool gotAny = false;
                bool broke = false;
                for (;;) {
                    auto row = select->step();
                    if (!row) {
                        broke = true;
                        break;
                    }
                    if (!*row)
                        break;
                    gotAny = true;
                    last = select->columnInt(seqColumn);
                    for (std::size_t i = 0; i < common.size(); ++i)
                        insert->bindColumnOf(static_cast<int>(i + 1), *select, static_cast<int>(i));
                    if (insert->run())
                        result.rowsRecovered += out.changes();
                    insert->reset();
                }
                if (!broke)
                    break;
                if (!failedOnce)
                    result.problems.push_back(std::string("Part of the table ") + table +
                                              " is damaged; rows after number " + std::to_string(last) +
                                              " were partly lost");
                failedOnce = true;
                jump = gotAny ? 1 : jump * 2;
            }
        }
    }
    // Entries are searchable again once imported; the salvage copy needs no index.
    auto orphans =
        out.queryInt("SELECT (SELECT count(*) FROM entries WHERE session_id NOT IN (SELECT id FROM sessions))"
                     " + (SELECT count(*) FROM sessions WHERE couple_id NOT IN (SELECT id FROM couples))");
    if (orphans && orphans->value_or(0) > 0)
        result.problems.push_back(std::to_string(orphans->value_or(0)) +
                                  " rows belong to a session or couple that could not be read and are left out");
    (void)out.exec("DELETE FROM sessions WHERE couple_id NOT IN (SELECT id FROM couples);"
                   "DELETE FROM partners WHERE couple_id NOT IN (SELECT id FROM couples);"
                   "DELETE FROM entries WHERE session_id NOT IN (SELECT id FROM sessions)"
                   " OR (partner_id IS NOT NULL AND partner_id NOT IN (SELECT id FROM partners));"
                   "DELETE FROM drafts WHERE session_id NOT IN (SELECT id FROM sessions)"
                   " OR (partner_id IS NOT NULL AND partner_id NOT IN (SELECT id FROM partners));"
                   "DELETE FROM check_ins WHERE partner_id NOT IN (SELECT id FROM partners)"
                   " OR (session_id IS NOT NULL AND session_id NOT IN (SELECT id FROM sessions));"
                   "DELETE FROM commitments WHERE couple_id NOT IN (SELECT id FROM couples);"
                   "UPDATE commitments SET session_id = NULL WHERE session_id NOT IN (SELECT id FROM sessions);"
                   "UPDATE commitments SET partner_id = NULL WHERE partner_id NOT IN (SELECT id FROM partners);"
                   "DELETE FROM reminders WHERE couple_id NOT IN (SELECT id FROM couples)"
                   " OR (commitment_id IS NOT NULL AND commitment_id NOT IN (SELECT id FROM commitments));"
                   "UPDATE reminders SET session_id = NULL WHERE session_id NOT IN (SELECT id FROM sessions);"
                   "DELETE FROM safety_answers WHERE partner_id NOT IN (SELECT id FROM partners);"
                   "UPDATE safety_answers SET session_id = NULL WHERE session_id NOT IN (SELECT id FROM sessions);"
                   "DELETE FROM repair_attempts WHERE couple_id NOT IN (SELECT id FROM couples);"
                   "UPDATE repair_attempts SET made_by = NULL WHERE made_by NOT IN (SELECT id FROM partners);");
    auto document = exportJson(**target, {});
    if (!document)
        return makeError("The readable rows could not be written out: " + document.error().message);
    result.document = std::move(*document);
    log::get("journal")->warn("salvage recovered {} rows with {} problems", result.rowsRecovered,
                              result.problems.size());
    return result;
}

} // namespace tend::journal::exchange
