// Fuzz target for the regulation module's readers: the input is parsed as a regulation library, a texts file and
// a rebonding file. Every pattern that passes the safety check is paced on a fake clock and sampled across its
// whole length; samples must stay in range (phase index, progress and lung level in 0..1, time never negative).
// Any broken invariant aborts, so libFuzzer reports it. Never writes files.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "tend/regulation/BreathingTimeline.h"
#include "tend/regulation/RegulationLibrary.h"
#include "tend/regulation/RegulationTexts.h"

namespace {

using namespace tend::regulation;

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_regulation: broken invariant: %s\n", what);
        std::abort();
    }
}

bool unit(double value)
{
    return std::isfinite(value) && value >= 0.0 && value <= 1.0;
}

void pace(const BreathingPattern& pattern)
{
    if (!validatePattern(pattern))
        return;
    ManualClock clock;
    for (int minutes : {1, 10}) {
        auto timeline = BreathingTimeline::create(pattern, minutes, clock);
        require(timeline.ok(), "a valid pattern makes a timeline");
        require(timeline->totalCycles() >= 1, "at least one breath");
        const double total = timeline->totalSeconds();
        double previousElapsed = -1.0;
        for (int i = 0; i <= 400; ++i) {
            const auto s = timeline->sampleAt(total * i / 400.0);
            require(s.phaseIndex < pattern.phases.size(), "phase index in range");
            require(unit(s.phaseProgress), "phase progress in 0..1");
            require(unit(s.lungLevel), "lung level in 0..1");
            require(s.remainingSeconds >= 0.0 && s.elapsedSeconds >= previousElapsed, "time moves forward");
            require(s.cycle >= 0 && s.cycle <= s.totalCycles, "breath count in range");
            previousElapsed = s.elapsedSeconds;
        }
        require(timeline->sampleAt(total + 1.0).finished, "the end is finished");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);

    if (auto library = parseRegulationLibrary(input)) {
        for (const auto& pattern : library->patterns)
            pace(pattern);
        for (const auto& practice : library->practices)
            require(!practice.id.empty(), "a practice has an id");
    }

    RegulationTexts texts;
    if (texts.merge(input)) {
        for (const auto& key : texts.keys())
            (void)texts.format(key, {{"before", "8"}, {"after", "4"}, {"seconds", "30"}, {"place", "here"}});
    }
    (void)fillPlaceholders(input, {{"before", "1"}});

    if (auto ideas = parseRebondingIdeas(input))
        for (const auto& idea : ideas.value())
            require(!idea.id.empty(), "an idea has an id");
    return 0;
}
