#include "tend/regulation/BreathingTimeline.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace tend::regulation {
namespace {

// How full the lungs are after the first in-breath when a second sip (inhale-top) follows it.
constexpr double kLevelBeforeTop = 0.8;

double levelAfter(const BreathingPattern& pattern, std::size_t index, double from)
{
    switch (pattern.phases[index].phase) {
    case Phase::Inhale: {
        const bool topFollows =
            index + 1 < pattern.phases.size() && pattern.phases[index + 1].phase == Phase::InhaleTop;
        return topFollows ? kLevelBeforeTop : 1.0;
    }
    case Phase::InhaleTop:
        return 1.0;
    case Phase::Exhale:
        return 0.0;
    case Phase::Hold:
    case Phase::Rest:
        return from;
    }
    return from;
}

} // namespace

double BreathingTimeline::ease(double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return (1.0 - std::cos(std::numbers::pi * t)) / 2.0;
}

Result<BreathingTimeline> BreathingTimeline::create(BreathingPattern pattern, int minutes, const Clock& clock)
{
    if (auto checked = validatePattern(pattern); !checked)
        return checked.error();
    if (auto checked = validateMinutes(minutes); !checked)
        return checked.error();
    return BreathingTimeline(std::move(pattern), minutes, clock);
}

BreathingTimeline::BreathingTimeline(BreathingPattern pattern, int minutes, const Clock& clock)
    : m_pattern(std::move(pattern)), m_minutes(minutes), m_stopwatch(clock)
{
    m_cycleSeconds = m_pattern.cycleSeconds();
    m_totalCycles = std::max(1, static_cast<int>(std::lround(minutes * 60.0 / m_cycleSeconds)));

    double offset = 0.0;
    for (const auto& part : m_pattern.phases) {
        m_phaseStarts.push_back(offset);
        offset += part.seconds;
    }

    // Two passes: the first finds where a breath ends, which is where the next one starts (the steady state).
    double level = 0.0;
    for (int pass = 0; pass < 2; ++pass) {
        m_levels.clear();
        for (std::size_t i = 0; i < m_pattern.phases.size(); ++i) {
            const double to = levelAfter(m_pattern, i, level);
            m_levels.push_back({level, to});
            level = to;
        }
    }
}

double BreathingTimeline::elapsedSeconds() const
{
    return std::chrono::duration<double>(m_stopwatch.elapsed()).count();
}

BreathSample BreathingTimeline::sample() const
{
    return sampleAt(elapsedSeconds());
}

BreathSample BreathingTimeline::sampleAt(double elapsedSeconds) const
{
    const double total = totalSeconds();
    const double elapsed = std::clamp(std::isfinite(elapsedSeconds) ? elapsedSeconds : 0.0, 0.0, total);

    BreathSample s;
    s.totalCycles = m_totalCycles;
    s.elapsedSeconds = elapsed;
    s.remainingSeconds = total - elapsed;

    if (elapsed >= total) {
        s.finished = true;
        s.phaseIndex = m_pattern.phases.size() - 1;
        s.phase = m_pattern.phases.back().phase;
        s.phaseProgress = 1.0;
        s.lungLevel = m_levels.back().to;
        s.cycle = m_totalCycles;
        s.remainingSeconds = 0.0;
        return s;
    }

    const int cycle = std::min(m_totalCycles - 1, static_cast<int>(std::floor(elapsed / m_cycleSeconds)));
    const double inCycle = elapsed - cycle * m_cycleSeconds;
    const auto after = std::upper_bound(m_phaseStarts.begin(), m_phaseStarts.end(), inCycle);
    const std::size_t index = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, after - m_phaseStarts.begin() - 1));

    const double length = m_pattern.phases[index].seconds;
    const double into = inCycle - m_phaseStarts[index];
    s.cycle = cycle;
    s.phaseIndex = index;
    s.phase = m_pattern.phases[index].phase;
    s.phaseProgress = std::clamp(into / length, 0.0, 1.0);
    s.phaseSecondsLeft = std::max(0.0, length - into);
    const auto& levels = m_levels[index];
    s.lungLevel = levels.from + (levels.to - levels.from) * ease(s.phaseProgress);
    return s;
}

} // namespace tend::regulation
