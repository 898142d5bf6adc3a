#include "tend/modes/UserContent.h"

#include <algorithm>
#include <map>
#include <system_error>
#include <utility>

#include "tend/common/Log.h"
#include "tend/content/Loader.h"
#include "tend/content/Validator.h"

namespace tend::modes {
namespace {

namespace fs = std::filesystem;

std::vector<fs::path> jsonFilesIn(const fs::path& folder)
{
    std::vector<fs::path> files;
    std::error_code ec;
    fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        const fs::path& path = it->path();
        const std::string name = path.filename().string();
        // Editors leave hidden swap and backup files next to the real one.
        if (name.empty() || name.front() == '.' || path.extension() != ".json")
            continue;
        std::error_code fileError;
        if (fs::is_regular_file(path, fileError))
            files.push_back(path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string localeOf(const fs::path& file)
{
    const std::string stem = file.stem().string();
    const auto dot = stem.rfind('.');
    return dot == std::string::npos ? std::string{} : stem.substr(dot + 1);
}

} // namespace

fs::path userProgramsFolder(const fs::path& dataDir)
{
    return dataDir / "content" / "programs";
}

UserContentScan scanUserContent(const fs::path& dataDir, const fs::path& shippedContentDir)
{
    UserContentScan scan;
    scan.folder = userProgramsFolder(dataDir);
    std::error_code ec;
    scan.folderExists = fs::is_directory(scan.folder, ec);
    if (!scan.folderExists)
        return scan;

    // The shipped practices: user programs may use their breathing patterns and practices.
    std::vector<fs::path> practiceFiles;
    for (const fs::path& file : jsonFilesIn(shippedContentDir / "practices")) {
        if (content::isPracticesKind(content::fileKindFor(file)))
            practiceFiles.push_back(file);
    }
    content::ContentLibrary shipped;
    if (fs::is_directory(shippedContentDir, ec))
        (void)shipped.addFolder(shippedContentDir);

    std::map<std::pair<std::string, std::string>, fs::path> loaded;
    for (const fs::path& file : jsonFilesIn(scan.folder)) {
        std::vector<fs::path> paths{file};
        paths.insert(paths.end(), practiceFiles.begin(), practiceFiles.end());
        const content::ValidationReport report = content::validatePaths(paths);
        RejectedFile rejected{file, {}};
        for (const content::Problem& problem : report.problems) {
            if (problem.file == file.string())
                rejected.problems.push_back(problem);
        }
        if (rejected.problems.empty()) {
            const content::PracticeLibrary* practices = shipped.practices(localeOf(file));
            content::ProgramLoad load = content::loadProgramFile(file, practices);
            if (!load.ok()) {
                rejected.problems = load.problems;
            } else {
                auto key = std::make_pair(load.program->id, load.program->locale);
                if (shipped.program(key.first, key.second)) {
                    rejected.problems.push_back({file.string(), "/id",
                                                 "a program \"" + key.first + "\" in locale \"" + key.second +
                                                     "\" comes with Tend; give this one its own id"});
                } else if (auto twin = loaded.find(key); twin != loaded.end()) {
                    rejected.problems.push_back({file.string(), "/id",
                                                 "the program \"" + key.first + "\" in locale \"" + key.second +
                                                     "\" is already loaded from " + twin->second.filename().string()});
                } else {
                    loaded.emplace(key, file);
                    scan.programs.push_back(load.program);
                }
            }
        }
        if (!rejected.problems.empty())
            scan.rejected.push_back(std::move(rejected));
    }
    log::get("modes")->info("user content: {} programs loaded, {} files refused", scan.programs.size(),
                            scan.rejected.size());
    return scan;
}

UserContent::UserContent(fs::path dataDir, fs::path shippedContentDir)
    : m_dataDir(std::move(dataDir)), m_shippedContentDir(std::move(shippedContentDir))
{
    m_scan.folder = userProgramsFolder(m_dataDir);
}

const UserContentScan& UserContent::reload()
{
    m_scan = scanUserContent(m_dataDir, m_shippedContentDir);
    return m_scan;
}

std::shared_ptr<const content::Program> UserContent::program(const std::string& id, const std::string& locale) const
{
    for (const auto& program : m_scan.programs) {
        if (program->id == id && program->locale == locale)
            return program;
    }
    return nullptr;
}

} // namespace tend::modes
