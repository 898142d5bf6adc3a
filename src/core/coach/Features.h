#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "TextPipeline.h"
#include "tend/coach/Analysis.h"
#include "tend/coach/LearnedLayer.h"

namespace tend::coach::detail {

/// The features of one text, each once, with their names packed in one string: analysing 2,000 characters makes
/// thousands of features, and one allocation per name would cost more than the rest of the analysis.
struct FeatureList {
    struct Item {
        std::uint32_t hash = 0; ///< full 32-bit FNV-1a of the name; the model's bucket is its low hashBits bits
        std::uint32_t nameBegin = 0;
        std::uint32_t nameLength = 0;
        std::size_t begin = 0; ///< the words that raised it (byte span into the text; empty for whole-text features)
        std::size_t end = 0;
    };
    std::string names;
    std::vector<Item> items;

    std::string_view name(const Item& item) const
    {
        return std::string_view(names).substr(item.nameBegin, item.nameLength);
    }
};

/// The learned layer's features of one text: words, stems, word bi- and trigrams, character 4-grams of each word,
/// the rules' hits and verdicts (`rules` is the analysis before the model speaks) and a few shape features.
/// Quoted (reported) words are skipped, as the rules skip them. Each name appears once, at its first place.
FeatureList extractFeatures(std::string_view text, const TokenizedText& tokens, const Analysis& rules);

} // namespace tend::coach::detail
