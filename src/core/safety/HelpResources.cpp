#include "tend/safety/HelpResources.h"

#include <algorithm>
#include <set>

namespace tend::safety {
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

} // namespace tend::safety
