#include "tend/content/Program.h"

#include <algorithm>
#include <array>

namespace tend::content {

namespace {
constexpr std::string_view kStepPrefix = "step:";

constexpr std::array<std::pair<CardKind, std::string_view>, 12> kKindNames{{
    {CardKind::Info, "info"},
    {CardKind::Prompt, "prompt"},
    {CardKind::Choice, "choice"},
    {CardKind::Scale, "scale"},
    {CardKind::Checkin, "checkin"},
    {CardKind::Checklist, "checklist"},
    {CardKind::Timer, "timer"},
    {CardKind::Breathing, "breathing"},
    {CardKind::Practice, "practice"},
    {CardKind::Turns, "turns"},
    {CardKind::Gate, "gate"},
    {CardKind::Schedule, "schedule"},
}};

bool isLower(char c)
{
    return c >= 'a' && c <= 'z';
}
bool isUpper(char c)
{
    return c >= 'A' && c <= 'Z';
}
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}
} // namespace

std::optional<Target> Target::parse(std::string_view text)
{
    if (text == "pause")
        return pause();
    if (text == "end")
        return end();
    if (text.substr(0, kStepPrefix.size()) == kStepPrefix) {
        std::string_view id = text.substr(kStepPrefix.size());
        if (!isValidId(id))
            return std::nullopt;
        return step(std::string(id));
    }
    if (!isValidId(text))
        return std::nullopt;
    return card(std::string(text));
}

std::string Target::toString() const
{
    switch (type) {
    case Type::Card:
        return id;
    case Type::Step:
        return std::string(kStepPrefix) + id;
    case Type::Pause:
        return "pause";
    case Type::End:
        return "end";
    }
    return "end";
}

std::string_view toString(CardKind kind)
{
    for (const auto& [k, name] : kKindNames) {
        if (k == kind)
            return name;
    }
    return "info";
}

std::optional<CardKind> cardKindFromString(std::string_view text)
{
    for (const auto& [k, name] : kKindNames) {
        if (name == text)
            return k;
    }
    return std::nullopt;
}

const std::vector<CardKind>& allCardKinds()
{
    static const std::vector<CardKind> kinds = [] {
        std::vector<CardKind> all;
        for (const auto& entry : kKindNames)
            all.push_back(entry.first);
        return all;
    }();
    return kinds;
}

std::string_view toString(Who who)
{
    return who == Who::Together ? "together" : "each";
}

const Option* Card::findOption(std::string_view optionId) const
{
    for (const Option& option : options) {
        if (option.id == optionId)
            return &option;
    }
    return nullptr;
}

void Program::reindex()
{
    m_cards.clear();
    m_steps.clear();
    for (std::size_t s = 0; s < steps.size(); ++s) {
        m_steps.emplace(steps[s].id, s);
        for (std::size_t c = 0; c < steps[s].cards.size(); ++c) {
            Card& card = steps[s].cards[c];
            card.stepIndex = s;
            card.index = c;
            m_cards.emplace(card.id, std::make_pair(s, c));
        }
    }
}

const Card* Program::findCard(std::string_view cardId) const
{
    auto it = m_cards.find(cardId);
    if (it == m_cards.end())
        return nullptr;
    return &steps[it->second.first].cards[it->second.second];
}

const Step* Program::findStep(std::string_view stepId) const
{
    auto it = m_steps.find(stepId);
    return it == m_steps.end() ? nullptr : &steps[it->second];
}

std::optional<std::size_t> Program::stepIndex(std::string_view stepId) const
{
    auto it = m_steps.find(stepId);
    if (it == m_steps.end())
        return std::nullopt;
    return it->second;
}

const Card* Program::firstCard() const
{
    for (const Step& step : steps) {
        if (!step.cards.empty())
            return &step.cards.front();
    }
    return nullptr;
}

const Card* Program::firstCardOf(std::string_view stepId) const
{
    const Step* step = findStep(stepId);
    if (!step || step->cards.empty())
        return nullptr;
    return &step->cards.front();
}

Target Program::sequentialNext(const Card& card) const
{
    if (card.stepIndex < steps.size()) {
        const Step& step = steps[card.stepIndex];
        if (card.index + 1 < step.cards.size())
            return Target::card(step.cards[card.index + 1].id);
        for (std::size_t s = card.stepIndex + 1; s < steps.size(); ++s) {
            if (!steps[s].cards.empty())
                return Target::card(steps[s].cards.front().id);
        }
    }
    return Target::end();
}

std::optional<Target> Program::resolve(const Target& target) const
{
    switch (target.type) {
    case Target::Type::Card:
        if (!findCard(target.id))
            return std::nullopt;
        return target;
    case Target::Type::Step:
        if (const Card* first = firstCardOf(target.id))
            return Target::card(first->id);
        return std::nullopt;
    case Target::Type::Pause:
    case Target::Type::End:
        return target;
    }
    return std::nullopt;
}

std::size_t Program::cardCount() const
{
    std::size_t count = 0;
    for (const Step& step : steps)
        count += step.cards.size();
    return count;
}

std::optional<nlohmann::json> guardValue(const Card& card, const nlohmann::json& answer, std::string_view field)
{
    if (answer.is_null())
        return std::nullopt;
    if (field.empty()) {
        if (card.kind == CardKind::Choice) {
            if (answer.is_object() && answer.contains("selected"))
                return answer.at("selected");
            return std::nullopt;
        }
        return answer;
    }
    if (!answer.is_object())
        return std::nullopt;
    auto it = answer.find(std::string(field));
    if (it == answer.end() || it->is_null())
        return std::nullopt;
    return *it;
}

const std::vector<std::string>& guardFields(CardKind kind)
{
    static const std::vector<std::string> none;
    static const std::vector<std::string> choice{"selected", "other"};
    static const std::vector<std::string> checkin{"level", "state", "emotions"};
    static const std::vector<std::string> timed{"seconds", "completed"};
    static const std::vector<std::string> practice{"practice", "completed"};
    static const std::vector<std::string> schedule{"at", "place"};
    switch (kind) {
    case CardKind::Choice:
        return choice;
    case CardKind::Checkin:
        return checkin;
    case CardKind::Timer:
    case CardKind::Breathing:
        return timed;
    case CardKind::Practice:
        return practice;
    case CardKind::Schedule:
        return schedule;
    default:
        return none;
    }
}

bool isValidId(std::string_view id)
{
    if (id.empty() || id.size() > 64)
        return false;
    if (!isLower(id.front()) && !isDigit(id.front()))
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return isLower(c) || isDigit(c) || c == '-'; });
}

bool isValidLocale(std::string_view locale)
{
    // language (2–3 lowercase letters), optionally "-" and a region of two capitals: en, de, pt-BR.
    std::size_t i = 0;
    while (i < locale.size() && isLower(locale[i]))
        ++i;
    if (i < 2 || i > 3)
        return false;
    if (i == locale.size())
        return true;
    return locale.size() == i + 3 && locale[i] == '-' && isUpper(locale[i + 1]) && isUpper(locale[i + 2]);
}

} // namespace tend::content
