#include "ui/app/SessionController.h"

#include "tend/common/Log.h"
#include "tend/content/ContentLibrary.h"
#include "tend/engine/AnswerRules.h"
#include "tend/modes/AnswerPayload.h"
#include "tend/modes/ProgramSwitch.h"
#include "tend/repair/RoundCommitments.h"
#include "tend/repair/SessionRecord.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/theme/RichText.h"

namespace tend::ui {

SessionController::SessionController(AppContext* app, QObject* parent)
    : QObject(parent), m_app(app), m_clock(app->clock())
{
}

SessionController::~SessionController() = default;

bool SessionController::startNew(const std::vector<std::string>& partners, bool together, QString& error,
                                 const std::string& programId)
{
    const content::ContentLibrary* library = m_app->library();
    const std::string id = programId.empty() ? std::string(modes::kRepairProgramId) : programId;
    auto program = library ? library->programPreferring(id, m_app->options().locale) : nullptr;
    if (!program) {
        error = tr("The repair program could not be loaded, so a repair cannot start.");
        return false;
    }
    auto created = engine::Session::create(program, partners, m_clock);
    if (!created) {
        error = qs(created.error().message);
        return false;
    }
    engine::Session session = std::move(created.value());
    if (auto started = session.start(); !started) {
        error = qs(started.error().message);
        return false;
    }
    m_session = std::move(session);
    m_session->subscribe([this](const engine::Event& e) { onEvent(e); });
    m_row = journal::Session{};
    m_row.id = journal::newId();
    m_row.coupleId = m_app->profile().coupleId;
    m_row.programId = program->id;
    m_row.programVersion = program->version;
    m_row.mode = together ? journal::SessionMode::Together : journal::SessionMode::Solo;
    m_row.status = journal::SessionStatus::Active;
    m_row.startedAt = journal::isoUtc(m_clock->now());
    m_rowStored = false;
    m_entryIds.clear();
    m_drafts.clear();
    m_checkInsRecorded.clear();
    m_commitmentsRecorded = false;
    tend::log::get("ui")->info("session started ({} partner(s))", partners.size());
    persist();
    Q_EMIT changed();
    return true;
}

bool SessionController::switchProgram(const std::string& programId, QString& error)
{
    const content::ContentLibrary* library = m_app->library();
    auto target = library ? library->programPreferring(programId, m_app->options().locale) : nullptr;
    if (!m_session || !target) {
        error = tr("The full repair could not be loaded, so this one goes on.");
        return false;
    }
    const std::vector<modes::CarriedAnswer> carried = modes::carriedAnswers(*m_session, *target);
    const std::vector<std::string> partners = m_session->partners();
    const bool wasTogether = together();

    // The session being left stays in the journal as it is, set aside: nothing written is lost.
    persist();
    const journal::Session left = m_row;
    m_row.status = journal::SessionStatus::Abandoned;
    m_row.endedAt = journal::isoUtc(m_clock->now());
    if (JournalService* journal = m_app->journal())
        journal->saveSession(m_row, false);
    if (!startNew(partners, wasTogether, error, programId)) {
        m_row = left;
        persist();
        return false;
    }
    for (const modes::CarriedAnswer& answer : carried)
        saveDraft(answer.partner, answer.cardId, answer.value, answer.keptPrivate, {});
    Q_EMIT changed();
    return true;
}

std::optional<journal::Session> SessionController::resumable() const
{
    JournalService* journal = m_app->journal();
    if (!journal || !m_app->profile().isSet())
        return std::nullopt;
    return journal->resumableSession(m_app->profile().coupleId);
}

bool SessionController::load(const journal::Session& row, QString& error)
{
    const content::ContentLibrary* library = m_app->library();
    auto program = library ? library->program(row.programId, m_app->options().locale) : nullptr;
    if (!program && library)
        program = library->programPreferring(row.programId, m_app->options().locale);
    if (!program) {
        error = tr("The program this repair used is no longer available.");
        return false;
    }
    const auto state = repair::savedEngineState(row);
    if (!state) {
        error = tr("The saved state of this repair could not be read.");
        return false;
    }
    auto restored = engine::Session::fromJson(*state, program, m_clock);
    if (!restored) {
        error = qs(restored.error().message);
        return false;
    }
    m_session = std::move(restored.value());
    m_session->subscribe([this](const engine::Event& e) { onEvent(e); });
    m_row = row;
    m_rowStored = true;
    m_entryIds.clear();
    m_drafts.clear();
    m_checkInsRecorded.clear();
    m_commitmentsRecorded = row.status == journal::SessionStatus::Completed;

    // Rebuild which entry ids belong to which card and round, and bring back unfinished typing.
    if (JournalService* journal = m_app->journal()) {
        for (const journal::Entry& entry : journal->entries(row.id, journal::Viewer::everything()))
            m_entryIds[repair::storedEntryKey(entry.partnerId, entry.card, entry.payload)] = entry.id;
        for (const journal::Draft& draft : journal->drafts(row.id)) {
            m_entryIds[repair::storedEntryKey(draft.partnerId, draft.card, draft.payload)] = draft.id;
            if (std::optional<engine::Answer> typed = repair::draftFromPayload(draft.payload))
                m_drafts[draft.id] = std::move(*typed);
        }
    }
    tend::log::get("ui")->info("session loaded ({} entries, {} drafts)", m_entryIds.size(), m_drafts.size());
    Q_EMIT changed();
    return true;
}

std::string SessionController::entryPartner(const std::string& partner, const std::string& cardId) const
{
    return repair::entryOwner(*m_session, partner, cardId);
}

std::string SessionController::entryKey(const std::string& partner, const std::string& cardId) const
{
    return repair::entryKey(*m_session, partner, cardId);
}

bool SessionController::answer(const std::string& partner, const engine::Answer& value, bool keepPrivate,
                               QString& error)
{
    engine::AnswerOptions options;
    options.keepPrivate = keepPrivate;
    if (auto done = m_session->answer(partner, value, options); !done) {
        error = qs(done.error().message);
        return false;
    }
    return true;
}

bool SessionController::next(const std::string& partner, QString& error)
{
    recordCheckInOnLeaving(partner);
    if (auto done = m_session->next(partner); !done) {
        error = qs(done.error().message);
        return false;
    }
    afterMove();
    return true;
}

bool SessionController::back(const std::string& partner, QString& error)
{
    if (auto done = m_session->back(partner); !done) {
        error = qs(done.error().message);
        return false;
    }
    afterMove();
    return true;
}

bool SessionController::pause(const std::string& partner, const engine::PauseRequest& request, QString& error)
{
    recordCheckInOnLeaving(partner);
    if (auto done = m_session->pause(partner, request); !done) {
        error = qs(done.error().message);
        return false;
    }
    afterMove();
    return true;
}

bool SessionController::updatePause(const engine::PauseRequest& request, QString& error)
{
    if (auto done = m_session->updatePause(request); !done) {
        error = qs(done.error().message);
        return false;
    }
    afterMove();
    return true;
}

bool SessionController::resume(QString& error)
{
    if (auto done = m_session->resume(); !done) {
        error = qs(done.error().message);
        return false;
    }
    afterMove();
    return true;
}

bool SessionController::jumpTo(const std::string& partner, const std::string& cardId, QString& error)
{
    if (auto done = m_session->jumpTo(partner, cardId); !done) {
        error = qs(done.error().message);
        return false;
    }
    afterMove();
    return true;
}

void SessionController::onEvent(const engine::Event& event)
{
    // Observers may not call back into the session; work that needs it waits for afterMove().
    tend::log::get("ui")->debug("engine event {} ({})", engine::toString(event.type), event.cardId);
}

void SessionController::afterMove()
{
    const engine::SessionStatus status = m_session->status();
    if (status == engine::SessionStatus::Completed && !m_commitmentsRecorded)
        recordCommitments();
    persist();
    Q_EMIT changed();
    if (status == engine::SessionStatus::Paused)
        Q_EMIT paused();
    else if (status == engine::SessionStatus::Completed)
        Q_EMIT completed();
}

void SessionController::persist()
{
    if (!m_session)
        return;
    repair::updateSessionRow(m_row, *m_session, together(), journal::isoUtc(m_clock->now()));
    if (JournalService* journal = m_app->journal()) {
        journal->saveSession(m_row, !m_rowStored);
        m_rowStored = true;
    }
}

void SessionController::storeAnswer(const std::string& partner, const std::string& cardId,
                                    std::function<void(bool)> done)
{
    JournalService* journal = m_app->journal();
    const content::Card* card = m_session->program().findCard(cardId);
    if (!journal || !card) {
        if (done)
            done(false);
        return;
    }
    const engine::AnswerRecord* record = m_session->answerFor(partner, cardId);
    const std::string key = entryKey(partner, cardId);
    auto found = m_entryIds.find(key);
    if (!record || record->value.is_null()) {
        // Nothing to keep; an unfinished draft of it goes too.
        if (found != m_entryIds.end() && m_drafts.count(found->second)) {
            journal->dropDraft(found->second);
            m_drafts.erase(found->second);
        }
        if (done)
            done(true);
        return;
    }
    if (found == m_entryIds.end())
        found = m_entryIds.emplace(key, journal::newId()).first;
    m_drafts.erase(found->second);
    const std::string owner = entryPartner(partner, cardId);
    const content::Step& step = m_session->program().stepOf(*card);
    journal::Entry entry;
    entry.id = found->second;
    entry.sessionId = m_row.id;
    if (!owner.empty())
        entry.partnerId = owner;
    entry.step = step.id;
    entry.card = cardId;
    entry.payload = modes::recordedPayloadText(*card, *record, m_session->roundOf(step.id, owner));
    entry.visibility = record->keptPrivate ? journal::Visibility::Private : journal::Visibility::Shared;
    // Stamped by the app's clock like the session row (a later save keeps the first creation time).
    entry.createdAt = entry.updatedAt = journal::isoUtc(m_clock->now());
    journal->finishEntry(entry, [done](bool ok, const QString&) {
        if (done)
            done(ok);
    });
}

// A check-in is kept as one value per card: the answer in place when the person moves on (Next or a pause), not
// every step of the slider on the way there.
void SessionController::recordCheckInOnLeaving(const std::string& partner)
{
    const content::Card* card = m_session->currentCard(partner);
    if (!card || card->kind != content::CardKind::Checkin)
        return;
    const engine::AnswerRecord* record = m_session->answerFor(partner, card->id);
    if (!record || !record->value.is_object())
        return;
    std::string& last = m_checkInsRecorded[entryKey(partner, card->id)];
    const std::string value = record->value.dump();
    if (last == value)
        return; // moving on again with the same answer (after Back) adds nothing
    last = value;
    recordCheckIn(record->by.empty() ? partner : record->by, card->id, record->value);
}

void SessionController::saveDraft(const std::string& partner, const std::string& cardId, const engine::Answer& value,
                                  bool keepPrivate, std::function<void(bool)> done)
{
    JournalService* journal = m_app->journal();
    const content::Card* card = m_session->program().findCard(cardId);
    if (!journal || !card) {
        if (done)
            done(false);
        return;
    }
    const std::string key = entryKey(partner, cardId);
    auto found = m_entryIds.find(key);
    if (found == m_entryIds.end())
        found = m_entryIds.emplace(key, journal::newId()).first;
    m_drafts[found->second] = value;
    const std::string owner = entryPartner(partner, cardId);
    const content::Step& step = m_session->program().stepOf(*card);
    journal::Draft draft;
    draft.id = found->second;
    draft.sessionId = m_row.id;
    if (!owner.empty())
        draft.partnerId = owner;
    draft.step = step.id;
    draft.card = cardId;
    draft.payload = repair::draftPayloadText(*card, value, m_session->roundOf(step.id, owner), partner);
    draft.visibility = keepPrivate ? journal::Visibility::Private : journal::Visibility::Shared;
    journal->saveDraft(draft, [done](bool ok, const QString&) {
        if (done)
            done(ok);
    });
}

std::optional<engine::Answer> SessionController::draftFor(const std::string& partner, const std::string& cardId) const
{
    const auto found = m_entryIds.find(entryKey(partner, cardId));
    if (found == m_entryIds.end())
        return std::nullopt;
    const auto draft = m_drafts.find(found->second);
    if (draft == m_drafts.end())
        return std::nullopt;
    return draft->second;
}

void SessionController::recordCheckIn(const std::string& partner, const std::string& cardId,
                                      const engine::Answer& value)
{
    JournalService* journal = m_app->journal();
    const content::Card* card = m_session->program().findCard(cardId);
    if (!journal || !card)
        return;
    std::optional<journal::CheckIn> checkIn = repair::checkInRow(m_session->program(), m_row.id, partner, *card, value);
    if (!checkIn)
        return; // no body state chosen: the level stays in the card's own entry
    checkIn->id = journal::newId();
    checkIn->createdAt = journal::isoUtc(m_clock->now());
    journal->addCheckIn(*checkIn);
}

void SessionController::recordCommitments()
{
    m_commitmentsRecorded = true;
    JournalService* journal = m_app->journal();
    if (!journal)
        return;
    // Every round counts: commitments made before "are we clear?" sent the couple round again are kept.
    const std::vector<engine::Commitment> lines = repair::commitmentsOfAllRounds(*m_session);
    if (lines.empty())
        return;
    modes::NewCommitments made;
    made.coupleId = m_row.coupleId;
    made.sessionId = m_row.id;
    made.createdAt = journal::isoUtc(m_clock->now());
    journal->recordCommitments(made, lines);
    tend::log::get("ui")->info("session completed; {} commitment line(s) recorded", lines.size());
}

bool SessionController::soloReflectionDone() const
{
    return m_session && repair::soloReflectionDone(*m_session, together());
}

} // namespace tend::ui
