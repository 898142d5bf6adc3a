#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "CompiledCoach.h"
#include "tend/common/Result.h"

namespace tend::coach::detail {

/// Resolves the names a pattern mentions. Literal words are interned (and may be refused, e.g. a form the
/// normaliser would rewrite); lists must exist.
struct PatternNames {
    std::function<Result<int>(const std::string& word)> internWord;
    std::function<int(const std::string& list)> findList; ///< -1 if unknown
};

/// Compiles one pattern of the small matching language documented in docs/coach.md:
/// `word`, `a|b`, `@list`, `(two words|one)`, `x?` (optional), `*` (any token), `*N-M` (gap), `^` (sentence start),
/// `_scarequote_` (a word in scare quotes). Fills `pattern.elements` and `pattern.anchorStart`.
Result<void> compilePattern(std::string_view text, const PatternNames& names, Pattern& pattern);

/// A pattern whose first element is optional becomes two (with and without it), recursively, because matching is
/// indexed by the first element.
Result<std::vector<Pattern>> expandLeadingOptional(Pattern pattern);

} // namespace tend::coach::detail
