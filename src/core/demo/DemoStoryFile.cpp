// Reads content/demo/stories.<locale>.json, the demo couple's history, into the Story structs the seeder plays.
// Every problem is collected with its JSON pointer, like the other content readers; the seeder then plays the
// stories through the real engine, which checks every card id and option against the program.
#include <map>

#include "DemoScript.h"
#include "tend/common/JsonPointer.h"
#include "tend/content/Loader.h"

namespace tend::demo::detail {
namespace {

using nlohmann::json;

class StoryReader {
public:
    explicit StoryReader(std::string file) : m_file(std::move(file)) {}

    std::vector<content::Problem> takeProblems() { return std::move(m_problems); }

    void add(const std::string& at, std::string message) { m_problems.push_back({m_file, at, std::move(message)}); }

    void onlyKeys(const json& object, const std::string& at, std::initializer_list<std::string_view> known)
    {
        for (const auto& [key, value] : object.items()) {
            bool ok = false;
            for (std::string_view k : known)
                ok = ok || k == key;
            if (!ok)
                add(at + "/" + escapeJsonPointerToken(key), "Unknown key \"" + key + "\".");
        }
    }

    std::string text(const json& object, const std::string& at, const char* key, bool required = true)
    {
        if (!object.contains(key)) {
            if (required)
                add(at + "/" + key, std::string("\"") + key + "\" is required.");
            return {};
        }
        if (!object[key].is_string() || object[key].get<std::string>().empty()) {
            add(at + "/" + key, std::string("\"") + key + "\" must be non-empty text.");
            return {};
        }
        return object[key].get<std::string>();
    }

    std::optional<int> integer(const json& object, const std::string& at, const char* key, int min, int max)
    {
        if (!object.contains(key))
            return std::nullopt;
        const json& value = object[key];
        if (!value.is_number_integer() || value.get<long long>() < min || value.get<long long>() > max) {
            add(at + "/" + key, std::string("\"") + key + "\" must be a whole number from " + std::to_string(min) +
                                    " to " + std::to_string(max) + ".");
            return std::nullopt;
        }
        return value.get<int>();
    }

    // "sam" / "alex" → position 0 / 1, by the ids in "people".
    std::optional<int> person(const json& value, const std::string& at)
    {
        if (value.is_string()) {
            for (std::size_t i = 0; i < m_personIds.size(); ++i) {
                if (m_personIds[i] == value.get<std::string>())
                    return static_cast<int>(i);
            }
        }
        add(at, "Must name one of the people (\"" + m_personIds[0] + "\" or \"" + m_personIds[1] + "\").");
        return std::nullopt;
    }

    void readPeople(const json& root, StoryBook& book)
    {
        const json* people = root.contains("people") ? &root["people"] : nullptr;
        if (!people || !people->is_array() || people->size() != 2) {
            add("/people", "\"people\" must list the two partners.");
            return;
        }
        for (std::size_t i = 0; i < 2; ++i) {
            const std::string at = "/people/" + std::to_string(i);
            const json& p = (*people)[i];
            if (!p.is_object()) {
                add(at, "Each person must be an object with \"id\", \"name\" and \"colour\".");
                continue;
            }
            onlyKeys(p, at, {"id", "name", "colour"});
            m_personIds[i] = text(p, at, "id");
            book.people[i].name = text(p, at, "name");
            book.people[i].colour = text(p, at, "colour");
            const std::string& colour = book.people[i].colour;
            if (!colour.empty() && (colour.size() != 7 || colour[0] != '#' ||
                                    colour.find_first_not_of("0123456789abcdefABCDEF", 1) != std::string::npos))
                add(at + "/colour", "\"colour\" must be written #RRGGBB.");
        }
        if (!m_personIds[0].empty() && m_personIds[0] == m_personIds[1])
            add("/people/1/id", "The two people need different ids.");
    }

    Answers answers(const json& list, const std::string& at)
    {
        Answers out;
        if (!list.is_array()) {
            add(at, "Must be a list of {\"card\", \"answer\"} entries.");
            return out;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string entryAt = at + "/" + std::to_string(i);
            const json& entry = list[i];
            if (!entry.is_object()) {
                add(entryAt, "Each entry must be an object with \"card\" and \"answer\".");
                continue;
            }
            onlyKeys(entry, entryAt, {"card", "answer", "private"});
            const std::string card = text(entry, entryAt, "card");
            if (!entry.contains("answer") || entry["answer"].is_null()) {
                add(entryAt + "/answer", "\"answer\" is required.");
                continue;
            }
            bool keepPrivate = false;
            if (auto flag = entry.find("private"); flag != entry.end()) {
                if (flag->is_boolean())
                    keepPrivate = flag->get<bool>();
                else
                    add(entryAt + "/private", "\"private\" must be true or false.");
            }
            if (!card.empty())
                out[card].push_back(Say{entry["answer"], keepPrivate});
        }
        return out;
    }

    std::map<int, Answers> perPerson(const json& object, const std::string& at)
    {
        std::map<int, Answers> out;
        if (!object.is_object()) {
            add(at, "Must be an object keyed by person.");
            return out;
        }
        for (const auto& [key, value] : object.items()) {
            const std::string keyAt = at + "/" + escapeJsonPointerToken(key);
            if (auto who = person(json(key), keyAt))
                out[*who] = answers(value, keyAt);
        }
        return out;
    }

    std::optional<TogetherScript> together(const json& object, const std::string& at)
    {
        if (!object.is_object()) {
            add(at, "\"together\" must be an object.");
            return std::nullopt;
        }
        onlyKeys(object, at, {"answers", "votes", "turns"});
        TogetherScript t;
        if (object.contains("answers"))
            t.answers = answers(object["answers"], at + "/answers");
        if (object.contains("votes")) {
            const json& votes = object["votes"];
            if (!votes.is_object())
                add(at + "/votes", "\"votes\" must be an object keyed by card.");
            else
                for (const auto& [card, list] : votes.items()) {
                    const std::string cardAt = at + "/votes/" + escapeJsonPointerToken(card);
                    if (!list.is_array()) {
                        add(cardAt, "Must be a list of votes.");
                        continue;
                    }
                    for (std::size_t i = 0; i < list.size(); ++i) {
                        const std::string voteAt = cardAt + "/" + std::to_string(i);
                        std::array<std::string, 2> vote;
                        for (std::size_t p = 0; p < 2; ++p)
                            vote[p] = list[i].is_object() ? text(list[i], voteAt, m_personIds[p].c_str()) : "";
                        if (!list[i].is_object())
                            add(voteAt, "Each vote must give both people's answers.");
                        t.votes[card].push_back(vote);
                    }
                }
        }
        if (object.contains("turns")) {
            const json& visits = object["turns"];
            if (!visits.is_array())
                add(at + "/turns", "\"turns\" must list one exchange per visit of the turns card.");
            else
                for (std::size_t v = 0; v < visits.size(); ++v)
                    t.turns.push_back(exchange(visits[v], at + "/turns/" + std::to_string(v)));
        }
        return t;
    }

    std::vector<Turn> exchange(const json& list, const std::string& at)
    {
        std::vector<Turn> turns;
        if (!list.is_array()) {
            add(at, "Each exchange must be a list of turns.");
            return turns;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string turnAt = at + "/" + std::to_string(i);
            const json& item = list[i];
            if (!item.is_object() || !item.contains("speaker") || !item.contains("rounds") ||
                !item["rounds"].is_array()) {
                add(turnAt, "Each turn needs a \"speaker\" and a list of \"rounds\".");
                continue;
            }
            onlyKeys(item, turnAt, {"speaker", "rounds"});
            Turn turn;
            turn.speaker = person(item["speaker"], turnAt + "/speaker").value_or(kSam);
            for (std::size_t r = 0; r < item["rounds"].size(); ++r) {
                const std::string roundAt = turnAt + "/rounds/" + std::to_string(r);
                const json& round = item["rounds"][r];
                if (!round.is_object()) {
                    add(roundAt, "Each round must be an object.");
                    continue;
                }
                onlyKeys(round, roundAt, {"shared", "reflected", "noticed", "confirmed", "correction"});
                TurnRound tr;
                tr.shared = text(round, roundAt, "shared");
                tr.reflected = text(round, roundAt, "reflected");
                tr.noticed = text(round, roundAt, "noticed");
                tr.correction = text(round, roundAt, "correction", false);
                if (auto confirmed = round.find("confirmed"); confirmed != round.end()) {
                    if (confirmed->is_boolean())
                        tr.confirmed = confirmed->get<bool>();
                    else
                        add(roundAt + "/confirmed", "\"confirmed\" must be true or false.");
                }
                if (!tr.confirmed && tr.correction.empty())
                    add(roundAt + "/correction", "A round that was not confirmed needs the speaker's correction.");
                turn.rounds.push_back(std::move(tr));
            }
            turns.push_back(std::move(turn));
        }
        return turns;
    }

    std::vector<Fate> fates(const json& list, const std::string& at)
    {
        std::vector<Fate> out;
        if (!list.is_array()) {
            add(at, "\"fates\" must be a list, one per commitment line.");
            return out;
        }
        for (std::size_t i = 0; i < list.size(); ++i) {
            const std::string fateAt = at + "/" + std::to_string(i);
            const json& item = list[i];
            if (!item.is_object()) {
                add(fateAt, "Each fate must be an object.");
                continue;
            }
            onlyKeys(item, fateAt, {"status", "note", "reviewedIn", "followUpDaysFromNow"});
            Fate fate;
            const std::string status = text(item, fateAt, "status");
            if (auto parsed = modes::ledgerStatusFromString(status))
                fate.status = *parsed;
            else if (!status.empty())
                add(fateAt + "/status",
                    "\"" + status + "\" is not a ledger status (kept, in-progress, let-go, revisit).");
            fate.note = text(item, fateAt, "note", false);
            fate.reviewedIn = text(item, fateAt, "reviewedIn", false);
            fate.followUpDaysFromNow = integer(item, fateAt, "followUpDaysFromNow", 1, 365);
            out.push_back(std::move(fate));
        }
        return out;
    }

    std::optional<Story> story(const json& object, const std::string& at)
    {
        if (!object.is_object()) {
            add(at, "Each story must be an object.");
            return std::nullopt;
        }
        onlyKeys(object, at,
                 {"label", "kind", "daysAgo", "hour", "minute", "minutesAgo", "participants", "each", "stopAt",
                  "together", "pause", "abandonedAfterDays", "followUpDays", "fates", "broughtFrom", "broughtBy",
                  "shareCards", "privateCards"});
        Story s;
        s.label = text(object, at, "label");
        static const std::map<std::string, DemoSessionKind> kinds{{"completed", DemoSessionKind::Completed},
                                                                  {"abandoned", DemoSessionKind::Abandoned},
                                                                  {"paused", DemoSessionKind::Paused},
                                                                  {"solo", DemoSessionKind::Solo},
                                                                  {"joint-from-solo", DemoSessionKind::JointFromSolo}};
        const std::string kind = text(object, at, "kind");
        if (auto it = kinds.find(kind); it != kinds.end())
            s.kind = it->second;
        else if (!kind.empty())
            add(at + "/kind",
                "\"" + kind + "\" is not a story kind (completed, abandoned, paused, solo, joint-from-solo).");
        s.minutesAgo = integer(object, at, "minutesAgo", 1, 24 * 60);
        if (!s.minutesAgo && !object.contains("daysAgo"))
            add(at, "A story needs \"daysAgo\" (with \"hour\" and \"minute\") or \"minutesAgo\".");
        s.daysAgo = integer(object, at, "daysAgo", 0, 3650).value_or(0);
        s.hour = integer(object, at, "hour", 0, 23).value_or(19);
        s.minute = integer(object, at, "minute", 0, 59).value_or(30);
        if (object.contains("participants")) {
            s.participants.clear();
            const json& list = object["participants"];
            if (!list.is_array() || list.empty())
                add(at + "/participants", "\"participants\" must list at least one person.");
            else
                for (std::size_t i = 0; i < list.size(); ++i)
                    if (auto who = person(list[i], at + "/participants/" + std::to_string(i)))
                        s.participants.push_back(*who);
        }
        if (object.contains("each"))
            s.each = perPerson(object["each"], at + "/each");
        if (object.contains("stopAt")) {
            const json& stops = object["stopAt"];
            if (!stops.is_object())
                add(at + "/stopAt", "\"stopAt\" must be an object keyed by person.");
            else
                for (const auto& [key, value] : stops.items()) {
                    const std::string keyAt = at + "/stopAt/" + escapeJsonPointerToken(key);
                    auto who = person(json(key), keyAt);
                    if (!value.is_string() || value.get<std::string>().empty())
                        add(keyAt, "Must be the id of the card where this person stopped.");
                    else if (who)
                        s.stopAt[*who] = value.get<std::string>();
                }
        }
        if (object.contains("together"))
            s.together = together(object["together"], at + "/together");
        if (object.contains("pause")) {
            const json& pause = object["pause"];
            if (!pause.is_object() || !pause.contains("by")) {
                add(at + "/pause", "\"pause\" needs \"by\" and \"reason\".");
            } else {
                onlyKeys(pause, at + "/pause", {"by", "reason"});
                PauseScript p;
                p.by = person(pause["by"], at + "/pause/by").value_or(kAlex);
                p.reason = text(pause, at + "/pause", "reason");
                s.pause = p;
            }
        }
        s.abandonedAfterDays = integer(object, at, "abandonedAfterDays", 0, 365).value_or(1);
        s.followUpDays = integer(object, at, "followUpDays", 1, 365);
        if (object.contains("fates"))
            s.fates = fates(object["fates"], at + "/fates");
        s.broughtFrom = text(object, at, "broughtFrom", false);
        if (object.contains("broughtBy"))
            s.broughtBy = person(object["broughtBy"], at + "/broughtBy").value_or(kAlex);
        for (const char* key : {"shareCards", "privateCards"}) {
            if (!object.contains(key))
                continue;
            std::vector<std::string>& into = std::string_view(key) == "shareCards" ? s.shareCards : s.privateCards;
            const json& list = object[key];
            if (!list.is_array())
                add(at + "/" + key, std::string("\"") + key + "\" must be a list of card ids.");
            else
                for (std::size_t i = 0; i < list.size(); ++i) {
                    if (list[i].is_string())
                        into.push_back(list[i].get<std::string>());
                    else
                        add(at + "/" + key + "/" + std::to_string(i), "Must be a card id.");
                }
        }
        return s;
    }

private:
    std::string m_file;
    std::vector<content::Problem> m_problems;
    std::array<std::string, 2> m_personIds{"sam", "alex"};
};

} // namespace

StoryRead readStories(const nlohmann::json& document, const std::string& file)
{
    StoryRead read;
    StoryReader reader(file);
    if (!document.is_object()) {
        reader.add("", "The demo stories must be a JSON object.");
        read.problems = reader.takeProblems();
        return read;
    }
    reader.onlyKeys(document, "", {"format", "kind", "locale", "people", "stories"});
    if (document.value("format", json()) != 1)
        reader.add("/format", "\"format\" must be 1.");
    if (document.value("kind", json()) != "demo-stories")
        reader.add("/kind", "\"kind\" must be \"demo-stories\".");
    read.book.locale = reader.text(document, "", "locale");
    reader.readPeople(document, read.book);
    const json* list = document.contains("stories") ? &document["stories"] : nullptr;
    if (!list || !list->is_array() || list->empty()) {
        reader.add("/stories", "\"stories\" must list the couple's sessions, oldest first.");
    } else {
        std::map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string at = "/stories/" + std::to_string(i);
            auto s = reader.story((*list)[i], at);
            if (!s)
                continue;
            if (!s->label.empty() && !seen.emplace(s->label, i).second)
                reader.add(at + "/label", "Another story already has the label \"" + s->label + "\".");
            read.book.stories.push_back(std::move(*s));
        }
        // A review or a bring names an earlier story: it must exist and come first.
        for (std::size_t i = 0; i < read.book.stories.size(); ++i) {
            const Story& s = read.book.stories[i];
            const std::string at = "/stories/" + std::to_string(i);
            if (!s.broughtFrom.empty() && !(seen.count(s.broughtFrom) && seen[s.broughtFrom] < i))
                reader.add(at + "/broughtFrom", "\"" + s.broughtFrom + "\" is not an earlier story.");
            for (std::size_t f = 0; f < s.fates.size(); ++f) {
                const std::string& in = s.fates[f].reviewedIn;
                if (!in.empty() && !(seen.count(in) && seen[in] > i))
                    reader.add(at + "/fates/" + std::to_string(f) + "/reviewedIn",
                               "\"" + in + "\" is not a later story.");
            }
        }
    }
    read.problems = reader.takeProblems();
    return read;
}

std::filesystem::path storiesFile(const std::filesystem::path& contentDir, const std::string& locale)
{
    return contentDir / "demo" / ("stories." + locale + ".json");
}

Result<StoryBook> loadStories(const std::filesystem::path& contentDir, const std::string& locale)
{
    std::filesystem::path file = storiesFile(contentDir, locale);
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        file = storiesFile(contentDir, "en"); // a language without its own sample couple shows the English one
    // Read as every content file is: size and depth capped, so a damaged file cannot hang the demo.
    auto text = content::readFileCapped(file, content::JsonLimits{}.maxBytes);
    if (!text)
        return makeError("The demo needs its sample history, " + file.string() + ": " + text.error().message);
    auto parsed = content::parseJsonText(text.value());
    if (!parsed)
        return makeError(file.string() + ": " + parsed.error().message);
    const json& document = parsed.value();
    StoryRead read = readStories(document, file.string());
    if (!read.problems.empty())
        return makeError(read.problems.front().toString());
    return std::move(read.book);
}

} // namespace tend::demo::detail
