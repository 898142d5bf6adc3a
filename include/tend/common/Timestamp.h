#pragma once
// The one reader of stored date-times, and the whole-second writer the engine's state uses. Every module parses a
// timestamp with parseIso (the journal's backups, the reader's dates, the engine, solo → joint); the journal writes
// its own rows with milliseconds (journal::isoUtc), which parseIso reads back.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tend/common/Clock.h"

namespace tend {

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil; no time zone database).
std::int64_t daysFromCivil(std::int64_t year, unsigned month, unsigned day);

/// "2026-05-01T18:30:00Z" (UTC, whole seconds).
std::string formatIsoUtc(TimePoint when);

/// Parses an RFC 3339 / ISO 8601 date-time with seconds optional and fractions ignored:
/// "2026-05-01T18:30Z", "2026-05-01T18:30:00Z", "2026-05-01T20:30:00+02:00". A zone is required.
/// nullopt when malformed or out of range (years 1970–2200: the clock's nanoseconds end in 2262).
std::optional<TimePoint> parseIso(std::string_view text);

} // namespace tend
