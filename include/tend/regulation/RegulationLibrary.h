#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tend/common/Result.h"
#include "tend/regulation/BreathingPattern.h"
#include "tend/regulation/RegulationTexts.h"

namespace tend::regulation {

/// A guided practice from the library: a settling or lifting exercise shown one step at a time.
struct Practice {
    std::string id;
    std::string title;
    std::string tag; ///< "settle" (for a racing body) or "lift" (for a shut-down body)
    int minutes = 2;
    std::vector<std::string> steps;
    std::string pattern; ///< a breathing pattern id, for breathing practices; empty otherwise
    std::string evidence;
};

/// The breathing patterns and practices of content/practices/regulation.<locale>.json, as the regulation
/// widgets need them. The content module owns the full model and validation; this is a small, tolerant reader
/// so the pacer works on its own (and in tests) with the shipped file.
struct RegulationLibrary {
    std::vector<BreathingPattern> patterns;
    std::vector<Practice> practices;

    const BreathingPattern* findPattern(std::string_view id) const;
    const Practice* findPractice(std::string_view id) const;
    /// Practices with the given tag, in file order.
    std::vector<const Practice*> practicesTagged(std::string_view tag) const;
};

/// An idea for reconnecting at the end of a repair (content/practices/rebonding.<locale>.json).
struct RebondingIdea {
    std::string id;
    std::string title;
    std::string body;
    bool touch = false; ///< involves touch; always offered as optional, next to ideas without it
};

/// Parses a rebonding file's `ideas`. Errors name the JSON pointer.
Result<std::vector<RebondingIdea>> parseRebondingIdeas(std::string_view json);
Result<std::vector<RebondingIdea>> loadRebondingIdeas(const std::filesystem::path& file);

/// Everything the regulation widgets read from one locale's content folder.
struct RegulationContent {
    RegulationLibrary library;
    RegulationTexts texts;
    std::vector<RebondingIdea> ideas;
};

/// Loads `<contentDir>/practices/regulation.<locale>.json` (required), `regulation-texts.<locale>.json` and
/// `rebonding.<locale>.json` (both optional: built-in texts and no ideas when missing).
Result<RegulationContent> loadRegulationContent(const std::filesystem::path& contentDir,
                                                const std::string& locale = "en");

/// Parses the JSON text of a regulation library. Errors name the JSON pointer of the problem.
/// Patterns are read as written; call validatePattern() before pacing one.
Result<RegulationLibrary> parseRegulationLibrary(std::string_view json);

/// Reads and parses a regulation library file; errors start with the file name.
Result<RegulationLibrary> loadRegulationLibrary(const std::filesystem::path& file);

} // namespace tend::regulation
