#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace tend::engine {

using TimePoint = std::chrono::system_clock::time_point;

/// The engine's only source of time, so tests and the demo can drive it.
class Clock {
public:
    virtual ~Clock() = default;
    virtual TimePoint now() const = 0;
};

/// The real wall clock (the app's choice; the engine never reads the system clock on its own).
class SystemClock final : public Clock {
public:
    TimePoint now() const override;
};

/// A clock that only moves when told (tests, demo mode, presenter mode).
class ManualClock final : public Clock {
public:
    explicit ManualClock(TimePoint start = TimePoint{}) : m_now(start) {}
    TimePoint now() const override { return m_now; }
    void set(TimePoint when) { m_now = when; }
    void advance(std::chrono::system_clock::duration by) { m_now += by; }

private:
    TimePoint m_now;
};

/// "2026-05-01T18:30:00Z" (UTC, whole seconds).
std::string formatIsoUtc(TimePoint when);

/// Parses an RFC 3339 / ISO 8601 date-time with seconds optional and fractions ignored:
/// "2026-05-01T18:30Z", "2026-05-01T18:30:00Z", "2026-05-01T20:30:00+02:00". A zone is required.
/// nullopt when malformed or out of range (years 1970–2200: the clock's nanoseconds end in 2262).
std::optional<TimePoint> parseIso(std::string_view text);

} // namespace tend::engine
