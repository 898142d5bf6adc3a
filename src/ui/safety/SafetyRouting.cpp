#include "ui/safety/SafetyRouting.h"

#include <algorithm>
#include <set>

#include "tend/content/Guard.h"

namespace tend::ui::safety {
namespace {

std::string str(const nlohmann::json& object, const char* key)
{
    if (!object.is_object())
        return {};
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// Member states of the European Union, where 112 reaches the emergency services.
const std::set<std::string>& euMembers()
{
    static const std::set<std::string> members{"AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI",
                                               "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
                                               "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"};
    return members;
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

HelpResources::HelpResources(nlohmann::json document) : m_document(std::move(document))
{
}

std::string HelpResources::lastVerified() const
{
    return str(m_document, "last_verified");
}
std::string HelpResources::fallback() const
{
    return str(m_document, "fallback");
}

const nlohmann::json& HelpResources::directory() const
{
    static const nlohmann::json none = nullptr;
    if (!m_document.is_object())
        return none;
    const auto it = m_document.find("directory");
    return it != m_document.end() && it->is_object() ? *it : none;
}

nlohmann::json HelpResources::country(const std::string& code) const
{
    if (!m_document.is_object() || !m_document.contains("countries") || !m_document["countries"].is_array())
        return nullptr;
    for (const auto& entry : m_document["countries"]) {
        if (str(entry, "code") == code)
            return entry;
    }
    return nullptr;
}

nlohmann::json HelpResources::regionFor(const std::string& code) const
{
    if (!m_document.is_object() || !m_document.contains("regions") || !m_document["regions"].is_array())
        return nullptr;
    for (const auto& region : m_document["regions"]) {
        // A region may list its members; the EU's are known here so the file need not repeat them.
        bool member = false;
        if (region.contains("members") && region["members"].is_array()) {
            for (const auto& m : region["members"])
                member = member || (m.is_string() && m.get<std::string>() == code);
        } else if (str(region, "code") == "EU") {
            member = euMembers().count(code) > 0;
        }
        if (member)
            return region;
    }
    return nullptr;
}

std::vector<std::string> HelpResources::listedCountries() const
{
    std::vector<std::string> codes;
    if (m_document.is_object() && m_document.contains("countries") && m_document["countries"].is_array()) {
        for (const auto& entry : m_document["countries"])
            codes.push_back(str(entry, "code"));
    }
    return codes;
}

std::vector<nlohmann::json> HelpResources::resourcesFor(const nlohmann::json& country,
                                                        const std::vector<std::string>& purposes)
{
    std::vector<nlohmann::json> out;
    if (!country.is_object() || !country.contains("resources") || !country["resources"].is_array())
        return out;
    for (const auto& resource : country["resources"]) {
        if (purposes.empty()) {
            out.push_back(resource);
            continue;
        }
        bool fits = false;
        if (resource.contains("for") && resource["for"].is_array()) {
            for (const auto& p : resource["for"])
                fits = fits || (p.is_string() &&
                                std::find(purposes.begin(), purposes.end(), p.get<std::string>()) != purposes.end());
        }
        if (fits)
            out.push_back(resource);
    }
    return out;
}

} // namespace tend::ui::safety
