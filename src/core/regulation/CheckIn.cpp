#include "tend/regulation/CheckIn.h"

namespace tend::regulation {

std::string_view bodyStateName(BodyState state)
{
    switch (state) {
    case BodyState::Racing:
        return "racing";
    case BodyState::ShutDown:
        return "shut-down";
    case BodyState::Steady:
        return "steady";
    }
    return "steady";
}

std::optional<BodyState> parseBodyState(std::string_view name)
{
    if (name == "racing")
        return BodyState::Racing;
    if (name == "shut-down")
        return BodyState::ShutDown;
    if (name == "steady")
        return BodyState::Steady;
    return std::nullopt;
}

std::string_view routeName(Route route)
{
    switch (route) {
    case Route::Settle:
        return "settle";
    case Route::Lift:
        return "lift";
    case Route::MoreTimeOrPause:
        return "more-time-or-pause";
    case Route::Continue:
        return "continue";
    }
    return "continue";
}

Route routeBefore(const CheckIn& before)
{
    if (!before.state)
        return Route::Continue;
    switch (*before.state) {
    case BodyState::Racing:
        return Route::Settle;
    case BodyState::ShutDown:
        return Route::Lift;
    case BodyState::Steady:
        return Route::Continue;
    }
    return Route::Continue;
}

Route routeAfter(const CheckIn& after)
{
    return after.level >= kFloodedLevel ? Route::MoreTimeOrPause : Route::Continue;
}

Change changeBetween(const CheckIn& before, const CheckIn& after)
{
    if (after.level < before.level)
        return Change::Down;
    if (after.level > before.level)
        return Change::Up;
    return Change::Same;
}

std::string changeSentence(const CheckIn& before, const CheckIn& after, const RegulationTexts& texts)
{
    const std::vector<std::pair<std::string, std::string>> values{{"before", std::to_string(before.level)},
                                                                  {"after", std::to_string(after.level)}};
    const Change change = changeBetween(before, after);
    std::string sentence;
    switch (change) {
    case Change::Down:
        sentence = texts.format("change.down", values);
        break;
    case Change::Up:
        sentence = texts.format("change.up", values);
        break;
    case Change::Same:
        sentence = texts.format("change.same", values);
        break;
    }

    // At most one kind follow-up, the most useful first.
    const char* followUp = nullptr;
    if (after.level >= kFloodedLevel)
        followUp = "change.still_flooded";
    else if (before.state && before.state != BodyState::Steady && after.state == BodyState::Steady)
        followUp = "change.steadier";
    else if (after.state == BodyState::ShutDown)
        followUp = "change.still_low";
    else if (before.state == BodyState::Racing && change == Change::Up)
        followUp = "change.away";
    if (followUp)
        sentence += " " + texts.format(followUp, values);
    return sentence;
}

} // namespace tend::regulation
