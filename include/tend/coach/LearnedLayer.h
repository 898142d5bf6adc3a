#pragma once

// The coach's learned layer (docs/coach.md, "The learned layer"): a small linear model over the words, stems,
// character n-grams and rule hits of a text, trained from the labelled corpus by tend_coach_train. These functions
// are what the trainer and the tests need; the app only ever calls analyze().

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tend/coach/CoachContent.h"

namespace tend::coach {

/// One feature the learned layer reads, with the words that raised it (byte span into the text; empty for
/// whole-text features such as the length).
struct LearnedFeature {
    std::string name; ///< "w:once", "b:for once", "s:apologis", "c:<fo", "p:blame.contempt/must_be_nice", "n:words=4-8"
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// The features of `text`, each once, in the order they were found. The rule features come from `content`'s rules
/// alone (its model, if any, is not consulted), exactly as analyze() computes them before the model speaks.
std::vector<LearnedFeature> learnedFeatures(std::string_view text, const CoachContent& content);

/// Whether the disclosure model reads a feature: the words and their forms, not the rules' verdicts ("r:") nor the
/// safety patterns' own hits. A text the patterns flag never reaches the model, and its verdicts are cleared, so
/// those features would teach it that "no blame, neutral" means danger.
bool readsForSafety(std::string_view featureName);

/// Where a feature's weights live in the model: a 32-bit FNV-1a hash of its name, cut to `hashBits` bits.
std::uint32_t featureBucket(std::string_view name, int hashBits);

} // namespace tend::coach
