#include "ui/app/JournalService.h"

#include <QMetaObject>
#include <QPointer>

#include "tend/common/Log.h"
#include "tend/journal/Backup.h"
#include "tend/journal/JournalWriter.h"
#include "tend/journal/SingleInstance.h"
#include "ui/app/AppContext.h"
#include "ui/theme/RichText.h"

namespace tend::ui {

JournalService::JournalService(std::unique_ptr<journal::Journal> journal, QObject* parent) : QObject(parent)
{
    QString ignored;
    attach(std::move(journal), ignored);
}

bool JournalService::attach(std::unique_ptr<journal::Journal> journal, QString& problem)
{
    m_inMemory = journal->isInMemory();
    m_dataDir = journal->dataDir();
    m_readOnlyReason = qs(journal->readOnlyReason());
    if (journal->instance())
        m_instance = journal->instance();
    m_writer = std::make_unique<journal::JournalWriter>(std::move(journal));
    auto reader = m_writer->openReader();
    if (!reader) {
        problem = qs(reader.error().message);
        return false;
    }
    m_reader = std::move(reader.value());
    return true;
}

JournalService* JournalService::open(const AppOptions& options, std::shared_ptr<journal::SingleInstance> instance,
                                     QObject* parent, OpenFailure& failure)
{
    if (options.demo)
        return openInMemory(parent);
    journal::OpenOptions openOptions;
    openOptions.instance = std::move(instance);
    openOptions.kdfPolicy = options.kdfPolicy;
    journal::OpenResult opened = journal::Journal::open(options.dataDir, openOptions);
    if (!opened.ok()) {
        failure.problem = opened.problem;
        failure.message = qs(opened.message);
        failure.latestBackup = opened.latestBackup;
        tend::log::get("ui")->warn("journal could not be opened (problem {})", int(opened.problem));
        return nullptr;
    }
    auto* service = new JournalService(std::move(opened.journal), parent);
    if (!service->m_reader) {
        failure.problem = journal::OpenProblem::Unreadable;
        failure.message = tr("The journal opened but could not be read.");
        delete service;
        return nullptr;
    }
    return service;
}

JournalService* JournalService::openInMemory(QObject* parent)
{
    auto journal = journal::Journal::openInMemory();
    if (!journal)
        return nullptr;
    return new JournalService(std::move(journal.value()), parent);
}

JournalService* JournalService::adopt(std::unique_ptr<journal::Journal> journal, QObject* parent)
{
    if (!journal)
        return nullptr;
    return new JournalService(std::move(journal), parent);
}

JournalService::~JournalService()
{
    // Closing: the writer finishes every queued write first.
    m_reader.reset();
    m_writer.reset();
}

bool JournalService::isReadOnly() const
{
    return m_writer && m_writer->isReadOnly();
}

QString JournalService::readOnlyReason() const
{
    return isReadOnly() ? m_readOnlyReason : QString();
}

JournalService::Done JournalService::onUiThread(Done done, const char* what)
{
    QPointer<JournalService> self(this);
    const std::string label = what;
    return [self, done = std::move(done), label](bool ok, const QString& error) {
        if (!self)
            return;
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, ok, error, label] {
                if (!ok) {
                    tend::log::get("ui")->warn("journal write failed: {}", label);
                    Q_EMIT self->writeFailed(error);
                }
                if (done)
                    done(ok, error);
            },
            Qt::QueuedConnection);
    };
}

void JournalService::submit(std::function<Result<void>(journal::Journal&)> work, Done done, const char* what)
{
    Done back = onUiThread(std::move(done), what);
    if (!m_writer) {
        back(false, tr("The journal is closed."));
        return;
    }
    m_writer->submit(std::move(work), [back](const Result<void>& result) {
        back(result.ok(), result.ok() ? QString() : qs(result.error().message));
    });
}

Profile JournalService::loadProfile()
{
    Profile profile;
    auto couples = m_reader->couples();
    if (!couples || couples->empty())
        return profile;
    const journal::Couple& couple = couples->front();
    profile.coupleId = couple.id;
    profile.solo = couple.kind == journal::CoupleKind::Solo;
    auto partners = m_reader->partners(couple.id);
    if (partners) {
        std::vector<journal::Partner> list = *partners;
        std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.position < b.position; });
        for (const auto& p : list)
            profile.partners.append({p.id, qs(p.displayName), QString()});
    }
    return profile;
}

void JournalService::saveProfile(Profile& profile)
{
    const bool newCouple = profile.coupleId.empty();
    journal::Couple couple;
    couple.id = newCouple ? journal::newId() : profile.coupleId;
    couple.kind = profile.solo ? journal::CoupleKind::Solo : journal::CoupleKind::Couple;
    couple.name = ss(profile.names());
    profile.coupleId = couple.id;
    std::vector<std::pair<journal::Partner, bool>> partners;
    int position = 0;
    for (PartnerInfo& info : profile.partners) {
        journal::Partner p;
        const bool isNew = info.id.empty();
        p.id = isNew ? journal::newId() : info.id;
        info.id = p.id;
        p.coupleId = couple.id;
        p.displayName = ss(info.name);
        p.position = position++;
        partners.emplace_back(p, isNew);
    }
    submit(
        [couple, partners, newCouple](journal::Journal& j) -> Result<void> {
            return j.transaction([&]() -> Result<void> {
                journal::Couple c = couple;
                if (auto r = newCouple ? j.addCouple(c) : j.updateCouple(c); !r)
                    return r;
                for (const auto& [partner, isNew] : partners) {
                    journal::Partner p = partner;
                    if (auto r = isNew ? j.addPartner(p) : j.updatePartner(p); !r)
                        return r;
                }
                return {};
            });
        },
        {}, "profile");
}

nlohmann::json JournalService::latestSafetyRecord(const std::string& partnerId)
{
    auto answers = m_reader->safetyAnswers(partnerId);
    if (!answers || answers->empty())
        return nullptr;
    nlohmann::json record = nlohmann::json::parse(answers->back().payload, nullptr, false);
    return record.is_discarded() ? nlohmann::json(nullptr) : record;
}

void JournalService::saveSafetyRecord(const std::string& partnerId, const nlohmann::json& record)
{
    journal::SafetyAnswer answer;
    answer.id = journal::newId();
    answer.partnerId = partnerId;
    answer.payload = record.dump();
    submit([answer](journal::Journal& j) mutable -> Result<void> { return j.addSafetyAnswer(answer); }, {},
           "safety record");
}

std::optional<journal::Session> JournalService::resumableSession(const std::string& coupleId)
{
    auto list = m_reader->sessionList(coupleId);
    if (!list)
        return std::nullopt;
    for (const auto& summary : *list) {
        if (summary.session.status == journal::SessionStatus::Active ||
            summary.session.status == journal::SessionStatus::Paused)
            return summary.session;
    }
    return std::nullopt;
}

std::optional<journal::Session> JournalService::session(const std::string& id)
{
    auto found = m_reader->session(id);
    if (!found)
        return std::nullopt;
    return *found;
}

void JournalService::saveSession(const journal::Session& session, bool isNew, Done done)
{
    submit(
        [session, isNew](journal::Journal& j) -> Result<void> {
            journal::Session s = session;
            return isNew ? j.addSession(s) : j.updateSession(s);
        },
        std::move(done), "session");
}

void JournalService::setSessionTitle(const std::string& sessionId, const std::string& title, Done done)
{
    submit(
        [sessionId, title](journal::Journal& j) -> Result<void> {
            return j.setSessionTitle(sessionId,
                                     title.empty() ? std::optional<std::string>() : std::optional<std::string>(title));
        },
        std::move(done), "title");
}

void JournalService::finishEntry(const journal::Entry& entry, Done done)
{
    Done back = onUiThread(std::move(done), "entry");
    m_writer->finishEntry(entry, [back](const Result<void>& result, const journal::Entry&) {
        back(result.ok(), result.ok() ? QString() : qs(result.error().message));
    });
}

void JournalService::saveDraft(const journal::Draft& draft, Done done)
{
    // While locked the screen is emptied and the real text was saved just before locking: a save now could only
    // fail or, worse, write the emptied text. It is skipped; the next edit after unlocking saves again.
    if (isLocked())
        return;
    Done back = onUiThread(std::move(done), "draft");
    m_writer->saveDraft(draft, [back](const Result<void>& result) {
        back(result.ok(), result.ok() ? QString() : qs(result.error().message));
    });
}

void JournalService::dropDraft(const std::string& id)
{
    submit([id](journal::Journal& j) { return j.deleteDraft(id); }, {}, "draft removal");
}

std::vector<journal::Draft> JournalService::drafts(const std::string& sessionId)
{
    auto list = m_reader->drafts(sessionId);
    return list ? *list : std::vector<journal::Draft>{};
}

std::vector<journal::Entry> JournalService::entries(const std::string& sessionId, const journal::Viewer& viewer)
{
    auto list = m_reader->entries(sessionId, viewer);
    return list ? *list : std::vector<journal::Entry>{};
}

std::vector<journal::SessionSummary> JournalService::sessions(const std::string& coupleId)
{
    auto list = m_reader->sessionList(coupleId);
    return list ? *list : std::vector<journal::SessionSummary>{};
}

std::vector<journal::SessionSummary> JournalService::sessionPage(const std::string& coupleId, std::int64_t beforeSeq,
                                                                 int limit)
{
    auto page = m_reader->sessionPage(coupleId, beforeSeq, limit);
    return page ? *page : std::vector<journal::SessionSummary>{};
}

std::vector<journal::SearchHit> JournalService::search(const journal::SearchQuery& query)
{
    auto hits = m_reader->search(query);
    return hits ? *hits : std::vector<journal::SearchHit>{};
}

std::vector<journal::Commitment> JournalService::commitments(const std::string& coupleId, bool openOnly)
{
    auto list = m_reader->commitments(coupleId, openOnly);
    return list ? *list : std::vector<journal::Commitment>{};
}

void JournalService::addCommitment(const journal::Commitment& commitment, Done done)
{
    submit([c = commitment](journal::Journal& j) mutable -> Result<void> { return j.addCommitment(c); },
           std::move(done), "commitment");
}

std::vector<journal::RepairAttempt> JournalService::repairAttempts(const std::string& coupleId)
{
    auto list = m_reader->repairAttempts(coupleId);
    return list ? *list : std::vector<journal::RepairAttempt>{};
}

void JournalService::addRepairAttempt(const journal::RepairAttempt& attempt, Done done)
{
    submit([a = attempt](journal::Journal& j) mutable -> Result<void> { return j.addRepairAttempt(a); },
           std::move(done), "repair attempt");
}

void JournalService::deleteRepairAttempt(const std::string& id, Done done)
{
    submit([id](journal::Journal& j) -> Result<void> { return j.deleteRepairAttempt(id); }, std::move(done),
           "repair attempt");
}

void JournalService::recordCommitments(const modes::NewCommitments& made, const std::vector<engine::Commitment>& lines,
                                       Done done)
{
    submit(
        [made, lines](journal::Journal& j) -> Result<void> {
            auto added = modes::recordCommitments(j, made, lines);
            if (!added)
                return added.error();
            return {};
        },
        std::move(done), "commitments");
}

void JournalService::bringIntoJoint(const modes::BringRequest& request, Done done)
{
    submit(
        [request](journal::Journal& j) -> Result<void> {
            auto plan = modes::bringIntoJoint(j, request);
            if (!plan)
                return plan.error();
            return {};
        },
        std::move(done), "reflection brought into a repair together");
}

void JournalService::reviewCommitment(const std::string& coupleId, const std::string& commitmentId,
                                      const modes::LedgerReview& review, Done done)
{
    submit(
        [coupleId, commitmentId, review](journal::Journal& j) -> Result<void> {
            auto saved = modes::reviewCommitment(j, coupleId, commitmentId, review);
            if (!saved)
                return saved.error();
            return {};
        },
        std::move(done), "commitment review");
}

void JournalService::addCheckIn(const journal::CheckIn& checkIn)
{
    submit([c = checkIn](journal::Journal& j) mutable -> Result<void> { return j.addCheckIn(c); }, {}, "check-in");
}

std::vector<journal::backup::BackupInfo> JournalService::backups() const
{
    if (m_inMemory)
        return {};
    return journal::backup::list(m_dataDir);
}

void JournalService::backupNow(Done done)
{
    if (m_inMemory) {
        if (done)
            done(false, tr("Backups are not made in demo mode."));
        return;
    }
    submit(
        [](journal::Journal& j) -> Result<void> {
            auto made = j.backupNow("manual");
            if (!made)
                return made.error();
            return {};
        },
        std::move(done), "backup");
}

void JournalService::dailyBackupIfDue()
{
    if (m_inMemory)
        return;
    submit(
        [](journal::Journal& j) -> Result<void> {
            auto made = j.dailyBackup();
            if (!made)
                return made.error();
            return {};
        },
        {}, "daily backup");
}

bool JournalService::restore(const std::filesystem::path& backupFile, QString& error, QString& setAside)
{
    if (m_inMemory) {
        error = tr("There is nothing to restore in demo mode.");
        return false;
    }
    // The folder claim must outlive the closed journal so no other Tend slips in while we swap files.
    std::shared_ptr<journal::SingleInstance> claim = m_instance;
    m_reader.reset();
    m_writer.reset();
    auto restored = journal::backup::restore(m_dataDir, backupFile);
    if (restored && !restored->empty())
        setAside = qs(restored->string());
    journal::OpenOptions options;
    options.instance = claim;
    journal::OpenResult opened = journal::Journal::open(m_dataDir, options);
    if (!opened.ok()) {
        error = qs(opened.message);
        return false;
    }
    QString problem;
    if (!attach(std::move(opened.journal), problem)) {
        error = problem;
        return false;
    }
    if (!restored) {
        error = qs(restored.error().message);
        return false;
    }
    Q_EMIT reopened();
    return true;
}

Result<void> JournalService::run(std::function<Result<void>(journal::Journal&)> work)
{
    if (!m_writer)
        return makeError("The journal is not open.");
    return m_writer->run(std::move(work));
}

void JournalService::flush()
{
    if (m_writer)
        m_writer->flush();
}

int JournalService::listenFd() const
{
    return m_instance ? m_instance->listenFd() : -1;
}
int JournalService::takeRequests()
{
    return m_instance ? m_instance->takeRequests() : 0;
}

} // namespace tend::ui
