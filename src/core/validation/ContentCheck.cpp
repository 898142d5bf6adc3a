#include "tend/validation/ContentCheck.h"

#include <algorithm>
#include <map>
#include <memory>
#include <system_error>

#include "tend/coach/CoachContent.h"
#include "tend/content/ContentLibrary.h"
#include "tend/demo/DemoJournal.h"
#include "tend/demo/FacilitatorNotes.h"
#include "tend/safety/SafetyValidation.h"
#include "tend/validation/TranslationParity.h"

namespace tend::validation {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

enum class Kind { SafetyCheck, Help, Coach, CoachModel, Notes, DemoStories, Unknown };

bool startsWith(const std::string& text, const char* prefix)
{
    return text.rfind(prefix, 0) == 0;
}

// By place first (the usual folders), else by what the document holds (a file named on the command line).
Kind kindOf(const fs::path& file, const json& document)
{
    const std::string name = file.filename().string();
    const std::string folder = file.parent_path().filename().string();
    if (folder == "safety" && startsWith(name, "safety-check."))
        return Kind::SafetyCheck;
    if (folder == "help" && startsWith(name, "resources."))
        return Kind::Help;
    if (folder == "coach" && startsWith(name, "coach."))
        return Kind::Coach;
    if (folder == "coach" && (startsWith(name, "model.") || startsWith(name, "safety-model.")))
        return Kind::CoachModel;
    if (folder == "presenter" && startsWith(name, "facilitator-notes."))
        return Kind::Notes;
    if (folder == "demo" && startsWith(name, "stories."))
        return Kind::DemoStories;
    if (!document.is_object()) // e.g. `[]` where a safety check should be
        return folder == "safety" ? Kind::SafetyCheck : Kind::Unknown;
    if (document.value("id", json()) == "safety-check" ||
        (document.contains("questions") && document.contains("routes")))
        return Kind::SafetyCheck;
    if (document.contains("countries"))
        return Kind::Help;
    if (document.value("kind", json()) == "coach")
        return Kind::Coach;
    if (document.value("kind", json()) == "demo-stories")
        return Kind::DemoStories;
    if (document.value("kind", json()) == "coach-model" || document.value("kind", json()) == "coach-safety-model")
        return Kind::CoachModel;
    if (document.contains("program") && document.contains("steps") && document["steps"].is_object())
        return Kind::Notes;
    return Kind::Unknown;
}

// The coach readers stop at their first problem and word it "<name>: <pointer>: <sentence>".
content::Problem coachProblem(const fs::path& file, const std::string& name, std::string message)
{
    std::string pointer;
    if (startsWith(message, (name + ": ").c_str()))
        message = message.substr(name.size() + 2);
    if (startsWith(message, "/")) {
        const auto colon = message.find(": ");
        if (colon != std::string::npos) {
            pointer = message.substr(0, colon);
            message = message.substr(colon + 2);
        }
    }
    if (pointer == "/")
        pointer.clear();
    return {file.string(), pointer, message};
}

std::vector<content::Problem> coachProblems(const fs::path& file, const json& document)
{
    auto parsed = coach::CoachContent::parse(document.dump(), file.string());
    if (parsed)
        return {};
    return {coachProblem(file, file.string(), parsed.error().message)};
}

// A model file (model.<locale>.json, safety-model.<locale>.json) is read the way the app reads it: with the coach
// file beside it, which loads both models and stops at the first broken one.
std::vector<content::Problem> coachModelProblems(const fs::path& file)
{
    const std::string name = file.filename().string();
    const std::string stem = file.stem().string();
    const std::string locale = stem.substr(stem.rfind('.') + 1);
    const fs::path coachFile = file.parent_path() / ("coach." + locale + ".json");
    std::error_code ec;
    if (!fs::is_regular_file(coachFile, ec))
        return {
            {file.string(), "",
             "a coach model needs its coach file beside it (" + coachFile.filename().string() + "), which is missing"}};
    auto loaded = coach::CoachContent::load(coachFile);
    if (loaded || loaded.error().message.rfind(name + ": ", 0) != 0)
        return {}; // sound, or a problem of the coach file itself, reported with that file
    return {coachProblem(file, name, loaded.error().message)};
}

std::string localeOf(const fs::path& file)
{
    const std::string stem = file.stem().string();
    const auto dot = stem.rfind('.');
    return dot == std::string::npos ? std::string() : stem.substr(dot + 1);
}

// Every translated file among `paths` (or below them) against its English original: the words may differ, the
// structure may not (tend/validation/TranslationParity.h).
std::vector<content::Problem> parityProblems(const std::vector<fs::path>& paths, const content::JsonLimits& limits)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (const fs::path& path : paths) {
        if (fs::is_directory(path, ec)) {
            for (auto it = fs::recursive_directory_iterator(path, ec); !ec && it != fs::recursive_directory_iterator();
                 it.increment(ec))
                if (it->is_regular_file(ec) && it->path().extension() == ".json")
                    files.push_back(it->path());
        } else {
            files.push_back(path);
        }
    }
    std::sort(files.begin(), files.end());
    std::vector<content::Problem> problems;
    for (const fs::path& file : files) {
        const fs::path original = englishOriginal(file);
        if (original.empty() || !fs::is_regular_file(original, ec))
            continue;
        auto english = content::readFileCapped(original, limits.maxBytes);
        auto translated = content::readFileCapped(file, limits.maxBytes);
        if (!english || !translated)
            continue; // each file's own check reports what cannot be read
        auto englishJson = content::parseJsonText(english.value(), limits);
        auto translatedJson = content::parseJsonText(translated.value(), limits);
        if (!englishJson || !translatedJson)
            continue;
        for (auto& problem : translationParityProblems(englishJson.value(), translatedJson.value(), file.string()))
            problems.push_back(std::move(problem));
    }
    return problems;
}

} // namespace

std::vector<content::Problem> safetyCheckProblems(const fs::path& contentDir, const std::string& locale)
{
    const fs::path file = contentDir / "safety" / ("safety-check." + locale + ".json");
    auto text = content::readFileCapped(file, content::JsonLimits{}.maxBytes);
    if (!text)
        return {{file.string(), "", "there is no safety check for \"" + locale + "\": " + text.error().message}};
    auto document = content::parseJsonText(text.value());
    if (!document)
        return {{file.string(), "", document.error().message}};
    return safety::validateSafetyCheck(document.value(), file.string());
}

// The content folder's own library, loaded once, for files checked against a program (notes, demo stories).
const content::ContentLibrary& libraryOf(const fs::path& root,
                                         std::map<std::string, std::unique_ptr<content::ContentLibrary>>& libraries,
                                         const content::JsonLimits& limits)
{
    auto& library = libraries[root.string()];
    if (!library) {
        library = std::make_unique<content::ContentLibrary>();
        (void)library->addFolder(root, limits);
    }
    return *library;
}

// Presenter notes are checked against the program they are for, read from the content folder they sit in: every
// step of it has notes and no note names a step it lacks. The file's name says which program
// (facilitator-notes.<locale>.json: the program of record; facilitator-notes.<program>.<locale>.json: that one).
std::vector<content::Problem> notesProblems(const fs::path& file, const json& document,
                                            std::map<std::string, std::unique_ptr<content::ContentLibrary>>& libraries,
                                            const content::JsonLimits& limits)
{
    std::vector<content::Problem> problems;
    const std::string named = demo::notesProgramFromFileName(file.filename().string());
    const std::string programId = document.is_object() ? document.value("program", std::string()) : std::string();
    std::shared_ptr<const content::Program> program;
    if (file.parent_path().filename() == "presenter" && !named.empty()) {
        if (!programId.empty() && programId != named)
            problems.push_back(
                {file.string(), "/program",
                 "this file's name says its notes are for \"" + named + "\", but it names \"" + programId + "\""});
        const fs::path root = file.parent_path().parent_path();
        program = libraryOf(root, libraries, limits).program(named, localeOf(file));
        std::error_code ec;
        if (!program && fs::is_directory(root / "programs", ec))
            problems.push_back({file.string(), "/program",
                                "there is no program \"" + named + "\" in locale \"" + localeOf(file) +
                                    "\" for these notes (programs/" + named + "." + localeOf(file) + ".json)"});
    }
    (void)demo::readFacilitatorNotes(document, file.string(), program.get(), problems);
    return problems;
}

content::ValidationReport validateContent(const std::vector<fs::path>& paths, const content::JsonLimits& limits)
{
    std::map<std::pair<std::string, std::string>, bool> safetyOk;              // (content folder, locale) -> sound
    std::map<std::string, std::unique_ptr<content::ContentLibrary>> libraries; // per content folder, for notes
    auto check = [&](const fs::path& file, content::FileKind kind,
                     const json* document) -> std::optional<std::vector<content::Problem>> {
        if (kind == content::FileKind::Program) {
            const std::string locale = localeOf(file);
            const fs::path root = file.parent_path().parent_path();
            const auto key = std::make_pair(root.string(), locale);
            auto known = safetyOk.find(key);
            if (known == safetyOk.end())
                known = safetyOk.emplace(key, safetyCheckProblems(root, locale).empty()).first;
            if (known->second)
                return std::vector<content::Problem>{};
            return std::vector<content::Problem>{
                {file.string(), "",
                 "refused: there is no sound safety check for \"" + locale + "\" (safety/safety-check." + locale +
                     ".json), and no program may be offered in a language without its private check and disclaimer"}};
        }
        if (!document)
            return std::nullopt;
        switch (kindOf(file, *document)) {
        case Kind::SafetyCheck:
            return safety::validateSafetyCheck(*document, file.string());
        case Kind::Help:
            return safety::validateHelpResources(*document, file.string());
        case Kind::Coach:
            return coachProblems(file, *document);
        case Kind::CoachModel:
            return coachModelProblems(file);
        case Kind::Notes:
            return notesProblems(file, *document, libraries, limits);
        case Kind::DemoStories:
            return demo::checkDemoStories(*document, file,
                                          libraryOf(file.parent_path().parent_path(), libraries, limits));
        case Kind::Unknown:
            break;
        }
        return std::nullopt;
    };
    content::ValidationReport report = content::validatePaths(paths, limits, check);
    for (auto& problem : parityProblems(paths, limits))
        report.problems.push_back(std::move(problem));
    return report;
}

} // namespace tend::validation
