#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "tend/common/Result.h"
#include "tend/journal/Sqlite.h"

namespace tend::journal::schema {

/// Written into the SQLite header (PRAGMA application_id) so a Tend journal is recognisable and a
/// database of another program is never mistaken for one: the ASCII bytes "TEND".
inline constexpr std::int32_t kApplicationId = 0x54454E44;

/// The journal format this build writes (PRAGMA user_version). Databases with a higher number are refused.
inline constexpr int kCurrentVersion = 4;

/// The file name of the journal inside the data folder.
inline constexpr const char* kDatabaseFileName = "tend.db";

/// One migration: brings a database from `version - 1` to `version`. It runs inside the caller's
/// transaction, which also sets user_version, so a migration is all-or-nothing.
struct Migration {
    int version;
    const char* summary;
    std::function<Result<void>(sql::Database&)> apply;
};

/// Every migration in order; migrations()[i].version == i + 1.
const std::vector<Migration>& migrations();

/// Applies the connection settings every Tend connection uses: foreign keys on, trusted_schema off,
/// defensive mode, secure delete. `writer` adds WAL, synchronous=FULL and a busy timeout.
Result<void> configureConnection(sql::Database& db, bool writer);

/// Runs every migration from the database's user_version up to kCurrentVersion, each in its own
/// IMMEDIATE transaction that ends with the user_version bump. Refuses a newer database.
Result<void> migrate(sql::Database& db);

/// Fills entries_fts from every entry stored in clear text, with only its searchable words (searchableText): the
/// format-3 migration and unprotecting a journal both build the on-disk index this way.
Result<void> indexClearEntries(sql::Database& db);

/// Creates the full current schema in an empty database (what migrate() does from version 0).
Result<void> createCurrent(sql::Database& db);

} // namespace tend::journal::schema
