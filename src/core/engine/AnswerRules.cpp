#include "tend/engine/AnswerRules.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "tend/engine/Clock.h"
#include "tend/engine/Turns.h"

namespace tend::engine {

namespace {

using content::Card;
using content::CardKind;
using nlohmann::json;

bool onlyKeys(const json& object, std::initializer_list<const char*> keys, std::string& unknown)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::none_of(keys.begin(), keys.end(), [&](const char* key) { return it.key() == key; })) {
            unknown = it.key();
            return false;
        }
    }
    return true;
}

Result<void> textWithin(const json& value, const std::string& what)
{
    if (!value.is_string())
        return makeError(what + " must be text");
    if (value.get_ref<const std::string&>().size() > kMaxAnswerText)
        return makeError(what + " is too long");
    return {};
}

Result<void> shapeError(const Card& card, const std::string& expected)
{
    return makeError("a " + std::string(content::toString(card.kind)) + " card's answer is " + expected);
}

Result<void> checkTimed(const Card& card, const json& answer)
{
    std::string unknown;
    if (!answer.is_object() || !onlyKeys(answer, {"seconds", "completed"}, unknown) || !answer.contains("seconds") ||
        !answer.contains("completed"))
        return shapeError(card, "{\"seconds\": elapsed, \"completed\": true or false}");
    const json& seconds = answer.at("seconds");
    if (!seconds.is_number() || !std::isfinite(seconds.get<double>()) || seconds.get<double>() < 0 ||
        seconds.get<double>() > 86400)
        return makeError("\"seconds\" must be a number from 0 to 86400");
    if (!answer.at("completed").is_boolean())
        return makeError("\"completed\" must be true or false");
    return {};
}

} // namespace

Result<void> checkAnswer(const Card& card, const json& answer, const std::vector<std::string>& partners)
{
    if (answer.is_null())
        return {};
    std::string unknown;
    switch (card.kind) {
    case CardKind::Info:
        return makeError("an info card records no answer");
    case CardKind::Prompt:
        return textWithin(answer, "the answer");
    case CardKind::Choice: {
        if (!answer.is_object() || !onlyKeys(answer, {"selected", "other"}, unknown))
            return shapeError(card, "{\"selected\": [option ids], \"other\": \"text\"}");
        bool anything = false;
        if (answer.contains("selected")) {
            const json& selected = answer.at("selected");
            if (!selected.is_array())
                return makeError("\"selected\" must be a list of option ids");
            std::set<std::string> seen;
            for (const json& id : selected) {
                if (!id.is_string() || !card.findOption(id.get<std::string>()))
                    return makeError("\"selected\" may only hold this card's option ids");
                if (!seen.insert(id.get<std::string>()).second)
                    return makeError("an option is selected twice");
            }
            if (!card.multiple && selected.size() > 1)
                return makeError("only one option may be selected on this card");
            anything = !selected.empty();
        }
        if (answer.contains("other")) {
            if (!card.other)
                return makeError("this card has no \"something else\" field");
            if (auto ok = textWithin(answer.at("other"), "\"other\""); !ok)
                return ok;
            anything = anything || !answer.at("other").get_ref<const std::string&>().empty();
        }
        if (!anything)
            return makeError("choose an option or write something, or clear the answer");
        return {};
    }
    case CardKind::Scale: {
        if (!answer.is_number_integer())
            return shapeError(card,
                              "a whole number from " + std::to_string(card.min) + " to " + std::to_string(card.max));
        const auto value = answer.get<std::int64_t>();
        if (value < card.min || value > card.max)
            return makeError("the answer must be from " + std::to_string(card.min) + " to " + std::to_string(card.max));
        return {};
    }
    case CardKind::Checkin: {
        if (!answer.is_object() || !onlyKeys(answer, {"level", "state", "emotions"}, unknown) ||
            !answer.contains("level"))
            return shapeError(card, "{\"level\": 0-10, \"state\": ..., \"emotions\": [words]}");
        const json& level = answer.at("level");
        if (!level.is_number_integer() || level.get<std::int64_t>() < 0 || level.get<std::int64_t>() > 10)
            return makeError("\"level\" must be a whole number from 0 to 10");
        if (answer.contains("state")) {
            const json& state = answer.at("state");
            if (!state.is_string() || (state != "racing" && state != "shut-down" && state != "steady"))
                return makeError("\"state\" must be \"racing\", \"shut-down\" or \"steady\"");
        }
        if (answer.contains("emotions")) {
            const json& emotions = answer.at("emotions");
            if (!emotions.is_array() || emotions.size() > 50)
                return makeError("\"emotions\" must be a list of at most 50 words");
            for (const json& word : emotions) {
                if (!word.is_string() || word.get_ref<const std::string&>().size() > 200)
                    return makeError("each emotion must be a short text");
            }
        }
        return {};
    }
    case CardKind::Checklist: {
        if (!answer.is_array())
            return shapeError(card, "a list of checked item ids");
        std::set<std::string> seen;
        for (const json& id : answer) {
            if (!id.is_string() ||
                std::none_of(card.items.begin(), card.items.end(),
                             [&](const content::ChecklistItem& item) { return item.id == id.get<std::string>(); }))
                return makeError("the list may only hold this card's item ids");
            if (!seen.insert(id.get<std::string>()).second)
                return makeError("an item is checked twice");
        }
        return {};
    }
    case CardKind::Timer:
    case CardKind::Breathing:
        return checkTimed(card, answer);
    case CardKind::Practice: {
        if (!answer.is_object() || !onlyKeys(answer, {"practice", "completed"}, unknown) ||
            !answer.contains("practice") || !answer.contains("completed"))
            return shapeError(card, "{\"practice\": id, \"completed\": true or false}");
        const json& practice = answer.at("practice");
        if (!practice.is_string() || !content::isValidId(practice.get<std::string>()))
            return makeError("\"practice\" must be a practice id");
        if (!card.practice.empty() && practice != card.practice)
            return makeError("this card offers only the practice \"" + card.practice + "\"");
        if (!answer.at("completed").is_boolean())
            return makeError("\"completed\" must be true or false");
        return {};
    }
    case CardKind::Turns: {
        auto status = turnStatus(answer, partners);
        if (!status)
            return status.error();
        return {};
    }
    case CardKind::Gate:
        if (!answer.is_string() || !card.findOption(answer.get<std::string>()))
            return shapeError(card, "one of its option ids");
        return {};
    case CardKind::Schedule: {
        if (!answer.is_object() || !onlyKeys(answer, {"at", "place"}, unknown) || !answer.contains("at"))
            return shapeError(card, "{\"at\": \"2026-05-01T18:30:00Z\", \"place\": \"text\"}");
        const json& at = answer.at("at");
        if (!at.is_string() || !parseIso(at.get<std::string>()))
            return makeError("\"at\" must be a date and time such as 2026-05-01T18:30:00Z");
        if (answer.contains("place")) {
            if (auto ok = textWithin(answer.at("place"), "\"place\""); !ok)
                return ok;
        }
        return {};
    }
    }
    return makeError("unknown card kind");
}

std::vector<std::string> commitmentLines(const std::string& text)
{
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(start, end - start);
        auto notSpace = [](unsigned char c) { return c != ' ' && c != '\t' && c != '\r'; };
        line.erase(line.begin(), std::find_if(line.begin(), line.end(), notSpace));
        line.erase(std::find_if(line.rbegin(), line.rend(), notSpace).base(), line.end());
        if (line.size() >= 2 && (line[0] == '-' || line[0] == '*') && line[1] == ' ')
            line = line.substr(2);
        line.erase(line.begin(), std::find_if(line.begin(), line.end(), notSpace));
        if (!line.empty())
            lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

} // namespace tend::engine
