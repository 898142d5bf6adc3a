#include "tend/demo/FacilitatorNotes.h"

#include <fstream>
#include <set>

#include "tend/common/JsonPointer.h"

namespace tend::demo {
namespace {

void add(std::vector<content::Problem>& problems, const std::string& file, std::string pointer, std::string message)
{
    problems.push_back({file, std::move(pointer), std::move(message)});
}

// A required, non-empty string of at most `limit` bytes; empty when it is not.
std::string text(const nlohmann::json& object, const char* key, std::size_t limit, const std::string& file,
                 const std::string& at, std::vector<content::Problem>& problems)
{
    const std::string pointer = at + "/" + key;
    if (!object.contains(key) || !object[key].is_string()) {
        add(problems, file, pointer, std::string("\"") + key + "\" is required and must be text.");
        return {};
    }
    std::string value = object[key].get<std::string>();
    if (value.find_first_not_of(" \t\n") == std::string::npos)
        add(problems, file, pointer, std::string("\"") + key + "\" is empty.");
    else if (value.size() > limit)
        add(problems, file, pointer,
            "This note is " + std::to_string(value.size()) + " bytes; keep it under " + std::to_string(limit) +
                " so it can be read at a glance.");
    return value;
}

} // namespace

const StepNotes* FacilitatorNotes::forStep(const std::string& stepId) const
{
    for (const StepNotes& step : steps) {
        if (step.stepId == stepId)
            return &step;
    }
    return nullptr;
}

std::filesystem::path facilitatorNotesFile(const std::filesystem::path& contentDir, const std::string& programId,
                                           const std::string& locale)
{
    if (programId.empty() || programId == kNotesDefaultProgram)
        return contentDir / "presenter" / ("facilitator-notes." + locale + ".json");
    return contentDir / "presenter" / ("facilitator-notes." + programId + "." + locale + ".json");
}

std::string notesProgramFromFileName(const std::string& fileName)
{
    const std::string prefix = "facilitator-notes.";
    const std::string suffix = ".json";
    if (fileName.rfind(prefix, 0) != 0 || fileName.size() <= prefix.size() + suffix.size() ||
        fileName.compare(fileName.size() - suffix.size(), suffix.size(), suffix) != 0)
        return {};
    const std::string middle = fileName.substr(prefix.size(), fileName.size() - prefix.size() - suffix.size());
    const auto dot = middle.find('.');
    return dot == std::string::npos ? std::string(kNotesDefaultProgram) : middle.substr(0, dot);
}

FacilitatorNotes readFacilitatorNotes(const nlohmann::json& document, const std::string& file,
                                      const content::Program* program, std::vector<content::Problem>& problems)
{
    FacilitatorNotes notes;
    if (!document.is_object()) {
        add(problems, file, "", "The notes must be a JSON object.");
        return notes;
    }
    if (document.value("format", 0) != 1)
        add(problems, file, "/format", "\"format\" must be 1.");
    for (const auto& [key, value] : document.items()) {
        if (key != "format" && key != "program" && key != "locale" && key != "steps")
            add(problems, file, "/" + escapeJsonPointerToken(key), "Unknown key \"" + key + "\".");
    }
    notes.programId = text(document, "program", 200, file, "", problems);
    notes.locale = text(document, "locale", 20, file, "", problems);
    if (program && !notes.programId.empty() && notes.programId != program->id)
        add(problems, file, "/program",
            "These notes are for \"" + notes.programId + "\", not for the program \"" + program->id + "\".");
    if (!document.contains("steps") || !document["steps"].is_object() || document["steps"].empty()) {
        add(problems, file, "/steps", "\"steps\" must be an object with notes for each step.");
        return notes;
    }
    for (const auto& [stepId, step] : document["steps"].items()) {
        const std::string at = "/steps/" + escapeJsonPointerToken(stepId);
        if (!step.is_object()) {
            add(problems, file, at, "Each step's notes must be an object with \"why\" and \"watch\".");
            continue;
        }
        for (const auto& [key, value] : step.items()) {
            if (key != "why" && key != "watch")
                add(problems, file, at + "/" + escapeJsonPointerToken(key), "Unknown key \"" + key + "\".");
        }
        StepNotes entry;
        entry.stepId = stepId;
        entry.why = text(step, "why", kMaxWhyBytes, file, at, problems);
        if (!step.contains("watch") || !step["watch"].is_array() || step["watch"].empty()) {
            add(problems, file, at + "/watch", "\"watch\" must list at least one point.");
        } else {
            for (std::size_t i = 0; i < step["watch"].size(); ++i) {
                const nlohmann::json& point = step["watch"][i];
                const std::string pointer = at + "/watch/" + std::to_string(i);
                if (!point.is_string() || point.get<std::string>().find_first_not_of(" \t\n") == std::string::npos) {
                    add(problems, file, pointer, "Each point must be non-empty text.");
                    continue;
                }
                if (point.get<std::string>().size() > kMaxPointBytes)
                    add(problems, file, pointer,
                        "This point is longer than " + std::to_string(kMaxPointBytes) + " bytes; keep it short.");
                entry.watch.push_back(point.get<std::string>());
            }
        }
        if (program && !program->findStep(stepId))
            add(problems, file, at, "The program \"" + program->id + "\" has no step \"" + stepId + "\".");
        notes.steps.push_back(std::move(entry));
    }
    if (program) {
        std::vector<StepNotes> ordered;
        for (const content::Step& step : program->steps) {
            if (const StepNotes* found = notes.forStep(step.id))
                ordered.push_back(*found);
            else
                add(problems, file, "/steps", "Step \"" + step.id + "\" has no notes.");
        }
        for (const StepNotes& entry : notes.steps) {
            if (!program->findStep(entry.stepId))
                ordered.push_back(entry);
        }
        notes.steps = std::move(ordered);
    }
    return notes;
}

FacilitatorNotes loadFacilitatorNotes(const std::filesystem::path& file, const content::Program* program,
                                      std::vector<content::Problem>& problems)
{
    const std::string name = file.string();
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        add(problems, name, "", "The file could not be read.");
        return {};
    }
    const nlohmann::json document = nlohmann::json::parse(in, nullptr, false);
    if (document.is_discarded()) {
        add(problems, name, "", "The file is not valid JSON.");
        return {};
    }
    return readFacilitatorNotes(document, name, program, problems);
}

} // namespace tend::demo
