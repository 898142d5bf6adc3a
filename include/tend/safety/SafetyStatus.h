#pragma once

#include <chrono>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

namespace tend::safety {

using TimePoint = std::chrono::system_clock::time_point;

/// What one person's latest private check means for the flow (docs/safety-format.md, `effects`). Held for that
/// person only; the screens read it, and never show it or anything derived from it to anyone else.
struct SafetyStatus {
    bool taken = false;        ///< a completed check is on record
    bool postponed = false;    ///< they asked to be asked later
    bool jointLocked = false;  ///< joint exercises closed for this person
    bool takeSpaceOff = false; ///< the take-space feature is off (for the couple: see takeSpaceOffForCouple)
    bool calmingOnly = false;  ///< offer calming practices only
    std::string route;         ///< the main route id ("r2"), empty when none applied
    std::optional<TimePoint> checkedAt;
    int recheckDays = 28;
    std::string nextTimeRoute; ///< a route whose gentle "next time" line opens the next check

    /// Time to ask again at `now`: never taken, postponed, no date, a re-check "at next launch" (0 days), or
    /// `recheckDays` whole days (24 hours each) have passed since the check.
    bool due(TimePoint now) const;
};

/// Reads a stored check (`status`, `routes`, `effects`, `next_time`, `checked_at`) into a status. Anything
/// missing or malformed reads as the safe default: not taken, so the check is asked again.
SafetyStatus statusFromRecord(const nlohmann::json& record);

} // namespace tend::safety
