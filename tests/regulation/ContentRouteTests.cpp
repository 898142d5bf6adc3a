// The shipped program's check-in routes agree with the regulation helper's routing rule: racing -> settling
// practices, shut down -> lifting practices, steady -> a free choice, still flooded after (7+) -> more time or a
// pause. Evaluated with the content module's own guard language, for every level and body state.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "tend/content/Guard.h"
#include "tend/regulation/CheckIn.h"

using namespace tend::regulation;
using nlohmann::json;

namespace {

json loadProgram()
{
    const auto file = std::filesystem::path(TEND_SOURCE_DIR) / "content/programs/rupture-to-repair.en.json";
    std::ifstream in(file);
    REQUIRE(in.good());
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return json::parse(buffer.str());
}

struct StabilizeCards {
    std::string before;             // the "before" check-in's id
    std::string after;              // the "after" check-in's id
    std::vector<json> settle;       // breathing cards and settle practices guarded on the before check-in
    std::vector<json> lift;         // lift practices guarded on the before check-in
    std::vector<json> choice;       // cards offered when neither applies (guarded on the before check-in)
    std::vector<json> floodedGates; // gates guarded on the after check-in
};

bool mentions(const json& card, const std::string& id)
{
    return card.contains("when") && card["when"].get<std::string>().find(id) != std::string::npos;
}

StabilizeCards findCards(const json& program)
{
    StabilizeCards found;
    for (const auto& step : program["steps"]) {
        for (const auto& card : step["cards"]) {
            if (card["kind"] == "checkin")
                (card.value("phase", "") == "after" ? found.after : found.before) = card["id"].get<std::string>();
        }
        if (found.before.empty())
            continue;
        for (const auto& card : step["cards"]) {
            // Cards without a guard on the check-in (reached only through a gate's route, e.g. "more time") are not
            // part of the check-in's own routing.
            const std::string kind = card["kind"];
            const bool routed = mentions(card, found.before);
            if (routed && (kind == "breathing" || (kind == "practice" && card.value("tag", "") == "settle")))
                found.settle.push_back(card);
            else if (routed && kind == "practice" && card.value("tag", "") == "lift")
                found.lift.push_back(card);
            else if (kind == "gate" && !found.after.empty() && mentions(card, found.after))
                found.floodedGates.push_back(card);
            else if (kind == "choice" && mentions(card, found.before))
                found.choice.push_back(card);
        }
        break;
    }
    return found;
}

bool shown(const json& card, const tend::content::GuardLookup& lookup)
{
    if (!card.contains("when"))
        return true;
    auto guard = tend::content::Guard::parse(card["when"].get<std::string>());
    REQUIRE(guard.ok());
    return guard->evaluate(lookup);
}

bool anyShown(const std::vector<json>& cards, const tend::content::GuardLookup& lookup)
{
    for (const auto& card : cards)
        if (shown(card, lookup))
            return true;
    return false;
}

// Only `card` is answered, with a check-in.
tend::content::GuardLookup answered(const std::string& card, const CheckIn& checkIn)
{
    const json answer = {{"level", checkIn.level},
                         {"state", std::string(bodyStateName(checkIn.state.value()))},
                         {"emotions", json::array()}};
    return [card, answer](std::string_view id, std::string_view field) -> std::optional<json> {
        if (id != card)
            return std::nullopt;
        if (field.empty())
            return answer;
        const auto it = answer.find(std::string(field));
        return it == answer.end() ? std::nullopt : std::optional<json>(*it);
    };
}

} // namespace

TEST_CASE("the program routes the before check-in as routeBefore does", "[regulation][checkin][content]")
{
    const auto cards = findCards(loadProgram());
    REQUIRE_FALSE(cards.before.empty());
    REQUIRE_FALSE(cards.settle.empty());
    REQUIRE_FALSE(cards.lift.empty());

    for (int level = 0; level <= 10; ++level) {
        for (auto state : {BodyState::Racing, BodyState::ShutDown, BodyState::Steady}) {
            const CheckIn before{level, state, {}};
            INFO("level " << level << ", " << bodyStateName(state));
            const auto lookup = answered(cards.before, before);
            const bool settle = anyShown(cards.settle, lookup);
            const bool lift = anyShown(cards.lift, lookup);
            switch (routeBefore(before)) {
            case Route::Settle:
                CHECK(settle);
                CHECK_FALSE(lift);
                break;
            case Route::Lift:
                CHECK(lift);
                CHECK_FALSE(settle);
                break;
            case Route::Continue:
                CHECK_FALSE(settle);
                CHECK_FALSE(lift);
                CHECK(anyShown(cards.choice, lookup)); // steady: the person chooses
                break;
            case Route::MoreTimeOrPause:
                FAIL("routeBefore never asks for a pause");
            }
        }
    }
}

TEST_CASE("the program routes the after check-in as routeAfter does", "[regulation][checkin][content]")
{
    const auto cards = findCards(loadProgram());
    REQUIRE_FALSE(cards.after.empty());
    REQUIRE_FALSE(cards.floodedGates.empty());

    for (const auto& gate : cards.floodedGates) {
        // More time (back to a practice) or a pause must both be on offer.
        bool pause = false, moreTime = false;
        for (const auto& option : gate["options"]) {
            const std::string next = option.value("next", "");
            pause = pause || next == "pause";
            moreTime = moreTime || (next != "pause" && next != "end" && !next.empty());
        }
        CHECK(pause);
        CHECK(moreTime);
    }
    for (int level = 0; level <= 10; ++level) {
        for (auto state : {BodyState::Racing, BodyState::ShutDown, BodyState::Steady}) {
            const CheckIn after{level, state, {}};
            INFO("level " << level << ", " << bodyStateName(state));
            const bool gateShown = anyShown(cards.floodedGates, answered(cards.after, after));
            CHECK(gateShown == (routeAfter(after) == Route::MoreTimeOrPause));
        }
    }
}
