#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/content/Problem.h"
#include "tend/content/Program.h"

namespace tend::demo {

// Presenter mode's notes for a therapist showing the app: for each step of a program, why it matters and
// what to watch for. Kept in `content/presenter/facilitator-notes.<locale>.json`:
//     {"format": 1, "program": "<program id>", "locale": "en",
//      "steps": {"<step id>": {"why": "...", "watch": ["...", ...]}, ...}}

/// The notes of one step.
struct StepNotes {
    std::string stepId;
    std::string why;                ///< one or two sentences
    std::vector<std::string> watch; ///< short points, at least one
};

/// The notes for one program.
struct FacilitatorNotes {
    std::string programId;
    std::string locale;
    std::vector<StepNotes> steps; ///< in the order of the program when validated against it, else by id

    /// The notes of a step, or nullptr.
    const StepNotes* forStep(const std::string& stepId) const;
};

/// Longest `why` and longest point, in bytes: notes are read at a glance while presenting.
inline constexpr std::size_t kMaxWhyBytes = 400;
inline constexpr std::size_t kMaxPointBytes = 240;

/// The program whose notes are `facilitator-notes.<locale>.json`; every other program's are
/// `facilitator-notes.<program>.<locale>.json`.
inline constexpr const char* kNotesDefaultProgram = "rupture-to-repair";

/// `<contentDir>/presenter/facilitator-notes.<locale>.json` for the program of record, and
/// `<contentDir>/presenter/facilitator-notes.<programId>.<locale>.json` for any other.
std::filesystem::path facilitatorNotesFile(const std::filesystem::path& contentDir, const std::string& programId,
                                           const std::string& locale);

/// The program a notes file is for, by its name: `facilitator-notes.<locale>.json` is the program of record's,
/// `facilitator-notes.<program>.<locale>.json` that program's. Empty when the name is neither.
std::string notesProgramFromFileName(const std::string& fileName);

/// Reads notes from a parsed document. `file` names it in problems. With `program`, every step of the program
/// must have notes and every step named must be in the program. Problems are listed, not thrown; the notes
/// are usable only when `problems` is empty.
FacilitatorNotes readFacilitatorNotes(const nlohmann::json& document, const std::string& file,
                                      const content::Program* program, std::vector<content::Problem>& problems);

/// Reads and checks a notes file (see readFacilitatorNotes).
FacilitatorNotes loadFacilitatorNotes(const std::filesystem::path& file, const content::Program* program,
                                      std::vector<content::Problem>& problems);

} // namespace tend::demo
