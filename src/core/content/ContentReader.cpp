#include "ContentReader.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "tend/common/JsonPointer.h"

namespace tend::content::detail {

std::string pointerJoin(const std::string& base, std::string_view key)
{
    return base + "/" + escapeJsonPointerToken(key);
}

std::string pointerJoin(const std::string& base, std::size_t index)
{
    return base + "/" + std::to_string(index);
}

std::string describeType(const nlohmann::json& value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null:
        return "null";
    case nlohmann::json::value_t::boolean:
        return "true or false";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
    case nlohmann::json::value_t::number_float:
        return "a number";
    case nlohmann::json::value_t::string:
        return "text";
    case nlohmann::json::value_t::array:
        return "a list";
    case nlohmann::json::value_t::object:
        return "an object";
    default:
        return "something else";
    }
}

std::size_t editDistance(std::string_view a, std::string_view b, std::size_t cap)
{
    // Optimal string alignment: insertions, deletions, substitutions and swaps of neighbours cost one each.
    const std::size_t longer = std::max(a.size(), b.size());
    const std::size_t shorter = std::min(a.size(), b.size());
    if (longer - shorter > cap || longer > 64)
        return cap + 1;
    std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1, 0));
    for (std::size_t i = 0; i <= a.size(); ++i)
        d[i][0] = i;
    for (std::size_t j = 0; j <= b.size(); ++j)
        d[0][j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return std::min(d[a.size()][b.size()], cap + 1);
}

void Reader::add(const std::string& pointer, std::string message)
{
    m_problems.push_back({m_file, pointer, std::move(message)});
}

bool Reader::expectObject(const nlohmann::json& value, const std::string& at, std::string_view what)
{
    if (value.is_object())
        return true;
    add(at, std::string(what) + " must be an object, not " + describeType(value));
    return false;
}

const nlohmann::json* Reader::field(const nlohmann::json& object, std::string_view key) const
{
    if (!object.is_object())
        return nullptr;
    auto it = object.find(std::string(key));
    return it == object.end() ? nullptr : &*it;
}

std::optional<std::string> Reader::string(const nlohmann::json& object, const std::string& at, std::string_view key,
                                          Presence need)
{
    const nlohmann::json* value = field(object, key);
    if (!value) {
        if (need == Presence::Required)
            add(at, "missing the required field \"" + std::string(key) + "\"");
        return std::nullopt;
    }
    if (!value->is_string()) {
        add(pointerJoin(at, key), "\"" + std::string(key) + "\" must be text, not " + describeType(*value));
        return std::nullopt;
    }
    std::string text = value->get<std::string>();
    if (need == Presence::Required && text.empty()) {
        add(pointerJoin(at, key), "\"" + std::string(key) + "\" must not be empty");
        return std::nullopt;
    }
    return text;
}

std::optional<bool> Reader::boolean(const nlohmann::json& object, const std::string& at, std::string_view key)
{
    const nlohmann::json* value = field(object, key);
    if (!value)
        return std::nullopt;
    if (!value->is_boolean()) {
        add(pointerJoin(at, key), "\"" + std::string(key) + "\" must be true or false, not " + describeType(*value));
        return std::nullopt;
    }
    return value->get<bool>();
}

std::optional<std::int64_t> Reader::integer(const nlohmann::json& object, const std::string& at, std::string_view key,
                                            Presence need, std::int64_t min, std::int64_t max)
{
    const nlohmann::json* value = field(object, key);
    if (!value) {
        if (need == Presence::Required)
            add(at, "missing the required field \"" + std::string(key) + "\"");
        return std::nullopt;
    }
    const std::string range = " from " + std::to_string(min) + " to " + std::to_string(max);
    bool whole = value->is_number_integer();
    if (value->is_number_float()) {
        const double d = value->get<double>();
        whole = std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 1e15;
    }
    if (!value->is_number() || !whole) {
        add(pointerJoin(at, key), "\"" + std::string(key) + "\" must be a whole number" + range + ", not " +
                                      (value->is_number() ? "a fraction" : describeType(*value)));
        return std::nullopt;
    }
    std::int64_t number = 0;
    if (value->is_number_unsigned()) {
        const auto u = value->get<std::uint64_t>();
        number = u > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())
                     ? std::numeric_limits<std::int64_t>::max()
                     : static_cast<std::int64_t>(u);
    } else if (value->is_number_integer()) {
        number = value->get<std::int64_t>();
    } else {
        number = static_cast<std::int64_t>(value->get<double>());
    }
    if (number < min || number > max) {
        add(pointerJoin(at, key), "\"" + std::string(key) + "\" must be" + range);
        return std::nullopt;
    }
    return number;
}

std::optional<double> Reader::number(const nlohmann::json& object, const std::string& at, std::string_view key,
                                     Presence need, double minExclusive, double max)
{
    const nlohmann::json* value = field(object, key);
    if (!value) {
        if (need == Presence::Required)
            add(at, "missing the required field \"" + std::string(key) + "\"");
        return std::nullopt;
    }
    if (!value->is_number()) {
        add(pointerJoin(at, key), "\"" + std::string(key) + "\" must be a number, not " + describeType(*value));
        return std::nullopt;
    }
    const double number = value->get<double>();
    if (!std::isfinite(number) || number <= minExclusive || number > max) {
        auto format = [](double d) {
            std::string s = std::to_string(d);
            s.erase(s.find_last_not_of('0') + 1);
            if (!s.empty() && s.back() == '.')
                s.pop_back();
            return s;
        };
        add(pointerJoin(at, key),
            "\"" + std::string(key) + "\" must be more than " + format(minExclusive) + " and at most " + format(max));
        return std::nullopt;
    }
    return number;
}

std::optional<std::vector<std::string>> Reader::strings(const nlohmann::json& object, const std::string& at,
                                                        std::string_view key, Presence need)
{
    const nlohmann::json* list = array(object, at, key, need, false);
    if (!list)
        return std::nullopt;
    std::vector<std::string> out;
    bool ok = true;
    const std::string listAt = pointerJoin(at, key);
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& item = (*list)[i];
        if (!item.is_string()) {
            add(pointerJoin(listAt, i),
                "each entry of \"" + std::string(key) + "\" must be text, not " + describeType(item));
            ok = false;
            continue;
        }
        out.push_back(item.get<std::string>());
    }
    if (!ok)
        return std::nullopt;
    return out;
}

const nlohmann::json* Reader::array(const nlohmann::json& object, const std::string& at, std::string_view key,
                                    Presence need, bool nonEmpty)
{
    const nlohmann::json* value = field(object, key);
    if (!value) {
        if (need == Presence::Required)
            add(at, "missing the required field \"" + std::string(key) + "\"");
        return nullptr;
    }
    if (!value->is_array()) {
        add(pointerJoin(at, key), "\"" + std::string(key) + "\" must be a list, not " + describeType(*value));
        return nullptr;
    }
    if (nonEmpty && value->empty()) {
        add(pointerJoin(at, key), "\"" + std::string(key) + "\" must not be empty");
        return nullptr;
    }
    return value;
}

void Reader::checkKeys(const nlohmann::json& object, const std::string& at, const std::vector<std::string_view>& known,
                       const std::vector<std::string_view>& elsewhere, std::string_view where)
{
    if (!object.is_object())
        return;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const std::string& key = it.key();
        if (std::find(known.begin(), known.end(), key) != known.end())
            continue;
        if (std::find(elsewhere.begin(), elsewhere.end(), key) != elsewhere.end()) {
            add(pointerJoin(at, key), "\"" + key + "\" has no meaning on " + std::string(where));
            continue;
        }
        // Extra fields are allowed (the app passes them on); near-misses of a known name are almost always typos.
        std::string_view best;
        std::size_t bestDistance = 3;
        for (std::string_view candidate : known) {
            const std::size_t cap = candidate.size() <= 4 ? 1 : 2;
            const std::size_t distance = editDistance(key, candidate, cap);
            if (distance <= cap && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (!best.empty())
            add(pointerJoin(at, key), "unknown field \"" + key + "\"; did you mean \"" + std::string(best) + "\"?");
    }
}

} // namespace tend::content::detail
