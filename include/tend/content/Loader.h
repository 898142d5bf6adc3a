#pragma once

#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/common/Result.h"
#include "tend/content/Practices.h"
#include "tend/content/Problem.h"
#include "tend/content/Program.h"

namespace tend::content {

/// Limits that keep broken or hostile files from exhausting memory or the stack.
/// Nesting is measured before parsing, so a deeply nested file is refused without recursion.
struct JsonLimits {
    std::size_t maxBytes = 4 * 1024 * 1024;
    int maxDepth = 64;
};

/// What a content file holds, judged from its folder and name (see docs/content-format.md, "Files and folders").
enum class FileKind {
    Program,    ///< programs/<id>.<locale>.json
    Regulation, ///< practices/regulation.<locale>.json
    Rebonding,  ///< practices/rebonding.<locale>.json
    Needs,      ///< practices/needs.<locale>.json
    Schema,     ///< schema/*.schema.json (checked as JSON only)
    Other       ///< any other JSON file (safety, help, coach: checked as JSON only)
};
FileKind fileKindFor(const std::filesystem::path& file);
/// True for the three practices kinds.
inline bool isPracticesKind(FileKind kind)
{
    return kind == FileKind::Regulation || kind == FileKind::Rebonding || kind == FileKind::Needs;
}

/// Parses JSON text within `limits`. Never throws. Errors read like
/// "invalid JSON at line 3, column 14: <what the parser expected>".
Result<nlohmann::json> parseJsonText(std::string_view text, const JsonLimits& limits = {});

/// Reads a whole file, refusing files larger than `maxBytes`. Never throws.
Result<std::string> readFileCapped(const std::filesystem::path& file, std::size_t maxBytes);

/// A program with every problem found on the way. `program` is set only when there is no problem at all.
struct ProgramLoad {
    std::shared_ptr<const Program> program;
    std::vector<Problem> problems;
    bool ok() const { return program != nullptr; }
};

/// Loads and fully validates a program from text. `fileName` names the file in problems and is checked
/// against `<id>.<locale>.json` when it ends in ".json". Breathing patterns and practices are checked against
/// `library`; pass nullptr to leave those references unchecked.
ProgramLoad loadProgramText(std::string_view text, const std::string& fileName,
                            const PracticeLibrary* library = nullptr, const JsonLimits& limits = {});
/// Same, reading the file first (problems name it as `file.string()`).
ProgramLoad loadProgramFile(const std::filesystem::path& file, const PracticeLibrary* library = nullptr,
                            const JsonLimits& limits = {});

/// One card read on its own: a card the app builds in code (the calming practices) or a test writes. Checked like
/// a card of a program of `who` (fields, kinds, ids), but its routes and references are not followed.
struct CardLoad {
    std::optional<Card> card; ///< set only when there is no problem at all
    std::vector<Problem> problems;
    bool ok() const { return card.has_value(); }
};
CardLoad loadCardJson(const nlohmann::json& json, Who who = Who::Each);

/// One practices file, parsed into the part of a library it holds.
struct PracticesLoad {
    PracticeLibrary library; ///< only the parts from this file; empty when there are problems
    std::vector<Problem> problems;
    bool ok() const { return problems.empty(); }
};

/// Loads and validates a regulation, rebonding or needs file. `kind` must be one of those three.
PracticesLoad loadPracticesText(std::string_view text, const std::string& fileName, FileKind kind,
                                const JsonLimits& limits = {});
PracticesLoad loadPracticesFile(const std::filesystem::path& file, FileKind kind, const JsonLimits& limits = {});

/// Adds the parts of `part` to `into` (patterns, practices, ideas, needs). The locale of `into` is set when empty.
void mergeLibrary(PracticeLibrary& into, const PracticeLibrary& part);

} // namespace tend::content
