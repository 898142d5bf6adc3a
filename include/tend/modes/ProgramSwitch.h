#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/content/Program.h"
#include "tend/engine/Session.h"

namespace tend::modes {

inline constexpr const char* kRepairProgramId = "rupture-to-repair";
inline constexpr const char* kQuickRepairProgramId = "quick-repair";
/// The practice of making and taking repair attempts, offered at the end of a repair together.
inline constexpr const char* kRepairAttemptsProgramId = "repair-attempts";

/// The full repair and the ten-minute one are repairs (handovers, the together step, the completion words);
/// every other program is a short practice.
bool isRepairProgram(std::string_view programId);

/// The option of `card` chosen in `answer` that switches to another program (`switch_to`), or nullptr.
const content::Option* switchChosen(const content::Card& card, const nlohmann::json& answer);

/// One answer of the program being left, for a card of the program being started.
struct CarriedAnswer {
    std::string partner;
    std::string cardId;
    nlohmann::json value;
    bool keptPrivate = false;
};

/// What a switch keeps: each partner's answers to cards of their own (each) steps that `to` has too, with the
/// same id and kind, and, for choices and checklists, only ids that card offers. Answers of together steps and
/// the switching card's own answer stay with the session being left (nothing is deleted there).
std::vector<CarriedAnswer> carriedAnswers(const engine::Session& from, const content::Program& to);

} // namespace tend::modes
