#pragma once

#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/content/Loader.h"
#include "tend/content/Problem.h"

namespace tend::content {

/// What a validation run looked at.
struct ValidationSummary {
    std::size_t programs = 0;      ///< program files checked
    std::size_t practiceFiles = 0; ///< regulation, rebonding and needs files checked
    std::size_t otherFiles = 0;    ///< other JSON files (safety, help, coach, schema): checked as JSON only
    std::size_t cards = 0;         ///< cards in the program files checked

    /// e.g. "content ok: 2 programs, 3 practice files, 4 other files, 84 cards"
    std::string describe() const;
};

/// Every problem found, in file order, and what was checked.
struct ValidationReport {
    std::vector<Problem> problems;
    ValidationSummary summary;
    bool ok() const { return problems.empty(); }
};

/// A check this module cannot make itself (the safety, help, coach and notes files belong to modules above it).
/// Called for every program with `document` null (its problems are added to the program's), and for every other
/// JSON file with its parsed document: its problems, or nullopt for a file it does not know (checked as JSON only).
using FileCheck = std::function<std::optional<std::vector<Problem>>(const std::filesystem::path& file, FileKind kind,
                                                                    const nlohmann::json* document)>;

/// Validates content folders and files: every `*.json` below a folder (recursively), or the named files.
/// Programs are checked against the practices library of their locale: the practices files among the
/// given paths, else `practices/` next to the program's folder. Never throws; a path that does not exist
/// is itself a problem. `check` adds the checks of the modules above (see tend/validation/ContentCheck.h).
ValidationReport validatePaths(const std::vector<std::filesystem::path>& paths, const JsonLimits& limits = {},
                               const FileCheck& check = {});

} // namespace tend::content
