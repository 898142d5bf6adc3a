// The renderer from journal rows to text a person reads: titles and labels from the content, names for ids,
// local times, each kind of answer as a person would write it.
#include "tend/reading/Reading.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>

#include "tend/common/Timestamp.h"
#include "tend/modes/AnswerPayload.h"

namespace tend::reading {
namespace {
using nlohmann::json;

std::string str(const json& value, const char* key)
{
    if (value.is_object())
        if (auto it = value.find(key); it != value.end() && it->is_string())
            return it->get<std::string>();
    return {};
}

// "2 minutes 30 seconds", "45 seconds", "1 minute".
std::string duration(long long seconds, const Words& words)
{
    if (seconds < 0)
        seconds = 0;
    const long long minutes = seconds / 60;
    const long long rest = seconds % 60;
    std::string out;
    if (minutes > 0)
        out = minutes == 1 ? words.oneMinute : filled(words.minutes, std::to_string(minutes));
    if (rest > 0 || minutes == 0)
        out += (out.empty() ? "" : " ") + (rest == 1 ? words.oneSecond : filled(words.seconds, std::to_string(rest)));
    return out;
}

std::string bodyState(const std::string& state, const Words& words)
{
    if (state == "shut-down" || state == "shut_down")
        return words.shutDown;
    if (state == "racing")
        return words.racing;
    if (state == "steady")
        return words.steady;
    return readableId(state);
}

// True for text that looks like an id: lower-case ASCII letters, digits and dashes, with at least one dash.
bool idLike(std::string_view text)
{
    if (text.empty() || text.find('-') == std::string_view::npos)
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; });
}

// A whole or cut-off UUID ("5a175021-cc9c-…"): hex digits and dashes only, eight or more, with a dash.
bool uuidLike(std::string_view text)
{
    if (text.size() < 8 || text.find('-') == std::string_view::npos)
        return false;
    return std::all_of(text.begin(), text.end(), [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F') || c == '-';
    });
}

Answer words(std::string text)
{
    return Answer{Answer::Form::Words, {Line{{}, std::move(text)}}};
}

} // namespace

// `pattern` with each "{n}" replaced by `n` and each "{max}" by `max`.
std::string filled(std::string pattern, const std::string& n, const std::string& max)
{
    for (const auto& [key, value] : {std::pair<std::string, const std::string*>{"{n}", &n}, {"{max}", &max}})
        for (auto at = pattern.find(key); at != std::string::npos; at = pattern.find(key, at + value->size()))
            pattern.replace(at, key.size(), *value);
    return pattern;
}

std::string Answer::oneLine() const
{
    std::string out;
    const char* separator = form == Form::Dialogue ? "; " : ", ";
    for (const Line& line : lines) {
        if (!out.empty())
            out += separator;
        if (!line.speaker.empty())
            out += line.speaker + ": ";
        out += line.text;
    }
    for (char& c : out)
        if (c == '\n' || c == '\r')
            c = ' ';
    return out;
}

std::string localTime(std::time_t when, TimeStyle style)
{
    std::tm local{};
    if (!localtime_r(&when, &local))
        return {};
    char clock[16];
    const std::string time(clock, std::strftime(clock, sizeof clock, "%H:%M", &local));
    if (style == TimeStyle::TimeOnly)
        return time;
    char weekday[64];
    char month[64];
    const std::string date = std::string(weekday, std::strftime(weekday, sizeof weekday, "%A", &local)) + " " +
                             std::to_string(local.tm_mday) + " " +
                             std::string(month, std::strftime(month, sizeof month, "%B", &local)) + " " +
                             std::to_string(local.tm_year + 1900);
    return style == TimeStyle::DateOnly ? date : date + ", " + time;
}

std::optional<std::time_t> parseTimestamp(std::string_view iso)
{
    const std::optional<TimePoint> when = parseIso(iso); // the one parser (tend/common/Timestamp.h)
    if (!when)
        return std::nullopt;
    return std::chrono::system_clock::to_time_t(*when);
}

std::string readableId(std::string_view id)
{
    std::string out;
    for (char c : id)
        out.push_back(c == '-' || c == '_' ? ' ' : c);
    // Collapse runs of spaces and trim.
    std::string tidy;
    for (char c : out) {
        if (c == ' ' && (tidy.empty() || tidy.back() == ' '))
            continue;
        tidy.push_back(c);
    }
    while (!tidy.empty() && tidy.back() == ' ')
        tidy.pop_back();
    if (!tidy.empty())
        tidy[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(tidy[0])));
    return tidy;
}

Reader::Reader(const content::ContentLibrary* library, std::string locale)
    : m_library(library), m_locale(std::move(locale)),
      m_time([](std::time_t t, TimeStyle s) { return localTime(t, s); })
{
}

void Reader::addPeopleFrom(journal::Journal& journal)
{
    auto couples = journal.couples();
    if (!couples)
        return;
    for (const journal::Couple& couple : *couples) {
        auto partners = journal.partners(couple.id);
        if (!partners)
            continue;
        for (const journal::Partner& p : *partners)
            m_people.push_back({p.id, p.displayName});
    }
}

std::string Reader::name(const std::optional<std::string>& partnerId) const
{
    if (!partnerId || partnerId->empty())
        return m_words.together;
    for (const Person& p : m_people)
        if (p.id == *partnerId)
            return p.name.empty() ? m_words.someone : p.name;
    return m_words.someone;
}

std::string Reader::when(std::string_view iso, TimeStyle style) const
{
    const auto seconds = parseTimestamp(iso);
    return seconds ? m_time(*seconds, style) : std::string();
}

std::shared_ptr<const content::Program> Reader::program(std::string_view programId) const
{
    return m_library ? m_library->programPreferring(programId, m_locale) : nullptr;
}

std::string Reader::programTitle(std::string_view programId) const
{
    auto found = program(programId);
    return found && !found->title.empty() ? found->title : readableId(programId);
}

std::string Reader::stepTitle(const content::Program* program, std::string_view stepId) const
{
    const content::Step* step = program ? program->findStep(stepId) : nullptr;
    return step && !step->title.empty() ? step->title : readableId(stepId);
}

std::string Reader::cardTitle(const content::Program* program, std::string_view cardId) const
{
    const content::Card* card = program ? program->findCard(cardId) : nullptr;
    return card && !card->title.empty() ? card->title : m_words.earlierCard;
}

std::string Reader::practiceTitle(std::string_view practiceId) const
{
    const content::PracticeLibrary* practices = m_library ? m_library->practices(m_locale) : nullptr;
    if (!practices && m_library)
        practices = m_library->practices("en");
    const content::Practice* practice = practices ? practices->findPractice(practiceId) : nullptr;
    return practice && !practice->title.empty() ? practice->title : readableId(practiceId);
}

std::string Reader::needLabel(std::string_view needId) const
{
    const content::PracticeLibrary* practices = m_library ? m_library->practices(m_locale) : nullptr;
    if (!practices && m_library)
        practices = m_library->practices("en");
    const content::Need* need = practices ? practices->findNeed(needId) : nullptr;
    return need && !need->label.empty() ? need->label : readableId(needId);
}

std::string Reader::optionLabel(const content::Card* card, std::string_view optionId) const
{
    if (card) {
        if (const content::Option* option = card->findOption(optionId); option && !option->label.empty())
            return option->label;
        for (const content::ChecklistItem& item : card->items)
            if (item.id == optionId && !item.label.empty())
                return item.label;
    }
    return readableId(optionId);
}

Answer Reader::answer(const content::Card* card, std::string_view kindHint, const json& value) const
{
    using content::CardKind;
    if (value.is_null())
        return {};
    std::optional<CardKind> kind;
    if (card)
        kind = card->kind;
    else
        kind = content::cardKindFromString(kindHint);
    if (!kind) {
        // No card and no kind: read it from the answer's shape.
        if (value.is_string())
            kind = idLike(value.get<std::string>()) ? CardKind::Gate : CardKind::Prompt;
        else if (value.is_number())
            kind = CardKind::Scale;
        else if (value.is_array())
            kind = CardKind::Checklist;
        else if (value.is_object()) {
            kind = value.contains("selected")   ? CardKind::Choice
                   : value.contains("level")    ? CardKind::Checkin
                   : value.contains("turns")    ? CardKind::Turns
                   : value.contains("practice") ? CardKind::Practice
                   : value.contains("seconds")  ? CardKind::Timer
                   : value.contains("at")       ? CardKind::Schedule
                                                : CardKind::Gate;
        }
    }
    const CardKind k = kind.value_or(CardKind::Info);

    switch (k) {
    case CardKind::Info:
        return {};
    case CardKind::Prompt:
        if (value.is_string())
            return Answer{Answer::Form::Written, {Line{{}, value.get<std::string>()}}};
        break;
    case CardKind::Scale:
        if (value.is_number())
            return words(
                filled(m_words.outOf, std::to_string(value.get<long long>()), std::to_string(card ? card->max : 10)));
        break;
    case CardKind::Choice:
        if (value.is_object()) {
            Answer out{Answer::Form::List, {}};
            if (auto it = value.find("selected"); it != value.end() && it->is_array())
                for (const json& id : *it)
                    if (id.is_string())
                        out.lines.push_back({{}, optionLabel(card, id.get<std::string>())});
            if (const std::string other = str(value, "other"); !other.empty())
                out.lines.push_back({{}, other});
            if (out.lines.size() == 1)
                out.form = Answer::Form::Words;
            return out.lines.empty() ? Answer{} : out;
        }
        break;
    case CardKind::Checklist:
        if (value.is_array()) {
            Answer out{Answer::Form::List, {}};
            for (const json& id : value)
                if (id.is_string())
                    out.lines.push_back({{}, optionLabel(card, id.get<std::string>())});
            return out.lines.empty() ? words(m_words.nothingTicked) : out;
        }
        break;
    case CardKind::Checkin:
        if (value.is_object()) {
            std::string text;
            if (auto it = value.find("level"); it != value.end() && it->is_number())
                text = filled(m_words.outOf, std::to_string(it->get<long long>()), "10");
            if (const std::string state = str(value, "state"); !state.empty())
                text += (text.empty() ? "" : ", ") + bodyState(state, m_words);
            std::string feelings;
            if (auto it = value.find("emotions"); it != value.end() && it->is_array())
                for (const json& w : *it)
                    if (w.is_string())
                        feelings += (feelings.empty() ? "" : ", ") + w.get<std::string>();
            if (!feelings.empty())
                text += (text.empty() ? "" : " — ") + feelings;
            return text.empty() ? Answer{} : words(text);
        }
        break;
    case CardKind::Timer:
    case CardKind::Breathing:
        if (value.is_object()) {
            long long seconds = 0;
            if (auto it = value.find("seconds"); it != value.end() && it->is_number())
                seconds = it->get<long long>();
            const bool full = value.value("completed", false) == true;
            return words(duration(seconds, m_words) + (full ? ", " + m_words.theFullTime : std::string()));
        }
        break;
    case CardKind::Practice:
        if (value.is_object()) {
            const std::string id = str(value, "practice");
            if (id.empty())
                return {};
            const bool done = value.value("completed", false) == true;
            return words(practiceTitle(id) + (done ? " — " + m_words.done : std::string()));
        }
        break;
    case CardKind::Schedule:
        if (value.is_object()) {
            std::string text = when(str(value, "at"));
            if (const std::string place = str(value, "place"); !place.empty())
                text += (text.empty() ? "" : " — ") + place;
            return text.empty() ? Answer{} : words(text);
        }
        break;
    case CardKind::Gate:
        if (value.is_string())
            return words(optionLabel(card, value.get<std::string>()));
        if (value.is_object()) {
            // A gate each partner answered: partner id → option id.
            Answer out{Answer::Form::Dialogue, {}};
            for (const Person& p : m_people)
                if (auto it = value.find(p.id); it != value.end() && it->is_string())
                    out.lines.push_back({p.name, optionLabel(card, it->get<std::string>())});
            for (const auto& [who, option] : value.items()) {
                const bool known =
                    std::any_of(m_people.begin(), m_people.end(), [&, &w = who](const Person& p) { return p.id == w; });
                if (!known && option.is_string())
                    out.lines.push_back({m_words.someone, optionLabel(card, option.get<std::string>())});
            }
            return out.lines.empty() ? Answer{} : out;
        }
        break;
    case CardKind::Turns:
        if (value.is_object()) {
            Answer out{Answer::Form::Dialogue, {}};
            const json turns = value.value("turns", json::array());
            for (const json& turn : turns) {
                if (!turn.is_object())
                    continue;
                const std::string speakerId = str(turn, "speaker");
                const std::string speaker = name(speakerId);
                // The listener is the next partner in order; on one's own, the same person.
                std::string listener = speaker;
                for (std::size_t i = 0; i < m_people.size(); ++i)
                    if (m_people[i].id == speakerId && m_people.size() > 1)
                        listener = name(m_people[(i + 1) % m_people.size()].id);
                const json rounds = turn.value("rounds", json::array());
                for (const json& round : rounds) {
                    if (!round.is_object())
                        continue;
                    const std::string shared = str(round, "shared");
                    out.lines.push_back({speaker, shared.empty() ? m_words.saidAloud : shared});
                    if (const std::string heard = str(round, "reflected"); !heard.empty())
                        out.lines.push_back({listener, heard});
                    if (const std::string noticed = str(round, "noticed"); !noticed.empty())
                        out.lines.push_back({listener, filled(m_words.noticingInBody, noticed)});
                    if (round.value("confirmed", false) == true)
                        out.lines.push_back({speaker, m_words.yesThatsIt});
                    else if (const std::string correction = str(round, "correction"); !correction.empty())
                        out.lines.push_back({speaker, filled(m_words.notQuite, correction)});
                }
            }
            return out.lines.empty() ? Answer{} : out;
        }
        break;
    }
    // A shape this kind does not record (an answer from another version of Tend): its words, never its data.
    if (value.is_string())
        return Answer{Answer::Form::Written, {Line{{}, value.get<std::string>()}}};
    if (value.is_number())
        return words(std::to_string(value.get<long long>()));
    return words("An answer this version of Tend cannot show");
}

Answer Reader::payload(const content::Program* program, std::string_view cardId, const json& payload) const
{
    const content::Card* card = program ? program->findCard(cardId) : nullptr;
    if (!payload.is_object())
        return payload.is_string() ? Answer{Answer::Form::Written, {Line{{}, payload.get<std::string>()}}} : Answer{};
    const std::string kindHint = str(payload, "kind");
    // The shell also keeps a string answer as "text" (a gate's option id too): the answer of a card that is not a
    // prompt is read as that kind; what someone wrote is shown as written.
    const bool written = card ? card->kind == content::CardKind::Prompt : kindHint.empty() || kindHint == "prompt";
    if (auto it = payload.find("answer"); it != payload.end() && !written)
        return answer(card, kindHint, *it);
    if (auto it = payload.find("text"); it != payload.end() && it->is_string())
        return Answer{Answer::Form::Written, {Line{{}, it->get<std::string>()}}};
    if (auto it = payload.find("draft"); it != payload.end())
        return answer(card, kindHint, *it);
    if (auto value = modes::answerFromPayload(payload))
        return answer(card, kindHint, *value);
    return {};
}

Answer Reader::entry(const content::Program* program, const journal::Entry& entry) const
{
    const json parsed = json::parse(entry.payload, nullptr, false);
    if (parsed.is_discarded())
        return {};
    return payload(program, entry.card, parsed);
}

std::string Reader::snippet(const content::Program* program, std::string_view cardId, std::string_view snippet) const
{
    const content::Card* card = program ? program->findCard(cardId) : nullptr;
    const std::string start = journal::kHighlightStart;
    const std::string end = journal::kHighlightEnd;
    const std::string ellipsis = "\xE2\x80\xA6";
    std::vector<std::string> kept;
    std::size_t from = 0;
    while (from <= snippet.size()) {
        std::size_t to = snippet.find('\n', from);
        if (to == std::string_view::npos)
            to = snippet.size();
        std::string line(snippet.substr(from, to - from));
        from = to + 1;
        // The words of the line without the highlight markers and the ellipses that cut it.
        std::string core;
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line.compare(i, start.size(), start) == 0 || line.compare(i, end.size(), end) == 0)
                continue;
            if (line.compare(i, ellipsis.size(), ellipsis) == 0) {
                i += ellipsis.size() - 1;
                continue;
            }
            core.push_back(line[i]);
        }
        while (!core.empty() && std::isspace(static_cast<unsigned char>(core.back())))
            core.pop_back();
        while (!core.empty() && std::isspace(static_cast<unsigned char>(core.front())))
            core.erase(core.begin());
        if (core.empty() || uuidLike(core) || content::cardKindFromString(core))
            continue;
        const bool marked = line.find(start) != std::string::npos;
        auto replaced = [&](const std::string& words) { return marked ? start + words + end : words; };
        const bool optionOfCard =
            card && (card->findOption(core) ||
                     std::any_of(card->items.begin(), card->items.end(), [&](const auto& i) { return i.id == core; }));
        if (optionOfCard)
            line = replaced(optionLabel(card, core));
        else if (idLike(core)) // a practice chosen, a body state: by its title, else its words
            line = replaced(practiceTitle(core));
        else if (parseTimestamp(core)) // a time kept with an answer (a schedule's): in local words
            line = replaced(when(core));
        if (std::find(kept.begin(), kept.end(), line) == kept.end())
            kept.push_back(line);
    }
    std::string out;
    for (const std::string& line : kept)
        out += (out.empty() ? "" : " · ") + line;
    return out;
}

std::string Reader::firstWords(const content::Program* program, const std::vector<journal::Entry>& entries) const
{
    for (const journal::Entry& e : entries) {
        const Answer a = entry(program, e);
        if (a.form != Answer::Form::Written || a.lines.empty())
            continue;
        std::string out;
        int count = 0;
        bool more = false;
        std::string word;
        auto flush = [&] {
            if (word.empty())
                return;
            if (count == kTitleWords)
                more = true;
            else {
                out += (out.empty() ? "" : " ") + word;
                ++count;
            }
            word.clear();
        };
        for (char c : a.lines.front().text) {
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r')
                flush();
            else
                word.push_back(c);
        }
        flush();
        if (out.empty())
            continue;
        return more ? out + "…" : out;
    }
    return {};
}

std::string Reader::sessionTitle(const journal::Session& session, const content::Program* program,
                                 const std::vector<journal::Entry>& entries) const
{
    if (session.title && !session.title->empty())
        return *session.title;
    if (std::string words = firstWords(program, entries); !words.empty())
        return words;
    return session.mode == journal::SessionMode::Together ? m_words.repairTogether : m_words.onMyOwn;
}

std::string Reader::sessionFacts(const journal::Session& session) const
{
    std::string out = session.mode == journal::SessionMode::Together ? m_words.together : m_words.onMyOwn;
    switch (session.status) {
    case journal::SessionStatus::Active:
        out += " · " + m_words.inProgress;
        break;
    case journal::SessionStatus::Paused:
        out += " · " + m_words.paused;
        break;
    case journal::SessionStatus::Completed:
        out += " · " + m_words.complete;
        break;
    case journal::SessionStatus::Abandoned:
        out += " · " + m_words.setAside;
        break;
    }
    return out;
}

} // namespace tend::reading
