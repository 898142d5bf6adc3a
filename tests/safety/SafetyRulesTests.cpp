// The safety rules in the core, without a QApplication: routing over the shipped check, the help resources,
// what a stored check means for the flow and when it is due again.
#include <catch2/catch.hpp>

#include "SafetyTestSupport.h"
#include "tend/safety/HelpResources.h"
#include "tend/safety/ProgramAccess.h"
#include "tend/safety/SafetyCheck.h"
#include "tend/safety/SafetyStatus.h"

using namespace tend;
using namespace tend::test;
using nlohmann::json;

TEST_CASE("safety routing follows the content: R1 at once, suppression, strictest effects")
{
    safety::SafetyCheck check(loadJsonFile(shippedContent() / "safety" / "safety-check.en.json"));
    REQUIRE(check.isValid());
    CHECK(check.brokenExpressions() == 0);

    safety::SafetyCheck::Answers answers{{"danger-now", "yes"}};
    CHECK(test::field(check.immediateRoute(answers), "id") == "r1");

    answers = {{"danger-now", "no"}, {"suicide-thoughts", "yes"}, {"wish-dead", "yes"}};
    const auto matched = check.matchingRoutes(answers);
    CHECK(routeIds(matched) == std::vector<std::string>{"r3", "r4"});
    CHECK(routeIds(safety::SafetyCheck::shownRoutes(matched)) == std::vector<std::string>{"r3"}); // R4 covered
    CHECK(check.immediateRoute(answers).is_null());

    // Follow-ups are asked only after "yes".
    const int thoughts = [&] {
        for (int i = 0; i < int(check.questions().size()); ++i)
            if (test::field(check.questions()[std::size_t(i)], "id") == "suicide-thoughts")
                return i;
        return -1;
    }();
    REQUIRE(thoughts >= 0);
    safety::SafetyCheck::Answers no{{"suicide-thoughts", "no"}};
    const int after = check.nextQuestion(thoughts, no);
    REQUIRE(after >= 0);
    CHECK(test::field(check.questions()[std::size_t(after)], "follow_up_of").empty());

    const auto effects =
        safety::SafetyCheck::combinedEffects(check.matchingRoutes({{"afraid", "sometimes"}, {"wish-dead", "yes"}}), 28);
    CHECK(effects["joint"] == "locked");
    CHECK(effects["take_space"] == "off");
    CHECK(effects["recheck_days"] == 7);
}

TEST_CASE("help resources: a listed country, the EU note for members, nothing guessed for others")
{
    safety::HelpResources help(loadJsonFile(shippedContent() / "help" / "resources.json"));
    REQUIRE(help.isValid());
    CHECK(help.country("GB").is_object());
    CHECK(help.country("IT").is_null());
    CHECK(test::field(help.regionFor("IT"), "emergency") == "112");
    CHECK(help.regionFor("JP").is_null());
    const auto abuse = safety::HelpResources::resourcesFor(help.country("GB"), {"domestic-abuse"});
    CHECK_FALSE(abuse.empty());
    for (const auto& resource : abuse) {
        bool tagged = false;
        for (const auto& p : resource["for"])
            tagged = tagged || p == "domestic-abuse";
        CHECK(tagged);
    }
}

TEST_CASE("the access rule: calming only closes every program step, closed joint work closes together steps")
{
    safety::SafetyStatus clear;
    clear.taken = true;
    safety::SafetyStatus calming = clear;
    calming.calmingOnly = true;
    calming.jointLocked = true;
    safety::SafetyStatus locked = clear;
    locked.jointLocked = true;
    using safety::ProgramAccess;
    using safety::programAccess;
    CHECK(programAccess(clear, {clear, clear}, false) == ProgramAccess::Open);
    CHECK(programAccess(clear, {clear, clear}, true) == ProgramAccess::Open);
    CHECK(programAccess(calming, {calming}, false) == ProgramAccess::CalmingOnly);
    CHECK(programAccess(calming, {calming, clear}, true) == ProgramAccess::CalmingOnly);
    // The partner: their own steps stay open; the together step closes, without saying whose check closed it.
    CHECK(programAccess(clear, {calming, clear}, false) == ProgramAccess::Open);
    CHECK(programAccess(clear, {calming, clear}, true) == ProgramAccess::JointClosed);
    CHECK(programAccess(clear, {clear, locked}, true) == ProgramAccess::JointClosed);
    CHECK(programAccess(locked, {locked}, false) == ProgramAccess::Open);
}

TEST_CASE("a stored check reads into a status, and anything malformed reads as not taken")
{
    const json r2{{"status", "done"},
                  {"routes", {"r2"}},
                  {"effects", {{"joint", "locked"}, {"programs", "calming-only"}, {"take_space", "off"}}},
                  {"checked_at", "2026-05-01T18:30:00Z"}};
    const safety::SafetyStatus status = safety::statusFromRecord(r2);
    CHECK(status.taken);
    CHECK(status.jointLocked);
    CHECK(status.calmingOnly);
    CHECK(status.takeSpaceOff);
    CHECK(status.route == "r2");
    CHECK(status.recheckDays == 28);
    REQUIRE(status.checkedAt.has_value());

    for (const json& broken : {json(nullptr), json::array(), json{{"status", 3}}, json{{"effects", "x"}}}) {
        const safety::SafetyStatus s = safety::statusFromRecord(broken);
        CHECK_FALSE(s.taken);
        CHECK_FALSE(s.jointLocked);
    }
    CHECK(safety::statusFromRecord({{"status", "postponed"}}).postponed);
}

TEST_CASE("a check is due on the injected clock: after recheck_days, at once when postponed or never taken")
{
    using namespace std::chrono;
    safety::SafetyStatus status = safety::statusFromRecord(
        {{"status", "done"}, {"checked_at", "2026-05-01T18:30:00Z"}, {"effects", {{"recheck_days", 7}}}});
    const auto checked = *status.checkedAt;
    CHECK_FALSE(status.due(checked));
    CHECK_FALSE(status.due(checked + hours(24 * 7) - minutes(1)));
    CHECK(status.due(checked + hours(24 * 7)));

    status.recheckDays = 0; // "at the next launch"
    CHECK(status.due(checked));

    safety::SafetyStatus never;
    CHECK(never.due(checked));
    safety::SafetyStatus postponed =
        safety::statusFromRecord({{"status", "postponed"}, {"checked_at", "2026-05-01T18:30:00Z"}});
    CHECK(postponed.due(checked));
}

TEST_CASE("the come-back plan is off for the whole couple when either person's check turned take-space off")
{
    safety::SafetyStatus clear;
    clear.taken = true;
    safety::SafetyStatus flagged = clear;
    flagged.takeSpaceOff = true;
    CHECK(safety::comeBackPlanAllowed({clear, clear}));
    CHECK_FALSE(safety::comeBackPlanAllowed({flagged, clear}));
    CHECK_FALSE(safety::comeBackPlanAllowed({clear, flagged}));
    CHECK(safety::comeBackPlanAllowed({}));
}

TEST_CASE("the my-part card says in the card itself that harm done to you is not your share to own")
{
    const auto program = loadJsonFile(shippedContent() / "programs" / "rupture-to-repair.en.json");
    std::string body;
    for (const auto& step : program["steps"])
        for (const auto& card : step["cards"])
            if (test::field(card, "id") == "my-part")
                body = test::field(card, "body");
    REQUIRE_FALSE(body.empty());
    CHECK(body.find("threatened") != std::string::npos);
    CHECK(body.find("controlled") != std::string::npos);
    CHECK(body.find("never your share") != std::string::npos);
    CHECK(body.find("Get help now") != std::string::npos);
}

TEST_CASE("the in-session overwhelm note comes from the file and rises at its level")
{
    safety::SafetyCheck check(loadJsonFile(shippedContent() / "safety" / "safety-check.en.json"));
    const safety::OverwhelmNote note = check.overwhelmNote();
    CHECK(note.levelAtLeast == 7);
    CHECK_FALSE(note.title.empty());
    CHECK_FALSE(note.body.empty());
    CHECK(safety::SafetyCheck::overwhelms(note, json{{"level", 7}, {"state", "racing"}}));
    CHECK(safety::SafetyCheck::overwhelms(note, json{{"level", 10}}));
    CHECK_FALSE(safety::SafetyCheck::overwhelms(note, json{{"level", 6}}));
    CHECK_FALSE(safety::SafetyCheck::overwhelms(note, json{{"state", "racing"}}));
    CHECK_FALSE(safety::SafetyCheck::overwhelms(note, json(8)));
    CHECK_FALSE(safety::SafetyCheck::overwhelms(note, json()));

    // A file that names its own level is followed; one that names none (or a broken one) keeps 7 and no words.
    safety::SafetyCheck lower(json{{"in_session", {{"overwhelm", {{"checkin_level_at_least", 5}, {"title", "T"}}}}}});
    CHECK(lower.overwhelmNote().levelAtLeast == 5);
    CHECK(lower.overwhelmNote().title == "T");
    CHECK(safety::SafetyCheck::overwhelms(lower.overwhelmNote(), json{{"level", 5}}));
    const safety::OverwhelmNote none = safety::SafetyCheck(json::array()).overwhelmNote();
    CHECK(none.levelAtLeast == 7);
    CHECK(none.title.empty());
    CHECK(safety::SafetyCheck(json{{"in_session", {{"overwhelm", {{"checkin_level_at_least", "high"}}}}}})
              .overwhelmNote()
              .levelAtLeast == 7);
}
