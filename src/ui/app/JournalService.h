#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/crypto/SecureBytes.h"
#include "tend/journal/Journal.h"
#include "tend/modes/CommitmentLedger.h"
#include "tend/modes/SoloToJoint.h"

namespace tend::journal {
class JournalWriter;
class SingleInstance;
} // namespace tend::journal

namespace tend::ui {

struct AppOptions;
struct Profile;

/// The UI's door to the journal. Every write goes through the journal's one writer thread; the
/// callbacks given here run on the UI thread, after COMMIT returned (that is when "Saved" may show).
/// Reads use a separate read-only connection on the UI thread (they are small and indexed).
class JournalService : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString& error)>;

    /// Why the journal could not be opened: the kind (damaged, newer, in use...), the sentence, the backup to offer.
    struct OpenFailure {
        journal::OpenProblem problem = journal::OpenProblem::None;
        QString message;
        std::optional<journal::backup::BackupInfo> latestBackup;
    };
    /// Opens the journal for the app (in memory in demo mode). Null with `failure` filled in when it cannot
    /// be opened; nothing was written then.
    static JournalService* open(const AppOptions& options, std::shared_ptr<journal::SingleInstance> instance,
                                QObject* parent, OpenFailure& failure);
    /// A journal that lives in memory only (demo, tests).
    static JournalService* openInMemory(QObject* parent);
    /// Takes over a journal opened elsewhere (the demo's seeded in-memory journal).
    static JournalService* adopt(std::unique_ptr<journal::Journal> journal, QObject* parent);
    ~JournalService() override;

    bool isInMemory() const { return m_inMemory; }
    bool isReadOnly() const;
    /// Why the journal is read-only (a sentence), empty when it is not.
    QString readOnlyReason() const;
    std::filesystem::path dataDir() const { return m_dataDir; }
    journal::Journal& reader() { return *m_reader; }

    // ---- people ----
    Profile loadProfile();
    /// Writes the couple and partners; fills in ids that were empty (synchronously, so later writes can use them).
    void saveProfile(Profile& profile);

    // ---- safety (private per person) ----
    nlohmann::json latestSafetyRecord(const std::string& partnerId);
    void saveSafetyRecord(const std::string& partnerId, const nlohmann::json& record);

    // ---- sessions, entries, drafts ----
    /// The newest session of the couple that is active or paused, if any.
    std::optional<journal::Session> resumableSession(const std::string& coupleId);
    std::optional<journal::Session> session(const std::string& id);
    /// Adds (when `isNew`) or updates a session row.
    void saveSession(const journal::Session& session, bool isNew, Done done = {});
    /// Gives a session its own title, or (empty) lets the default from the first words written come back.
    void setSessionTitle(const std::string& sessionId, const std::string& title, Done done = {});
    void finishEntry(const journal::Entry& entry, Done done = {});
    void saveDraft(const journal::Draft& draft, Done done = {});
    void dropDraft(const std::string& id);
    std::vector<journal::Draft> drafts(const std::string& sessionId);
    std::vector<journal::Entry> entries(const std::string& sessionId, const journal::Viewer& viewer);
    std::vector<journal::SessionSummary> sessions(const std::string& coupleId);
    /// One page of that list, newest first: at most `limit` sessions older than `beforeSeq` (0 = the newest).
    std::vector<journal::SessionSummary> sessionPage(const std::string& coupleId, std::int64_t beforeSeq, int limit);
    std::vector<journal::SearchHit> search(const journal::SearchQuery& query);
    std::vector<journal::Commitment> commitments(const std::string& coupleId, bool openOnly = false);
    void addCommitment(const journal::Commitment& commitment, Done done = {});
    /// The repair-attempts ledger: newest first; noting one and taking one back go through the writer.
    std::vector<journal::RepairAttempt> repairAttempts(const std::string& coupleId);
    void addRepairAttempt(const journal::RepairAttempt& attempt, Done done = {});
    void deleteRepairAttempt(const std::string& id, Done done = {});
    void addCheckIn(const journal::CheckIn& checkIn);
    /// Adds the commitment lines of a repair to the ledger in one transaction (duplicates and lines already
    /// recorded for the session are skipped).
    void recordCommitments(const modes::NewCommitments& made, const std::vector<engine::Commitment>& lines,
                           Done done = {});
    /// Brings a reflection written alone into a repair together (one transaction; see modes/SoloToJoint.h).
    void bringIntoJoint(const modes::BringRequest& request, Done done = {});
    /// Stores one answer to "did we keep this?" (status and history in the commitment's row).
    void reviewCommitment(const std::string& coupleId, const std::string& commitmentId,
                          const modes::LedgerReview& review, Done done = {});

    // ---- backups ----
    std::vector<journal::backup::BackupInfo> backups() const;
    void backupNow(Done done);
    /// Runs the daily backup on the writer thread if one is due.
    void dailyBackupIfDue();
    /// Puts a backup in place: finishes all writes, closes, restores, reopens. `setAside` names where
    /// the replaced journal went.
    bool restore(const std::filesystem::path& backupFile, QString& error, QString& setAside);

    // ---- protection: passphrase, recovery key, partner keys, lock (JournalServiceProtection.cpp) ----
    /// The outcome of a key operation, on the UI thread. `code` tells a wrong passphrase from damaged key data.
    struct KeyOutcome {
        bool ok = true;
        crypto::ErrorCode code = crypto::ErrorCode::System;
        QString message;
    };
    using KeyDone = std::function<void(const KeyOutcome&)>;
    /// A secret typed by a person, moved into locked memory (the UTF-8 bytes exactly as typed).
    static std::shared_ptr<crypto::SecureBytes> secretFrom(const QString& typed);
    bool hasKeyring() const;
    bool isProtected() const;
    bool isLocked() const;
    bool hasRecoveryKey() const;
    /// The kind of secret guarding this partner's private answers, nullopt when they have none of their own.
    std::optional<crypto::PartnerSecretKind> partnerSecretKind(const std::string& partnerId) const;
    bool isPartnerUnlocked(const std::string& partnerId) const;
    /// The slow steps (Argon2id, re-encrypting) run on the writer thread; `done` runs on the UI thread.
    void unlock(std::shared_ptr<crypto::SecureBytes> passphrase, KeyDone done);
    void unlockWithRecoveryKey(std::shared_ptr<crypto::SecureBytes> recoveryKey, KeyDone done);
    /// Waits for queued writes, then wipes the keys and drops the search index (reader and writer).
    void lock();
    void enableProtection(std::shared_ptr<crypto::SecureBytes> passphrase, KeyDone done);
    void changePassphrase(std::shared_ptr<crypto::SecureBytes> passphrase, KeyDone done);
    void removeProtection(KeyDone done);
    /// A new recovery key (replacing any earlier one); its printable text arrives once, in locked memory.
    void createRecoveryKey(std::function<void(const KeyOutcome&, std::shared_ptr<crypto::SecureBytes>)> done);
    void addPartnerKey(const std::string& partnerId, crypto::PartnerSecretKind kind,
                       std::shared_ptr<crypto::SecureBytes> secret, KeyDone done);
    void changePartnerSecret(const std::string& partnerId, crypto::PartnerSecretKind kind,
                             std::shared_ptr<crypto::SecureBytes> secret, KeyDone done);
    void unlockPartner(const std::string& partnerId, crypto::PartnerSecretKind kind,
                       std::shared_ptr<crypto::SecureBytes> secret, KeyDone done);
    void lockPartner(const std::string& partnerId);
    /// Runs a read of the whole journal (an export) on the writer thread; `done` gets its result on the UI thread.
    void readWhole(std::function<Result<std::string>(journal::Journal&)> work,
                   std::function<void(const Result<std::string>&)> done);
    /// Runs small work on the writer thread and waits for it (come-back reminders: once-only delivery needs the
    /// check and the mark on the one writer).
    Result<void> run(std::function<Result<void>(journal::Journal&)> work);

    /// Waits for every queued write (quit, pause, tests).
    void flush();
    /// The single-instance socket to watch (-1 when none).
    int listenFd() const;
    int takeRequests();

Q_SIGNALS:
    /// A write failed; the sentence says what was not saved (never what it said).
    void writeFailed(const QString& message);
    /// The journal was replaced (restore): everything shown should be reloaded.
    void reopened();
    /// The journal was locked or unlocked (protection changes too).
    void protectionChanged();

private:
    JournalService(std::unique_ptr<journal::Journal> journal, QObject* parent);
    QString m_readOnlyReason;
    bool attach(std::unique_ptr<journal::Journal> journal, QString& problem);
    void submit(std::function<Result<void>(journal::Journal&)> work, Done done, const char* what);
    Done onUiThread(Done done, const char* what);
    void runKey(std::function<crypto::CryptoResult<void>(journal::Journal&)> work, KeyDone done, bool reloads);

    std::unique_ptr<journal::JournalWriter> m_writer;
    std::unique_ptr<journal::Journal> m_reader;
    std::shared_ptr<journal::SingleInstance> m_instance;
    std::filesystem::path m_dataDir;
    bool m_inMemory = false;
};

} // namespace tend::ui
