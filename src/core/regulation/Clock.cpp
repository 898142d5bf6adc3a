#include "tend/regulation/Clock.h"

namespace tend::regulation {

std::chrono::microseconds SteadyClock::now() const
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch());
}

std::chrono::sys_seconds SystemWallClock::now() const
{
    return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

} // namespace tend::regulation
