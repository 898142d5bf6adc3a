#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/common/Result.h"

namespace tend::content {

/// A reference to an earlier answer inside a guard: `card-id` or `card-id.field`.
struct GuardReference {
    std::string card;
    std::string field;      ///< empty when the reference names the answer itself
    std::size_t column = 0; ///< 1-based column of the reference in the guard text
};

/// A comparison between a reference and a literal, as written in a guard (`needs has "space"`).
/// The validator uses these to check option ids and field names.
struct GuardComparison {
    GuardReference reference;
    std::string op;         ///< "==", "!=", "<", "<=", ">", ">=", "has"
    nlohmann::json literal; ///< number, string or boolean
};

/// Where a guard that does not parse went wrong.
struct GuardSyntaxError {
    std::size_t column = 0; ///< 1-based column in the guard text (one past the end for "ended too early")
    std::string message;    ///< e.g. `expected a value after ">="`
};

/// Supplies a guard with answers: the value of `card` (field empty) or of `card.field`,
/// or nullopt when that card was not answered (skipped or not reached) or has no such field.
using GuardLookup = std::function<std::optional<nlohmann::json>(std::string_view card, std::string_view field)>;

/// A `when` guard: a tiny boolean language over earlier answers (see docs/content-format.md, "Guards").
///
///     expr       := and ("or" and)*
///     and        := unary ("and" unary)*
///     unary      := "not" unary | "(" expr ")" | comparison
///     comparison := operand [("==" | "!=" | "<" | "<=" | ">" | ">=" | "has") operand]
///     operand    := reference | number | "string" | true | false
///
/// Immutable and cheap to copy (the parsed tree is shared).
class Guard {
public:
    /// Longest guard text accepted, and deepest nesting of parentheses and `not`.
    static constexpr std::size_t kMaxLength = 2000;
    static constexpr int kMaxDepth = 32;

    /// Parses `text`. On failure the error reads "column N: <what is wrong>" and, when `detail` is given,
    /// the column and message are also written there.
    static Result<Guard> parse(std::string_view text, GuardSyntaxError* detail = nullptr);

    /// Evaluates against answers. Never throws. A comparison involving an unanswered reference, or values of
    /// different types, is false; a bare reference holds when its answer is present and not false, null,
    /// an empty string or an empty list.
    bool evaluate(const GuardLookup& lookup) const;

    /// The text as written.
    const std::string& text() const { return m_text; }
    /// Every reference, in order of appearance.
    std::vector<GuardReference> references() const;
    /// Every reference-versus-literal comparison, in order of appearance.
    std::vector<GuardComparison> comparisons() const;

    struct Node; ///< parsed tree (defined in the implementation)

private:
    Guard() = default;
    std::string m_text;
    std::shared_ptr<const Node> m_root;
};

} // namespace tend::content
