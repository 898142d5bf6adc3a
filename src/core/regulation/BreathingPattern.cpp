#include "tend/regulation/BreathingPattern.h"

#include <cmath>
#include <cstdio>

namespace tend::regulation {
namespace {

struct PhaseNameEntry {
    Phase phase;
    std::string_view name;
};

constexpr PhaseNameEntry kPhaseNames[] = {
    {Phase::Inhale, "inhale"}, {Phase::InhaleTop, "inhale-top"}, {Phase::Hold, "hold"}, {Phase::Exhale, "exhale"},
    {Phase::Rest, "rest"},
};

// Seconds printed without trailing zeros: 4, 1.5, 0.75.
std::string seconds(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string named(const BreathingPattern& pattern)
{
    return pattern.id.empty() ? std::string("A pattern") : "Pattern \"" + pattern.id + "\"";
}

} // namespace

std::string_view phaseName(Phase phase)
{
    for (const auto& entry : kPhaseNames)
        if (entry.phase == phase)
            return entry.name;
    return "inhale";
}

std::optional<Phase> parsePhase(std::string_view name)
{
    for (const auto& entry : kPhaseNames)
        if (entry.name == name)
            return entry.phase;
    return std::nullopt;
}

double BreathingPattern::cycleSeconds() const
{
    double total = 0.0;
    for (const auto& part : phases)
        total += part.seconds;
    return total;
}

Result<void> validatePattern(const BreathingPattern& pattern)
{
    const std::string who = named(pattern);
    if (pattern.phases.empty())
        return makeError(who + " has no phases; it needs at least an in-breath and an out-breath.");

    bool hasInhale = false;
    bool hasExhale = false;
    for (std::size_t i = 0; i < pattern.phases.size(); ++i) {
        const auto& part = pattern.phases[i];
        const std::string where =
            who + ", phase " + std::to_string(i + 1) + " (" + std::string(phaseName(part.phase)) + ")";
        if (!std::isfinite(part.seconds) || part.seconds < PatternLimits::kMinPhaseSeconds)
            return makeError(where + " lasts " + seconds(part.seconds) + " seconds; each phase needs at least " +
                             seconds(PatternLimits::kMinPhaseSeconds) + " seconds.");
        if (part.seconds > PatternLimits::kMaxPhaseSeconds)
            return makeError(where + " lasts " + seconds(part.seconds) + " seconds; Tend keeps each phase to " +
                             seconds(PatternLimits::kMaxPhaseSeconds) + " seconds or less so nobody strains.");
        if (part.phase == Phase::Hold && part.seconds > PatternLimits::kMaxHoldSeconds)
            return makeError(where + " holds the breath for " + seconds(part.seconds) +
                             " seconds; Tend has no breath-holding routines, so a hold may last at most " +
                             seconds(PatternLimits::kMaxHoldSeconds) + " seconds.");
        if (part.phase == Phase::Rest && part.seconds > PatternLimits::kMaxRestSeconds)
            return makeError(where + " rests for " + seconds(part.seconds) +
                             " seconds after the out-breath; longer than " + seconds(PatternLimits::kMaxRestSeconds) +
                             " seconds becomes breath-holding, which Tend does not pace.");
        if (part.phase == Phase::InhaleTop && (i == 0 || (pattern.phases[i - 1].phase != Phase::Inhale)))
            return makeError(where + " must follow an in-breath: it is the second, shorter sip on top of it.");
        hasInhale = hasInhale || part.phase == Phase::Inhale;
        hasExhale = hasExhale || part.phase == Phase::Exhale;
    }
    if (!hasInhale || !hasExhale)
        return makeError(who + " needs at least one in-breath and one out-breath.");

    const double cycle = pattern.cycleSeconds();
    if (cycle < PatternLimits::kMinCycleSeconds) {
        const double perMinute = 60.0 / cycle;
        return makeError(who + " is too fast: one breath takes " + seconds(cycle) + " seconds (" +
                         seconds(std::round(perMinute * 10.0) / 10.0) +
                         " breaths a minute); Tend paces slow breathing only, at most 10 breaths a minute.");
    }
    return {};
}

Result<void> validateMinutes(int minutes)
{
    if (minutes < PatternLimits::kMinMinutes || minutes > PatternLimits::kMaxMinutes)
        return makeError("A breathing practice lasts 1 to 10 minutes; " + std::to_string(minutes) +
                         " is outside that range.");
    return {};
}

} // namespace tend::regulation
