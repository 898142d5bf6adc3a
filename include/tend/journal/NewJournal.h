#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "tend/crypto/KdfParams.h"
#include "tend/journal/Exchange.h"

namespace tend::journal {

/// True when `dataDir` holds no journal at all: no tend.db (or a zero-byte one), no tend.db-wal and no backups.
/// Only such a folder may receive a journal made from an import file.
bool holdsNoJournal(const std::filesystem::path& dataDir);

struct NewJournalOptions {
    /// Protect the new journal with this passphrase from its first row (nullopt: an unprotected journal).
    std::optional<std::string_view> passphrase;
    /// Argon2id costs for the new keyring; tests pass crypto::KdfPolicy::minimum().
    crypto::KdfPolicy kdfPolicy = crypto::KdfPolicy::production();
    exchange::ImportOptions import;
};

/// Creates the journal of an empty data folder from an export document, in one step.
///
/// The journal is built in a private staging folder inside `dataDir` (`.new-journal-<id>`): protected first when
/// a passphrase is given, then filled in one transaction, then closed. Only then is its file linked into place as
/// `tend.db` (never over an existing one). Any failure, or a kill at any moment, leaves no tend.db: the folder is
/// as it was, except for a staging folder that the next attempt removes. The data folder's single-instance claim
/// is held throughout, so no window can open the folder half-way.
exchange::ImportReport importIntoNewJournal(const std::filesystem::path& dataDir, const exchange::ImportReader& read,
                                            const NewJournalOptions& options = {});
exchange::ImportReport importIntoNewJournal(const std::filesystem::path& dataDir, std::string_view text,
                                            const NewJournalOptions& options = {});

/// The prefix of staging folders left by interrupted attempts (removed by the next attempt).
inline constexpr std::string_view kStagingPrefix = ".new-journal-";

} // namespace tend::journal
