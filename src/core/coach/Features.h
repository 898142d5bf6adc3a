#pragma once

#include <string_view>
#include <vector>

#include "TextPipeline.h"
#include "tend/coach/Analysis.h"
#include "tend/coach/LearnedLayer.h"

namespace tend::coach::detail {

/// The learned layer's features of one text: words, stems, word bi- and trigrams, character 4-grams of each word,
///, the rules' hits and verdicts (`rules` is the analysis before the model speaks) and a few shape features.
/// Quoted (reported) words are skipped, as the rules skip them. Each name appears once, at its first place.
std::vector<LearnedFeature> extractFeatures(std::string_view text, const TokenizedText& tokens, const Analysis& rules);

} // namespace tend::coach::detail
