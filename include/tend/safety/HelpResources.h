#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace tend::safety {

/// The help resources (content/help/resources.json) for one country.
class HelpResources {
public:
    explicit HelpResources(nlohmann::json document);

    bool isValid() const { return m_document.is_object(); }
    std::string lastVerified() const;
    std::string fallback() const;
    const nlohmann::json& directory() const;
    /// The country's entry (emergency number and resources), or null when it is not listed.
    nlohmann::json country(const std::string& code) const;
    /// A region the country belongs to (e.g. the EU and 112) when the country itself is not listed.
    nlohmann::json regionFor(const std::string& code) const;
    /// Country codes listed in the file.
    std::vector<std::string> listedCountries() const;
    /// Resources of a country entry that serve any of `purposes` (all when `purposes` is empty).
    static std::vector<nlohmann::json> resourcesFor(const nlohmann::json& country,
                                                    const std::vector<std::string>& purposes);

private:
    nlohmann::json m_document;
};

} // namespace tend::safety
