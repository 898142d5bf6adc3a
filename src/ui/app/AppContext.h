#pragma once

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <functional>
#include <memory>

#include <nlohmann/json.hpp>

#include "tend/crypto/KdfParams.h"
#include "tend/safety/SafetyStatus.h"
#include "ui/app/AppClock.h"
#include "ui/app/JournalService.h"
#include "ui/cards/CardContext.h"

namespace tend::content {
class ContentLibrary;
}
namespace tend::coach {
class CoachContent;
}
namespace tend::journal {
class SingleInstance;
}
namespace tend::regulation {
struct RegulationContent;
}

namespace tend::safety {
class SafetyCheck;
class HelpResources;
} // namespace tend::safety

namespace tend::ui {

class Language;
class Settings;
class Theme;
class JournalService;
class ReturnReminders;

/// Where Tend keeps things for this run.
struct AppOptions {
    std::filesystem::path dataDir;    ///< journal, settings, backups, logs
    std::filesystem::path contentDir; ///< programs, practices, safety check, help resources
    bool demo = false;                ///< nothing written to disk
    bool inMemorySettings = false;    ///< settings kept in memory (demo, tests, screenshots)
    bool openAtNewRepair = false;     ///< `tend --new-repair`: Home, where a repair starts, not the last view
    /// The language for this run: a code ("es"), or empty to follow the Language setting (main() leaves it empty
    /// unless --locale names one; tests keep English).
    std::string locale = "en";
    /// The claim on the data folder made by main() (null: the journal claims it itself).
    std::shared_ptr<journal::SingleInstance> instance;
    /// Argon2id costs for new key data (a passphrase set in the app). Tests pass crypto::KdfPolicy::minimum().
    crypto::KdfPolicy kdfPolicy = crypto::KdfPolicy::production();
};

/// The people using Tend: a couple (two partners) or one person on their own.
struct Profile {
    std::string coupleId;
    bool solo = false;
    QList<PartnerInfo> partners;

    bool isSet() const { return !partners.isEmpty(); }
    /// "Sam and Alex", or the one name.
    QString names() const;
    PartnerInfo partner(const std::string& id) const;
};

/// What a person's latest safety check means for the app. Never shown to the other partner.
/// One person's latest private check, as the core reads it (tend/safety/SafetyStatus.h).
using SafetyStatus = tend::safety::SafetyStatus;

/// Everything the screens share: options, settings, theme, the people, content and (once open) the
/// journal. Heavy work waits for loadDeferred(), which the window runs after its first frame.
class AppContext : public QObject {
    Q_OBJECT
public:
    explicit AppContext(AppOptions options, QObject* parent = nullptr);
    ~AppContext() override;

    const AppOptions& options() const { return m_options; }
    Settings* settings() const { return m_settings; }
    Theme* theme() const { return m_theme; }
    /// The language in use ("en", "es", "de"): the interface's words and the content's.
    QString language() const;
    /// Switches the interface and the content to `code` at once and keeps it as the setting ("system" follows the
    /// system). Emits languageChanged(); screens are rebuilt in the new language (nothing a person wrote is lost:
    /// the journal has it).
    void setLanguage(const QString& setting);

    /// Loads content and opens the journal. Runs once; emits ready() when done.
    void loadDeferred();
    bool isReady() const { return m_ready; }

    // ---- the people ----
    const Profile& profile() const { return m_profile; }
    /// Saves a new or changed profile (names, colours) and announces it.
    void setProfile(const Profile& profile);
    QString partnerColour(const std::string& partnerId) const;
    /// Who is at the keyboard now (a partner id; empty when not known). Set when a person confirms who they
    /// are behind the privacy curtain, and by who is writing in a session.
    const std::string& atKeyboard() const { return m_atKeyboard; }
    void setAtKeyboard(const std::string& partnerId) { m_atKeyboard = partnerId; }

    // ---- safety (per person, private) ----
    SafetyStatus safetyStatus(const std::string& partnerId) const;
    /// Stores a finished or postponed check for one person; `record` is the private payload.
    void recordSafetyCheck(const std::string& partnerId, const nlohmann::json& record);
    /// True when every person's latest check leaves joint exercises open.
    bool jointAllowed() const;
    /// False while anyone's latest check turned take-space off: then nobody in the couple is offered a come-back
    /// plan, reminded of one or shown one on Home (tend/safety/ProgramAccess.h says why).
    bool comeBackPlanAllowed() const;
    /// Partners whose check is due (never taken, postponed, or older than its recheck time).
    QList<PartnerInfo> safetyChecksDue() const;

    // ---- content ----
    const content::ContentLibrary* library() const { return m_library.get(); }
    const tend::safety::SafetyCheck& safetyCheck() const { return *m_safetyCheck; }
    /// False when the locale's safety check is missing or broken: then no program step opens for anyone (the
    /// calming practices and the help page stay), and Home lists the problems.
    bool safetyCheckSound() const { return m_safetyCheckSound; }
    const tend::safety::HelpResources& helpResources() const { return *m_help; }
    /// The language coach for the locale (content/coach/coach.<locale>.json), or null when there is none.
    const coach::CoachContent* coach() const { return m_coach.get(); }
    /// Patterns, practices, texts and rebonding ideas as the regulation widgets read them (loaded once).
    const tend::regulation::RegulationContent& regulationContent() const { return *m_regulationContent; }
    /// At most this many content problems are listed; a last line counts the rest.
    static constexpr qsizetype kMaxListedProblems = 200;
    /// Content problems a person should see (a file that did not load), as sentences.
    const QStringList& contentProblems() const { return m_contentProblems; }

    /// The journal, once open (null before ready(), or when it could not be opened).
    JournalService* journal() const { return m_journal; }
    /// Why the journal could not be opened (a sentence naming the file), empty when it is fine.
    QString journalProblem() const { return m_journalProblem; }
    /// What kind of problem that is (damaged, newer, in use by another Tend...); None when the journal is open.
    journal::OpenProblem journalOpenProblem() const { return m_journalFailure.problem; }
    /// The newest verified backup, offered when the journal could not be opened.
    const std::optional<journal::backup::BackupInfo>& latestBackup() const { return m_journalFailure.latestBackup; }
    /// Tries to open the journal again (after another Tend let go of the folder). True when it is open now.
    bool retryJournal();
    /// Puts the newest verified backup in place of a journal that could not be opened (the old file is set aside,
    /// never deleted) and opens it. True when the journal is open now; `error` says why not.
    bool restoreLatestBackup(QString& error);
    /// Writes what can still be read from a damaged journal to `file` as an export (the journal is not changed).
    bool salvageTo(const QString& file, QString& error);
    /// Come-back reminders in the journal (null while the journal is not open).
    ReturnReminders* reminders() const { return m_reminders.get(); }

    /// The clock the UI uses for times it suggests (tests inject one).
    std::function<QDateTime()> now = [] { return QDateTime::currentDateTime(); };
    /// The same clock for the core (AppClock): sessions, the rows they write and the reminders read it.
    std::shared_ptr<const tend::Clock> clock() const { return m_clock; }

    /// For tests and screenshots: content loaded synchronously from `contentDir` without a journal.
    void loadContentNow();
    /// Adds the programs in the user content folder (`<data folder>/content/programs`) that are not loaded yet, so
    /// they can be started and resumed like shipped ones. Files with problems are skipped (Settings lists them).
    /// Returns how many were added. Runs at content load and on "Reload programs".
    int addUserPrograms();

    // ---- demo ("in the office") ----
    bool isDemo() const { return m_options.demo; }
    /// Demo mode: the paused sample session's id (empty otherwise).
    const std::string& demoPausedSessionId() const { return m_demoPausedSessionId; }
    /// Demo mode: throws away everything done since and seeds the sample journal afresh (in memory).
    void restartDemo();

Q_SIGNALS:
    void ready();
    /// Demo mode: the sample journal was seeded afresh ("start over").
    void demoRestarted();
    void profileChanged();
    void safetyChanged();
    /// The language changed (setLanguage): content is loaded again in the new language.
    void languageChanged();

private:
    void loadContent();
    void loadCoach();
    void openJournal();
    /// Holds the data folder's single-instance claim (claiming it now if needed); false when another Tend has it.
    bool holdFolder();
    void openDemoJournal();
    void loadProfileFromJournal();

    AppOptions m_options;
    Settings* m_settings;
    Theme* m_theme;
    std::unique_ptr<Language> m_language;
    bool m_ready = false;
    bool m_contentLoaded = false;
    Profile m_profile;
    std::string m_atKeyboard;
    QHash<QString, SafetyStatus> m_safetyStatus;
    std::unique_ptr<content::ContentLibrary> m_library;
    std::unique_ptr<tend::safety::SafetyCheck> m_safetyCheck;
    bool m_safetyCheckSound = true;
    std::unique_ptr<tend::safety::HelpResources> m_help;
    std::unique_ptr<coach::CoachContent> m_coach;
    std::unique_ptr<tend::regulation::RegulationContent> m_regulationContent;
    std::unique_ptr<ReturnReminders> m_reminders;
    QStringList m_contentProblems;
    JournalService* m_journal = nullptr;
    QString m_journalProblem;
    JournalService::OpenFailure m_journalFailure;
    std::string m_demoPausedSessionId;
    std::shared_ptr<const tend::Clock> m_clock = std::make_shared<AppClock>([this] { return now(); });
};

} // namespace tend::ui
