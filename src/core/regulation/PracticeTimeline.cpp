#include "tend/regulation/PracticeTimeline.h"

#include <algorithm>
#include <cmath>

namespace tend::regulation {

Result<PracticeTimeline> PracticeTimeline::create(std::size_t steps, double totalSeconds, const Clock& clock)
{
    if (steps == 0)
        return makeError("A guided practice needs at least one step.");
    if (!std::isfinite(totalSeconds) || totalSeconds <= 0.0)
        return makeError("A guided practice needs a length above zero seconds.");
    return PracticeTimeline(steps, totalSeconds, clock);
}

double PracticeTimeline::elapsedSeconds() const
{
    if (!m_stopwatch.started())
        return 0.0;
    return std::clamp(m_offset + std::chrono::duration<double>(m_stopwatch.elapsed()).count(), 0.0, m_totalSeconds);
}

PracticeSample PracticeTimeline::sample() const
{
    return sampleAt(elapsedSeconds());
}

PracticeSample PracticeTimeline::sampleAt(double elapsedSeconds) const
{
    PracticeSample s;
    const double elapsed = std::clamp(std::isfinite(elapsedSeconds) ? elapsedSeconds : 0.0, 0.0, m_totalSeconds);
    const double each = stepSeconds();
    s.elapsedSeconds = elapsed;
    s.remainingSeconds = m_totalSeconds - elapsed;
    s.progress = elapsed / m_totalSeconds;
    if (elapsed >= m_totalSeconds) {
        s.finished = true;
        s.step = m_steps - 1;
        s.stepProgress = 1.0;
        s.remainingSeconds = 0.0;
        s.progress = 1.0;
        return s;
    }
    s.step = std::min(m_steps - 1, static_cast<std::size_t>(elapsed / each));
    const double into = elapsed - static_cast<double>(s.step) * each;
    s.stepProgress = std::clamp(into / each, 0.0, 1.0);
    s.stepSecondsLeft = std::max(0.0, each - into);
    return s;
}

void PracticeTimeline::jumpTo(double seconds)
{
    const bool wasPaused = m_stopwatch.paused();
    m_stopwatch.start();
    if (wasPaused)
        m_stopwatch.pause();
    m_offset = std::clamp(seconds, 0.0, m_totalSeconds);
}

void PracticeTimeline::nextStep()
{
    const auto now = sample();
    if (now.finished)
        return;
    jumpTo(static_cast<double>(now.step + 1) * stepSeconds());
}

void PracticeTimeline::previousStep()
{
    const auto now = sample();
    const std::size_t step = now.finished ? m_steps - 1 : (now.step == 0 ? 0 : now.step - 1);
    jumpTo(static_cast<double>(step) * stepSeconds());
}

} // namespace tend::regulation
