// The guided practice timeline: steps share the time; next/back; pause; a single step is a countdown.
#include <catch2/catch.hpp>

#include <chrono>

#include "tend/regulation/PracticeTimeline.h"
#include "tend/regulation/Stopwatch.h"

using namespace tend::regulation;
using namespace std::chrono_literals;

TEST_CASE("steps share the practice time evenly", "[regulation][practice]")
{
    ManualClock clock;
    auto timeline = PracticeTimeline::create(4, 120.0, clock);
    REQUIRE(timeline.ok());
    CHECK(timeline->stepSeconds() == Approx(30.0));
    timeline->start();
    clock.advance(45s);
    auto s = timeline->sample();
    CHECK(s.step == 1);
    CHECK(s.stepProgress == Approx(0.5));
    CHECK(s.stepSecondsLeft == Approx(15.0));
    CHECK(s.progress == Approx(45.0 / 120.0));
    clock.advance(80s);
    s = timeline->sample();
    CHECK(s.finished);
    CHECK(s.step == 3);
    CHECK(s.remainingSeconds == 0.0);
}

TEST_CASE("next and back jump to step starts, also while paused", "[regulation][practice]")
{
    ManualClock clock;
    auto timeline = PracticeTimeline::create(3, 90.0, clock);
    REQUIRE(timeline.ok());
    timeline->nextStep(); // starts the timeline at step 1
    CHECK(timeline->started());
    CHECK(timeline->sample().step == 1);
    clock.advance(10s);
    CHECK(timeline->sample().elapsedSeconds == Approx(40.0));
    timeline->previousStep();
    CHECK(timeline->sample().step == 0);
    CHECK(timeline->sample().elapsedSeconds == Approx(0.0));

    timeline->pause();
    timeline->nextStep();
    clock.advance(60s);
    CHECK(timeline->paused());
    CHECK(timeline->sample().elapsedSeconds == Approx(30.0));
    timeline->resume();
    clock.advance(5s);
    CHECK(timeline->sample().elapsedSeconds == Approx(35.0));

    timeline->nextStep();
    timeline->nextStep();
    CHECK(timeline->sample().finished);
    timeline->nextStep(); // no effect when finished
    CHECK(timeline->sample().finished);
    timeline->previousStep();
    CHECK(timeline->sample().step == 2);
    CHECK_FALSE(timeline->sample().finished);
}

TEST_CASE("one step is a plain countdown (the re-bonding timer)", "[regulation][practice]")
{
    ManualClock clock;
    auto hug = PracticeTimeline::create(1, 30.0, clock);
    REQUIRE(hug.ok());
    hug->start();
    clock.advance(15s);
    CHECK(hug->sample().progress == Approx(0.5));
    clock.advance(15s);
    CHECK(hug->sample().finished);
    CHECK_FALSE(PracticeTimeline::create(0, 30.0, clock).ok());
    CHECK_FALSE(PracticeTimeline::create(1, 0.0, clock).ok());
}

TEST_CASE("the stopwatch excludes paused spans and restarts from zero", "[regulation][practice]")
{
    ManualClock clock;
    Stopwatch watch(clock);
    CHECK(watch.elapsed() == 0us);
    watch.start();
    clock.advance(2s);
    watch.pause();
    clock.advance(5s);
    watch.resume();
    clock.advance(1s);
    CHECK(watch.elapsed() == 3s);
    watch.start();
    CHECK(watch.elapsed() == 0us);
    watch.reset();
    CHECK_FALSE(watch.started());
}
