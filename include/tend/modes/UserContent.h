#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "tend/content/ContentLibrary.h"
#include "tend/content/Problem.h"
#include "tend/content/Program.h"

namespace tend::modes {

// Therapists add their own programs by dropping JSON files into `<dataDir>/content/programs/`.
// A scan validates each `*.json` file there with the content validator, loads the good ones and lists the
// others with the validator's messages. A reload is simply a fresh scan. Scanning only reads: it never
// creates the folder or writes anything (so it is safe in demo mode).

/// A file that was not loaded, and why (the validator's messages, or why it clashes).
struct RejectedFile {
    std::filesystem::path file;
    std::vector<content::Problem> problems; ///< at least one
};

/// What a scan found.
struct UserContentScan {
    std::filesystem::path folder; ///< `<dataDir>/content/programs`
    bool folderExists = false;
    std::vector<std::shared_ptr<const content::Program>> programs; ///< loaded, ordered by file name
    std::vector<RejectedFile> rejected;                            ///< ordered by file name
};

/// `<dataDir>/content/programs`.
std::filesystem::path userProgramsFolder(const std::filesystem::path& dataDir);

/// Scans `<dataDir>/content/programs/*.json` (not sub-folders). Each file is validated with
/// content::validatePaths against the practices of the shipped content folder (`shippedContentDir`), then
/// loaded. A program whose id and locale are already shipped, or already loaded from an earlier user file,
/// is rejected with a message saying so. A missing folder is not a problem: the scan is just empty.
UserContentScan scanUserContent(const std::filesystem::path& dataDir, const std::filesystem::path& shippedContentDir);

/// The user content folder for the app: holds the latest scan; reload() scans afresh.
class UserContent {
public:
    UserContent(std::filesystem::path dataDir, std::filesystem::path shippedContentDir);

    /// Scans again and returns the new result (earlier results are dropped).
    const UserContentScan& reload();
    /// The latest scan (empty until the first reload()).
    const UserContentScan& current() const { return m_scan; }
    /// A loaded user program by id and locale, or nullptr.
    std::shared_ptr<const content::Program> program(const std::string& id, const std::string& locale) const;
    const std::filesystem::path& folder() const { return m_scan.folder; }

private:
    std::filesystem::path m_dataDir;
    std::filesystem::path m_shippedContentDir;
    UserContentScan m_scan;
};

} // namespace tend::modes
