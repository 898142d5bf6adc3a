// Check-in change sentences and routing.
#include <catch2/catch.hpp>

#include "RegulationTestSupport.h"
#include "tend/regulation/CheckIn.h"

using namespace tend::regulation;

namespace {

CheckIn at(int level, BodyState state)
{
    return CheckIn{level, state, {}};
}

} // namespace

TEST_CASE("the change sentence says which way the level moved, from the shipped texts", "[regulation][checkin]")
{
    auto loaded = loadRegulationTexts(test::textsFile());
    REQUIRE(loaded.ok());
    const auto& texts = loaded.value();

    CHECK(changeSentence(at(8, BodyState::Racing), at(4, BodyState::Racing), texts) == "You came down from 8 to 4.");
    CHECK(changeSentence(at(2, BodyState::ShutDown), at(5, BodyState::Racing), texts) == "You came up from 2 to 5.");
    CHECK(changeSentence(at(5, BodyState::Steady), at(5, BodyState::Steady), texts) ==
          "About the same as before — that's okay.");
}

TEST_CASE("the change sentence adds one kind follow-up where it helps", "[regulation][checkin]")
{
    const RegulationTexts texts; // built-in defaults
    SECTION("still flooded comes first")
    {
        CHECK(changeSentence(at(9, BodyState::Racing), at(8, BodyState::Racing), texts) ==
              "You came down from 9 to 8. Your body is still working hard. You can take more time, or pause and come "
              "back later.");
        CHECK(changeSentence(at(7, BodyState::Racing), at(7, BodyState::Steady), texts) ==
              "About the same as before — that's okay. Your body is still working hard. You can take more time, or "
              "pause and come back later.");
    }
    SECTION("steadier after racing or shutting down")
    {
        CHECK(changeSentence(at(8, BodyState::Racing), at(4, BodyState::Steady), texts) ==
              "You came down from 8 to 4. And your body feels steadier now.");
        CHECK(changeSentence(at(3, BodyState::ShutDown), at(3, BodyState::Steady), texts) ==
              "About the same as before — that's okay. And your body feels steadier now.");
    }
    SECTION("still shut down")
    {
        CHECK(changeSentence(at(4, BodyState::ShutDown), at(3, BodyState::ShutDown), texts) ==
              "You came down from 4 to 3. If you still feel far away, another lifting practice or a pause are both "
              "fine.");
    }
    SECTION("a racing body that went up is met kindly")
    {
        CHECK(changeSentence(at(5, BodyState::Racing), at(6, BodyState::Racing), texts) ==
              "You came up from 5 to 6. Some days the body takes longer to shift. That's okay.");
    }
    SECTION("nothing added when it went well")
    {
        CHECK(changeSentence(at(5, BodyState::Steady), at(3, BodyState::Steady), texts) ==
              "You came down from 5 to 3.");
    }
}

TEST_CASE("routing: racing -> settle, shut down -> lift, still flooded -> more time or a pause",
          "[regulation][checkin]")
{
    CHECK(routeBefore(at(8, BodyState::Racing)) == Route::Settle);
    CHECK(routeBefore(at(2, BodyState::Racing)) == Route::Settle);
    CHECK(routeBefore(at(6, BodyState::ShutDown)) == Route::Lift);
    CHECK(routeBefore(at(1, BodyState::ShutDown)) == Route::Lift);
    CHECK(routeBefore(at(4, BodyState::Steady)) == Route::Continue);

    for (int level = 0; level <= 10; ++level) {
        INFO("level " << level);
        for (auto state : {BodyState::Racing, BodyState::ShutDown, BodyState::Steady})
            CHECK(routeAfter(at(level, state)) == (level >= 7 ? Route::MoreTimeOrPause : Route::Continue));
    }
    CHECK(routeName(Route::MoreTimeOrPause) == "more-time-or-pause");
}

TEST_CASE("body state names match the content format", "[regulation][checkin]")
{
    for (auto state : {BodyState::Racing, BodyState::ShutDown, BodyState::Steady})
        CHECK(parseBodyState(bodyStateName(state)) == state);
    CHECK(bodyStateName(BodyState::ShutDown) == "shut-down");
    CHECK_FALSE(parseBodyState("calm").has_value());
}

TEST_CASE("a body state nobody chose is not assumed", "[regulation][checkin]")
{
    const RegulationTexts texts; // built-in defaults
    const CheckIn racing = at(8, BodyState::Racing);
    const CheckIn levelOnly{4, std::nullopt, {}};
    // Before: "steady" would have said "your body feels steadier now" for a person who never said so.
    CHECK(changeSentence(racing, levelOnly, texts) == "You came down from 8 to 4.");
    CHECK(changeSentence(levelOnly, at(3, BodyState::Steady), texts) == "You came down from 4 to 3.");
    CHECK(routeBefore(levelOnly) == Route::Continue);
}
