#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tend/engine/Answer.h"

#include "tend/common/Result.h"
#include "tend/content/Program.h"
#include "tend/engine/Clock.h"
#include "tend/engine/Events.h"
#include "tend/engine/Turns.h"

namespace tend::engine {

/// The session as a whole.
enum class SessionStatus { NotStarted, Active, Paused, Completed };
std::string_view toString(SessionStatus status);

/// Where one partner is.
enum class PartnerPlace {
    NotStarted, ///< start() not called yet
    OwnCard,    ///< at a card of an `each` step, moving on their own
    Waiting,    ///< reached a `together` step and waits until every partner has finished the steps before it
    Together,   ///< in an open `together` step: one shared position for everyone
    Finished    ///< reached "end"
};
std::string_view toString(PartnerPlace place);

struct PartnerPosition {
    std::string partner;
    PartnerPlace place = PartnerPlace::NotStarted;
    std::string cardId; ///< OwnCard: their card; Waiting: the together card they wait at; Together: the shared card
    std::string stepId; ///< the step of cardId (empty when cardId is)
};

/// A step as seen on the step rail, for one partner.
enum class StepState { Ahead, Current, Done };
struct StepProgress {
    std::string stepId;
    content::Who who = content::Who::Each;
    std::map<std::string, StepState> partners; ///< partner id → state
};

/// One recorded answer.
struct AnswerRecord {
    Answer value;
    std::string by;           ///< the partner who gave it (in together steps: the last to change it)
    bool keptPrivate = false; ///< the writer chose to keep it from their partner (each steps only)
    std::string at;           ///< ISO 8601 UTC, from the session's clock

    bool operator==(const AnswerRecord&) const = default;
};

/// The answers of a step from an earlier time through it (kept when a step starts over).
struct PastRound {
    std::string stepId;
    std::string partner; ///< whose answers (empty for a together step)
    int number = 1;      ///< 1 = the first time through
    std::map<std::string, AnswerRecord> answers;
    std::string endedAt;
};

/// What a person gives when pausing.
struct PauseRequest {
    std::string reason;
    std::string resumeAt; ///< ISO 8601 date-time to come back, or empty
    std::string place;    ///< where to meet again, or empty
};

/// Why and until when a session is paused.
struct PauseInfo {
    std::string reason;
    std::string resumeAt;
    std::string place;
    std::string requestedBy; ///< the partner who paused; empty when a card routed to "pause"
    std::string cardId;      ///< the card that routed to pause, or the requester's card
    bool byRoute = false;    ///< a card's route paused the session (its details may be filled in by updatePause)
    std::string at;          ///< when it paused
};

/// An entry for the commitments ledger: one line of a `"records": "commitments"` prompt.
struct Commitment {
    std::string cardId;
    std::string by;      ///< who wrote it
    bool shared = false; ///< written in a together step
    std::string text;
};

struct AnswerOptions {
    bool keepPrivate = false; ///< only where the card allows it (`private`, each steps)
};

/// One sitting of a program for one or more partners (ids such as "a" and "b"; one id for solo use).
///
/// In `each` steps every partner moves on their own; a `together` step opens only when every partner who has
/// not finished has reached it, and from then on they share one position. Every operation either succeeds
/// completely or returns an Error and leaves the session exactly as it was. Events reach observers only after
/// an operation succeeded. The engine never throws and never reads the system clock (time comes from Clock).
///
/// Typical UI loop: `position(p)` / `currentCard(p)` → render → `answer(p, json)` → `next(p)`;
/// `canNext(p)` / `canBack(p)` for button states; `pause(...)` always available while active.
class Session {
public:
    /// A new session (NotStarted). Partners: 1 to 8 distinct valid ids. Fails on an empty program.
    static Result<Session> create(std::shared_ptr<const content::Program> program, std::vector<std::string> partners,
                                  std::shared_ptr<const Clock> clock);

    /// Copies are independent sessions over the same program and clock; observers are not copied.
    Session(const Session& other);
    Session& operator=(const Session& other);
    Session(Session&& other) noexcept;
    Session& operator=(Session&& other) noexcept;
    ~Session();

    // ---- moves (each returns an Error and changes nothing when not allowed) ----

    /// Places every partner at the program's first card.
    Result<void> start();
    /// Records (or, with null, clears) the answer of the partner's current card. The shape must fit the
    /// card's kind (see checkAnswer). On a `unanimous` gate in a together step each partner answers for
    /// themself. Answering does not move.
    Result<void> answer(const std::string& partner, const nlohmann::json& value, AnswerOptions options = {});
    /// Leaves the current card along its route. Unanswered required cards (gates; turns not complete;
    /// a unanimous gate until every partner has answered) cannot be left. Skipping = next without answering.
    Result<void> next(const std::string& partner);
    /// Returns to the card shown before, keeping answers. Not past the start of a round, nor out of an open
    /// together step.
    Result<void> back(const std::string& partner);
    /// Pauses the whole session, keeping every position. Allowed while active.
    Result<void> pause(const std::string& partner, const PauseRequest& request);
    /// Fills in or changes the reason, time and place of the current pause (e.g. after a card routed to pause).
    Result<void> updatePause(const PauseRequest& request);
    /// Continues a paused session. After a route to "pause", the flow goes on at the card's `after_pause`
    /// target, by default the first card of the step that paused.
    Result<void> resume();
    /// Demo and presenter mode: moves to any card without evaluating guards. Into a together step, every
    /// partner joins the shared position there; into an each step only `partner` moves (others who were
    /// together wait at the shared card). Starts a session not yet started and reopens a completed one.
    /// Not while paused.
    Result<void> jumpTo(const std::string& partner, const std::string& cardId);

    /// Turns card helpers (the current card must be a `turns` card); see Turns.h.
    Result<void> turnShare(const std::string& partner, const std::string& text);
    Result<void> turnReflect(const std::string& partner, const std::string& reflected, const std::string& noticed,
                             const std::string& validated = {});
    Result<void> turnConfirm(const std::string& partner, bool confirmed, const std::string& correction = {});

    /// Whether next / back would succeed now, and if not, why (nothing changes).
    Result<void> canNext(const std::string& partner) const;
    Result<void> canBack(const std::string& partner) const;

    // ---- queries ----

    const content::Program& program() const;
    std::shared_ptr<const content::Program> programPtr() const;
    const std::vector<std::string>& partners() const;
    SessionStatus status() const;

    PartnerPosition position(const std::string& partner) const;
    /// The card `partner` is at (own or shared), or nullptr when not started, waiting or finished.
    const content::Card* currentCard(const std::string& partner) const;
    /// True when the partner waits for the others at a together step.
    bool isWaiting(const std::string& partner) const;
    /// Partners `partner` is waiting for (empty unless isWaiting).
    std::vector<std::string> waitingFor(const std::string& partner) const;
    /// Done / current / ahead for every step and partner (who has finished what).
    std::vector<StepProgress> progress() const;

    /// The answer `partner` sees for `cardId`: their own in each steps, the shared one in together steps;
    /// nullptr when unanswered. For a unanimous together gate the value is {"partner": option, ...}.
    /// Pointers stay valid until the next successful move.
    const AnswerRecord* answerFor(const std::string& partner, const std::string& cardId) const;
    /// Every answer `partner` gave in each steps (card id → record), current round only.
    const std::map<std::string, AnswerRecord>& answersOf(const std::string& partner) const;
    /// Every answer of together steps, current round only.
    const std::map<std::string, AnswerRecord>& sharedAnswers() const;
    /// Answers of earlier rounds, oldest first.
    const std::vector<PastRound>& pastRounds() const;
    /// The round a partner (or, for together steps, the couple) is in for a step: 1 the first time through.
    int roundOf(const std::string& stepId, const std::string& partner = {}) const;

    /// The turns card at the partner's position: whose turn, which role, which round.
    Result<TurnStatus> turnStatus(const std::string& partner) const;

    /// The current pause, when paused.
    const std::optional<PauseInfo>& pauseInfo() const;
    /// Commitment lines of every `"records": "commitments"` answer of the current rounds.
    std::vector<Commitment> commitments() const;

    /// Earlier cards of the partner's scope, oldest first (what Back walks through).
    std::vector<std::string> history(const std::string& partner) const;

    // ---- observers ----

    /// Adds an observer; returns an id for unsubscribe.
    int subscribe(Observer observer);
    void unsubscribe(int id);

    // ---- persistence ----

    /// The whole state (positions, history, answers, rounds, pause) as JSON. Observers are not included.
    nlohmann::json toJson() const;
    /// Restores a state from toJson. Fails with a clear error when it was saved for another program or
    /// version, names cards or partners that do not exist, or is malformed in any way.
    static Result<Session> fromJson(const nlohmann::json& state, std::shared_ptr<const content::Program> program,
                                    std::shared_ptr<const Clock> clock);

    /// Checks every invariant of the state against the program (what fromJson checks), for tests and
    /// diagnostics. A session only ever changed through its operations always passes.
    Result<void> checkConsistency() const;

    /// Version of the JSON written by toJson.
    static constexpr int kStateFormat = 1;

    struct Impl;

private:
    explicit Session(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace tend::engine
