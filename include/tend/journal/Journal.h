#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "tend/common/Result.h"
#include "tend/crypto/KdfParams.h"
#include "tend/crypto/KeyVault.h"
#include "tend/journal/Backup.h"
#include "tend/journal/Model.h"
#include "tend/journal/SingleInstance.h"
#include "tend/journal/Sqlite.h"

namespace tend::journal {

/// The largest payload (one answer, draft, note) the journal keeps: 1 MiB of JSON text.
inline constexpr std::size_t kMaxPayloadBytes = 1024 * 1024;
/// The deepest JSON nesting accepted in a payload or an import file.
inline constexpr int kMaxJsonDepth = 64;
/// The longest title a session may have (bytes of UTF-8).
inline constexpr std::size_t kMaxTitleBytes = 400;

/// Who is looking. Private entries are shown only to the partner who wrote them.
struct Viewer {
    enum class Kind { Partner, SharedOnly, Everything };
    Kind kind = Kind::SharedOnly;
    std::string partnerId;

    /// This partner: shared entries and their own private ones.
    static Viewer partner(std::string id) { return {Kind::Partner, std::move(id)}; }
    /// Shared entries only (the demo, a screen both people see).
    static Viewer sharedOnly() { return {Kind::SharedOnly, {}}; }
    /// Every entry: whole-journal export and backup by the owner of the files.
    static Viewer everything() { return {Kind::Everything, {}}; }
};

/// Why a journal could not be opened. Every case names the file; none of them wrote to it.
enum class OpenProblem {
    None,
    NoJournal,    ///< read-only open of a folder that holds no journal yet (nothing was lost)
    InUse,        ///< another Tend holds this data folder (SingleInstance)
    NewerVersion, ///< written by a newer Tend; refused, not a byte written
    NotAJournal,  ///< not an SQLite database, or a database of another program
    Damaged,      ///< SQLite says it is corrupt or the integrity check fails
    Missing,      ///< the journal file is gone but backups (or a -wal) show one existed
    Unreadable,   ///< permissions or I/O errors
    NeedsUpgrade, ///< an older format in a read-only folder or read-only open
    Failed,       ///< anything else (e.g. the folder cannot be created)
};

struct OpenOptions {
    /// Open for reading only: no lock taken, nothing created, nothing migrated (CLI export/search/check).
    bool readOnly = false;
    /// The app's own claim on the folder, if it made one first; otherwise open() claims it (writers only).
    std::shared_ptr<SingleInstance> instance;
    /// Run the full integrity_check instead of quick_check even after a clean shutdown.
    bool fullCheck = false;
    /// Argon2id costs for key data made while this journal is open (a new or changed passphrase). Tests pass
    /// crypto::KdfPolicy::minimum(); stored key data always carries its own costs.
    crypto::KdfPolicy kdfPolicy = crypto::KdfPolicy::production();
};

class Journal;
struct ProtectionState;

/// One stored value that does not authenticate: what it is and when it was written (never its content).
struct DamagedItem {
    std::string kind; ///< "answer", "draft", "check-in", "commitment", "safety answer", "session's saved place"
    std::string id;
    std::string writtenAt;
};

/// What Journal::verifyContent() found.
struct ContentCheck {
    int checked = 0; ///< values tried
    int sealed = 0;  ///< private values under a partner's own key that is not unlocked (not checked)
    std::vector<DamagedItem> damaged;
};

/// What open() returns: a journal, or the problem with the file and what can be offered instead.
struct OpenResult {
    std::unique_ptr<Journal> journal;
    OpenProblem problem = OpenProblem::None;
    std::string message;                            ///< plain sentence naming the file; empty when ok
    std::filesystem::path file;                     ///< the journal file concerned
    std::optional<backup::BackupInfo> latestBackup; ///< offer this to restore
    int foundVersion = 0;                           ///< format found in the file (for NewerVersion)
    bool ok() const { return journal != nullptr; }
};

/// Search request: free text (each word must match) plus filters.
struct SearchQuery {
    SearchQuery() = default;
    SearchQuery(std::string words, Viewer who) : text(std::move(words)), viewer(std::move(who)) {}

    std::string text;
    Viewer viewer;                        ///< required: decides which private entries may show
    std::optional<std::string> partnerId; ///< only this partner's entries ("" = joint entries)
    std::optional<std::string> step;
    std::optional<std::string> from; ///< created_at >= from (ISO-8601 UTC)
    std::optional<std::string> to;   ///< created_at < to
    std::optional<std::string> sessionId;
    int limit = 50;
    /// Let the last word match as a prefix (search as you type). Off by default: a one- or two-letter
    /// prefix can match most of the journal's vocabulary.
    bool prefixLastWord = false;
};

/// Markers around each match in SearchHit::snippet; the UI escapes the text, then styles between them.
/// The full-text index's tokenizer (journal format 3): word forms match ("dinners" finds "dinner").
inline constexpr const char* kSearchTokenizer = "porter unicode61 remove_diacritics 2";

inline constexpr const char* kHighlightStart = "\x02";
inline constexpr const char* kHighlightEnd = "\x03";

struct SearchHit {
    std::string entryId;
    std::string sessionId;
    std::optional<std::string> partnerId;
    std::string step;
    std::string card;
    std::string createdAt;
    std::string snippet; ///< a short excerpt with kHighlightStart/kHighlightEnd around matches
};

/// One line of the session list: the session and how many entries it holds.
struct SessionSummary {
    Session session;
    int entryCount = 0;
};

/// The journal: one SQLite connection to `<dataDir>/tend.db` (or an in-memory database) and every
/// read and write on it. All calls are synchronous.
///
/// Threading rule: a Journal belongs to one thread at a time. The app hands the write journal to a
/// JournalWriter (its worker thread does every write, so the UI never waits on disk) and reads through
/// a second Journal from openReader(). Never share one Journal between threads without a lock.
class Journal {
public:
    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    /// Opens (or creates, the first time) the journal in `dataDir`. Checks the header, application id,
    /// format version and integrity before any write; makes a verified backup before a migration.
    static OpenResult open(const std::filesystem::path& dataDir, const OpenOptions& options = {});
    /// A journal that lives only in memory and writes nothing to disk (demo mode, tests, fuzzing).
    static Result<std::unique_ptr<Journal>> openInMemory();

    /// A second, read-only connection to the same journal for another thread.
    Result<std::unique_ptr<Journal>> openReader() const;

    bool isInMemory() const { return m_inMemory; }
    bool isReadOnly() const { return m_readOnly; }
    /// Why it is read-only (a sentence for the UI), empty otherwise.
    const std::string& readOnlyReason() const { return m_readOnlyReason; }
    /// True when the last run did not close the journal cleanly (drafts were restored from disk).
    bool wasUncleanShutdown() const { return m_unclean; }
    const std::filesystem::path& dataDir() const { return m_dataDir; }
    std::filesystem::path databaseFile() const;
    /// The folder's single-instance claim, when this journal holds it (poll its listenFd()).
    std::shared_ptr<SingleInstance> instance() const { return m_instance; }
    int schemaVersion() const;

    // ---- couples and partners ----
    Result<void> addCouple(Couple& couple);
    Result<void> updateCouple(const Couple& couple);
    Result<std::vector<Couple>> couples();
    Result<std::optional<Couple>> couple(const std::string& id);
    Result<void> addPartner(Partner& partner);
    Result<void> updatePartner(const Partner& partner);
    Result<std::vector<Partner>> partners(const std::string& coupleId);
    Result<std::optional<Partner>> partner(const std::string& id);

    // ---- sessions ----
    Result<void> addSession(Session& session);
    /// Saves status, times, pause details, mode and engine state.
    Result<void> updateSession(const Session& session);
    Result<std::optional<Session>> session(const std::string& id);
    /// Gives a session its own title (trimmed; at most kMaxTitleBytes), or takes it away (nullopt or empty: the
    /// default from the first words written comes back). In a protected journal the title is encrypted.
    Result<void> setSessionTitle(const std::string& id, const std::optional<std::string>& title);
    /// Sessions of one couple (or all when empty), newest first, with entry counts.
    Result<std::vector<SessionSummary>> sessionList(const std::string& coupleId = {});
    /// One page of that list for views that load as they scroll: at most `limit` sessions older than
    /// `beforeSeq` (0 = start at the newest), newest first. Pass the last row's `session.seq` for the next page.
    Result<std::vector<SessionSummary>> sessionPage(const std::string& coupleId, std::int64_t beforeSeq, int limit);
    Result<void> deleteSession(const std::string& id);

    // ---- entries ----
    /// Inserts a new entry or updates the answer and visibility of an existing one (same id).
    Result<void> saveEntry(Entry& entry);
    /// Stores the entry and removes its draft (same id) in one transaction.
    Result<void> finishEntry(Entry& entry);
    Result<std::optional<Entry>> entry(const std::string& id, const Viewer& viewer);
    /// A session's entries the viewer may see, in the order they were written.
    Result<std::vector<Entry>> entries(const std::string& sessionId, const Viewer& viewer);
    Result<void> deleteEntry(const std::string& id);

    // ---- drafts ----
    /// Inserts or replaces the draft with this id, stamped now (or keeping draft.updatedAt when
    /// `keepTime`, for imports).
    Result<void> saveDraft(Draft& draft, bool keepTime = false);
    Result<std::vector<Draft>> drafts(const std::string& sessionId = {});
    Result<void> deleteDraft(const std::string& id);

    // ---- check-ins, commitments, reminders, safety ----
    Result<void> addCheckIn(CheckIn& checkIn);
    Result<std::vector<CheckIn>> checkIns(const std::string& sessionId);

    // ---- repair attempts ----
    Result<void> addRepairAttempt(RepairAttempt& attempt);
    /// The couple's noted repair attempts, newest first.
    Result<std::vector<RepairAttempt>> repairAttempts(const std::string& coupleId);
    /// Takes one back (a note made by mistake).
    Result<void> deleteRepairAttempt(const std::string& id);
    Result<void> addCommitment(Commitment& commitment);
    Result<void> updateCommitment(const Commitment& commitment);
    /// A couple's commitments in order; only open ones when `openOnly`.
    Result<std::vector<Commitment>> commitments(const std::string& coupleId, bool openOnly = false);
    Result<void> addReminder(Reminder& reminder);
    /// Reminders not yet delivered whose time is at or before `now`.
    Result<std::vector<Reminder>> dueReminders(const std::string& now);
    Result<std::vector<Reminder>> reminders(const std::string& coupleId);
    Result<void> markReminderDelivered(const std::string& id, const std::string& at);
    Result<void> addSafetyAnswer(SafetyAnswer& answer);
    Result<std::vector<SafetyAnswer>> safetyAnswers(const std::string& partnerId);

    // ---- search ----
    Result<std::vector<SearchHit>> search(const SearchQuery& query);

    // ---- protection (encryption at rest; see docs/privacy.md) ----
    /// True when the journal keeps a keyring: every payload column is stored encrypted.
    bool hasKeyring() const;
    /// True when the keyring needs a passphrase (anyone with the file cannot read it).
    bool isProtected() const;
    /// True when the journal has a keyring and its key is not unlocked: content reads and writes fail.
    bool isLocked() const;
    /// Opens the journal key: WrongSecret (ask again) and DamagedKeyData (keep the file, offer a backup) are told
    /// apart by code and message; nothing is deleted either way. Builds the in-memory search index.
    crypto::CryptoResult<void> unlock(std::string_view passphrase);
    /// Opens the journal key with a printed recovery key.
    crypto::CryptoResult<void> unlockWithRecoveryKey(std::string_view recoveryKey);
    /// Wipes every key held and drops the in-memory search index. The keyring stays.
    void lock();
    /// Gives a partner a key of their own for private answers (stored in the keyring at once).
    crypto::CryptoResult<void> addPartnerKey(const std::string& partnerId, crypto::PartnerSecret secret);
    /// Opens a partner's private key; their private entries become readable and searchable.
    crypto::CryptoResult<void> unlockPartner(const std::string& partnerId, crypto::PartnerSecret secret);
    void lockPartner(const std::string& partnerId);
    /// Replaces a partner's passphrase or PIN (re-wraps the same key; that partner must be unlocked).
    crypto::CryptoResult<void> changePartnerSecret(const std::string& partnerId, crypto::PartnerSecret secret);
    /// Makes a new recovery key (replacing any earlier one), stores the keyring, and returns the printable text —
    /// once; it is not kept anywhere readable. Needs the journal unlocked.
    crypto::CryptoResult<crypto::SecureBytes> createRecoveryKey();
    /// Encrypts an unprotected journal under `passphrase`: a verified backup first (file journals), then every
    /// payload in one transaction, then the on-disk search text is deleted and the file vacuumed. Backups made
    /// before this still hold clear text (see plainBackups()).
    Result<void> enableProtection(std::string_view passphrase);
    /// Replaces the passphrase: re-wraps the keys, re-encrypts nothing. Needs the journal unlocked.
    Result<void> changePassphrase(std::string_view newPassphrase);
    /// Decrypts every payload back to clear text and removes the keyring (a backup first). Needs every partner with
    /// a key of their own unlocked, so no private entry is lost.
    Result<void> removeProtection();
    /// Decrypts every stored value of a protected, unlocked journal and lists those that do not authenticate.
    /// A journal without keyring has nothing to verify (an empty result).
    Result<ContentCheck> verifyContent() const;
    /// Backups of this journal that were made before it was protected: they still hold clear text.
    std::vector<std::filesystem::path> plainBackups() const;
    /// The keys (null for a journal without keyring). Share-safe: readers use the same vault.
    const crypto::KeyVault* keyVault() const;

    // ---- integrity and backups ----
    /// PRAGMA integrity_check; ok or the first problems found.
    Result<void> checkIntegrity();
    /// A verified backup now (reason "manual", "before-import", ...). Not for in-memory journals.
    Result<backup::BackupInfo> backupNow(std::string_view reason);
    /// A backup if none is younger than a day; nullopt when none was due. Call after the first frame.
    Result<std::optional<backup::BackupInfo>> dailyBackup();

    /// Runs `work` inside one IMMEDIATE transaction; commits only if it returns ok. Nested calls join
    /// the outer transaction.
    template <typename Work> Result<void> transaction(Work&& work);

    /// The underlying connection (import, export and tests use it; prefer the calls above).
    sql::Database& database() { return m_db; }

private:
    Journal() = default;
    Result<void> requireWritable() const;
    Result<void> insertEntryRow(Entry& entry);
    Result<void> indexEntry(std::int64_t seq, const std::string& payload, bool replace);
    // protection helpers (JournalProtection.cpp)
    Result<void> loadKeyring(const crypto::KdfPolicy& policy);
    Result<void> storeKeyring();
    /// Checks, applies `change` to the vault and stores the keyring; puts the old keyring back if storing fails.
    crypto::CryptoResult<void>
    updateKeyring(const std::function<crypto::CryptoResult<void>(crypto::KeyVault&)>& change);
    Result<void> requireUnlocked() const;
    bool encrypting() const;
    std::string ftsTable() const;
    Result<void> bindContent(sql::Statement& stmt, int index, const std::string& plain, std::string_view table,
                             const std::string& rowId, std::string_view column,
                             const std::optional<std::string>& owner) const;
    void openContent(std::string& payload, bool& damaged, bool& sealed, std::string_view table,
                     const std::string& rowId, std::string_view column, const std::optional<std::string>& owner) const;
    Result<void> openEngineState(Session& session) const; // opens the title too
    void openTitle(Session& session) const;
    Result<std::string> sealEngineState(const Session& session) const;
    /// A title as stored: in a protected journal "enc1:" + base64 of its ciphertext, bound to the session.
    Result<std::optional<std::string>> sealTitle(const std::string& sessionId,
                                                 const std::optional<std::string>& title) const;
    Result<void> buildSearchIndex();
    void dropSearchIndex();
    Result<void> rewriteAllContent(bool encrypt);

    sql::Database m_db;
    std::filesystem::path m_dataDir;
    std::string m_target; ///< what SQLite was opened with (path or memdb URI)
    std::shared_ptr<SingleInstance> m_instance;
    std::shared_ptr<void> m_readerClaim; ///< a reader's hold on the folder while it reads the file alone
    bool m_inMemory = false;
    bool m_readOnly = false;
    bool m_unclean = false;
    std::string m_readOnlyReason;
    std::shared_ptr<ProtectionState> m_protection; ///< keys and index name, shared with readers; null = no keyring
    crypto::KdfPolicy m_kdfPolicy = crypto::KdfPolicy::production();
    std::string m_indexSchema = "mem"; ///< where the in-memory search index lives: "mem" (shared memdb) or "temp"
    bool m_indexAttached = false;
};

/// Checks a payload: valid UTF-8 JSON, nesting at most kMaxJsonDepth, at most kMaxPayloadBytes.
Result<void> validatePayload(std::string_view payload);
/// validatePayload, then rewrites `payload` in its canonical form (compact, keys sorted), the form the
/// journal stores: the same answer always has the same bytes, and exports embed it as it is.
Result<void> canonicalizePayload(std::string& payload);
/// What a person wrote in a payload (its text fields), joined by newlines: the text that search indexes.
/// Never the payload's kind, ids, option ids, states or times.
std::string searchableText(std::string_view payload);
/// Nesting depth of JSON text (brackets outside strings), stopping early past `limit`.
int jsonDepth(std::string_view text, int limit);

template <typename Work> Result<void> Journal::transaction(Work&& work)
{
    if (auto writable = requireWritable(); !writable)
        return writable;
    if (m_db.inTransaction()) // already inside an outer transaction: it decides
        return work();
    auto tx = sql::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (Result<void> done = work(); !done)
        return done;
    return tx->commit();
}

} // namespace tend::journal
