#include "tend/journal/Schema.h"

#include <sqlite3.h>

#include "tend/common/Log.h"
#include "tend/journal/Journal.h"
#include "tend/journal/Model.h"

namespace tend::journal::schema {
namespace {

// Version 1: the first released design. Frozen: never edit; add a new migration instead.
// tests/data/journal/schema-v1.sql holds the same text and the fixture databases are built from it.
constexpr const char* kVersion1 = R"SQL(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE couples (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL CHECK (kind IN ('couple', 'solo')),
    name       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE partners (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    couple_id    TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    position     INTEGER NOT NULL CHECK (position IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    UNIQUE (couple_id, position)
) STRICT;

CREATE TABLE sessions (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    id              TEXT NOT NULL UNIQUE,
    couple_id       TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    program_id      TEXT NOT NULL,
    program_version TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('active', 'paused', 'completed', 'abandoned')),
    started_at      TEXT NOT NULL,
    ended_at        TEXT,
    updated_at      TEXT NOT NULL,
    pause_reason    TEXT,
    return_at       TEXT,
    return_place    TEXT,
    engine_state    TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX sessions_by_couple ON sessions(couple_id, seq);

CREATE TABLE entries (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    partner_id TEXT REFERENCES partners(id) ON DELETE CASCADE,
    step       TEXT NOT NULL,
    card       TEXT NOT NULL,
    payload    ANY NOT NULL CHECK (typeof(payload) IN ('text', 'blob')),
    visibility TEXT NOT NULL CHECK (visibility IN ('shared', 'private')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (visibility = 'shared' OR partner_id IS NOT NULL)
) STRICT;
CREATE INDEX entries_by_session ON entries(session_id, seq);
CREATE INDEX entries_by_partner ON entries(partner_id, seq);
CREATE INDEX entries_by_time ON entries(created_at);

CREATE VIRTUAL TABLE entries_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE drafts (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
    partner_id TEXT REFERENCES partners(id) ON DELETE CASCADE,
    step       TEXT NOT NULL,
    card       TEXT NOT NULL,
    payload    ANY NOT NULL CHECK (typeof(payload) IN ('text', 'blob')),
    visibility TEXT NOT NULL CHECK (visibility IN ('shared', 'private')),
    updated_at TEXT NOT NULL,
    CHECK (visibility = 'shared' OR partner_id IS NOT NULL)
) STRICT;
CREATE INDEX drafts_by_session ON drafts(session_id);

CREATE TABLE check_ins (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    session_id TEXT REFERENCES sessions(id) ON DELETE CASCADE,
    partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    step       TEXT,
    moment     TEXT NOT NULL CHECK (moment IN ('before', 'during', 'after')),
    level      INTEGER NOT NULL CHECK (level BETWEEN 0 AND 10),
    state      TEXT NOT NULL CHECK (state IN ('racing', 'shut_down', 'steady')),
    payload    ANY NOT NULL CHECK (typeof(payload) IN ('text', 'blob')),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX check_ins_by_session ON check_ins(session_id, seq);

CREATE TABLE commitments (
    seq          INTEGER PRIMARY KEY AUTOINCREMENT,
    id           TEXT NOT NULL UNIQUE,
    couple_id    TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    session_id   TEXT REFERENCES sessions(id) ON DELETE SET NULL,
    partner_id   TEXT REFERENCES partners(id) ON DELETE SET NULL,
    status       TEXT NOT NULL CHECK (status IN ('open', 'kept', 'partly_kept', 'not_kept', 'released')),
    payload      ANY NOT NULL CHECK (typeof(payload) IN ('text', 'blob')),
    follow_up_at TEXT,
    reviewed_at  TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX commitments_by_couple ON commitments(couple_id, seq);
CREATE INDEX commitments_by_session ON commitments(session_id);
)SQL";

// Version 2: how a session is being worked (together or alone), come-back reminders, and private
// safety-screening answers.
constexpr const char* kVersion2 = R"SQL(
ALTER TABLE sessions ADD COLUMN mode TEXT NOT NULL DEFAULT 'together' CHECK (mode IN ('together', 'solo'));

CREATE TABLE reminders (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    couple_id     TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    session_id    TEXT REFERENCES sessions(id) ON DELETE CASCADE,
    commitment_id TEXT REFERENCES commitments(id) ON DELETE CASCADE,
    kind          TEXT NOT NULL CHECK (kind IN ('return', 'follow_up')),
    due_at        TEXT NOT NULL,
    place         TEXT,
    delivered_at  TEXT,
    created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX reminders_due ON reminders(delivered_at, due_at);
CREATE INDEX reminders_by_session ON reminders(session_id);

CREATE TABLE safety_answers (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    partner_id TEXT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    session_id TEXT REFERENCES sessions(id) ON DELETE SET NULL,
    payload    ANY NOT NULL CHECK (typeof(payload) IN ('text', 'blob')),
    created_at TEXT NOT NULL
) STRICT;
CREATE INDEX safety_by_partner ON safety_answers(partner_id, seq);
)SQL";

// Version 3: a session's own title (NULL = the default, made from the first words written), and search matches
// word forms ("dinners" finds "dinner", "walked" finds "walk"). The index is made
// again with the porter stemmer around the same unicode61 tokenizer and refilled with only what people wrote
// (searchableText). A protected journal's payloads are BLOBs: its on-disk index stays empty (the in-memory one
// is built after unlock), so no clear text is written here.
constexpr const char* kVersion3 = R"SQL(
DROP TABLE entries_fts;
CREATE VIRTUAL TABLE entries_fts USING fts5(body, tokenize = 'porter unicode61 remove_diacritics 2');
ALTER TABLE sessions ADD COLUMN title TEXT;
)SQL";

// Version 4: the repair-attempts ledger. A couple notes that one of them reached back after friction and whether it
// was taken. Nobody's words are kept here: who, taken or not, and when (like a check-in's level and state).
constexpr const char* kVersion4 = R"SQL(
CREATE TABLE repair_attempts (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    id        TEXT NOT NULL UNIQUE,
    couple_id TEXT NOT NULL REFERENCES couples(id) ON DELETE CASCADE,
    made_by   TEXT REFERENCES partners(id) ON DELETE SET NULL,
    taken     INTEGER NOT NULL CHECK (taken IN (0, 1)),
    noted_at  TEXT NOT NULL
) STRICT;
CREATE INDEX repair_attempts_by_couple ON repair_attempts(couple_id, seq);
)SQL";

Result<void> applyVersion1(sql::Database& db)
{
    if (auto done = db.exec(kVersion1); !done)
        return done;
    auto stmt = db.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2)");
    if (!stmt)
        return stmt.error();
    const std::pair<const char*, std::string> rows[] = {{"journal_id", newId()}, {"created_at", nowUtc()}};
    for (const auto& [key, value] : rows) {
        stmt->bind(1, key).bind(2, value);
        if (auto done = stmt->run(); !done)
            return done;
        stmt->reset();
    }
    return db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
}

Result<void> applyVersion2(sql::Database& db)
{
    return db.exec(kVersion2);
}

Result<void> applyVersion3(sql::Database& db)
{
    if (auto done = db.exec(kVersion3); !done)
        return done;
    return indexClearEntries(db);
}

Result<void> applyVersion4(sql::Database& db)
{
    return db.exec(kVersion4);
}

} // namespace

Result<void> indexClearEntries(sql::Database& db)
{
    auto rows = db.prepare("SELECT seq, payload FROM entries WHERE typeof(payload) = 'text' ORDER BY seq");
    if (!rows)
        return rows.error();
    auto ins = db.prepare("INSERT INTO entries_fts(rowid, body) VALUES (?1, ?2)");
    if (!ins)
        return ins.error();
    for (;;) {
        auto row = rows->step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        ins->reset();
        ins->bind(1, rows->columnInt(0)).bind(2, searchableText(rows->columnText(1)));
        if (auto added = ins->run(); !added)
            return added;
    }
}

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> all = {
        {1, "first journal design", applyVersion1},
        {2, "session mode, reminders, safety answers", applyVersion2},
        {3, "session titles; search matches word forms and only what people wrote", applyVersion3},
        {4, "the repair-attempts ledger", applyVersion4},
    };
    return all;
}

Result<void> configureConnection(sql::Database& db, bool writer)
{
    int previous = 0;
    // Defensive mode: no writable_schema, no shadow-table writes, no journal_mode=OFF — a damaged or
    // hostile file cannot be used to corrupt the database further.
    if (sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, 1, &previous) != SQLITE_OK)
        return sql::sqlError(db, "Cannot turn on defensive mode");
    if (sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, &previous) != SQLITE_OK)
        return sql::sqlError(db, "Cannot turn off trusted schema");
    const char* common = "PRAGMA foreign_keys = ON; PRAGMA trusted_schema = OFF; PRAGMA secure_delete = ON;";
    if (auto done = db.exec(common); !done)
        return makeError("Cannot configure the journal connection: " + done.error().message);
    if (!writer)
        return db.exec("PRAGMA busy_timeout = 5000");
    auto mode = db.queryText("PRAGMA journal_mode = WAL");
    if (!mode)
        return makeError("Cannot switch the journal to WAL mode: " + mode.error().message);
    // An in-memory journal reports "memory"; every file journal must be in WAL.
    if (!mode->has_value() || (**mode != "wal" && **mode != "memory"))
        return makeError("The journal did not switch to WAL mode");
    return db.exec("PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA journal_size_limit = 8388608;");
}

Result<void> migrate(sql::Database& db)
{
    auto version = db.queryInt("PRAGMA user_version");
    if (!version)
        return version.error();
    const int from = static_cast<int>(version->value_or(0));
    if (from > kCurrentVersion)
        return makeError("The journal was written by a newer Tend (journal format " + std::to_string(from) +
                         "; this Tend reads up to format " + std::to_string(kCurrentVersion) + ")");
    auto log = log::get("journal");
    for (const Migration& migration : migrations()) {
        if (migration.version <= from)
            continue;
        auto tx = sql::Transaction::begin(db);
        if (!tx)
            return tx.error();
        if (auto done = migration.apply(db); !done)
            return makeError("Cannot upgrade the journal to format " + std::to_string(migration.version) + ": " +
                             done.error().message);
        if (auto done = db.exec("PRAGMA user_version = " + std::to_string(migration.version)); !done)
            return done;
        if (auto done = tx->commit(); !done)
            return done;
        log->info("journal migrated to format {}", migration.version);
    }
    return {};
}

Result<void> createCurrent(sql::Database& db)
{
    return migrate(db);
}

} // namespace tend::journal::schema
