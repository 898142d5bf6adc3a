#include "tend/regulation/RegulationTexts.h"

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

namespace tend::regulation {
namespace {

struct DefaultText {
    std::string_view key;
    std::string_view text;
};

// The one table of built-in English texts; content/practices/regulation-texts.en.json overrides every entry.
constexpr DefaultText kDefaults[] = {
    {"phase.inhale", "Breathe in"},
    {"phase.inhale-top", "A little more"},
    {"phase.hold", "Hold gently"},
    {"phase.exhale", "Breathe out"},
    {"phase.rest", "Rest"},
    {"pacer.safety", "If you feel dizzy or tingly, stop and breathe normally."},
    {"pacer.caution", "If you have a heart or lung condition or are pregnant, keep it gentle and stop whenever you "
                      "like."},
    {"pacer.ready", "Find a comfortable way to sit. Start when you are ready."},
    {"pacer.paused", "Paused. Breathe however feels natural."},
    {"pacer.done", "Well done"},
    {"pacer.finished", "Let your breath find its own pace again."},
    {"change.down", "You came down from {before} to {after}."},
    {"change.up", "You came up from {before} to {after}."},
    {"change.same", "About the same as before — that's okay."},
    {"change.away", "Some days the body takes longer to shift. That's okay."},
    {"change.still_flooded", "Your body is still working hard. You can take more time, or pause and come back later."},
    {"change.steadier", "And your body feels steadier now."},
    {"change.still_low", "If you still feel far away, another lifting practice or a pause are both fine."},
    {"hug.title", "Re-bonding"},
    {"hug.body", "If touch feels right for you both, a slow hug for about {seconds} seconds. Let your breathing settle "
                 "together."},
    {"hug.optional", "Touch is always optional. Choose what feels good to both of you."},
    {"hug.alternatives_intro", "Other ways to reconnect:"},
    {"hug.end", "Take your time letting go."},
    {"reminder.title", "Time to come back together"},
    {"reminder.body", "You agreed to come back to your conversation now."},
    {"reminder.body_place", "You agreed to come back to your conversation now, at: {place}"},
    {"reminder.overdue", "You had agreed to come back at {time}. Whenever you are both ready, you can pick up here."},
    {"lift.title", "Lift your energy"},
    {"lift.finished", "Done. Notice how your body feels now."},
};

struct DefaultList {
    std::string_view key;
    std::string_view items[3];
};

constexpr DefaultList kDefaultLists[] = {
    {"hug.alternatives", {"Hold hands", "Say something kind", "Sit close together"}},
};

void flatten(const nlohmann::json& node, const std::string& prefix,
             std::map<std::string, std::string, std::less<>>& texts,
             std::map<std::string, std::vector<std::string>, std::less<>>& lists)
{
    for (auto it = node.begin(); it != node.end(); ++it) {
        const std::string key = prefix.empty() ? it.key() : prefix + "." + it.key();
        if (it->is_string()) {
            texts[key] = it->get<std::string>();
        } else if (it->is_object()) {
            flatten(*it, key, texts, lists);
        } else if (it->is_array()) {
            std::vector<std::string> items;
            for (const auto& item : *it)
                if (item.is_string())
                    items.push_back(item.get<std::string>());
            lists[key] = std::move(items);
        }
    }
}

} // namespace

RegulationTexts::RegulationTexts()
{
    for (const auto& entry : kDefaults)
        m_texts.emplace(std::string(entry.key), std::string(entry.text));
    for (const auto& entry : kDefaultLists) {
        std::vector<std::string> items;
        for (const auto item : entry.items)
            if (!item.empty())
                items.emplace_back(item);
        m_lists.emplace(std::string(entry.key), std::move(items));
    }
}

std::string RegulationTexts::get(std::string_view key) const
{
    const auto it = m_texts.find(key);
    return it != m_texts.end() ? it->second : std::string(key);
}

std::vector<std::string> RegulationTexts::list(std::string_view key) const
{
    const auto it = m_lists.find(key);
    return it != m_lists.end() ? it->second : std::vector<std::string>{};
}

std::string RegulationTexts::format(std::string_view key,
                                    const std::vector<std::pair<std::string, std::string>>& values) const
{
    return fillPlaceholders(get(key), values);
}

bool RegulationTexts::has(std::string_view key) const
{
    return m_texts.find(key) != m_texts.end() || m_lists.find(key) != m_lists.end();
}

std::vector<std::string> RegulationTexts::keys() const
{
    std::vector<std::string> all;
    for (const auto& [key, text] : m_texts)
        all.push_back(key);
    for (const auto& [key, items] : m_lists)
        all.push_back(key);
    return all;
}

std::vector<std::string> RegulationTexts::defaultKeys()
{
    std::vector<std::string> all;
    for (const auto& entry : kDefaults)
        all.emplace_back(entry.key);
    for (const auto& entry : kDefaultLists)
        all.emplace_back(entry.key);
    return all;
}

Result<void> RegulationTexts::merge(std::string_view source)
{
    nlohmann::json root;
    try {
        root = nlohmann::json::parse(source.begin(), source.end());
    } catch (const nlohmann::json::parse_error& error) {
        return makeError("invalid JSON at byte " + std::to_string(error.byte) + ".");
    }
    if (!root.is_object())
        return makeError("the texts file must be a JSON object.");
    root.erase("format");
    root.erase("locale");
    flatten(root, "", m_texts, m_lists);
    return {};
}

Result<RegulationTexts> loadRegulationTexts(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return makeError(file.string() + ": cannot be opened.");
    std::ostringstream buffer;
    buffer << in.rdbuf();
    RegulationTexts texts;
    if (auto merged = texts.merge(buffer.str()); !merged)
        return makeError(file.string() + ": " + merged.error().message);
    return texts;
}

std::string fillPlaceholders(std::string_view pattern, const std::vector<std::pair<std::string, std::string>>& values)
{
    std::string out;
    out.reserve(pattern.size() + 16);
    std::size_t i = 0;
    while (i < pattern.size()) {
        if (pattern[i] == '{') {
            const auto close = pattern.find('}', i + 1);
            if (close != std::string_view::npos) {
                const auto name = pattern.substr(i + 1, close - i - 1);
                bool replaced = false;
                for (const auto& [key, value] : values) {
                    if (key == name) {
                        out += value;
                        replaced = true;
                        break;
                    }
                }
                if (replaced) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += pattern[i];
        ++i;
    }
    return out;
}

} // namespace tend::regulation
