#include "ui/app/AppContext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <fstream>

#include "tend/coach/CoachContent.h"
#include "tend/common/Log.h"
#include "tend/common/Paths.h"
#include "tend/content/ContentLibrary.h"
#include "tend/demo/DemoJournal.h"
#include "tend/journal/Exchange.h"
#include "tend/journal/Schema.h"
#include "tend/journal/SingleInstance.h"
#include "tend/modes/UserContent.h"
#include "tend/regulation/RegulationLibrary.h"
#include "tend/safety/HelpResources.h"
#include "tend/safety/ProgramAccess.h"
#include "tend/safety/SafetyCheck.h"
#include "tend/validation/ContentCheck.h"
#include "tend/validation/TranslationParity.h"
#include "ui/app/JournalService.h"
#include "ui/app/Language.h"
#include "ui/app/ReturnReminders.h"
#include "ui/app/Settings.h"
#include "ui/theme/RichText.h"
#include "ui/theme/Theme.h"

namespace tend::ui {
namespace {

nlohmann::json readJson(const std::filesystem::path& file, QStringList& problems)
{
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        problems << QCoreApplication::translate("tend::ui::AppContext", "%1 could not be read.")
                        .arg(QString::fromStdString(file.string()));
        return nullptr;
    }
    nlohmann::json document = nlohmann::json::parse(in, nullptr, false);
    if (document.is_discarded()) {
        problems << QCoreApplication::translate("tend::ui::AppContext", "%1 is not valid JSON.")
                        .arg(QString::fromStdString(file.string()));
        return nullptr;
    }
    return document;
}

tend::safety::TimePoint toTimePoint(const QDateTime& when)
{
    return tend::safety::TimePoint(std::chrono::milliseconds(when.toMSecsSinceEpoch()));
}

QString settingsPath(const AppOptions& options)
{
    if (options.demo || options.inMemorySettings || options.dataDir.empty())
        return {};
    return QString::fromStdString((options.dataDir / "settings.ini").string());
}

// A setting as a language that can be used now. Only the one language is checked, so start-up reads no other
// language's files; one that is not usable (its safety check or help missing or broken) falls back to English.
QString chooseLanguage(const QString& setting, const std::filesystem::path& contentDir)
{
    const QString wanted = Language::resolve(setting, Language::shipped());
    if (wanted == QLatin1String("en") || wanted == Language::pseudoCode() ||
        validation::languageProblems(contentDir, wanted.toStdString()).empty())
        return wanted;
    return QStringLiteral("en");
}

// The pseudo-locale dresses the interface only; its content is English.
std::string contentLocale(const QString& language)
{
    return language == Language::pseudoCode() ? std::string("en") : language.toStdString();
}

} // namespace

QString Profile::names() const
{
    if (partners.isEmpty())
        return {};
    if (partners.size() == 1)
        return partners.front().name;
    return QCoreApplication::translate("tend::ui::Profile", "%1 and %2").arg(partners[0].name, partners[1].name);
}

PartnerInfo Profile::partner(const std::string& id) const
{
    for (const PartnerInfo& p : partners) {
        if (p.id == id)
            return p;
    }
    return {id, QString(), QString()};
}

AppContext::AppContext(AppOptions options, QObject* parent) : QObject(parent), m_options(std::move(options))
{
    // The data folder holds the settings file too, so make it (owner-only) before QSettings reads it.
    if (!m_options.demo && !m_options.dataDir.empty() && !m_options.inMemorySettings)
        (void)tend::paths::ensurePrivateDirectory(m_options.dataDir);
    m_settings = new Settings(settingsPath(m_options), this);
    // The demo always has its sample couple: open straight onto Home.
    if (m_options.demo)
        m_settings->setSetupComplete(true);
    m_theme = new Theme(m_settings, this);
    // The language before the first frame: --locale, else the setting (the system's language when Tend has it).
    m_language = std::make_unique<Language>();
    const QString language =
        chooseLanguage(m_options.locale.empty() ? m_settings->language() : QString::fromStdString(m_options.locale),
                       m_options.contentDir);
    m_language->apply(language);
    m_options.locale = contentLocale(language);
    m_safetyCheck = std::make_unique<tend::safety::SafetyCheck>(nullptr);
    m_help = std::make_unique<tend::safety::HelpResources>(nullptr);
    m_regulationContent = std::make_unique<tend::regulation::RegulationContent>();
}

AppContext::~AppContext()
{
    m_reminders.reset();
    delete m_journal;
    m_journal = nullptr;
}

void AppContext::loadDeferred()
{
    if (m_ready)
        return;
    m_theme->applyControlSheet();
    loadContent();
    openJournal();
    m_ready = true;
    Q_EMIT ready();
}

QString AppContext::language() const
{
    return m_language->current();
}

void AppContext::setLanguage(const QString& setting)
{
    m_settings->setLanguage(setting);
    const QString language = chooseLanguage(setting, m_options.contentDir);
    if (language == m_language->current())
        return;
    m_language->apply(language);
    m_options.locale = contentLocale(language);
    if (m_contentLoaded) {
        m_contentLoaded = false;
        m_contentProblems.clear();
        m_coach.reset();
        loadContent();
    }
    // The sample couple speak the language chosen: their history is seeded again from that language's stories.
    restartDemo();
    Q_EMIT languageChanged();
}

void AppContext::loadContentNow()
{
    loadContent();
}

void AppContext::loadContent()
{
    if (m_contentLoaded)
        return;
    m_contentLoaded = true;
    const std::filesystem::path dir = m_options.contentDir;
    m_library = std::make_unique<content::ContentLibrary>();
    if (auto added = m_library->addFolder(dir); !added)
        m_contentProblems << QString::fromStdString(added.error().message);
    qsizetype unlisted = 0;
    for (const auto& problem : m_library->problems()) {
        if (m_contentProblems.size() < kMaxListedProblems)
            m_contentProblems << QString::fromStdString(problem.file + ": " + problem.message);
        else
            ++unlisted; // counted, not formatted: only the first ones are shown
    }

    const std::string locale = m_options.locale;
    // The regulation widgets' own reading of the practices (patterns, steps, texts, ideas), once.
    if (auto regulation = tend::regulation::loadRegulationContent(dir, locale))
        *m_regulationContent = std::move(regulation.value());
    else
        m_contentProblems << QString::fromStdString(regulation.error().message);
    m_safetyCheck = std::make_unique<tend::safety::SafetyCheck>(
        readJson(dir / "safety" / ("safety-check." + locale + ".json"), m_contentProblems));
    // A broken safety check must say so where people look, not leave the check and the explanation silently empty.
    const auto safetyProblems = tend::validation::safetyCheckProblems(dir, locale);
    m_safetyCheckSound = safetyProblems.empty();
    if (const auto& problems = safetyProblems; !problems.empty()) {
        for (const auto& problem : problems)
            m_contentProblems << QString::fromStdString(problem.toString());
        m_contentProblems << QCoreApplication::translate("tend::ui::AppContext",
                                                         "Without a sound safety check, the repair programs and "
                                                         "exercises together stay closed.");
    }
    // Help in the person's language: resources.<locale>.json, with English's resources.json as the original.
    const std::filesystem::path help =
        dir / "help" / (locale == "en" ? std::string("resources.json") : "resources." + locale + ".json");
    m_help = std::make_unique<tend::safety::HelpResources>(readJson(help, m_contentProblems));
    loadCoach();
    addUserPrograms();
    // A list a person can read: the first ones and a count (a broken program once listed 50,000 on Home).
    if (m_contentProblems.size() > kMaxListedProblems || unlisted > 0) {
        const qsizetype more = std::max<qsizetype>(m_contentProblems.size() - kMaxListedProblems, 0) + unlisted;
        m_contentProblems.resize(std::min<qsizetype>(m_contentProblems.size(), kMaxListedProblems));
        m_contentProblems << tr("and %n more problems (tend validate-content lists them all)", nullptr, int(more));
    }
    tend::log::get("ui")->info("content loaded: {} programs, {} problems", m_library->programCount(),
                               m_contentProblems.size());
}

int AppContext::addUserPrograms()
{
    loadContent();
    if (!m_library || m_options.dataDir.empty())
        return 0;
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(modes::userProgramsFolder(m_options.dataDir), ec)) {
        if (entry.is_regular_file(ec) && entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    int added = 0;
    for (const auto& file : files) {
        // A program already loaded (shipped, or added by an earlier reload) is refused by the library.
        if (m_library->addProgramFile(file))
            ++added;
    }
    return added;
}

void AppContext::loadCoach()
{
    // A locale without a coach file simply has no coach note; a broken file is a problem worth showing.
    const std::filesystem::path file = coach::CoachContent::fileFor(m_options.contentDir, m_options.locale);
    std::error_code ec;
    if (!std::filesystem::exists(file, ec))
        return;
    auto loaded = coach::CoachContent::load(file);
    if (!loaded) {
        m_contentProblems << QString::fromStdString(loaded.error().message);
        return;
    }
    m_coach = std::make_unique<coach::CoachContent>(std::move(loaded.value()));
}

void AppContext::setProfile(const Profile& profile)
{
    m_profile = profile;
    if (m_journal)
        m_journal->saveProfile(m_profile); // gives new partners their ids
    // Colours live in settings under each partner's id, so they are stored once the ids exist.
    for (const PartnerInfo& p : m_profile.partners) {
        if (!p.id.empty())
            m_settings->setPartnerColour(qs(p.id), p.colour);
    }
    Q_EMIT profileChanged();
}

QString AppContext::partnerColour(const std::string& partnerId) const
{
    return m_settings->partnerColour(qs(partnerId));
}

SafetyStatus AppContext::safetyStatus(const std::string& partnerId) const
{
    return m_safetyStatus.value(qs(partnerId));
}

void AppContext::recordSafetyCheck(const std::string& partnerId, const nlohmann::json& record)
{
    m_safetyStatus.insert(qs(partnerId), tend::safety::statusFromRecord(record));
    if (m_journal)
        m_journal->saveSafetyRecord(partnerId, record);
    // Nothing about the outcome, the person or even that it happened at this moment goes to the log: the order
    // of such lines alone could tell a partner who was checked and when (docs/privacy.md, "Logs").
    Q_EMIT safetyChanged();
}

bool AppContext::jointAllowed() const
{
    // Without a sound safety check nobody can have been asked it (Home lists the problem).
    if (!m_safetyCheckSound || m_profile.solo || m_profile.partners.size() < 2)
        return false;
    for (const PartnerInfo& p : m_profile.partners) {
        const SafetyStatus status = safetyStatus(p.id);
        if (!status.taken || status.jointLocked)
            return false;
    }
    return true;
}

bool AppContext::comeBackPlanAllowed() const
{
    std::vector<SafetyStatus> couple;
    for (const PartnerInfo& p : m_profile.partners)
        couple.push_back(safetyStatus(p.id));
    return tend::safety::comeBackPlanAllowed(couple);
}

QList<PartnerInfo> AppContext::safetyChecksDue() const
{
    QList<PartnerInfo> due;
    for (const PartnerInfo& p : m_profile.partners) {
        if (safetyStatus(p.id).due(toTimePoint(now())))
            due << p;
    }
    return due;
}

void AppContext::openJournal()
{
    if (m_options.demo) {
        openDemoJournal();
        return;
    }
    m_journalFailure = {};
    m_journalProblem.clear();
    m_journal = JournalService::open(m_options, m_options.instance, this, m_journalFailure);
    if (!m_journal) {
        m_journalProblem = m_journalFailure.message;
        return;
    }
    m_reminders = std::make_unique<ReturnReminders>(m_journal, [this] { return now(); });
    connect(m_journal, &JournalService::reopened, this, &AppContext::loadProfileFromJournal);
    loadProfileFromJournal();
}

bool AppContext::holdFolder()
{
    // The folder may have been held by another Tend (a command-line import) when the window started.
    if (!m_options.instance || !m_options.instance->isPrimary()) {
        if (auto claim = journal::SingleInstance::claim(m_options.dataDir); claim && (*claim)->isPrimary())
            m_options.instance = std::move(claim.value());
    }
    return m_options.instance && m_options.instance->isPrimary();
}

bool AppContext::retryJournal()
{
    if (m_journal || m_options.demo)
        return m_journal != nullptr;
    (void)holdFolder();
    openJournal();
    if (m_journal)
        Q_EMIT ready();
    return m_journal != nullptr;
}

bool AppContext::restoreLatestBackup(QString& error)
{
    const auto backupFile = m_journalFailure.latestBackup;
    if (m_journal || !backupFile) {
        error = tr("There is no backup to restore.");
        return false;
    }
    // Only with the folder to ourselves: no other Tend may be reading the file being replaced.
    if (!holdFolder()) {
        error = tr("Another Tend is using this data folder. Close it, then try again.");
        return false;
    }
    auto restored = journal::backup::restore(m_options.dataDir, backupFile->file);
    if (!restored) {
        error = qs(restored.error().message);
        return false;
    }
    tend::log::get("ui")->info("journal restored from a backup after a failed open");
    openJournal();
    if (!m_journal) {
        error = m_journalProblem;
        return false;
    }
    Q_EMIT ready();
    return true;
}

bool AppContext::salvageTo(const QString& file, QString& error)
{
    auto salvaged = journal::exchange::salvage(m_options.dataDir / journal::schema::kDatabaseFileName);
    if (!salvaged) {
        error = qs(salvaged.error().message);
        return false;
    }
    if (salvaged->rowsRecovered == 0) {
        error = tr("Nothing could be read from the journal; no file was written.");
        return false;
    }
    QSaveFile out(file);
    out.setDirectWriteFallback(false);
    const std::string text = salvaged->document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    if (!out.open(QIODevice::WriteOnly)) {
        error = tr("%1 could not be written: %2").arg(file, out.errorString());
        return false;
    }
    // Owner-only before the first byte: a salvage holds every answer that could be read.
    (void)out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (out.write(text.data(), qint64(text.size())) != qint64(text.size()) || !out.commit()) {
        error = tr("%1 could not be written: %2").arg(file, out.errorString());
        return false;
    }
    (void)QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

// The demo's sample journal, seeded in memory from the loaded content: nothing is read from or written to
// the data folder. Both sample people count as having taken the private check (in memory only), so every
// screen, joint work included, has something to show.
void AppContext::openDemoJournal()
{
    m_demoPausedSessionId.clear();
    if (m_library) {
        tend::demo::DemoOptions demoOptions;
        demoOptions.now = std::chrono::system_clock::now();
        demoOptions.locale = m_options.locale;
        demoOptions.contentDir = m_options.contentDir;
        if (auto demo = tend::demo::openDemoJournal(*m_library, demoOptions)) {
            m_demoPausedSessionId = demo->pausedSessionId;
            const char* colours[] = {"sage", "clay"};
            for (std::size_t i = 0; i < demo->partners.size(); ++i)
                m_settings->setPartnerColour(qs(demo->partners[i].id), QString::fromLatin1(colours[i % 2]));
            m_journal = JournalService::adopt(std::move(demo->journal), this);
        } else {
            m_journalProblem = qs(demo.error().message);
            tend::log::get("ui")->warn("demo journal could not be seeded");
        }
    }
    if (!m_journal)
        m_journal = JournalService::openInMemory(this);
    if (!m_journal)
        return;
    loadProfileFromJournal();
    for (const PartnerInfo& p : m_profile.partners) {
        SafetyStatus status;
        status.taken = true;
        status.checkedAt = std::chrono::system_clock::now();
        m_safetyStatus.insert(qs(p.id), status);
    }
    Q_EMIT safetyChanged();
}

void AppContext::restartDemo()
{
    if (!m_options.demo || !m_ready)
        return;
    delete m_journal;
    m_journal = nullptr;
    m_journalProblem.clear();
    m_safetyStatus.clear();
    openDemoJournal();
    tend::log::get("ui")->info("demo started over");
    Q_EMIT demoRestarted();
}

void AppContext::loadProfileFromJournal()
{
    Profile profile = m_journal->loadProfile();
    for (PartnerInfo& p : profile.partners)
        p.colour = m_settings->partnerColour(qs(p.id));
    m_profile = profile;
    for (const PartnerInfo& p : m_profile.partners) {
        const nlohmann::json record = m_journal->latestSafetyRecord(p.id);
        if (!record.is_null()) {
            const QSignalBlocker block(this);
            // Re-use the same reading as a fresh record, without writing it back.
            JournalService* journal = m_journal;
            m_journal = nullptr;
            recordSafetyCheck(p.id, record);
            m_journal = journal;
        }
    }
    if (m_profile.isSet() && !m_settings->setupComplete())
        m_settings->setSetupComplete(true);
    Q_EMIT profileChanged();
}

} // namespace tend::ui
