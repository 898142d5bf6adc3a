#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/content/Problem.h"

namespace tend::validation {

/// A translated file may change its words, never its structure (docs/content-format.md, "Languages"): the same
/// steps, cards, options and items with the same ids in the same order, the same kinds, routes, conditions and
/// numbers. Compares `translated` (read from `file`) with its English original and names each difference by
/// JSON pointer: a missing or extra card by its id, a changed route by the value it should have.
std::vector<content::Problem> translationParityProblems(const nlohmann::json& english, const nlohmann::json& translated,
                                                        const std::string& file);

/// The English original of a translated content file: `<folder>/<name>.en.json` for `<folder>/<name>.<locale>.json`,
/// `help/resources.json` for `help/resources.<locale>.json`; empty for an English file, a coach file (written for its
/// language, not translated) or a name of another shape.
std::filesystem::path englishOriginal(const std::filesystem::path& file);

/// What must hold before a language can be chosen: its safety check and its help resources exist in `contentDir`
/// and are sound. Empty for English's own files when they are sound.
std::vector<content::Problem> languageProblems(const std::filesystem::path& contentDir, const std::string& locale);

} // namespace tend::validation
