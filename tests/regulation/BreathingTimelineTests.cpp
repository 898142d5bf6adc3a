// The breathing timeline: exact phase timing on an injected clock, lung level, pause/resume, safety limits.
#include <catch2/catch.hpp>

#include <chrono>
#include <cmath>
#include <vector>

#include "RegulationTestSupport.h"
#include "tend/regulation/BreathingTimeline.h"

using namespace tend::regulation;
using namespace std::chrono_literals;

namespace {

BreathingPattern pattern(std::vector<PatternPhase> phases, std::string id = "test")
{
    BreathingPattern p;
    p.id = std::move(id);
    p.phases = std::move(phases);
    return p;
}

struct Transition {
    double at;
    std::size_t phaseIndex;
    int cycle;
};

// Steps the clock in `step` increments and records every change of phase or cycle.
std::vector<Transition> recordTransitions(BreathingTimeline& timeline, ManualClock& clock,
                                          std::chrono::microseconds step, int cycles)
{
    std::vector<Transition> seen;
    timeline.start();
    auto last = timeline.sample();
    seen.push_back({0.0, last.phaseIndex, last.cycle});
    while (true) {
        clock.advance(step);
        const auto now = timeline.sample();
        if (now.finished || now.cycle >= cycles) {
            seen.push_back({now.elapsedSeconds, now.phaseIndex, now.cycle});
            break;
        }
        if (now.phaseIndex != last.phaseIndex || now.cycle != last.cycle)
            seen.push_back({now.elapsedSeconds, now.phaseIndex, now.cycle});
        last = now;
    }
    return seen;
}

} // namespace

TEST_CASE("every shipped pattern is safe and paces each phase within 1 % over 10 cycles", "[regulation][timeline]")
{
    const auto file = test::regulationLibraryFile();
    INFO("library: " << file.string());
    auto library = loadRegulationLibrary(file);
    REQUIRE(library.ok());
    REQUIRE_FALSE(library->patterns.empty());

    for (const auto& shipped : library->patterns) {
        INFO("pattern " << shipped.id);
        REQUIRE(validatePattern(shipped).ok());
        ManualClock clock;
        auto timeline = BreathingTimeline::create(shipped, 10, clock);
        REQUIRE(timeline.ok());
        REQUIRE(timeline->totalCycles() >= 10);

        const auto transitions = recordTransitions(*timeline, clock, 1ms, 10);
        const std::size_t phases = shipped.phases.size();
        // One transition per phase per cycle, plus the start; the last entry is the end of cycle 10.
        REQUIRE(transitions.size() == phases * 10 + 1);
        for (std::size_t i = 0; i + 1 < transitions.size(); ++i) {
            const auto& from = transitions[i];
            const double expected = shipped.phases[from.phaseIndex].seconds;
            const double measured = transitions[i + 1].at - from.at;
            INFO("cycle " << from.cycle << " phase " << from.phaseIndex << ": " << measured << " s vs " << expected);
            CHECK(from.phaseIndex == i % phases);
            CHECK(std::abs(measured - expected) <= expected * 0.01);
        }
        // No drift: the tenth cycle ends where ten cycles should.
        CHECK(std::abs(transitions.back().at - 10 * shipped.cycleSeconds()) <= 10 * shipped.cycleSeconds() * 0.001);
    }
}

TEST_CASE("the fixture patterns (every phase kind) also pace within 1 %", "[regulation][timeline]")
{
    auto library = loadRegulationLibrary(test::fixtureFile());
    REQUIRE(library.ok());
    for (const auto& p : library->patterns) {
        INFO("pattern " << p.id);
        ManualClock clock;
        auto timeline = BreathingTimeline::create(p, 3, clock);
        REQUIRE(timeline.ok());
        // Frame-sized steps (60 Hz) as the pacer sees them: still within 1 % for phases of 2 s or more.
        const auto transitions = recordTransitions(*timeline, clock, 16667us, 10);
        REQUIRE(transitions.size() == p.phases.size() * 10 + 1);
        for (std::size_t i = 0; i + 1 < transitions.size(); ++i) {
            const double expected = p.phases[transitions[i].phaseIndex].seconds;
            const double measured = transitions[i + 1].at - transitions[i].at;
            CHECK(std::abs(measured - expected) <= std::max(expected * 0.01, 0.0167));
        }
    }
}

TEST_CASE("lung level rises on the in-breath, a little more on top, stays on hold and falls on the out-breath",
          "[regulation][timeline]")
{
    ManualClock clock;
    auto timeline = BreathingTimeline::create(
        pattern({{Phase::Inhale, 3}, {Phase::InhaleTop, 1}, {Phase::Hold, 2}, {Phase::Exhale, 6}, {Phase::Rest, 1}}), 2,
        clock);
    REQUIRE(timeline.ok());
    const auto& t = *timeline;
    CHECK(t.sampleAt(0.0).lungLevel == Approx(0.0));
    CHECK(t.sampleAt(0.0).phase == Phase::Inhale);
    CHECK(t.sampleAt(1.5).lungLevel == Approx(0.4)); // eased midpoint of 0 -> 0.8
    CHECK(t.sampleAt(2.999).lungLevel == Approx(0.8).margin(0.001));
    CHECK(t.sampleAt(3.5).phase == Phase::InhaleTop);
    CHECK(t.sampleAt(3.5).lungLevel == Approx(0.9));
    CHECK(t.sampleAt(4.5).phase == Phase::Hold);
    CHECK(t.sampleAt(4.5).lungLevel == Approx(1.0));
    CHECK(t.sampleAt(5.9).lungLevel == Approx(1.0));
    CHECK(t.sampleAt(9.0).phase == Phase::Exhale);
    CHECK(t.sampleAt(9.0).lungLevel == Approx(0.5));
    CHECK(t.sampleAt(12.5).phase == Phase::Rest);
    CHECK(t.sampleAt(12.5).lungLevel == Approx(0.0));

    // Monotonic within each moving phase, eased (slow at the ends, faster in the middle).
    double previous = -1.0;
    for (double s = 0.0; s < 4.0; s += 0.01) {
        const double level = t.sampleAt(s).lungLevel;
        CHECK(level >= previous - 1e-12);
        previous = level;
    }
    const double startSlope = t.sampleAt(0.1).lungLevel - t.sampleAt(0.0).lungLevel;
    const double middleSlope = t.sampleAt(1.6).lungLevel - t.sampleAt(1.5).lungLevel;
    CHECK(startSlope < middleSlope);
}

TEST_CASE("phase progress, seconds left, cycles and remaining time", "[regulation][timeline]")
{
    ManualClock clock;
    auto timeline = BreathingTimeline::create(pattern({{Phase::Inhale, 4}, {Phase::Exhale, 6}}), 1, clock);
    REQUIRE(timeline.ok());
    CHECK(timeline->totalCycles() == 6);
    CHECK(timeline->totalSeconds() == Approx(60.0));

    const auto s = timeline->sampleAt(13.0);
    CHECK(s.cycle == 1);
    CHECK(s.phase == Phase::Inhale);
    CHECK(s.phaseProgress == Approx(0.75));
    CHECK(s.phaseSecondsLeft == Approx(1.0));
    CHECK(s.remainingSeconds == Approx(47.0));
    CHECK_FALSE(s.finished);

    const auto end = timeline->sampleAt(61.0);
    CHECK(end.finished);
    CHECK(end.remainingSeconds == 0.0);
    CHECK(end.cycle == 6);
    CHECK(end.lungLevel == Approx(0.0));
}

TEST_CASE("the length is a whole number of breaths nearest the chosen minutes", "[regulation][timeline]")
{
    ManualClock clock;
    // 11 s breaths: 5 minutes = 27.3 breaths -> 27 breaths, 297 s; always ends after an out-breath.
    auto timeline = BreathingTimeline::create(pattern({{Phase::Inhale, 4}, {Phase::Exhale, 7}}), 5, clock);
    REQUIRE(timeline.ok());
    CHECK(timeline->totalCycles() == 27);
    CHECK(timeline->totalSeconds() == Approx(297.0));
}

TEST_CASE("pause freezes the breath and resume continues where it left off", "[regulation][timeline]")
{
    ManualClock clock;
    auto timeline = BreathingTimeline::create(pattern({{Phase::Inhale, 4}, {Phase::Exhale, 6}}), 1, clock);
    REQUIRE(timeline.ok());
    CHECK_FALSE(timeline->started());
    CHECK(timeline->sample().elapsedSeconds == 0.0);

    timeline->start();
    clock.advance(3s);
    timeline->pause();
    CHECK(timeline->paused());
    const auto atPause = timeline->sample();
    clock.advance(120s);
    CHECK(timeline->sample().elapsedSeconds == Approx(atPause.elapsedSeconds));
    CHECK(timeline->sample().lungLevel == Approx(atPause.lungLevel));
    CHECK_FALSE(timeline->running());

    timeline->resume();
    clock.advance(2s);
    const auto after = timeline->sample();
    CHECK(after.elapsedSeconds == Approx(5.0));
    CHECK(after.phase == Phase::Exhale);
    CHECK(timeline->running());

    // Pausing twice or resuming while running changes nothing.
    timeline->resume();
    timeline->pause();
    timeline->pause();
    clock.advance(10s);
    timeline->resume();
    CHECK(timeline->sample().elapsedSeconds == Approx(5.0));

    clock.advance(100s);
    CHECK(timeline->sample().finished);
    CHECK_FALSE(timeline->running());
}

TEST_CASE("unsafe patterns are rejected with a clear reason", "[regulation][safety]")
{
    ManualClock clock;
    SECTION("fast breathing")
    {
        auto fast = BreathingTimeline::create(pattern({{Phase::Inhale, 2}, {Phase::Exhale, 2}}, "quick"), 5, clock);
        REQUIRE_FALSE(fast.ok());
        CHECK_THAT(fast.error().message, Catch::Contains("\"quick\" is too fast") && Catch::Contains("15 breaths") &&
                                             Catch::Contains("at most 10 breaths a minute"));
        // Exactly 10 a minute is the limit and allowed.
        CHECK(BreathingTimeline::create(pattern({{Phase::Inhale, 3}, {Phase::Exhale, 3}}), 5, clock).ok());
        CHECK_FALSE(BreathingTimeline::create(pattern({{Phase::Inhale, 2.9}, {Phase::Exhale, 3}}), 5, clock).ok());
    }
    SECTION("breath holding")
    {
        auto box = pattern({{Phase::Inhale, 4}, {Phase::Hold, 4}, {Phase::Exhale, 4}, {Phase::Hold, 4}}, "box");
        auto checked = validatePattern(box);
        REQUIRE_FALSE(checked.ok());
        CHECK_THAT(checked.error().message,
                   Catch::Contains("holds the breath for 4 seconds") && Catch::Contains("at most 2 seconds"));
        CHECK(validatePattern(pattern({{Phase::Inhale, 4}, {Phase::Hold, 2}, {Phase::Exhale, 6}})).ok());
        auto longRest = validatePattern(pattern({{Phase::Inhale, 4}, {Phase::Exhale, 4}, {Phase::Rest, 6}}));
        REQUIRE_FALSE(longRest.ok());
        CHECK_THAT(longRest.error().message, Catch::Contains("becomes breath-holding"));
    }
    SECTION("malformed patterns")
    {
        CHECK_FALSE(validatePattern(pattern({})).ok());
        CHECK_FALSE(validatePattern(pattern({{Phase::Inhale, 6}, {Phase::Rest, 2}})).ok());      // no out-breath
        CHECK_FALSE(validatePattern(pattern({{Phase::Inhale, 0}, {Phase::Exhale, 8}})).ok());    // zero-length phase
        CHECK_FALSE(validatePattern(pattern({{Phase::Inhale, NAN}, {Phase::Exhale, 8}})).ok());  // not a number
        CHECK_FALSE(validatePattern(pattern({{Phase::Inhale, 4}, {Phase::Exhale, 20}})).ok());   // straining
        CHECK_FALSE(validatePattern(pattern({{Phase::InhaleTop, 1}, {Phase::Exhale, 8}})).ok()); // top without inhale
    }
    SECTION("length outside 1-10 minutes")
    {
        auto ok = pattern({{Phase::Inhale, 4}, {Phase::Exhale, 6}});
        CHECK_FALSE(BreathingTimeline::create(ok, 0, clock).ok());
        CHECK_FALSE(BreathingTimeline::create(ok, 11, clock).ok());
        CHECK(BreathingTimeline::create(ok, 1, clock).ok());
        CHECK(BreathingTimeline::create(ok, 10, clock).ok());
    }
}

TEST_CASE("phase names round-trip with the content format", "[regulation][pattern]")
{
    for (auto phase : {Phase::Inhale, Phase::InhaleTop, Phase::Hold, Phase::Exhale, Phase::Rest})
        CHECK(parsePhase(phaseName(phase)) == phase);
    CHECK_FALSE(parsePhase("breath-hold").has_value());
}
