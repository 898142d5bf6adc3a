#include "tend/regulation/Stopwatch.h"

namespace tend::regulation {

void Stopwatch::start()
{
    m_started = true;
    m_paused = false;
    m_startedAt = pacingNow(*m_clock);
    m_pausedTotal = std::chrono::microseconds{0};
}

void Stopwatch::pause()
{
    if (!m_started || m_paused)
        return;
    m_paused = true;
    m_pausedAt = pacingNow(*m_clock);
}

void Stopwatch::resume()
{
    if (!m_started || !m_paused)
        return;
    m_pausedTotal += pacingNow(*m_clock) - m_pausedAt;
    m_paused = false;
}

void Stopwatch::reset()
{
    m_started = false;
    m_paused = false;
    m_pausedTotal = std::chrono::microseconds{0};
}

std::chrono::microseconds Stopwatch::elapsed() const
{
    if (!m_started)
        return std::chrono::microseconds{0};
    const auto until = m_paused ? m_pausedAt : pacingNow(*m_clock);
    const auto running = until - m_startedAt - m_pausedTotal;
    return running.count() < 0 ? std::chrono::microseconds{0} : running;
}

} // namespace tend::regulation
