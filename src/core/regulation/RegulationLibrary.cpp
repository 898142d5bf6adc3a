#include "tend/regulation/RegulationLibrary.h"

#include <algorithm>
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
        // Clamped before the cast: a wild number in a file must not overflow an int.
        practice.minutes = static_cast<int>(std::clamp(it->get<double>(), 0.0, 1000.0) + 0.5);
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

namespace {

Result<std::string> readFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return makeError(file.string() + ": cannot be opened.");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

Error inFile(const std::filesystem::path& file, const Error& error)
{
    return makeError(file.string() + (error.message.starts_with('/') ? ":" : ": ") + error.message);
}

} // namespace

Result<RegulationLibrary> loadRegulationLibrary(const std::filesystem::path& file)
{
    auto source = readFile(file);
    if (!source)
        return source.error();
    auto parsed = parseRegulationLibrary(source.value());
    if (!parsed)
        return inFile(file, parsed.error());
    return parsed;
}

Result<std::vector<RebondingIdea>> parseRebondingIdeas(std::string_view source)
{
    json root;
    try {
        root = json::parse(source.begin(), source.end());
    } catch (const json::parse_error& error) {
        return makeError("invalid JSON at byte " + std::to_string(error.byte) + ".");
    }
    const auto ideas = root.is_object() ? root.find("ideas") : root.end();
    if (!root.is_object() || ideas == root.end() || !ideas->is_array())
        return makeError("/ideas: a rebonding file needs a list of ideas.");
    std::vector<RebondingIdea> out;
    for (std::size_t i = 0; i < ideas->size(); ++i) {
        const auto& node = (*ideas)[i];
        const std::string pointer = "/ideas/" + std::to_string(i);
        if (!node.is_object())
            return makeError(pointer + ": an idea must be an object.");
        RebondingIdea idea;
        idea.id = text(node, "id");
        if (idea.id.empty())
            return makeError(pointer + "/id: an idea needs an id.");
        idea.title = text(node, "title");
        idea.body = text(node, "body");
        const auto touch = node.find("touch");
        idea.touch = touch != node.end() && touch->is_boolean() && touch->get<bool>();
        out.push_back(std::move(idea));
    }
    return out;
}

Result<std::vector<RebondingIdea>> loadRebondingIdeas(const std::filesystem::path& file)
{
    auto source = readFile(file);
    if (!source)
        return source.error();
    auto parsed = parseRebondingIdeas(source.value());
    if (!parsed)
        return inFile(file, parsed.error());
    return parsed;
}

Result<RegulationContent> loadRegulationContent(const std::filesystem::path& contentDir, const std::string& locale)
{
    const auto practices = contentDir / "practices";
    RegulationContent content;
    auto library = loadRegulationLibrary(practices / ("regulation." + locale + ".json"));
    if (!library)
        return library.error();
    content.library = std::move(library.value());

    const auto textsFile = practices / ("regulation-texts." + locale + ".json");
    if (std::filesystem::exists(textsFile)) {
        auto texts = loadRegulationTexts(textsFile);
        if (!texts)
            return texts.error();
        content.texts = std::move(texts.value());
    }
    const auto ideasFile = practices / ("rebonding." + locale + ".json");
    if (std::filesystem::exists(ideasFile)) {
        auto ideas = loadRebondingIdeas(ideasFile);
        if (!ideas)
            return ideas.error();
        content.ideas = std::move(ideas.value());
    }
    return content;
}

} // namespace tend::regulation
