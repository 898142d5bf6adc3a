#pragma once

#include <filesystem>
#include <vector>

#include "tend/content/Validator.h"

namespace tend::validation {

/// One validator for every content file (`tend validate-content`): programs and practices as the content module
/// checks them, and the files of the modules above it, each with file and JSON pointer:
/// - safety checks (`safety/safety-check.<locale>.json`): tend::safety::validateSafetyCheck
/// - help resources (`help/resources.json`): tend::safety::validateHelpResources
/// - coach files (`coach/coach.<locale>.json`): the coach's own reader
/// - presenter notes (`presenter/facilitator-notes.<locale>.json`): the notes' reader
/// A program is refused when its language has no valid safety check beside it (`../safety/`): every language
/// Tend offers must be able to ask its private check and show its disclaimer.
content::ValidationReport validateContent(const std::vector<std::filesystem::path>& paths,
                                          const content::JsonLimits& limits = {});

/// What a locale's safety check must pass before anything in that language may be used: empty when
/// `<contentDir>/safety/safety-check.<locale>.json` exists and is sound.
std::vector<content::Problem> safetyCheckProblems(const std::filesystem::path& contentDir, const std::string& locale);

} // namespace tend::validation
