#pragma once

#include <memory>
#include <optional>
#include <string>

#include "cli/Commands.h"
#include "tend/content/ContentLibrary.h"
#include "tend/crypto/SecureBytes.h"
#include "tend/journal/Journal.h"

namespace tend::cli {

// How the headless commands reach the journal: one way to open it for reading, unlock it and say why not.

/// What to tell someone whose journal could not be opened, after the message itself (backups, salvage).
void explainProblem(Invocation& call, const std::string& command, const journal::OpenResult& opened);

/// The passphrase named by --passphrase-file (never on the command line), or nullopt after saying why.
std::optional<crypto::SecureBytes> passphraseFrom(Invocation& call, const std::string& command, const Args& args);

/// Unlocks a protected journal with --passphrase-file; true when it can be read.
bool unlockFromArgs(Invocation& call, const std::string& command, journal::Journal& journal, const Args& args);

/// A journal to read from: the in-memory one in demo mode, otherwise the data folder's, read-only.
struct ReadJournal {
    std::unique_ptr<journal::Journal> journal;
    bool empty = false; ///< the folder holds no journal yet
};

/// The one way every command reads a journal (export, search, backup, check, report): read-only, with the full
/// integrity check and the search index read through, so each refuses a damaged journal with the same sentence.
/// With `args`, a protected journal is unlocked with --passphrase-file. nullopt after saying why.
std::optional<ReadJournal> openForReading(Invocation& call, const std::string& command, const Args* args = nullptr);

/// openForReading, and an empty in-memory journal for a folder that holds none (an export of nothing).
std::optional<ReadJournal> openOrEmpty(Invocation& call, const std::string& command, const Args* args = nullptr);

/// Who a read is for: --viewer ID is that partner. Without it the owner sees everything, except in demo mode.
journal::Viewer viewerFrom(const Invocation& call, const Args& args);

/// The content a reading for people is rendered with: the shipped folder and the user's own programs, when they
/// load. Without it the reading falls back to readable words (docs/readable-text.md).
std::unique_ptr<content::ContentLibrary> contentForReading(const Invocation& call);

} // namespace tend::cli
