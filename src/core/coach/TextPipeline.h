#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "CompiledCoach.h"

namespace tend::coach::detail {

/// One normalised word, ready for matching.
struct Token {
    std::string text;               ///< normalised form ("you", "are", "always")
    int id = -1;                    ///< vocabulary id, -1 if the coach file never mentions this word
    const WordInfo* info = nullptr; ///< list memberships (through inflections too), null if none
    std::size_t begin = 0;          ///< byte span in the original text (expansions share their word's span)
    std::size_t end = 0;
    int sentence = 0;
    int clause = 0;
    bool quoted = false;   ///< inside reported speech: never matched
    bool scare = false;    ///< a word or two in scare quotes ("busy")
    bool negation = false; ///< a negation cue ("not", "never", ...)
    bool scopeEnd = false; ///< ends a negation's reach ("believe" in "can't believe you...")

    bool inList(int list) const { return info != nullptr && info->bits.test(static_cast<std::size_t>(list)); }
};

struct Sentence {
    int first = 0; ///< first token index
    int last = 0;  ///< one past the last token index
    bool firstPerson = false;
};

struct TokenizedText {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
    std::string locale; ///< the coach file's language, for the learned layer's stemmer
};

/// Normalises (characters, symbols, case, contractions, casual spellings, repeated letters, typos), tokenises,
/// splits sentences and clauses, and marks quotes and negation cues — all driven by the coach file.
TokenizedText tokenize(std::string_view text, const CompiledCoach& coach);

} // namespace tend::coach::detail
