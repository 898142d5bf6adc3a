#include "tend/content/Validator.h"

#include <algorithm>
#include <map>
#include <system_error>

#include "tend/content/Practices.h"

namespace tend::content {

namespace {

namespace fs = std::filesystem;

struct Entry {
    fs::path path;
    FileKind kind = FileKind::Other;
};

std::string localeFromName(const fs::path& file)
{
    const std::string stem = file.stem().string();
    const auto dot = stem.rfind('.');
    return dot == std::string::npos ? std::string{} : stem.substr(dot + 1);
}

// For a file named on the command line outside the usual folders, guess its kind from its content.
FileKind sniff(const fs::path& file, const JsonLimits& limits)
{
    // The coach, safety, help, presenter and demo folders hold their own kinds, which the caller's check recognises; a
    // coach file has "patterns" and notes have "steps", so guessing from the keys would read them as something else.
    const std::string folder = file.parent_path().filename().string();
    for (const char* own : {"coach", "safety", "help", "presenter", "demo"}) {
        if (folder == own)
            return FileKind::Other;
    }
    auto text = readFileCapped(file, limits.maxBytes);
    if (!text)
        return FileKind::Other;
    auto json = parseJsonText(text.value(), limits);
    if (!json || !json.value().is_object())
        return FileKind::Other;
    const auto& root = json.value();
    if (root.contains("steps"))
        return FileKind::Program;
    if (root.contains("patterns") || root.contains("practices"))
        return FileKind::Regulation;
    if (root.contains("ideas"))
        return FileKind::Rebonding;
    if (root.contains("needs"))
        return FileKind::Needs;
    return FileKind::Other;
}

std::string plural(std::size_t n, const std::string& one, const std::string& many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

std::string ValidationSummary::describe() const
{
    std::string text = "content ok: " + plural(programs, "program", "programs") + ", " +
                       plural(practiceFiles, "practice file", "practice files");
    if (otherFiles > 0)
        text += ", " + plural(otherFiles, "other file", "other files");
    text += ", " + plural(cards, "card", "cards");
    return text;
}

ValidationReport validatePaths(const std::vector<fs::path>& paths, const JsonLimits& limits, const FileCheck& check)
{
    ValidationReport report;
    std::vector<Entry> entries;
    std::vector<Problem> missing;
    for (const fs::path& path : paths) {
        std::error_code ec;
        if (fs::is_directory(path, ec)) {
            std::vector<fs::path> found;
            fs::recursive_directory_iterator it(path, fs::directory_options::skip_permission_denied, ec), end;
            for (; !ec && it != end; it.increment(ec)) {
                std::error_code fileError;
                if (it->is_regular_file(fileError) && it->path().extension() == ".json")
                    found.push_back(it->path());
            }
            if (ec)
                missing.push_back({path.string(), "", "the folder cannot be read fully: " + ec.message()});
            std::sort(found.begin(), found.end());
            for (const fs::path& file : found)
                entries.push_back({file, fileKindFor(file)});
        } else if (fs::exists(path, ec)) {
            FileKind kind = fileKindFor(path);
            if (kind == FileKind::Other)
                kind = sniff(path, limits);
            entries.push_back({path, kind});
        } else {
            missing.push_back({path.string(), "", "no such file or folder"});
        }
    }

    // Practices first: programs are checked against the library of their locale.
    std::map<std::string, std::vector<Problem>> problemsOf;
    std::map<std::string, PracticeLibrary> libraries;
    for (const Entry& entry : entries) {
        if (!isPracticesKind(entry.kind))
            continue;
        auto load = loadPracticesFile(entry.path, entry.kind, limits);
        problemsOf[entry.path.string()] = load.problems;
        if (load.ok())
            mergeLibrary(libraries[load.library.locale], load.library);
        ++report.summary.practiceFiles;
    }

    // A program named on its own still finds practices/ beside its folder.
    std::map<std::pair<std::string, std::string>, PracticeLibrary> neighbours;
    auto libraryFor = [&](const fs::path& program) -> PracticeLibrary {
        const std::string locale = localeFromName(program);
        if (auto it = libraries.find(locale); it != libraries.end())
            return it->second;
        const fs::path folder = program.parent_path().parent_path() / "practices";
        auto key = std::make_pair(folder.string(), locale);
        if (auto it = neighbours.find(key); it != neighbours.end())
            return it->second;
        PracticeLibrary library;
        for (const char* base : {"regulation", "rebonding", "needs"}) {
            const fs::path file = folder / (std::string(base) + "." + locale + ".json");
            std::error_code ec;
            if (!fs::is_regular_file(file, ec))
                continue;
            auto load = loadPracticesFile(file, fileKindFor(file), limits);
            if (load.ok())
                mergeLibrary(library, load.library);
        }
        library.locale = locale;
        neighbours.emplace(key, library);
        return library;
    };

    report.problems = missing;
    for (const Entry& entry : entries) {
        const std::string name = entry.path.string();
        if (isPracticesKind(entry.kind)) {
            const auto& problems = problemsOf[name];
            report.problems.insert(report.problems.end(), problems.begin(), problems.end());
        } else if (entry.kind == FileKind::Program) {
            const PracticeLibrary library = libraryFor(entry.path);
            auto load = loadProgramFile(entry.path, &library, limits);
            report.problems.insert(report.problems.end(), load.problems.begin(), load.problems.end());
            if (check) {
                if (auto more = check(entry.path, entry.kind, nullptr))
                    report.problems.insert(report.problems.end(), more->begin(), more->end());
            }
            ++report.summary.programs;
            if (load.program)
                report.summary.cards += load.program->cardCount();
        } else {
            ++report.summary.otherFiles;
            auto text = readFileCapped(entry.path, limits.maxBytes);
            if (!text) {
                report.problems.push_back({name, "", text.error().message});
                continue;
            }
            auto json = parseJsonText(text.value(), limits);
            if (!json) {
                report.problems.push_back({name, "", json.error().message});
                continue;
            }
            if (check) {
                if (auto more = check(entry.path, entry.kind, &json.value()))
                    report.problems.insert(report.problems.end(), more->begin(), more->end());
            }
        }
    }
    return report;
}

} // namespace tend::content
