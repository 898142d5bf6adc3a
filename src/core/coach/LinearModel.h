#pragma once

#include <array>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include <nlohmann/json.hpp>

#include "TextPipeline.h"
#include "tend/coach/Analysis.h"
#include "tend/common/Result.h"

namespace tend::coach::detail {

/// The learned layer's weights (content/coach/model.<locale>.json): for each hashed feature one weight for blame
/// and one per stage. A text's blame logit is the sum of its features' blame weights; its stage is the stage whose
/// summed weights are highest. Small (a few thousand features), read-only, shared by every copy of the content.
struct LinearModel {
    static constexpr std::size_t kOutputs = 4; ///< blame, then neutral, describing, expressing (Stage's order)
    int hashBits = 18;
    double blamePrior = 0.0; ///< the rules' blame verdict as a head start: +prior for blame, -prior for none
    double stagePrior = 0.0; ///< added to the logit of the stage the rules heard
    std::unordered_map<std::uint32_t, std::array<float, kOutputs>> weights;

    /// Parses and validates a model file; errors name `sourceName` and the problem.
    static Result<std::shared_ptr<const LinearModel>> parse(std::string_view jsonText, const std::string& sourceName);
};

/// Reads a coach model file (weights or disclosure model) and checks what both share: JSON, its `kind`, format 1
/// and hashBits from 8 to 24. Errors name `sourceName`, the JSON pointer and the problem.
Result<nlohmann::json> readModelDocument(std::string_view jsonText, const std::string& sourceName,
                                         std::string_view kind);

/// Lets the model decide `analysis.blame` and `analysis.stage` (nothing else) from the text, its tokens and the
/// rules' own analysis, and lists its strongest reasons in `analysis.reasons`. When the model finds no blame, the
/// rules' blame kinds and blame findings are dropped with it, so hints and underlines agree with the verdict.
void applyModel(const LinearModel& model, std::string_view text, const TokenizedText& tokens, Analysis& analysis);

} // namespace tend::coach::detail
