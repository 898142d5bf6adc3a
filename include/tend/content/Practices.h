#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace tend::content {

/// One phase of a breathing pattern.
enum class PhaseKind { Inhale, InhaleTop, Hold, Exhale, Rest };
/// "inhale", "inhale-top", "hold", "exhale", "rest".
std::string_view toString(PhaseKind kind);
std::optional<PhaseKind> phaseKindFromString(std::string_view text);

struct BreathingPhase {
    PhaseKind kind = PhaseKind::Inhale;
    double seconds = 0; ///< > 0; a `hold` is at most 2 seconds
};

/// A breathing pattern the pacer follows (from `practices/regulation.<locale>.json`).
struct BreathingPattern {
    std::string id;
    std::string title;
    std::string description;
    std::string caution;
    std::vector<BreathingPhase> phases;
    int defaultMinutes = 5; ///< 1–10
    nlohmann::json raw;

    /// Length of one breath (all phases), in seconds.
    double cycleSeconds() const;
    /// Breaths per minute at this pattern's pace.
    double breathsPerMinute() const;
};

/// What a practice is for: settling a racing body or lifting a shut-down one.
enum class PracticeTag { Settle, Lift };
std::string_view toString(PracticeTag tag);
std::optional<PracticeTag> practiceTagFromString(std::string_view text);

/// A guided regulation practice.
struct Practice {
    std::string id;
    std::string title;
    PracticeTag tag = PracticeTag::Settle;
    double minutes = 0;
    std::vector<std::string> steps; ///< instructions, in order
    std::string pattern;            ///< for breathing practices: a pattern id; else empty
    std::string evidence;
    nlohmann::json raw;
};

/// An idea for reconnecting at the end of a repair (`practices/rebonding.<locale>.json`).
struct RebondingIdea {
    std::string id;
    std::string title;
    std::string body;
    bool touch = false; ///< involves touch (always offered as optional)
    nlohmann::json raw;
};

/// A need a person can ask for in step 1 (`practices/needs.<locale>.json`).
struct Need {
    std::string id;
    std::string label;
    std::string body;
    nlohmann::json raw;
};

/// The practices of one locale, gathered from its regulation, rebonding and needs files.
struct PracticeLibrary {
    std::string locale;
    std::vector<BreathingPattern> patterns;
    std::vector<Practice> practices;
    std::vector<RebondingIdea> ideas;
    std::vector<Need> needs;

    const BreathingPattern* findPattern(std::string_view id) const;
    const Practice* findPractice(std::string_view id) const;
    const RebondingIdea* findIdea(std::string_view id) const;
    const Need* findNeed(std::string_view id) const;
    /// Practices with `tag`, in file order.
    std::vector<const Practice*> practicesTagged(PracticeTag tag) const;
};

/// The need ids every needs file must define.
const std::vector<std::string>& requiredNeedIds();

} // namespace tend::content
