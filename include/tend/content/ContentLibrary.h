#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tend/common/Result.h"
#include "tend/content/Loader.h"
#include "tend/content/Practices.h"
#include "tend/content/Problem.h"
#include "tend/content/Program.h"

namespace tend::content {

/// Everything loaded from one or more content folders: programs by id and locale, and the practices library
/// of each locale. Files with problems are not loaded; their problems are listed instead (so the app can show
/// them, e.g. for a therapist's own program dropped into the user content folder).
///
///     ContentLibrary library;
///     library.addFolder(shippedContentDir);   // content/ as shipped
///     library.addFolder(userContentDir);      // optional: the user's own programs
///     auto program = library.program("rupture-to-repair", "en");
class ContentLibrary {
public:
    /// Loads `folder/practices/*.json` and then `folder/programs/*.json` (programs are checked against the
    /// practices of every folder added so far). A program whose id and locale are already loaded is refused
    /// with a problem. Fails only when `folder` is not a readable folder.
    Result<void> addFolder(const std::filesystem::path& folder, const JsonLimits& limits = {});

    /// Adds one program file (checked against the practices already loaded). Returns false and records the
    /// problems when it does not load.
    bool addProgramFile(const std::filesystem::path& file, const JsonLimits& limits = {});

    /// Problems of every file that was refused, in load order.
    const std::vector<Problem>& problems() const { return m_problems; }
    /// Files that were refused (each appears once).
    std::vector<std::string> refusedFiles() const;

    /// Every loaded program, ordered by id then locale.
    std::vector<std::shared_ptr<const Program>> programs() const;
    /// The program with this id and locale, or nullptr.
    std::shared_ptr<const Program> program(std::string_view id, std::string_view locale) const;
    /// The program with this id in `locale`, else in "en", else in any locale; nullptr when there is none.
    std::shared_ptr<const Program> programPreferring(std::string_view id, std::string_view locale) const;

    /// The practices library of a locale, or nullptr when no practices file of that locale loaded.
    const PracticeLibrary* practices(std::string_view locale) const;
    /// Locales that have a practices library.
    std::vector<std::string> practiceLocales() const;

    /// Counts for summaries.
    std::size_t programCount() const { return m_programs.size(); }
    std::size_t practiceFileCount() const { return m_practiceFiles; }
    std::size_t cardCount() const;

private:
    std::map<std::pair<std::string, std::string>, std::shared_ptr<const Program>> m_programs;
    std::map<std::string, PracticeLibrary, std::less<>> m_libraries;
    std::vector<Problem> m_problems;
    std::size_t m_practiceFiles = 0;
};

} // namespace tend::content
