#include "ui/app/AppClock.h"

namespace tend::ui {

tend::TimePoint AppClock::now() const
{
    return tend::TimePoint{std::chrono::milliseconds{m_now().toMSecsSinceEpoch()}};
}

} // namespace tend::ui
