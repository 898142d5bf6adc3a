#include "tend/regulation/RegulationLibrary.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace tend::regulation {
namespace {

using nlohmann::json;

std::string text(const json& object, const char* key)
{
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

Result<BreathingPattern> readPattern(const json& node, const std::string& pointer)
{
    if (!node.is_object())
        return makeError(pointer + ": a pattern must be an object.");
    BreathingPattern pattern;
    pattern.id = text(node, "id");
    if (pattern.id.empty())
        return makeError(pointer + "/id: a pattern needs an id.");
    pattern.title = text(node, "title");
    pattern.description = text(node, "description");
    pattern.caution = text(node, "caution");
    if (const auto it = node.find("default_minutes"); it != node.end()) {
        if (!it->is_number_integer())
            return makeError(pointer + "/default_minutes: must be a whole number of minutes.");
        pattern.defaultMinutes = it->get<int>();
    }
    const auto phases = node.find("phases");
    if (phases == node.end() || !phases->is_array())
        return makeError(pointer + "/phases: a pattern needs a list of phases.");
    for (std::size_t i = 0; i < phases->size(); ++i) {
        const auto& item = (*phases)[i];
        const std::string at = pointer + "/phases/" + std::to_string(i);
        if (!item.is_object())
            return makeError(at + ": a phase must be an object.");
        const auto phase = parsePhase(text(item, "phase"));
        if (!phase)
            return makeError(at + "/phase: unknown phase; use inhale, inhale-top, hold, exhale or rest.");
        const auto secs = item.find("seconds");
        if (secs == item.end() || !secs->is_number())
            return makeError(at + "/seconds: a phase needs its length in seconds.");
        pattern.phases.push_back({*phase, secs->get<double>()});
    }
    return pattern;
}

Result<Practice> readPractice(const json& node, const std::string& pointer)
{
    if (!node.is_object())
        return makeError(pointer + ": a practice must be an object.");
    Practice practice;
    practice.id = text(node, "id");
    if (practice.id.empty())
        return makeError(pointer + "/id: a practice needs an id.");
    practice.title = text(node, "title");
    practice.tag = text(node, "tag");
    practice.pattern = text(node, "pattern");
    practice.evidence = text(node, "evidence");
    if (const auto it = node.find("minutes"); it != node.end()) {
        if (!it->is_number())
            return makeError(pointer + "/minutes: must be a number of minutes.");
        practice.minutes = static_cast<int>(it->get<double>() + 0.5);
    }
    if (const auto it = node.find("steps"); it != node.end()) {
        if (!it->is_array())
            return makeError(pointer + "/steps: must be a list of texts.");
        for (std::size_t i = 0; i < it->size(); ++i) {
            if (!(*it)[i].is_string())
                return makeError(pointer + "/steps/" + std::to_string(i) + ": a step must be text.");
            practice.steps.push_back((*it)[i].get<std::string>());
        }
    }
    return practice;
}

} // namespace

const BreathingPattern* RegulationLibrary::findPattern(std::string_view id) const
{
    for (const auto& pattern : patterns)
        if (pattern.id == id)
            return &pattern;
    return nullptr;
}

const Practice* RegulationLibrary::findPractice(std::string_view id) const
{
    for (const auto& practice : practices)
        if (practice.id == id)
            return &practice;
    return nullptr;
}

std::vector<const Practice*> RegulationLibrary::practicesTagged(std::string_view tag) const
{
    std::vector<const Practice*> found;
    for (const auto& practice : practices)
        if (practice.tag == tag)
            found.push_back(&practice);
    return found;
}

Result<RegulationLibrary> parseRegulationLibrary(std::string_view source)
{
    json root;
    try {
        root = json::parse(source.begin(), source.end());
    } catch (const json::parse_error& error) {
        return makeError("invalid JSON at byte " + std::to_string(error.byte) + ".");
    }
    if (!root.is_object())
        return makeError("/: the regulation library must be a JSON object.");

    RegulationLibrary library;
    if (const auto it = root.find("patterns"); it != root.end()) {
        if (!it->is_array())
            return makeError("/patterns: must be a list.");
        for (std::size_t i = 0; i < it->size(); ++i) {
            auto pattern = readPattern((*it)[i], "/patterns/" + std::to_string(i));
            if (!pattern)
                return pattern.error();
            library.patterns.push_back(std::move(pattern.value()));
        }
    }
    if (const auto it = root.find("practices"); it != root.end()) {
        if (!it->is_array())
            return makeError("/practices: must be a list.");
        for (std::size_t i = 0; i < it->size(); ++i) {
            auto practice = readPractice((*it)[i], "/practices/" + std::to_string(i));
            if (!practice)
                return practice.error();
            library.practices.push_back(std::move(practice.value()));
        }
    }
    return library;
}

Result<RegulationLibrary> loadRegulationLibrary(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return makeError(file.string() + ": cannot be opened.");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    auto parsed = parseRegulationLibrary(buffer.str());
    if (!parsed)
        return makeError(file.string() + (parsed.error().message.starts_with('/') ? ":" : ": ") +
                         parsed.error().message);
    return parsed;
}

} // namespace tend::regulation
