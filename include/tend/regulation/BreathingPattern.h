#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tend/common/Result.h"

namespace tend::regulation {

/// One part of a breath. `InhaleTop` is a second, shorter in-breath on top of the first (cyclic sighing).
enum class Phase { Inhale, InhaleTop, Hold, Exhale, Rest };

/// The content-format name of a phase: "inhale", "inhale-top", "hold", "exhale", "rest".
std::string_view phaseName(Phase phase);
/// Parses a content-format phase name; nullopt for anything else.
std::optional<Phase> parsePhase(std::string_view name);

struct PatternPhase {
    Phase phase = Phase::Inhale;
    double seconds = 0.0;
};

/// A breathing pattern as the pacer needs it (a small mirror of the content model's pattern).
struct BreathingPattern {
    std::string id;
    std::string title;
    std::string description;
    std::string caution;
    int defaultMinutes = 5;
    std::vector<PatternPhase> phases;

    /// Seconds for one full breath (the sum of the phases).
    double cycleSeconds() const;
};

/// Safety limits. Tend paces slow breathing only: no fast breathing, no breath-holding routines.
struct PatternLimits {
    static constexpr double kMinCycleSeconds = 6.0; ///< at most 10 breaths a minute
    static constexpr double kMaxHoldSeconds = 2.0;  ///< a gentle pause at the top, never a breath-hold
    static constexpr double kMaxRestSeconds = 4.0;  ///< a natural pause after the out-breath, not a hold on empty
    static constexpr double kMinPhaseSeconds = 0.5;
    static constexpr double kMaxPhaseSeconds = 12.0;
    static constexpr int kMinMinutes = 1;
    static constexpr int kMaxMinutes = 10;
};

/// Checks a pattern against the safety limits. The error names the pattern and what is unsafe, e.g.
/// "Pattern \"quick\" is too fast: one breath takes 4 seconds (15 breaths a minute); Tend paces at most 10 a minute."
Result<void> validatePattern(const BreathingPattern& pattern);

/// Checks that a practice length is 1–10 minutes.
Result<void> validateMinutes(int minutes);

} // namespace tend::regulation
