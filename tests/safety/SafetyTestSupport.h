#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace tend::test {

inline std::filesystem::path shippedContent()
{
    return std::filesystem::path(TEND_SOURCE_DIR) / "content";
}

inline nlohmann::json loadJsonFile(const std::filesystem::path& file)
{
    std::ifstream in(file);
    return nlohmann::json::parse(in);
}

/// A string field, or "" (written without json::value(), which trips GCC's -Wnull-dereference when inlined).
inline std::string field(const nlohmann::json& object, const char* key)
{
    return object.is_object() && object.contains(key) && object[key].is_string() ? object[key].get<std::string>()
                                                                                 : std::string();
}

inline std::vector<std::string> routeIds(const std::vector<nlohmann::json>& routes)
{
    std::vector<std::string> out;
    for (const auto& r : routes)
        out.push_back(field(r, "id"));
    return out;
}

} // namespace tend::test
