#include "ProgramReader.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

namespace tend::content::detail {

namespace {

const std::vector<std::string_view> kProgramKeys{"format", "id", "version", "locale", "title", "summary", "steps"};
const std::vector<std::string_view> kStepKeys{"id", "title", "purpose", "who", "facilitator", "cards"};
const std::vector<std::string_view> kCommonCardKeys{"id",      "kind",        "title",    "body",           "note",
                                                    "next",    "when",        "optional", "private",        "coach",
                                                    "records", "after_pause", "recall",   "earlier_answers"};
const std::vector<std::string_view> kOptionKeys{"id", "label", "next", "switch_to", "old_pain"};
const std::vector<std::string_view> kItemKeys{"id", "label"};

const std::vector<std::string_view>& kindKeys(CardKind kind)
{
    static const std::map<CardKind, std::vector<std::string_view>> keys{
        {CardKind::Info, {}},
        {CardKind::Prompt, {"placeholder", "min_rows"}},
        {CardKind::Choice, {"options", "options_from", "multiple", "other"}},
        {CardKind::Scale, {"min", "max", "low_label", "high_label"}},
        {CardKind::Checkin, {"phase", "emotions"}},
        {CardKind::Checklist, {"items"}},
        {CardKind::Timer, {"seconds", "label"}},
        {CardKind::Breathing, {"pattern", "minutes", "label"}},
        {CardKind::Practice, {"practice", "tag"}},
        {CardKind::Turns, {"speaker_prompts", "listener_prompts", "confirm", "validate", "turn_minutes"}},
        {CardKind::Gate, {"options", "unanimous", "otherwise"}},
        {CardKind::Schedule, {"min_minutes", "max_hours", "suggest_places"}},
    };
    return keys.at(kind);
}

std::string kindList()
{
    std::string list;
    for (CardKind kind : allCardKinds()) {
        if (!list.empty())
            list += ", ";
        list += toString(kind);
    }
    return list;
}

std::optional<Target> readTarget(const nlohmann::json& object, const std::string& at, std::string_view key,
                                 Reader& reader)
{
    auto text = reader.string(object, at, key, Presence::Optional);
    if (!text)
        return std::nullopt;
    auto target = Target::parse(*text);
    if (!target)
        reader.add(pointerJoin(at, key), "\"" + *text +
                                             "\" is not a target: use a card id, \"step:<step id>\", "
                                             "\"pause\" or \"end\"");
    return target;
}

std::vector<Option> readOptions(const nlohmann::json& card, const std::string& at, bool isGate, Reader& reader,
                                Presence presence = Presence::Required)
{
    std::vector<Option> options;
    const nlohmann::json* list = reader.array(card, at, "options", presence, true);
    if (!list)
        return options;
    const std::string listAt = pointerJoin(at, "options");
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& item = (*list)[i];
        const std::string itemAt = pointerJoin(listAt, i);
        if (!reader.expectObject(item, itemAt, "an option"))
            continue;
        reader.checkKeys(item, itemAt, kOptionKeys, {}, "an option");
        Option option;
        option.id = reader.string(item, itemAt, "id", Presence::Required).value_or("");
        if (!option.id.empty() && !isValidId(option.id))
            reader.add(pointerJoin(itemAt, "id"),
                       "the option id \"" + option.id + "\" may use only lowercase letters, digits and \"-\"");
        option.label = reader.string(item, itemAt, "label", Presence::Required).value_or("");
        option.next = readTarget(item, itemAt, "next", reader);
        if (isGate && !reader.field(item, "next"))
            reader.add(itemAt, "this gate option has no \"next\"; every option of a gate must say where it leads");
        option.switchTo = reader.string(item, itemAt, "switch_to", Presence::Optional).value_or("");
        if (reader.field(item, "switch_to")) {
            if (!isValidId(option.switchTo))
                reader.add(pointerJoin(itemAt, "switch_to"),
                           "\"" + option.switchTo + "\" is not a program id: use lowercase letters, digits and \"-\"");
            else if (!option.next || option.next->type != Target::Type::End)
                reader.add(pointerJoin(itemAt, "switch_to"),
                           "an option that switches to another program must have \"next\": \"end\" (this program "
                           "stops there and the other one starts with what was written)");
        }
        option.oldPain = reader.boolean(item, itemAt, "old_pain").value_or(false);
        options.push_back(std::move(option));
    }
    return options;
}

void readKindFields(Card& card, const nlohmann::json& json, const std::string& at, Reader& reader)
{
    switch (card.kind) {
    case CardKind::Info:
        break;
    case CardKind::Prompt:
        card.placeholder = reader.string(json, at, "placeholder", Presence::Optional).value_or("");
        card.minRows = static_cast<int>(reader.integer(json, at, "min_rows", Presence::Optional, 1, 40).value_or(3));
        break;
    case CardKind::Choice:
        if (auto from = reader.string(json, at, "options_from", Presence::Optional)) {
            if (*from == "needs")
                card.optionsFrom = OptionsFrom::Needs;
            else if (*from == "rebonding")
                card.optionsFrom = OptionsFrom::Rebonding;
            else
                reader.add(pointerJoin(at, "options_from"),
                           "\"options_from\" names a list of the practices library: \"needs\" or \"rebonding\"");
            if (reader.field(json, "options"))
                reader.add(pointerJoin(at, "options"), "a card with \"options_from\" takes its options from that "
                                                       "list; remove \"options\" (or \"options_from\")");
        } else {
            card.options = readOptions(json, at, false, reader);
        }
        card.multiple = reader.boolean(json, at, "multiple").value_or(false);
        card.other = reader.boolean(json, at, "other").value_or(false);
        break;
    case CardKind::Scale:
        card.min = static_cast<int>(reader.integer(json, at, "min", Presence::Optional, -1000, 1000).value_or(0));
        card.max = static_cast<int>(reader.integer(json, at, "max", Presence::Optional, -1000, 1000).value_or(10));
        if (card.min >= card.max)
            reader.add(at, "\"min\" must be less than \"max\"");
        card.lowLabel = reader.string(json, at, "low_label", Presence::Optional).value_or("");
        card.highLabel = reader.string(json, at, "high_label", Presence::Optional).value_or("");
        break;
    case CardKind::Checkin:
        if (auto phase = reader.string(json, at, "phase", Presence::Optional)) {
            if (*phase == "after")
                card.phase = CheckinPhase::After;
            else if (*phase != "before")
                reader.add(pointerJoin(at, "phase"), "\"phase\" must be \"before\" or \"after\"");
        }
        card.emotions = reader.strings(json, at, "emotions", Presence::Optional).value_or(std::vector<std::string>{});
        break;
    case CardKind::Checklist: {
        const nlohmann::json* list = reader.array(json, at, "items", Presence::Required, true);
        if (!list)
            break;
        const std::string listAt = pointerJoin(at, "items");
        for (std::size_t i = 0; i < list->size(); ++i) {
            const auto& item = (*list)[i];
            const std::string itemAt = pointerJoin(listAt, i);
            if (!reader.expectObject(item, itemAt, "a checklist item"))
                continue;
            reader.checkKeys(item, itemAt, kItemKeys, {}, "a checklist item");
            ChecklistItem entry;
            entry.id = reader.string(item, itemAt, "id", Presence::Required).value_or("");
            if (!entry.id.empty() && !isValidId(entry.id))
                reader.add(pointerJoin(itemAt, "id"),
                           "the item id \"" + entry.id + "\" may use only lowercase letters, digits and \"-\"");
            entry.label = reader.string(item, itemAt, "label", Presence::Required).value_or("");
            card.items.push_back(std::move(entry));
        }
        break;
    }
    case CardKind::Timer:
        card.seconds = static_cast<int>(reader.integer(json, at, "seconds", Presence::Required, 1, 3600).value_or(0));
        card.label = reader.string(json, at, "label", Presence::Optional).value_or("");
        break;
    case CardKind::Breathing:
        card.pattern = reader.string(json, at, "pattern", Presence::Required).value_or("");
        card.minutes = static_cast<int>(reader.integer(json, at, "minutes", Presence::Optional, 1, 10).value_or(0));
        card.label = reader.string(json, at, "label", Presence::Optional).value_or("");
        break;
    case CardKind::Practice: {
        auto practice = reader.string(json, at, "practice", Presence::Optional);
        auto tag = reader.string(json, at, "tag", Presence::Optional);
        const bool hasPractice = reader.field(json, "practice") != nullptr;
        const bool hasTag = reader.field(json, "tag") != nullptr;
        if (hasPractice && hasTag)
            reader.add(at, "a practice card names either \"practice\" or \"tag\", not both");
        else if (!hasPractice && !hasTag)
            reader.add(at,
                       "missing the required field \"practice\" (a practice id) or \"tag\" (\"settle\" or \"lift\")");
        card.practice = practice.value_or("");
        card.tag = tag.value_or("");
        if (tag && !practiceTagFromString(*tag))
            reader.add(pointerJoin(at, "tag"), "\"tag\" must be \"settle\" or \"lift\"");
        break;
    }
    case CardKind::Turns:
        card.speakerPrompts =
            reader.strings(json, at, "speaker_prompts", Presence::Optional).value_or(std::vector<std::string>{});
        card.listenerPrompts =
            reader.strings(json, at, "listener_prompts", Presence::Optional).value_or(std::vector<std::string>{});
        card.confirm = reader.string(json, at, "confirm", Presence::Required).value_or("");
        card.validate = reader.string(json, at, "validate", Presence::Optional).value_or("");
        card.turnMinutes =
            static_cast<int>(reader.integer(json, at, "turn_minutes", Presence::Optional, 1, 30).value_or(0));
        break;
    case CardKind::Gate:
        card.options = readOptions(json, at, true, reader);
        card.unanimous = reader.string(json, at, "unanimous", Presence::Optional).value_or("");
        card.otherwise = reader.string(json, at, "otherwise", Presence::Optional).value_or("");
        break;
    case CardKind::Schedule:
        card.minMinutes =
            static_cast<int>(reader.integer(json, at, "min_minutes", Presence::Optional, 0, 7 * 24 * 60).value_or(20));
        card.maxHours =
            static_cast<int>(reader.integer(json, at, "max_hours", Presence::Optional, 1, 7 * 24).value_or(24));
        if (card.minMinutes > card.maxHours * 60)
            reader.add(at, "\"min_minutes\" is later than \"max_hours\" allows");
        card.suggestPlaces =
            reader.strings(json, at, "suggest_places", Presence::Optional).value_or(std::vector<std::string>{});
        break;
    }
}

std::optional<Card> readCard(const nlohmann::json& json, const std::string& at, Who who, Reader& reader)
{
    if (!reader.expectObject(json, at, "a card"))
        return std::nullopt;
    Card card;
    card.raw = json;
    card.id = reader.string(json, at, "id", Presence::Required).value_or("");
    if (!card.id.empty() && !isValidId(card.id))
        reader.add(pointerJoin(at, "id"),
                   "the card id \"" + card.id + "\" may use only lowercase letters, digits and \"-\"");

    std::vector<std::string_view> allKindKeys;
    for (CardKind kind : allCardKinds()) {
        for (std::string_view key : kindKeys(kind))
            allKindKeys.push_back(key);
    }

    auto kindText = reader.string(json, at, "kind", Presence::Required);
    std::optional<CardKind> kind = kindText ? cardKindFromString(*kindText) : std::nullopt;
    if (kindText && !kind)
        reader.add(pointerJoin(at, "kind"), "unknown kind \"" + *kindText + "\"; the kinds are " + kindList());
    if (!kind) {
        // Still check the shared fields so one bad kind does not hide other problems.
        reader.checkKeys(json, at, kCommonCardKeys, {}, "a card");
    } else {
        card.kind = *kind;
        std::vector<std::string_view> known = kCommonCardKeys;
        for (std::string_view key : kindKeys(card.kind))
            known.push_back(key);
        std::vector<std::string_view> elsewhere;
        for (std::string_view key : allKindKeys) {
            if (std::find(known.begin(), known.end(), key) == known.end())
                elsewhere.push_back(key);
        }
        reader.checkKeys(json, at, known, elsewhere, "a " + std::string(toString(card.kind)) + " card");
    }

    card.title = reader.string(json, at, "title", Presence::Optional).value_or("");
    card.body = reader.string(json, at, "body", Presence::Optional).value_or("");
    card.note = reader.string(json, at, "note", Presence::Optional).value_or("");
    card.next = readTarget(json, at, "next", reader);
    card.afterPause = readTarget(json, at, "after_pause", reader);

    if (auto when = reader.string(json, at, "when", Presence::Optional)) {
        GuardSyntaxError error;
        auto guard = Guard::parse(*when, &error);
        if (guard)
            card.when = std::move(guard.value());
        else
            reader.add(pointerJoin(at, "when"),
                       "the guard does not parse at column " + std::to_string(error.column) + ": " + error.message);
    }

    const bool requiredByDefault = card.kind == CardKind::Gate || card.kind == CardKind::Turns;
    card.optional = reader.boolean(json, at, "optional").value_or(!requiredByDefault);
    card.allowPrivate = reader.boolean(json, at, "private").value_or(who == Who::Each) && who == Who::Each;
    card.coach = reader.boolean(json, at, "coach").value_or(false);
    card.recall = reader.string(json, at, "recall", Presence::Optional).value_or("");
    card.lookBack = reader.strings(json, at, "look_back", Presence::Optional).value_or(std::vector<std::string>{});
    card.carryOver = reader.boolean(json, at, "carry_over").value_or(false);
    card.earlierAnswers =
        reader.strings(json, at, "earlier_answers", Presence::Optional).value_or(std::vector<std::string>{});
    for (std::size_t i = 0; i < card.earlierAnswers.size(); ++i) {
        if (!isValidId(card.earlierAnswers[i]))
            reader.add(pointerJoin(pointerJoin(at, "earlier_answers"), i),
                       "\"" + card.earlierAnswers[i] + "\" is not a card id: use lowercase letters, digits and \"-\"");
    }
    if (auto records = reader.string(json, at, "records", Presence::Optional)) {
        if (*records == "commitments")
            card.records = Records::Commitments;
        else if (*records == "cycle")
            card.records = Records::Cycle;
        else
            reader.add(pointerJoin(at, "records"), "\"records\" can only be \"commitments\" or \"cycle\"");
    }
    // A card whose kind is missing or unknown is already a problem. It stays in the model as a plain card so
    // that its id and route still count: otherwise every card behind it would also be reported as unreachable.
    if (kind)
        readKindFields(card, json, at, reader);
    return card;
}

} // namespace

std::optional<Card> readLoneCard(const nlohmann::json& json, const std::string& at, Who who, Reader& reader)
{
    return readCard(json, at, who, reader);
}

ParsedProgram readProgram(const nlohmann::json& root, Reader& reader)
{
    ParsedProgram parsed;
    Program& program = parsed.program;
    if (!reader.expectObject(root, "", "a program"))
        return parsed;
    reader.checkKeys(root, "", kProgramKeys, {}, "a program");

    if (reader.field(root, "format")) {
        auto format = reader.integer(root, "", "format", Presence::Optional, 1, 1000);
        if (format && *format != 1)
            reader.add("/format",
                       "format " + std::to_string(*format) + " is not supported; this version reads format 1");
    }
    program.id = reader.string(root, "", "id", Presence::Required).value_or("");
    if (!program.id.empty() && !isValidId(program.id))
        reader.add("/id", "the program id \"" + program.id + "\" may use only lowercase letters, digits and \"-\"");
    program.version = reader.string(root, "", "version", Presence::Required).value_or("");
    program.locale = reader.string(root, "", "locale", Presence::Required).value_or("");
    if (!program.locale.empty() && !isValidLocale(program.locale))
        reader.add("/locale", "\"" + program.locale + "\" is not a locale such as \"en\", \"de\" or \"pt-BR\"");
    program.title = reader.string(root, "", "title", Presence::Required).value_or("");
    program.summary = reader.string(root, "", "summary", Presence::Optional).value_or("");

    const nlohmann::json* steps = reader.array(root, "", "steps", Presence::Required, true);
    if (!steps)
        return parsed;
    for (std::size_t s = 0; s < steps->size(); ++s) {
        const auto& stepJson = (*steps)[s];
        const std::string stepAt = pointerJoin("/steps", s);
        if (!reader.expectObject(stepJson, stepAt, "a step"))
            continue;
        reader.checkKeys(stepJson, stepAt, kStepKeys, {}, "a step");
        Step step;
        step.raw = stepJson;
        step.raw.erase("cards");
        step.id = reader.string(stepJson, stepAt, "id", Presence::Required).value_or("");
        if (!step.id.empty() && !isValidId(step.id))
            reader.add(pointerJoin(stepAt, "id"),
                       "the step id \"" + step.id + "\" may use only lowercase letters, digits and \"-\"");
        step.title = reader.string(stepJson, stepAt, "title", Presence::Required).value_or("");
        step.purpose = reader.string(stepJson, stepAt, "purpose", Presence::Required).value_or("");
        step.facilitator = reader.string(stepJson, stepAt, "facilitator", Presence::Optional).value_or("");
        if (auto who = reader.string(stepJson, stepAt, "who", Presence::Required)) {
            if (*who == "together")
                step.who = Who::Together;
            else if (*who != "each")
                reader.add(pointerJoin(stepAt, "who"), "\"who\" must be \"each\" or \"together\"");
        }
        std::vector<std::string> cardPointers;
        if (const nlohmann::json* cards = reader.array(stepJson, stepAt, "cards", Presence::Required, true)) {
            const std::string cardsAt = pointerJoin(stepAt, "cards");
            for (std::size_t c = 0; c < cards->size(); ++c) {
                const std::string cardAt = pointerJoin(cardsAt, c);
                if (auto card = readCard((*cards)[c], cardAt, step.who, reader)) {
                    step.cards.push_back(std::move(*card));
                    cardPointers.push_back(cardAt);
                }
            }
        }
        program.steps.push_back(std::move(step));
        parsed.stepPointers.push_back(stepAt);
        parsed.cardPointers.push_back(std::move(cardPointers));
    }
    program.reindex();
    return parsed;
}

void checkProgramFileName(const ParsedProgram& parsed, const std::string& fileName, Reader& reader)
{
    const std::string name = std::filesystem::path(fileName).filename().string();
    const std::string suffix = ".json";
    if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
        return;
    const std::string stem = name.substr(0, name.size() - suffix.size());
    const auto dot = stem.rfind('.');
    if (dot == std::string::npos) {
        reader.add("", "the file name must be <id>.<locale>.json, e.g. \"rupture-to-repair.en.json\"");
        return;
    }
    const std::string id = stem.substr(0, dot);
    const std::string locale = stem.substr(dot + 1);
    const Program& program = parsed.program;
    if (!isValidLocale(locale))
        reader.add("", "the locale \"" + locale + "\" in the file name is not a locale such as \"en\" or \"pt-BR\"");
    else if (!program.locale.empty() && locale != program.locale)
        reader.add("/locale",
                   "the file name says locale \"" + locale + "\" but the file says \"" + program.locale + "\"");
    if (!program.id.empty() && id != program.id)
        reader.add("/id", "the file name says id \"" + id + "\" but the file says \"" + program.id + "\"");
}

namespace {

// The program as a graph over cards, for reachability. Node n = card index in `cards`; two extra nodes stand
// for "end" and "pause".
class FlowGraph {
public:
    explicit FlowGraph(const Program& program) : m_program(program)
    {
        for (const Step& step : program.steps) {
            for (const Card& card : step.cards) {
                if (m_index.emplace(card.id, m_cards.size()).second)
                    m_cards.push_back(&card);
            }
        }
        m_edges.resize(m_cards.size() + 2);
        m_passEdges.resize(m_cards.size());
        for (std::size_t n = 0; n < m_cards.size(); ++n)
            addEdges(n);
    }

    std::size_t size() const { return m_cards.size(); }
    std::size_t endNode() const { return m_cards.size(); }
    std::size_t pauseNode() const { return m_cards.size() + 1; }
    const Card& card(std::size_t n) const { return *m_cards[n]; }
    std::optional<std::size_t> node(const std::string& id) const
    {
        auto it = m_index.find(id);
        if (it == m_index.end())
            return std::nullopt;
        return it->second;
    }

    std::vector<bool> reachableFrom(std::size_t start) const
    {
        std::vector<bool> seen(m_edges.size(), false);
        std::vector<std::size_t> stack{start};
        seen[start] = true;
        while (!stack.empty()) {
            const std::size_t n = stack.back();
            stack.pop_back();
            for (std::size_t to : m_edges[n]) {
                if (!seen[to]) {
                    seen[to] = true;
                    stack.push_back(to);
                }
            }
        }
        return seen;
    }

    std::vector<bool> canReachTerminal() const
    {
        std::vector<std::vector<std::size_t>> reverse(m_edges.size());
        for (std::size_t from = 0; from < m_edges.size(); ++from) {
            for (std::size_t to : m_edges[from])
                reverse[to].push_back(from);
        }
        std::vector<bool> seen(m_edges.size(), false);
        std::vector<std::size_t> stack{endNode(), pauseNode()};
        seen[endNode()] = seen[pauseNode()] = true;
        while (!stack.empty()) {
            const std::size_t n = stack.back();
            stack.pop_back();
            for (std::size_t from : reverse[n]) {
                if (!seen[from]) {
                    seen[from] = true;
                    stack.push_back(from);
                }
            }
        }
        return seen;
    }

    /// Cards that lie on a circle made only of guarded cards being passed over (could spin without showing
    /// anything). Returns one representative per circle found.
    std::vector<std::vector<std::size_t>> passOverCircles() const
    {
        std::vector<std::vector<std::size_t>> circles;
        std::vector<int> state(m_cards.size(), 0); // 0 new, 1 on path, 2 done
        for (std::size_t start = 0; start < m_cards.size(); ++start) {
            if (state[start] != 0 || !m_passEdges[start])
                continue;
            std::vector<std::size_t> path;
            std::size_t n = start;
            while (true) {
                if (state[n] == 1) {
                    auto from = std::find(path.begin(), path.end(), n);
                    circles.emplace_back(from, path.end());
                    break;
                }
                if (state[n] == 2 || !m_passEdges[n])
                    break;
                state[n] = 1;
                path.push_back(n);
                n = *m_passEdges[n];
            }
            for (std::size_t p : path)
                state[p] = 2;
        }
        return circles;
    }

    /// Whether the card can route to "pause" (directly).
    bool routesToPause(std::size_t n) const
    {
        return std::find(m_edges[n].begin(), m_edges[n].end(), pauseNode()) != m_edges[n].end();
    }

private:
    std::optional<std::size_t> nodeFor(const Target& target) const
    {
        switch (target.type) {
        case Target::Type::End:
            return endNode();
        case Target::Type::Pause:
            return pauseNode();
        case Target::Type::Step:
            if (const Card* first = m_program.firstCardOf(target.id))
                return node(first->id);
            return std::nullopt;
        case Target::Type::Card:
            return node(target.id);
        }
        return std::nullopt;
    }

    void link(std::size_t from, const Target& target)
    {
        if (auto to = nodeFor(target)) {
            m_edges[from].push_back(*to);
            if (*to == pauseNode()) {
                // After a route to pause, the flow resumes at after_pause or the first card of the step.
                const Card& card = *m_cards[from];
                Target resume = card.afterPause ? *card.afterPause : Target::step(m_program.steps[card.stepIndex].id);
                if (resume.type != Target::Type::Pause) {
                    if (auto back = nodeFor(resume))
                        m_edges[from].push_back(*back);
                }
            }
        }
    }

    void addEdges(std::size_t n)
    {
        const Card& card = *m_cards[n];
        const Target after = m_program.routeAfter(card);
        if (card.when) {
            // Passed over when the guard fails.
            link(n, after);
            if (after.type == Target::Type::Card) {
                if (auto to = node(after.id); to && m_cards[*to]->when)
                    m_passEdges[n] = *to;
            } else if (after.type == Target::Type::Step) {
                if (const Card* first = m_program.firstCardOf(after.id); first && first->when)
                    m_passEdges[n] = node(first->id);
            }
        }
        if (card.kind == CardKind::Gate) {
            const Option* unanimous = card.unanimous.empty() ? nullptr : card.findOption(card.unanimous);
            const Option* otherwise = card.otherwise.empty() ? nullptr : card.findOption(card.otherwise);
            if (unanimous && otherwise) {
                for (const Option* option : {unanimous, otherwise}) {
                    if (option->next)
                        link(n, *option->next);
                }
            } else {
                for (const Option& option : card.options) {
                    if (option.next)
                        link(n, *option.next);
                }
            }
            if (card.optional)
                link(n, after);
            return;
        }
        if (card.kind == CardKind::Choice) {
            for (const Option& option : card.options) {
                if (option.next)
                    link(n, *option.next);
            }
        }
        link(n, after);
    }

    const Program& m_program;
    std::vector<const Card*> m_cards;
    std::map<std::string, std::size_t> m_index;
    std::vector<std::vector<std::size_t>> m_edges;
    std::vector<std::optional<std::size_t>> m_passEdges;
};

std::string quote(const std::string& text)
{
    return "\"" + text + "\"";
}

void checkTarget(const Program& program, const std::optional<Target>& target, const std::string& at, Reader& reader)
{
    if (!target)
        return;
    if (target->type == Target::Type::Card && !program.findCard(target->id))
        reader.add(at, "the route leads to the card " + quote(target->id) + ", which does not exist");
    else if (target->type == Target::Type::Step && !program.findStep(target->id))
        reader.add(at, "the route leads to the step " + quote(target->id) + ", which does not exist");
    else if (target->type == Target::Type::Step && !program.firstCardOf(target->id))
        reader.add(at, "the route leads to the step " + quote(target->id) + ", which has no cards");
}

void checkGuard(const Program& program, const Card& card, const std::string& at, Reader& reader)
{
    if (!card.when)
        return;
    const std::string whenAt = pointerJoin(at, "when");
    for (const GuardReference& ref : card.when->references()) {
        const Card* target = program.findCard(ref.card);
        const std::string where = " (column " + std::to_string(ref.column) + ")";
        if (!target) {
            reader.add(whenAt,
                       "the guard refers to " + quote(ref.card) + ", which is not a card of this program" + where);
            continue;
        }
        if (target == &card) {
            reader.add(whenAt, "the guard refers to its own card, which cannot have an answer yet" + where);
            continue;
        }
        if (!ref.field.empty()) {
            const auto& fields = guardFields(target->kind);
            if (std::find(fields.begin(), fields.end(), ref.field) == fields.end()) {
                std::string message = "the answer of " + quote(ref.card) + " (a " +
                                      std::string(toString(target->kind)) + " card) has no field " + quote(ref.field);
                if (!fields.empty()) {
                    message += "; it has ";
                    for (std::size_t i = 0; i < fields.size(); ++i)
                        message += (i ? ", " : "") + quote(fields[i]);
                }
                reader.add(whenAt, message + where);
            }
        }
        if (program.stepOf(card).who == Who::Together && program.stepOf(*target).who == Who::Each)
            reader.add(whenAt, "the guard refers to " + quote(ref.card) +
                                   ", a card of an each step; guards in a together step read only shared answers, "
                                   "so this reference is never answered" +
                                   where);
        if (target->kind == CardKind::Info && target->raw.contains("kind") && target->raw.at("kind") == "info")
            reader.add(whenAt,
                       "the guard refers to " + quote(ref.card) + ", an info card, which records no answer" + where);
    }
    for (const GuardComparison& comparison : card.when->comparisons()) {
        const Card* target = program.findCard(comparison.reference.card);
        if (!target || !comparison.literal.is_string())
            continue;
        const std::string value = comparison.literal.get<std::string>();
        const std::string& field = comparison.reference.field;
        const std::string where = " (column " + std::to_string(comparison.reference.column) + ")";
        bool known = true;
        std::string what;
        if ((target->kind == CardKind::Gate && field.empty()) ||
            (target->kind == CardKind::Choice && (field.empty() || field == "selected"))) {
            known = target->findOption(value) != nullptr;
            what = "option";
        } else if (target->kind == CardKind::Checklist && field.empty()) {
            known = std::any_of(target->items.begin(), target->items.end(),
                                [&](const ChecklistItem& item) { return item.id == value; });
            what = "item";
        } else if (target->kind == CardKind::Checkin && field == "state") {
            known = value == "racing" || value == "shut-down" || value == "steady";
            what = "state (racing, shut-down, steady)";
        }
        if (!known)
            reader.add(whenAt, quote(comparison.reference.card) + " has no " + what + " " + quote(value) + where);
    }
}

void checkReferences(const Card& card, const std::string& at, const PracticeLibrary& library, Reader& reader)
{
    const std::string missingLibrary =
        library.patterns.empty() && library.practices.empty()
            ? " (no practices library for locale " + quote(library.locale) + " was found)"
            : "";
    if (card.kind == CardKind::Breathing && !card.pattern.empty() && !library.findPattern(card.pattern))
        reader.add(pointerJoin(at, "pattern"), "the breathing pattern " + quote(card.pattern) +
                                                   " is not defined in the practices library" + missingLibrary);
    if (card.kind == CardKind::Practice && !card.practice.empty() && !library.findPractice(card.practice))
        reader.add(pointerJoin(at, "practice"), "the practice " + quote(card.practice) +
                                                    " is not defined in the practices library" + missingLibrary);
    if (card.kind == CardKind::Practice && !card.tag.empty()) {
        if (auto tag = practiceTagFromString(card.tag); tag && library.practicesTagged(*tag).empty())
            reader.add(pointerJoin(at, "tag"),
                       "no practice in the practices library has the tag " + quote(card.tag) + missingLibrary);
    }
}

} // namespace

void fillOptionsFrom(ParsedProgram& parsed, const PracticeLibrary* library, Reader& reader)
{
    for (std::size_t s = 0; s < parsed.program.steps.size(); ++s) {
        Step& step = parsed.program.steps[s];
        for (std::size_t c = 0; c < step.cards.size(); ++c) {
            Card& card = step.cards[c];
            if (card.kind != CardKind::Choice || card.optionsFrom == OptionsFrom::Nowhere)
                continue;
            const bool needs = card.optionsFrom == OptionsFrom::Needs;
            const std::string at = pointerJoin(parsed.cardPointers.at(s).at(c), "options_from");
            const std::string list = needs ? "needs" : "rebonding ideas";
            if (!library) {
                reader.add(at, "the " + list + " come from the practices library, which was not loaded");
                continue;
            }
            card.options.clear();
            if (needs) {
                // The needs file's own "something else" is the card's free-text field (`other`), not an option.
                for (const Need& need : library->needs)
                    if (need.id != "other")
                        card.options.push_back({need.id, need.label, std::nullopt, {}});
            } else {
                for (const RebondingIdea& idea : library->ideas)
                    card.options.push_back({idea.id, idea.title, std::nullopt, {}});
            }
            if (card.options.empty()) {
                reader.add(at, "the practices library for locale " + quote(library->locale) + " has no " + list);
                continue;
            }
            nlohmann::json options = nlohmann::json::array();
            for (const Option& option : card.options)
                options.push_back({{"id", option.id}, {"label", option.label}});
            card.raw["options"] = std::move(options);
        }
    }
}

void checkProgram(const ParsedProgram& parsed, const PracticeLibrary* library, Reader& reader)
{
    const Program& program = parsed.program;

    // Duplicate ids: steps among steps, cards across the whole program.
    std::map<std::string, std::string> stepSeen;
    std::map<std::string, std::string> cardSeen;
    for (std::size_t s = 0; s < program.steps.size(); ++s) {
        const Step& step = program.steps[s];
        const std::string& stepAt = parsed.stepPointers[s];
        if (!step.id.empty()) {
            auto [it, fresh] = stepSeen.emplace(step.id, stepAt);
            if (!fresh)
                reader.add(pointerJoin(stepAt, "id"),
                           "the step id " + quote(step.id) + " is used twice (first at " + it->second + ")");
        }
        for (std::size_t c = 0; c < step.cards.size(); ++c) {
            const Card& card = step.cards[c];
            const std::string& cardAt = parsed.cardPointers[s][c];
            if (card.id.empty())
                continue;
            auto [it, fresh] = cardSeen.emplace(card.id, cardAt);
            if (!fresh)
                reader.add(pointerJoin(cardAt, "id"),
                           "the card id " + quote(card.id) + " is used twice (first at " + it->second + ")");
        }
    }

    // Per card: routes, guards, options, kind rules, references.
    for (std::size_t s = 0; s < program.steps.size(); ++s) {
        const Step& step = program.steps[s];
        for (std::size_t c = 0; c < step.cards.size(); ++c) {
            const Card& card = step.cards[c];
            const std::string& at = parsed.cardPointers[s][c];
            checkTarget(program, card.next, pointerJoin(at, "next"), reader);
            checkTarget(program, card.afterPause, pointerJoin(at, "after_pause"), reader);
            for (std::size_t i = 0; i < card.lookBack.size(); ++i)
                if (!program.findCard(card.lookBack[i]))
                    reader.add(pointerJoin(pointerJoin(at, "look_back"), i),
                               "look_back names the card " + quote(card.lookBack[i]) + ", which does not exist");
            if (!card.recall.empty()) {
                const Card* recalled = program.findCard(card.recall);
                if (!recalled)
                    reader.add(pointerJoin(at, "recall"),
                               "recall names the card " + quote(card.recall) + ", which does not exist");
                else if (recalled->kind != CardKind::Choice && recalled->kind != CardKind::Checklist)
                    reader.add(pointerJoin(at, "recall"), "recall shows what was chosen, so it must name a choice "
                                                          "or checklist card (" +
                                                              quote(card.recall) + " is a " +
                                                              std::string(toString(recalled->kind)) + ")");
            }
            checkGuard(program, card, at, reader);

            std::set<std::string> optionIds;
            for (std::size_t o = 0; o < card.options.size(); ++o) {
                const Option& option = card.options[o];
                const std::string optionAt = pointerJoin(pointerJoin(at, "options"), o);
                if (!option.id.empty() && !optionIds.insert(option.id).second)
                    reader.add(pointerJoin(optionAt, "id"),
                               "the option id " + quote(option.id) + " is used twice in this card");
                checkTarget(program, option.next, pointerJoin(optionAt, "next"), reader);
            }
            std::set<std::string> itemIds;
            for (std::size_t i = 0; i < card.items.size(); ++i) {
                if (!card.items[i].id.empty() && !itemIds.insert(card.items[i].id).second)
                    reader.add(pointerJoin(pointerJoin(pointerJoin(at, "items"), i), "id"),
                               "the item id " + quote(card.items[i].id) + " is used twice in this card");
            }

            if (card.kind == CardKind::Gate) {
                if (!card.unanimous.empty() && !card.findOption(card.unanimous))
                    reader.add(pointerJoin(at, "unanimous"),
                               "\"unanimous\" names the option " + quote(card.unanimous) + ", which this gate lacks");
                if (!card.otherwise.empty() && !card.findOption(card.otherwise))
                    reader.add(pointerJoin(at, "otherwise"),
                               "\"otherwise\" names the option " + quote(card.otherwise) + ", which this gate lacks");
                if (!card.unanimous.empty() && card.otherwise.empty())
                    reader.add(at, "a gate with \"unanimous\" also needs \"otherwise\": the option taken when "
                                   "anyone picks something else");
                if (card.unanimous.empty() && !card.otherwise.empty())
                    reader.add(pointerJoin(at, "otherwise"), "\"otherwise\" only applies together with \"unanimous\"");
                if (!card.unanimous.empty() && step.who == Who::Each)
                    reader.add(pointerJoin(at, "unanimous"),
                               "\"unanimous\" needs partners together; this card is in an each step");
                if (!card.unanimous.empty() && card.unanimous == card.otherwise)
                    reader.add(pointerJoin(at, "otherwise"), "\"otherwise\" must name a different option than "
                                                             "\"unanimous\"");
            }
            if (card.kind == CardKind::Turns && step.who == Who::Each)
                reader.add(pointerJoin(at, "kind"),
                           "a turns card is an exchange between partners and belongs in a together step");
            if (card.records == Records::Commitments && card.kind != CardKind::Prompt)
                reader.add(pointerJoin(at, "records"), "only a prompt card can record commitments");
            if (card.records == Records::Cycle && card.kind != CardKind::Prompt)
                reader.add(pointerJoin(at, "records"), "only a prompt card can keep the name of a cycle");
            if (card.kind != CardKind::Choice && card.multiple)
                reader.add(pointerJoin(at, "multiple"), "\"multiple\" applies only to choice cards");
            if (library)
                checkReferences(card, at, *library, reader);
        }
    }

    // Flow: every card reachable from the start, and from every card end or pause reachable.
    FlowGraph graph(program);
    if (graph.size() == 0)
        return;
    const Card* first = program.firstCard();
    auto firstNode = first ? graph.node(first->id) : std::nullopt;
    if (!firstNode)
        return;
    auto pointerOf = [&](const Card& card) { return parsed.cardPointers[card.stepIndex][card.index]; };
    const auto reachable = graph.reachableFrom(*firstNode);
    const auto terminal = graph.canReachTerminal();
    for (std::size_t n = 0; n < graph.size(); ++n) {
        const Card& card = graph.card(n);
        if (!reachable[n])
            reader.add(pointerOf(card), "no path reaches the card " + quote(card.id));
        else if (!terminal[n])
            reader.add(pointerOf(card), "from the card " + quote(card.id) +
                                            " neither \"end\" nor \"pause\" can be "
                                            "reached");
        if (card.afterPause && !graph.routesToPause(n))
            reader.add(pointerJoin(pointerOf(card), "after_pause"),
                       "\"after_pause\" is set but this card never routes to \"pause\"");
    }
    for (const auto& circle : graph.passOverCircles()) {
        std::string names;
        for (std::size_t n : circle)
            names += quote(graph.card(n).id) + " → ";
        names += quote(graph.card(circle.front()).id);
        reader.add(pointerOf(graph.card(circle.front())),
                   "these guarded cards can all be passed over in a circle, so the flow could loop without "
                   "showing anything: " +
                       names);
    }
}

} // namespace tend::content::detail
