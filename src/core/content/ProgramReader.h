#pragma once
// Internal: turns a program's JSON into a Program (recording every structural problem), then checks the
// whole program: ids, routes, guards, references into the practices library, reachability and dead ends.

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ContentReader.h"
#include "tend/content/Practices.h"
#include "tend/content/Program.h"

namespace tend::content::detail {

struct ParsedProgram {
    Program program;
    std::vector<std::string> stepPointers;              ///< per step of program.steps
    std::vector<std::vector<std::string>> cardPointers; ///< per step, per card
};

/// Reads everything it can; problems go to `reader`.
ParsedProgram readProgram(const nlohmann::json& root, Reader& reader);

/// Reads one card on its own, as a program's step of `who` would (no routes or references checked).
std::optional<Card> readLoneCard(const nlohmann::json& json, const std::string& at, Who who, Reader& reader);

/// Fills the options of choice cards with `options_from` from `library` (its needs or rebonding ideas), in the
/// typed card and in its raw JSON, so guards and the validator see them as if written in the program. Run before
/// checkProgram; `library` may be nullptr, and then every such card is reported.
void fillOptionsFrom(ParsedProgram& parsed, const PracticeLibrary* library, Reader& reader);

/// Cross-checks (run after readProgram). `library` may be nullptr: practice references are then not checked.
void checkProgram(const ParsedProgram& parsed, const PracticeLibrary* library, Reader& reader);

/// Checks `<id>.<locale>.json` against the program's id and locale (when the name ends in ".json").
void checkProgramFileName(const ParsedProgram& parsed, const std::string& fileName, Reader& reader);

} // namespace tend::content::detail
