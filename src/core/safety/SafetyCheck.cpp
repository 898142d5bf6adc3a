#include "tend/safety/SafetyCheck.h"

#include <algorithm>
#include <set>

#include "tend/content/Guard.h"

namespace tend::safety {
namespace {

std::string str(const nlohmann::json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The member `key` of `object`, or null when there is none (contains/at: find/end trips GCC's null-dereference check).
const nlohmann::json* member(const nlohmann::json& object, const char* key)
{
    return object.is_object() && object.contains(key) ? &object.at(key) : nullptr;
}

} // namespace

SafetyCheck::SafetyCheck(nlohmann::json document) : m_document(std::move(document))
{
    // An object always, so callers can ask for fields before the file is loaded (or when it is broken).
    if (!m_document.is_object()) {
        m_document = nlohmann::json::object();
        return;
    }
    auto collect = [this](const char* key, std::vector<nlohmann::json>& out) {
        const auto it = m_document.find(key);
        if (it == m_document.end() || !it->is_array())
            return;
        for (const auto& item : *it) {
            if (!item.is_object())
                continue;
            const std::string when = str(item, "when");
            if (!when.empty() && !content::Guard::parse(when)) {
                ++m_broken;
                continue;
            }
            out.push_back(item);
        }
    };
    collect("questions", m_questions);
    collect("routes", m_routes);
    std::stable_sort(m_routes.begin(), m_routes.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
        return a.value("rank", 99) < b.value("rank", 99);
    });
}

OverwhelmNote SafetyCheck::overwhelmNote() const
{
    OverwhelmNote note;
    const nlohmann::json* inSession = member(m_document, "in_session");
    const nlohmann::json* rule = inSession ? member(*inSession, "overwhelm") : nullptr;
    if (!rule || !rule->is_object())
        return note;
    if (const nlohmann::json* level = member(*rule, "checkin_level_at_least"); level && level->is_number_integer())
        note.levelAtLeast = level->get<int>();
    note.title = str(*rule, "title");
    note.body = str(*rule, "body");
    return note;
}

bool SafetyCheck::overwhelms(const OverwhelmNote& note, const nlohmann::json& checkinAnswer)
{
    const nlohmann::json* level = member(checkinAnswer, "level");
    return level && level->is_number_integer() && level->get<int>() >= note.levelAtLeast;
}

bool SafetyCheck::holds(const std::string& expression, const Answers& answers) const
{
    auto guard = content::Guard::parse(expression);
    if (!guard)
        return false;
    return guard->evaluate([&answers](std::string_view card, std::string_view field) -> std::optional<nlohmann::json> {
        const auto it = answers.find(std::string(card));
        if (it == answers.end() || it->second.is_null())
            return std::nullopt;
        if (field.empty())
            return it->second;
        if (it->second.is_object() && it->second.contains(std::string(field)))
            return it->second[std::string(field)];
        return std::nullopt;
    });
}

bool SafetyCheck::isAsked(const nlohmann::json& question, const Answers& answers) const
{
    const std::string when = str(question, "when");
    return when.empty() || holds(when, answers);
}

int SafetyCheck::nextQuestion(int index, const Answers& answers) const
{
    for (int i = index + 1; i < int(m_questions.size()); ++i) {
        if (isAsked(m_questions[std::size_t(i)], answers))
            return i;
    }
    return -1;
}

std::vector<nlohmann::json> SafetyCheck::matchingRoutes(const Answers& answers) const
{
    std::vector<nlohmann::json> matched;
    for (const auto& route : m_routes) {
        if (holds(str(route, "when"), answers))
            matched.push_back(route);
    }
    return matched;
}

std::vector<nlohmann::json> SafetyCheck::shownRoutes(const std::vector<nlohmann::json>& matched)
{
    std::set<std::string> ids;
    for (const auto& route : matched)
        ids.insert(str(route, "id"));
    std::vector<nlohmann::json> result;
    for (const auto& route : matched) {
        bool suppressed = false;
        if (route.contains("suppressed_by") && route["suppressed_by"].is_array()) {
            for (const auto& other : route["suppressed_by"])
                suppressed = suppressed || (other.is_string() && ids.count(other.get<std::string>()) > 0);
        }
        if (!suppressed)
            result.push_back(route);
    }
    return result;
}

nlohmann::json SafetyCheck::immediateRoute(const Answers& answers) const
{
    for (const auto& route : matchingRoutes(answers)) {
        if (route.value("immediate", false))
            return route;
    }
    return nullptr;
}

nlohmann::json SafetyCheck::combinedEffects(const std::vector<nlohmann::json>& routes, int defaultRecheckDays)
{
    nlohmann::json effects{{"joint", "open"}, {"take_space", "on"}, {"recheck_days", defaultRecheckDays}};
    for (const auto& route : routes) {
        if (!route.contains("effects") || !route["effects"].is_object())
            continue;
        const auto& e = route["effects"];
        if (str(e, "joint") == "locked")
            effects["joint"] = "locked";
        if (str(e, "take_space") == "off")
            effects["take_space"] = "off";
        if (str(e, "programs") == "calming-only")
            effects["programs"] = "calming-only";
        if (e.contains("recheck_days") && e["recheck_days"].is_number_integer())
            effects["recheck_days"] = std::min(effects["recheck_days"].get<int>(), e["recheck_days"].get<int>());
    }
    return effects;
}

} // namespace tend::safety
