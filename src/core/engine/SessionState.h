#pragma once
// Internal: the plain state of a Session and the Mover that applies one operation to it.
// Every operation runs on a copy of the state and is committed only when it succeeds.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/common/Result.h"
#include "tend/content/Program.h"
#include "tend/engine/Clock.h"
#include "tend/engine/Events.h"
#include "tend/engine/Session.h"

namespace tend::engine::detail {

/// A value shared between copies of a state until one of them changes it. Every operation works on a copy of
/// the whole state (so a failed move changes nothing); sharing the large parts keeps that copy cheap.
template <typename T> class Cow {
public:
    Cow() : m_value(std::make_shared<T>()) {}
    const T& operator*() const { return *m_value; }
    const T* operator->() const { return m_value.get(); }
    /// The value, made private to this copy first if it is shared.
    T& mut()
    {
        if (m_value.use_count() > 1)
            m_value = std::make_shared<T>(*m_value);
        return *m_value;
    }
    void assign(T value) { m_value = std::make_shared<T>(std::move(value)); }
    bool operator==(const Cow& other) const { return *m_value == *other.m_value; }

private:
    std::shared_ptr<T> m_value;
};

using Answers = std::map<std::string, AnswerRecord>;
using History = std::vector<std::string>;

inline constexpr std::size_t kMaxHistory = 500;
inline constexpr std::size_t kMaxPastRounds = 500;
inline constexpr std::size_t kMaxPartners = 8;

struct PartnerState {
    PartnerPlace place = PartnerPlace::NotStarted;
    std::string card; ///< OwnCard or Waiting
    Cow<History> history;
    Cow<Answers> answers;              ///< answers to cards of each steps
    std::map<std::string, int> rounds; ///< step id → round (absent = 1)

    bool operator==(const PartnerState&) const = default;
};

struct SharedState {
    std::string card; ///< non-empty while a together step is open
    Cow<History> history;
    Cow<Answers> answers; ///< answers to cards of together steps
    std::map<std::string, int> rounds;

    bool operator==(const SharedState&) const = default;
};

/// Where the flow continues after a card routed to "pause".
struct ResumePlan {
    std::string scope; ///< partner id, or empty for the shared position
    content::Target target;
    std::string fromCard;

    bool operator==(const ResumePlan&) const = default;
};

struct State {
    SessionStatus status = SessionStatus::NotStarted;
    std::map<std::string, PartnerState> partners;
    SharedState shared;
    Cow<std::vector<PastRound>> past;
    std::optional<PauseInfo> pause;
    std::vector<ResumePlan> resume;
    std::string startedAt;
};

/// Applies moves to a State. Collects events; never touches observers.
class Mover {
public:
    Mover(const content::Program& program, const std::vector<std::string>& order, State& state, std::string now);

    std::vector<Event> events;

    Result<void> start();
    Result<void> answer(const std::string& partner, const nlohmann::json& value, bool keepPrivate);
    Result<void> next(const std::string& partner);
    Result<void> back(const std::string& partner);
    Result<void> pause(const std::string& partner, const PauseRequest& request);
    Result<void> updatePause(const PauseRequest& request);
    Result<void> resume();
    Result<void> jumpTo(const std::string& partner, const std::string& cardId);
    Result<void> setTurns(const std::string& partner, const nlohmann::json& value);

    /// The card at the partner's position (own or shared) and whether it is shared; nullptr if none.
    const content::Card* cardAt(const std::string& partner, bool* shared = nullptr) const;
    /// Partners currently in the open together step, in session order.
    std::vector<std::string> participants() const;

private:
    Result<void> requireActive() const;
    Result<void> requirePartner(const std::string& partner) const;
    Result<void> arrive(const std::string& scope, content::Target target, const content::Card* last,
                        const std::string& previousStep, std::string pushFrom);
    Result<void> split(const content::Target& target, const content::Card* last, const std::string& previousStep);
    Result<void> wait(const std::string& partner, const content::Card& card, const std::string& pushFrom);
    Result<void> tryOpen();
    Result<void> finish(const std::string& scope);
    void pauseByRoute(const std::string& scope, const content::Card* card);
    void startRound(const std::string& scope, const content::Step& step);
    void land(const std::string& scope, const content::Card& card, const std::string& previousStep, bool forceStep,
              const std::string& pushFrom);
    Result<content::Target> routeOut(const content::Card& card, const std::string& scope) const;
    content::GuardLookup lookupFor(const std::string& scope) const;
    std::map<std::string, AnswerRecord>& answersFor(const std::string& scope);
    std::vector<std::string>& historyFor(const std::string& scope);
    int roundOf(const std::string& scope, const std::string& stepId) const;
    void emit(EventType type, const std::string& partner, const std::string& stepId, const std::string& cardId,
              const std::string& target = {}, int round = 0);
    std::string stepIdOf(const std::string& cardId) const;

    const content::Program& m_program;
    const std::vector<std::string>& m_order;
    State& m_state;
    std::string m_now;
    std::size_t m_budget;
    int m_depth = 0;
};

/// Checks every invariant of a state against the program (used by restore, and by tests via restore).
Result<void> checkState(const State& state, const content::Program& program, const std::vector<std::string>& order);

/// The unanimous gate's resolved option for guards and routes, or empty when not everyone has answered.
std::string resolveVotes(const content::Card& card, const nlohmann::json& votes, std::size_t voters);

} // namespace tend::engine::detail
