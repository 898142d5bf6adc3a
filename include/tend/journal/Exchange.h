#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/common/Result.h"
#include "tend/journal/Journal.h"

namespace tend::journal::exchange {

/// The export file's "format" value and the version this build writes and reads.
inline constexpr const char* kFormatName = "tend-journal";
inline constexpr int kFormatVersion = 1;
/// Import files larger than this are refused before parsing.
inline constexpr std::size_t kMaxImportBytes = 256u * 1024 * 1024;
/// Longest clear-text field (names, ids of steps and cards, places) accepted on import.
inline constexpr std::size_t kMaxFieldBytes = 4096;

/// What an export had to leave out. A value that cannot be opened is never written as an empty answer: a partner's
/// private row whose key is locked (sealed) and a value that fails to authenticate (damaged) are omitted and counted,
/// so the caller can say so (see docs/privacy.md, "Exports").
struct ExportStats {
    int sealedOmitted = 0;  ///< private rows of a partner whose key is not unlocked
    int damagedOmitted = 0; ///< rows whose stored value is damaged
};

struct ExportOptions {
    Viewer viewer = Viewer::everything(); ///< a partner's export leaves out the other's private answers
    std::optional<std::string> sessionId; ///< only this session (and its couple)
    /// Only sessions started at or after `from` and before `to` (UTC ISO-8601, e.g. "2025-03-01T00:00:00.000Z"),
    /// and their couples; like `sessionId`, a narrowed export leaves out what belongs to no session.
    std::optional<std::string> from;
    std::optional<std::string> to;
    ExportStats* stats = nullptr; ///< when set, receives the counts of rows left out
};

/// The journal as one JSON document (see docs/journal-format.md). Deterministic: the same journal
/// always gives the same bytes.
Result<nlohmann::json> exportJson(Journal& journal, const ExportOptions& options = {});
/// exportJson, pretty-printed with a final newline.
Result<std::string> exportJsonText(Journal& journal, const ExportOptions& options = {});
/// Where a streamed export goes, piece by piece (a file, standard output, an encryptor). An error stops the export.
using ExportSink = std::function<Result<void>(std::string_view piece)>;
/// The same bytes as exportJsonText, handed to `sink` in pieces of about 1 MiB as they are made: memory holds one
/// session's entries at a time, whatever the size of the journal.
Result<void> exportJsonTo(Journal& journal, const ExportOptions& options, const ExportSink& sink);
// The Markdown export for reading is tend::reading::exportMarkdown (tend/reading/Reading.h): it needs the content.

/// One problem in an import file, located by JSON pointer (RFC 6901), e.g. "/sessions/2/entries/0/step".
struct ImportIssue {
    std::string pointer;
    std::string message;
};

struct ImportOptions {
    bool merge = false;      ///< rows whose id already exists are kept as they are instead of refused
    bool backupFirst = true; ///< a verified backup of a journal with data before writing
};

struct ImportReport {
    bool ok = false;
    std::vector<ImportIssue> issues; ///< why nothing was imported (empty when ok)
    int added = 0;                   ///< rows written
    int skipped = 0;                 ///< rows already present (with merge)
    std::optional<backup::BackupInfo> backup;
    /// "/pointer: message" lines, at most `limit`.
    std::string describe(std::size_t limit = 20) const;
};

/// Where an import reads from: fills `buffer` with up to `capacity` bytes and returns how many, 0 at the end. An
/// error (a failed read, an encrypted chunk that does not authenticate) stops the import and nothing is written.
using ImportReader = std::function<Result<std::size_t>(char* buffer, std::size_t capacity)>;
/// An ImportReader over text already in memory (which must outlive it).
ImportReader readerOf(std::string_view text);

/// Checks a whole import file without touching any journal: syntax, UTF-8, nesting, sizes, types,
/// enumerations, timestamps, ids and references. Returns every problem found (up to a cap).
std::vector<ImportIssue> validate(std::string_view text);
std::vector<ImportIssue> validate(const ImportReader& read);

/// Reads the file once, one session at a time (memory does not grow with the file), validating each element as it
/// arrives and writing it inside one transaction that commits only when the whole file proved valid — otherwise
/// nothing at all is written. Ids already in the journal are refused unless options.merge.
ImportReport importJson(Journal& journal, const ImportReader& read, const ImportOptions& options = {});
ImportReport importJson(Journal& journal, std::string_view text, const ImportOptions& options = {});

/// What could be read out of a damaged journal file.
struct SalvageResult {
    nlohmann::json document; ///< in the export format; import it into a new journal
    int rowsRecovered = 0;
    std::vector<std::string> problems; ///< tables or ranges that could not be read
};

/// Reads every row that can still be read from `damagedFile` (and its -wal), working on a private
/// temporary copy so the original is never opened for writing, and returns it as an export document.
Result<SalvageResult> salvage(const std::filesystem::path& damagedFile);

} // namespace tend::journal::exchange
