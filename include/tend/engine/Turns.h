#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/common/Result.h"

namespace tend::engine {

/// Where a `turns` card (speaker–listener exchange) stands.
enum class TurnPhase {
    Share,   ///< the speaker writes or says what they want to share
    Reflect, ///< the listener reflects it back, says what they noticed in their body and what makes sense to them
    Confirm, ///< the speaker answers the listener's question: "yes, that's it" or a correction
    Complete ///< every partner has been heard
};

/// The state of a turns answer, for the UI: whose turn, which role, which round.
struct TurnStatus {
    TurnPhase phase = TurnPhase::Share;
    std::string speaker;            ///< current speaker; in Share at the start of a turn, the suggested next speaker
    std::string listener;           ///< current listener (the speaker themself when there is only one partner)
    int turn = 1;                   ///< 1-based: which partner's turn this is (1..partners)
    int round = 1;                  ///< 1-based round within the current turn (a correction starts another)
    std::vector<std::string> heard; ///< partners who have confirmed "yes, that's it", in order
    bool complete = false;
};

/// Checks a turns answer (`{"turns": [{"speaker", "rounds": [...]}]}`, null = nothing yet) against the rules
/// and returns where it stands. Rounds may be unfinished only at the very end. Errors name the rule broken.
Result<TurnStatus> turnStatus(const nlohmann::json& answer, const std::vector<std::string>& partners);

/// The answer after the speaker shares `text` (Share phase). At the start of a turn any partner not yet
/// heard may take the speaker's role. Returns the new answer; `answer` itself is not changed.
Result<nlohmann::json> turnShare(const nlohmann::json& answer, const std::vector<std::string>& partners,
                                 const std::string& speaker, const std::string& text);
/// The answer after the listener reflects back (Reflect phase): what they heard, what they noticed in their body
/// and, when the card asks it (`validate`), what makes sense to them about how the speaker felt (kept only when
/// not empty).
Result<nlohmann::json> turnReflect(const nlohmann::json& answer, const std::vector<std::string>& partners,
                                   const std::string& listener, const std::string& reflected,
                                   const std::string& noticed, const std::string& validated = {});
/// The answer after the speaker confirms (`confirmed` true: the roles swap) or corrects (another round).
Result<nlohmann::json> turnConfirm(const nlohmann::json& answer, const std::vector<std::string>& partners,
                                   const std::string& speaker, bool confirmed, const std::string& correction);

} // namespace tend::engine
