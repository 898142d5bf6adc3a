#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "TextPipeline.h"
#include "tend/coach/Analysis.h"
#include "tend/common/Result.h"

namespace tend::coach::detail {

/// The disclosure model (content/coach/safety-model.<locale>.json): beside the safety patterns, a linear model over
/// the same features as the learned layer that hears disclosures of harm and of self-harm told in ways no pattern
/// lists. It can only add a flag, never remove one the patterns raised: the patterns are the floor.
struct SafetyModel {
    int hashBits = 18;
    double threshold = 0.0;       ///< a kind is heard when its logit reaches this
    std::array<double, 2> bias{}; ///< harm, self_harm
    std::unordered_map<std::uint32_t, std::array<float, 2>> weights;

    /// Parses and validates a model file; errors name `sourceName` and the problem.
    static Result<std::shared_ptr<const SafetyModel>> parse(std::string_view jsonText, const std::string& sourceName);
};

/// What the model hears in `text` (its tokens and the rules' own analysis): harm, self_harm.
std::array<bool, 2> hearDisclosure(const SafetyModel& model, std::string_view text, const TokenizedText& tokens,
                                   const Analysis& rules);

} // namespace tend::coach::detail
