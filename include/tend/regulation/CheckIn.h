#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tend/regulation/RegulationTexts.h"

namespace tend::regulation {

/// How the body feels, in plain words: racing (activated), shut down (flat, numb, far away) or steady.
enum class BodyState { Racing, ShutDown, Steady };

/// "racing", "shut-down", "steady" (the content format's names).
std::string_view bodyStateName(BodyState state);
std::optional<BodyState> parseBodyState(std::string_view name);

/// One check-in answer, as the `checkin` card records it. `level` is how strong the feeling is, 0 (calm) to
/// 10 (overwhelming); `state` says which way the body went, and is empty when the person did not say (nothing
/// is assumed for them).
struct CheckIn {
    int level = 5;
    std::optional<BodyState> state;
    std::vector<std::string> emotions;
};

/// Where the flow should go after a check-in. The engine routes with the program's guards; this is the same
/// rule in code so the UI can explain it and tests can confirm the shipped content agrees.
enum class Route {
    Settle,          ///< a racing body: settling practices (slow breathing, longer out-breath)
    Lift,            ///< a shut-down body: lifting practices (movement, orienting, senses)
    MoreTimeOrPause, ///< still flooded after practising: offer more time or a pause
    Continue         ///< steady: nothing is needed (the person may still choose to settle or lift)
};

std::string_view routeName(Route route);

/// The level at or above which someone counts as still flooded after practising.
inline constexpr int kFloodedLevel = 7;
/// Before practising: racing -> Settle, shut down -> Lift, steady -> Continue (the program then offers a choice).
Route routeBefore(const CheckIn& before);

/// After practising: level 7 or more -> MoreTimeOrPause; otherwise Continue.
Route routeAfter(const CheckIn& after);

/// How the level moved, seen from where the person started.
enum class Change {
    Down, ///< level went down
    Up,   ///< level went up
    Same  ///< no change
};

Change changeBetween(const CheckIn& before, const CheckIn& after);

/// The sentence shown after the second check-in, from the texts table, e.g. "You came down from 8 to 4." or
/// "About the same as before — that's okay.", plus at most one kind follow-up: still flooded (level 7+), the body
/// now steady after racing or shutting down, still shut down, or a racing body that went up. Never judges.
std::string changeSentence(const CheckIn& before, const CheckIn& after, const RegulationTexts& texts);

} // namespace tend::regulation
