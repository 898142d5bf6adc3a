#include "tend/validation/TranslationParity.h"

#include <algorithm>
#include <set>

#include "tend/content/Loader.h"
#include "tend/safety/SafetyValidation.h"
#include "tend/validation/ContentCheck.h"

namespace tend::validation {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Keys whose values are words for people. Everything else is structure and must match the English exactly.
const std::set<std::string, std::less<>> kWords = {
    "title", "summary", "purpose", "facilitator", "body", "note", "placeholder", "label", "confirm", "validate",
    "emotions", "speaker_prompts", "listener_prompts", "suggest_places", "description", "name", "text", "caution",
    "why", "finished", "area", "low_label", "high_label", "disclaimer", "privacy", "body_solo", "alone_question",
    "postponed_body", "help", "intro", "next_time", "inhale", "inhale-top", "hold", "exhale", "rest", "safety", "ready",
    "paused", "done", "down", "up", "same", "steadier", "away", "still_flooded", "still_low", "alternatives_intro",
    "end", "body_place", "overdue", "fallback", "audience", "evidence", "steps", "watch", "alternatives", "optional",
    // The demo couple's words (demo/stories.*.json). An "answer" may
    // also be an option id: playing the stories through the program
    // catches a translated one.
    "answer", "place", "shared", "reflected", "noticed", "correction"};

// Numbers people read (phone numbers, short codes) sit under word keys such as "text" in the help file: they stay.
bool looksLikeNumber(const std::string& text)
{
    return !text.empty() && text.find_first_not_of("0123456789 +-") == std::string::npos;
}

std::string escape(const std::string& key)
{
    std::string out;
    for (char c : key)
        out += c == '~' ? std::string("~0") : c == '/' ? std::string("~1") : std::string(1, c);
    return out;
}

std::string idOf(const json& item)
{
    if (item.is_object() && item.contains("id") && item["id"].is_string())
        return item["id"].get<std::string>();
    return {};
}

class Parity {
public:
    explicit Parity(std::string file) : m_file(std::move(file)) {}

    void compare(const json& english, const json& translated, const std::string& pointer, bool words)
    {
        if (english.type() != translated.type()) {
            add(pointer, "is a " + std::string(translated.type_name()) + " here but a " + english.type_name() +
                             " in the English original");
            return;
        }
        if (english.is_object()) {
            for (const auto& [key, value] : english.items()) {
                if (!translated.contains(key)) {
                    add(pointer, "\"" + key + "\" is missing; the English original has it");
                    continue;
                }
                compare(value, translated[key], pointer + "/" + escape(key), kWords.contains(key));
            }
            for (const auto& [key, value] : translated.items())
                if (!english.contains(key))
                    add(pointer + "/" + escape(key), "is not in the English original");
        } else if (english.is_array()) {
            if (words && english.size() != translated.size() && !english.empty() && english.front().is_string())
                return; // a list of words (places, prompts) may be as long as the language needs
            compareItems(english, translated, pointer, words);
        } else if (english.is_string()) {
            if (words && !looksLikeNumber(english.get<std::string>()))
                return;
            if (english != translated)
                add(pointer,
                    "must stay " + english.dump() + " as in the English original (it is " + translated.dump() + ")");
        } else if (english != translated) {
            add(pointer,
                "must stay " + english.dump() + " as in the English original (it is " + translated.dump() + ")");
        }
    }

    std::vector<content::Problem> take() { return std::move(m_problems); }

private:
    // Lists of things with ids (steps, cards, options) are matched by id, so one missing card is named as such
    // instead of every card after it differing.
    void compareItems(const json& english, const json& translated, const std::string& pointer, bool words)
    {
        std::vector<std::string> englishIds;
        std::vector<std::string> translatedIds;
        for (const auto& item : english)
            englishIds.push_back(idOf(item));
        for (const auto& item : translated)
            translatedIds.push_back(idOf(item));
        const bool byId = !englishIds.empty() && std::none_of(englishIds.begin(), englishIds.end(),
                                                              [](const std::string& id) { return id.empty(); });
        if (!byId || englishIds == translatedIds) {
            if (english.size() != translated.size())
                add(pointer, "has " + std::to_string(translated.size()) + " items; the English original has " +
                                 std::to_string(english.size()));
            for (std::size_t i = 0; i < std::min(english.size(), translated.size()); ++i)
                compare(english[i], translated[i], pointer + "/" + std::to_string(i), words);
            return;
        }
        const std::set<std::string> had(englishIds.begin(), englishIds.end());
        const std::set<std::string> has(translatedIds.begin(), translatedIds.end());
        bool named = false;
        for (std::size_t i = 0; i < englishIds.size(); ++i)
            if (!has.contains(englishIds[i])) {
                add(pointer + "/" + std::to_string(i),
                    "\"" + englishIds[i] + "\" is missing; the English original has it here");
                named = true;
            }
        for (std::size_t i = 0; i < translatedIds.size(); ++i)
            if (!had.contains(translatedIds[i])) {
                add(pointer + "/" + std::to_string(i), "\"" + translatedIds[i] + "\" is not in the English original");
                named = true;
            }
        if (!named)
            add(pointer, "the same items in another order; keep the English original's order");
    }

    void add(const std::string& pointer, std::string message)
    {
        m_problems.push_back({m_file, pointer, std::move(message)});
    }

    std::string m_file;
    std::vector<content::Problem> m_problems;
};

} // namespace

std::vector<content::Problem> translationParityProblems(const json& english, const json& translated,
                                                        const std::string& file)
{
    Parity parity(file);
    parity.compare(english, translated, "", false);
    auto problems = parity.take();
    // The locale is the one value that must differ; checked by the file's own validator.
    std::erase_if(problems, [](const content::Problem& p) { return p.pointer == "/locale"; });
    return problems;
}

fs::path englishOriginal(const fs::path& file)
{
    const std::string name = file.filename().string();
    const std::string stem = file.stem().string(); // "rupture-to-repair.es"
    const auto dot = stem.rfind('.');
    if (file.extension() != ".json" || dot == std::string::npos)
        return {};
    const std::string locale = stem.substr(dot + 1);
    if (locale == "en")
        return {};
    const std::string base = stem.substr(0, dot);
    // A coach file (and its models) is written for its language, not translated: its words, lists and patterns
    // are the language's own, so it has no English original to match.
    if (file.parent_path().filename() == "coach")
        return {};
    if (file.parent_path().filename() == "help" && base == "resources")
        return file.parent_path() / "resources.json";
    return file.parent_path() / (base + ".en.json");
}

std::vector<content::Problem> languageProblems(const fs::path& contentDir, const std::string& locale)
{
    std::vector<content::Problem> problems = safetyCheckProblems(contentDir, locale);
    const fs::path help = contentDir / "help" / (locale == "en" ? "resources.json" : "resources." + locale + ".json");
    auto text = content::readFileCapped(help, content::JsonLimits{}.maxBytes);
    if (!text) {
        problems.push_back(
            {help.string(), "", "there are no help resources for \"" + locale + "\": " + text.error().message});
        return problems;
    }
    auto document = content::parseJsonText(text.value());
    if (!document) {
        problems.push_back({help.string(), "", document.error().message});
        return problems;
    }
    for (auto& problem : safety::validateHelpResources(document.value(), help.string()))
        problems.push_back(std::move(problem));
    return problems;
}

} // namespace tend::validation
