#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tend/common/Result.h"

namespace tend::journal::backup {

/// How many backup generations are kept; older ones are removed after each new verified backup.
inline constexpr int kKeepGenerations = 10;

/// Reasons of backups made before a migration start with this; prune() never removes them.
inline constexpr std::string_view kMigrationReasonPrefix = "before-migration-";

/// One verified backup: a complete, integrity-checked copy of the journal.
struct BackupInfo {
    std::filesystem::path file;
    std::string createdAt; ///< ISO-8601 UTC, from the file name
    std::string reason;    ///< "daily", "manual", "before-import", "before-migration-to-2", "before-restore"
    std::uintmax_t bytes = 0;
};

/// `<dataDir>/backups`.
std::filesystem::path directory(const std::filesystem::path& dataDir);

/// Makes a backup of the database file `database`: VACUUM INTO a temporary file in the backup
/// folder, integrity_check on the copy, fsync, rename to its final name, fsync the folder, then
/// keep only the newest kKeepGenerations. Nothing appears under a final name unless it verified.
/// Reads through its own read-only connection, so the writer is never blocked.
Result<BackupInfo> create(const std::filesystem::path& database, const std::filesystem::path& dataDir,
                          std::string_view reason);

/// Every backup, newest first. Leftover temporary files of an interrupted backup are not listed.
std::vector<BackupInfo> list(const std::filesystem::path& dataDir);

/// The newest backup, if any.
std::optional<BackupInfo> latest(const std::filesystem::path& dataDir);

/// True when no backup is younger than a day (the app calls Journal::dailyBackup after its first frame).
bool dailyDue(const std::filesystem::path& dataDir);

/// Checks that `file` is an intact Tend journal this build can read (integrity_check, application id,
/// format version).
Result<void> verify(const std::filesystem::path& file);

/// Removes all but the newest `keep` backups (and stale temporary files). Before-migration backups are neither
/// counted nor removed.
Result<void> prune(const std::filesystem::path& dataDir, int keep = kKeepGenerations);

/// Puts `backupFile` in place as the journal of `dataDir`. The caller must hold the folder's
/// SingleInstance claim (no journal open). An existing journal file (and its -wal/-shm) is never
/// deleted: it is renamed aside to `tend.db.set-aside-<time>`; the returned path names it (empty when
/// there was none). The backup is verified first and copied, never moved.
Result<std::filesystem::path> restore(const std::filesystem::path& dataDir, const std::filesystem::path& backupFile);

} // namespace tend::journal::backup
