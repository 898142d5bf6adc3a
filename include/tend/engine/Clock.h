#pragma once

#include "tend/common/Clock.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace tend::engine {

// The engine reads time through the one Clock in common (tests and the demo hand it a ManualClock).
using tend::Clock;
using tend::ManualClock;
using tend::SystemClock;
using tend::TimePoint;

/// "2026-05-01T18:30:00Z" (UTC, whole seconds).
std::string formatIsoUtc(TimePoint when);

/// Parses an RFC 3339 / ISO 8601 date-time with seconds optional and fractions ignored:
/// "2026-05-01T18:30Z", "2026-05-01T18:30:00Z", "2026-05-01T20:30:00+02:00". A zone is required.
/// nullopt when malformed or out of range (years 1970–2200: the clock's nanoseconds end in 2262).
std::optional<TimePoint> parseIso(std::string_view text);

} // namespace tend::engine
