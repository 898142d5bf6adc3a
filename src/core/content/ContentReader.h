#pragma once
// Internal helpers shared by the program and practices readers: typed field access that records a Problem
// (with its JSON pointer) for every missing or mistyped field instead of stopping at the first.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/content/Problem.h"

namespace tend::content::detail {

/// `base` + "/" + key, escaped per RFC 6901.
std::string pointerJoin(const std::string& base, std::string_view key);
std::string pointerJoin(const std::string& base, std::size_t index);

/// "text", "a number", "a list", ... for messages.
std::string describeType(const nlohmann::json& value);

/// Levenshtein distance, capped (returns cap + 1 when larger).
std::size_t editDistance(std::string_view a, std::string_view b, std::size_t cap);

enum class Presence { Optional, Required };

class Reader {
public:
    explicit Reader(std::string file) : m_file(std::move(file)) {}

    void add(const std::string& pointer, std::string message);
    const std::vector<Problem>& problems() const { return m_problems; }
    std::vector<Problem> takeProblems() { return std::move(m_problems); }
    const std::string& file() const { return m_file; }

    /// Requires `value` to be an object; reports `what must be an object` otherwise.
    bool expectObject(const nlohmann::json& value, const std::string& at, std::string_view what);

    const nlohmann::json* field(const nlohmann::json& object, std::string_view key) const;

    std::optional<std::string> string(const nlohmann::json& object, const std::string& at, std::string_view key,
                                      Presence need);
    std::optional<bool> boolean(const nlohmann::json& object, const std::string& at, std::string_view key);
    std::optional<std::int64_t> integer(const nlohmann::json& object, const std::string& at, std::string_view key,
                                        Presence need, std::int64_t min, std::int64_t max);
    std::optional<double> number(const nlohmann::json& object, const std::string& at, std::string_view key,
                                 Presence need, double minExclusive, double max);
    std::optional<std::vector<std::string>> strings(const nlohmann::json& object, const std::string& at,
                                                    std::string_view key, Presence need);
    /// A list field; nullptr when missing or not a list (reported). `nonEmpty` reports an empty list.
    const nlohmann::json* array(const nlohmann::json& object, const std::string& at, std::string_view key,
                                Presence need, bool nonEmpty);

    /// Reports keys of `object` that look like misspellings of `known` ("did you mean"), and keys in
    /// `elsewhere` (fields of other kinds) as meaningless here. Other keys are extras and allowed.
    void checkKeys(const nlohmann::json& object, const std::string& at, const std::vector<std::string_view>& known,
                   const std::vector<std::string_view>& elsewhere, std::string_view where);

private:
    std::string m_file;
    std::vector<Problem> m_problems;
};

} // namespace tend::content::detail
