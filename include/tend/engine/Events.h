#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace tend::engine {

/// What happened in a session. Events carry ids only, never anything a person wrote.
enum class EventType {
    Started,        ///< start(): the session began
    StepEntered,    ///< a partner (or the couple, together) entered a step; `round` is that step's round
    CardEntered,    ///< a card became current for `partner` (empty partner = the shared position)
    Answered,       ///< an answer was recorded or cleared on `cardId`
    Routed,         ///< the flow left `cardId` for `target` (its content spelling: a card id, "step:x", "pause", "end")
    Waiting,        ///< `partner` reached the together step at `cardId` and waits for the others
    TogetherOpened, ///< every partner is ready: the together step opened at `cardId`
    RoundStarted,   ///< `stepId` starts over (e.g. "are we clear?" said no); earlier answers kept as a past round
    Paused,         ///< the session paused (by a person or because a card routed to "pause")
    Resumed,        ///< the session resumed
    Finished,       ///< `partner` reached "end" in a step of their own
    Completed       ///< the whole session is complete
};
std::string_view toString(EventType type);

/// One event, as delivered to observers after the operation that caused it has fully succeeded.
struct Event {
    EventType type = EventType::Started;
    std::string partner; ///< the partner concerned; empty for the shared position or the whole session
    std::string stepId;
    std::string cardId;
    std::string target; ///< Routed only
    int round = 0;      ///< StepEntered and RoundStarted: 1 for the first time through a step
    std::string at;     ///< ISO 8601 UTC time from the session's clock
};

/// Receives events. Called synchronously, in order; must not call back into the session's mutating operations.
using Observer = std::function<void(const Event&)>;

} // namespace tend::engine
