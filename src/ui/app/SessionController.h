#pragma once

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "tend/engine/Answer.h"

#include "tend/engine/Session.h"
#include "tend/journal/Model.h"

namespace tend::ui {

class AppContext;

/// Drives one engine Session for the UI and keeps the journal in step with it: the session row
/// (status, pause, the engine's state), one entry per answered card and round, drafts while typing,
/// check-ins and commitments. It decides nothing about the flow: every move is the engine's.
class SessionController : public QObject {
    Q_OBJECT
public:
    explicit SessionController(AppContext* app, QObject* parent = nullptr);
    ~SessionController() override;

    /// The engine's clock (tests inject a ManualClock before starting).
    void setClock(std::shared_ptr<const engine::Clock> clock) { m_clock = std::move(clock); }

    /// A new session of the program of record for these partners (one = on my own).
    bool startNew(const std::vector<std::string>& partners, bool together, QString& error,
                  const std::string& programId = {});
    /// Leaves this session for a new one of `programId` with the same people (the ten-minute repair's "it's
    /// bigger than it looked"): this one is kept in the journal, set aside; answers the new program can take are
    /// carried over as drafts of its cards (modes::carriedAnswers). False + a sentence when it cannot start; the
    /// session then goes on unchanged.
    bool switchProgram(const std::string& programId, QString& error);
    /// Loads a stored session (active or paused) from the journal; a paused one stays paused.
    bool load(const journal::Session& row, QString& error);
    /// The stored session to come back to, if any.
    std::optional<journal::Session> resumable() const;

    bool hasSession() const { return m_session.has_value(); }
    engine::Session& session() { return *m_session; }
    const engine::Session& session() const { return *m_session; }
    const journal::Session& row() const { return m_row; }
    bool together() const { return m_row.mode == journal::SessionMode::Together; }
    /// On my own: the person has finished steps 1–4 (reached the together step); the reflection is kept as a
    /// completed solo session, ready to be brought into a repair together.
    bool soloReflectionDone() const;

    // ---- moves (false + error sentence when the engine refuses) ----
    bool answer(const std::string& partner, const engine::Answer& value, bool keepPrivate, QString& error);
    bool next(const std::string& partner, QString& error);
    bool back(const std::string& partner, QString& error);
    bool pause(const std::string& partner, const engine::PauseRequest& request, QString& error);
    bool updatePause(const engine::PauseRequest& request, QString& error);
    bool resume(QString& error);
    /// Moves `partner` to any card (presenter mode); see engine::Session::jumpTo.
    bool jumpTo(const std::string& partner, const std::string& cardId, QString& error);

    // ---- the journal ----
    /// Stores the answer of `cardId` for `partner` as an entry (dropping its draft) once it is final.
    void storeAnswer(const std::string& partner, const std::string& cardId, std::function<void(bool)> done = {});
    /// Saves typing in progress; `done` runs after the commit (or failure).
    void saveDraft(const std::string& partner, const std::string& cardId, const engine::Answer& value, bool keepPrivate,
                   std::function<void(bool)> done);
    /// The newest draft of a card, if one is newer than the stored answer.
    std::optional<engine::Answer> draftFor(const std::string& partner, const std::string& cardId) const;
    /// Writes the session row (status, pause, engine state).
    void persist();

Q_SIGNALS:
    /// Anything about the session changed (a move, an answer, pause, resume).
    void changed();
    void paused();
    void completed();

private:
    void onEvent(const engine::Event& event);
    std::string entryKey(const std::string& partner, const std::string& cardId) const;
    std::string entryPartner(const std::string& partner, const std::string& cardId) const;
    void afterMove();
    void recordCommitments();
    void recordCheckIn(const std::string& partner, const std::string& cardId, const engine::Answer& value);
    void recordCheckInOnLeaving(const std::string& partner);

    AppContext* m_app;
    std::shared_ptr<const engine::Clock> m_clock;
    std::optional<engine::Session> m_session;
    journal::Session m_row;
    bool m_rowStored = false;
    std::map<std::string, std::string> m_entryIds;  ///< partner|card|round → entry id
    std::map<std::string, engine::Answer> m_drafts; ///< entry id → draft answer (restored after restart)
    bool m_commitmentsRecorded = false;
    /// partner|card|round → the check-in answer last written for it (one row per card, not per arrow key).
    std::map<std::string, std::string> m_checkInsRecorded;
};

} // namespace tend::ui
