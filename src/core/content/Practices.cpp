#include "tend/content/Practices.h"

#include <array>

namespace tend::content {

namespace {
constexpr std::array<std::pair<PhaseKind, std::string_view>, 5> kPhaseNames{{
    {PhaseKind::Inhale, "inhale"},
    {PhaseKind::InhaleTop, "inhale-top"},
    {PhaseKind::Hold, "hold"},
    {PhaseKind::Exhale, "exhale"},
    {PhaseKind::Rest, "rest"},
}};

template <typename T> const T* findById(const std::vector<T>& items, std::string_view id)
{
    for (const T& item : items) {
        if (item.id == id)
            return &item;
    }
    return nullptr;
}
} // namespace

std::string_view toString(PhaseKind kind)
{
    for (const auto& [k, name] : kPhaseNames) {
        if (k == kind)
            return name;
    }
    return "inhale";
}

std::optional<PhaseKind> phaseKindFromString(std::string_view text)
{
    for (const auto& [k, name] : kPhaseNames) {
        if (name == text)
            return k;
    }
    return std::nullopt;
}

double BreathingPattern::cycleSeconds() const
{
    double total = 0;
    for (const BreathingPhase& phase : phases)
        total += phase.seconds;
    return total;
}

double BreathingPattern::breathsPerMinute() const
{
    const double cycle = cycleSeconds();
    return cycle > 0 ? 60.0 / cycle : 0.0;
}

std::string_view toString(PracticeTag tag)
{
    return tag == PracticeTag::Lift ? "lift" : "settle";
}

std::optional<PracticeTag> practiceTagFromString(std::string_view text)
{
    if (text == "settle")
        return PracticeTag::Settle;
    if (text == "lift")
        return PracticeTag::Lift;
    return std::nullopt;
}

const BreathingPattern* PracticeLibrary::findPattern(std::string_view id) const
{
    return findById(patterns, id);
}
const Practice* PracticeLibrary::findPractice(std::string_view id) const
{
    return findById(practices, id);
}
const RebondingIdea* PracticeLibrary::findIdea(std::string_view id) const
{
    return findById(ideas, id);
}
const Need* PracticeLibrary::findNeed(std::string_view id) const
{
    return findById(needs, id);
}

std::vector<const Practice*> PracticeLibrary::practicesTagged(PracticeTag tag) const
{
    std::vector<const Practice*> tagged;
    for (const Practice& practice : practices) {
        if (practice.tag == tag)
            tagged.push_back(&practice);
    }
    return tagged;
}

const std::vector<std::string>& requiredNeedIds()
{
    static const std::vector<std::string> ids{"space",     "solitude", "disengagement", "silence-presence",
                                              "assurance", "other"};
    return ids;
}

} // namespace tend::content
