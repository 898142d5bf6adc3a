#pragma once

#include "tend/common/Clock.h"

#include <chrono>

namespace tend::regulation {

// Pacing and reminders read the one Clock in common: pacing its monotonic time, reminders its wall time.
using tend::Clock;
using tend::ManualClock;
using tend::SystemClock;

/// Monotonic time in the pacer's unit.
inline std::chrono::microseconds pacingNow(const Clock& clock)
{
    return std::chrono::duration_cast<std::chrono::microseconds>(clock.monotonic());
}

/// Wall time in whole seconds, the unit appointments are kept in.
inline std::chrono::sys_seconds wallNow(const Clock& clock)
{
    return std::chrono::floor<std::chrono::seconds>(clock.now());
}

} // namespace tend::regulation
