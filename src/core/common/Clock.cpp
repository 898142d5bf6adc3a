#include "tend/common/Clock.h"

#include <ctime>

namespace tend {

namespace {

bool read(clockid_t clock, std::chrono::nanoseconds& out)
{
    timespec now{};
    if (::clock_gettime(clock, &now) != 0)
        return false;
    out = std::chrono::seconds(now.tv_sec) + std::chrono::nanoseconds(now.tv_nsec);
    return true;
}

} // namespace

TimePoint SystemClock::now() const
{
    return std::chrono::system_clock::now();
}

std::chrono::nanoseconds SystemClock::monotonic() const
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch());
}

std::chrono::nanoseconds SystemClock::sinceBoot() const
{
    std::chrono::nanoseconds boot{0};
    // Without boot time there is no suspend accounting, but never an auto-lock that fails to fire.
    return read(CLOCK_BOOTTIME, boot) ? boot : monotonic();
}

const Clock& systemClock()
{
    static const SystemClock clock;
    return clock;
}

} // namespace tend
