#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tend/common/Result.h"

namespace tend::regulation {

/// The words the regulation widgets and check-ins show, keyed by dotted names ("phase.inhale",
/// "change.down", "hug.end", ...). Read from content/practices/regulation-texts.<locale>.json; every key also has a
/// built-in English default in one small table, so a missing file or key never leaves a blank.
class RegulationTexts {
public:
    /// Only the built-in defaults.
    RegulationTexts();

    /// The text for `key`: from the file, else the default, else the key itself (visible, so it gets noticed).
    std::string get(std::string_view key) const;
    /// A list (e.g. "hug.alternatives"); empty when neither the file nor the defaults have it.
    std::vector<std::string> list(std::string_view key) const;
    /// get(key) with every "{name}" replaced by its value.
    std::string format(std::string_view key, const std::vector<std::pair<std::string, std::string>>& values) const;

    bool has(std::string_view key) const;
    /// Every key with a text (defaults included); for tests that check the file covers them.
    std::vector<std::string> keys() const;
    /// The keys that have a built-in default.
    static std::vector<std::string> defaultKeys();

    /// Overrides texts with a parsed JSON document's (nested objects flatten to dotted keys).
    Result<void> merge(std::string_view json);

private:
    std::map<std::string, std::string, std::less<>> m_texts;
    std::map<std::string, std::vector<std::string>, std::less<>> m_lists;
};

/// Defaults overlaid with the file's texts; errors name the file and the problem.
Result<RegulationTexts> loadRegulationTexts(const std::filesystem::path& file);

/// Replaces "{name}" placeholders in `pattern`.
std::string fillPlaceholders(std::string_view pattern, const std::vector<std::pair<std::string, std::string>>& values);

} // namespace tend::regulation
