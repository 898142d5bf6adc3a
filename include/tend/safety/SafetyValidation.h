#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/content/Problem.h"

namespace tend::safety {

/// Everything wrong with a safety check file (content/safety/safety-check.<locale>.json, docs/safety-format.md),
/// each with its JSON pointer: the shape of every section, that every `when` parses and names only questions of
/// the file, that every route a route or an option refers to exists, the disclaimer and the fixed storage flags.
/// Empty when the file is sound. `file` names the file in the problems.
std::vector<content::Problem> validateSafetyCheck(const nlohmann::json& document, const std::string& file);

/// Everything wrong with the help resources (content/help/resources.json): countries and their numbers, and for
/// every resource its `audience`, `coverage`, `source` and `verified` date (docs/safety-format.md, section 2).
std::vector<content::Problem> validateHelpResources(const nlohmann::json& document, const std::string& file);

} // namespace tend::safety
