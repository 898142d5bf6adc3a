#pragma once

#include <QDateTime>

#include <functional>

#include "tend/common/Clock.h"

namespace tend::ui {

/// The app's one clock for the core: wall time is AppContext::now (which tests and screenshots set), elapsed time
/// is the system's. The session engine, the rows a repair writes and the come-back reminders all read it, so a
/// session's start in the journal and in its engine agree whatever the clock says.
class AppClock final : public tend::Clock {
public:
    explicit AppClock(std::function<QDateTime()> now) : m_now(std::move(now)) {}
    tend::TimePoint now() const override;
    std::chrono::nanoseconds monotonic() const override { return tend::systemClock().monotonic(); }

private:
    std::function<QDateTime()> m_now;
};

} // namespace tend::ui
