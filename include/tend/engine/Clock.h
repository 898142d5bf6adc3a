#pragma once

#include "tend/common/Clock.h"
#include "tend/common/Timestamp.h"

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

using tend::formatIsoUtc;
using tend::parseIso;

} // namespace tend::engine
