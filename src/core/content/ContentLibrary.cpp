#include "tend/content/ContentLibrary.h"

#include <algorithm>
#include <set>
#include <system_error>

#include "tend/common/Log.h"

namespace tend::content {

namespace {

std::vector<std::filesystem::path> jsonFilesIn(const std::filesystem::path& folder)
{
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        return files;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        std::error_code fileError;
        if (entry.is_regular_file(fileError) && entry.path().extension() == ".json")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

// "<id>.<locale>.json" → locale, or empty.
std::string localeFromName(const std::filesystem::path& file)
{
    const std::string stem = file.stem().string(); // drops ".json"
    const auto dot = stem.rfind('.');
    if (dot == std::string::npos)
        return {};
    std::string locale = stem.substr(dot + 1);
    return isValidLocale(locale) ? locale : std::string{};
}

} // namespace

Result<void> ContentLibrary::addFolder(const std::filesystem::path& folder, const JsonLimits& limits)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        return makeError("The content folder " + folder.string() + " does not exist or is not a folder.");

    for (const auto& file : jsonFilesIn(folder / "practices")) {
        const FileKind kind = fileKindFor(file);
        if (!isPracticesKind(kind))
            continue;
        auto load = loadPracticesFile(file, kind, limits);
        if (!load.ok()) {
            m_problems.insert(m_problems.end(), load.problems.begin(), load.problems.end());
            continue;
        }
        mergeLibrary(m_libraries[load.library.locale], load.library);
        ++m_practiceFiles;
    }
    for (const auto& file : jsonFilesIn(folder / "programs"))
        addProgramFile(file, limits);

    log::get("content")->info("content folder loaded: {} programs, {} practice files, {} problems", m_programs.size(),
                              m_practiceFiles, m_problems.size());
    return {};
}

bool ContentLibrary::addProgramFile(const std::filesystem::path& file, const JsonLimits& limits)
{
    const std::string locale = localeFromName(file);
    PracticeLibrary empty;
    empty.locale = locale;
    const PracticeLibrary* library = practices(locale);
    auto load = loadProgramFile(file, library ? library : &empty, limits);
    if (!load.ok()) {
        m_problems.insert(m_problems.end(), load.problems.begin(), load.problems.end());
        return false;
    }
    auto key = std::make_pair(load.program->id, load.program->locale);
    if (auto it = m_programs.find(key); it != m_programs.end()) {
        m_problems.push_back({file.string(), "/id",
                              "the program \"" + key.first + "\" in locale \"" + key.second +
                                  "\" is already loaded from " + it->second->source.string()});
        return false;
    }
    m_programs.emplace(std::move(key), std::move(load.program));
    return true;
}

std::vector<std::string> ContentLibrary::refusedFiles() const
{
    std::vector<std::string> files;
    for (const Problem& problem : m_problems) {
        if (std::find(files.begin(), files.end(), problem.file) == files.end())
            files.push_back(problem.file);
    }
    return files;
}

std::vector<std::shared_ptr<const Program>> ContentLibrary::programs() const
{
    std::vector<std::shared_ptr<const Program>> all;
    for (const auto& entry : m_programs)
        all.push_back(entry.second);
    return all;
}

std::shared_ptr<const Program> ContentLibrary::program(std::string_view id, std::string_view locale) const
{
    auto it = m_programs.find(std::make_pair(std::string(id), std::string(locale)));
    return it == m_programs.end() ? nullptr : it->second;
}

std::shared_ptr<const Program> ContentLibrary::programPreferring(std::string_view id, std::string_view locale) const
{
    if (auto exact = program(id, locale))
        return exact;
    if (auto english = program(id, "en"))
        return english;
    for (const auto& entry : m_programs) {
        if (entry.first.first == id)
            return entry.second;
    }
    return nullptr;
}

const PracticeLibrary* ContentLibrary::practices(std::string_view locale) const
{
    auto it = m_libraries.find(locale);
    return it == m_libraries.end() ? nullptr : &it->second;
}

std::vector<std::string> ContentLibrary::practiceLocales() const
{
    std::vector<std::string> locales;
    for (const auto& entry : m_libraries)
        locales.push_back(entry.first);
    return locales;
}

std::size_t ContentLibrary::cardCount() const
{
    std::size_t count = 0;
    for (const auto& entry : m_programs)
        count += entry.second->cardCount();
    return count;
}

} // namespace tend::content
