#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace tend::coach {

/// How a feeling travels in the words (see docs/coach.md): talked *about* (describing), let *show* in the body and
/// the present moment (expressing), or no feeling talk at all (neutral).
enum class Stage { Neutral, Describing, Expressing };

/// "neutral", "describing" or "expressing" — the names used in the CLI output and the labelled sets.
std::string_view stageName(Stage stage);

/// One thing the coach noticed, located in the analysed text so a UI can underline it.
struct Finding {
    std::string feature;   ///< "blame.absolute", "express.body", "describe", "ownership", "emotion.fear", ...
    std::string patternId; ///< the pattern group (or emotion group) in the coach file that matched
    std::size_t begin = 0; ///< byte offset into the analysed UTF-8 text
    std::size_t end = 0;   ///< one past the last byte
};

/// What the coach heard in one piece of text. A plain value: cheap to copy, safe to hand to any thread.
struct Analysis {
    bool blame = false;                  ///< an accusing, absolute, contemptuous or counter-blaming line
    Stage stage = Stage::Neutral;        ///< describing / expressing / neutral
    std::vector<std::string> emotions;   ///< emotion group ids, in the coach file's order ("fear", "hurt", ...)
    bool ownership = false;              ///< the writer takes responsibility for something they did
    std::vector<std::string> hints;      ///< 0–2 short, kind suggestions (texts from the coach file)
    std::vector<std::string> hintIds;    ///< ids of those hints, same order
    std::vector<std::string> blameKinds; ///< which kinds of blame were heard ("absolute", "disguised", ...)
    std::vector<Finding> findings;       ///< every positive contribution, in text order
    /// The words that most led the learned layer to its blame and stage verdicts (at most three each; `feature` is
    /// "blame" or "stage.<name>", `patternId` the model feature). Empty without a model or for a neutral, blameless
    /// text.
    std::vector<Finding> reasons;

    /// The text may disclose harm (violence, threats, control, sexual coercion, fear of a partner) or self-harm
    /// or suicidal thoughts. Then the coach gives no tone advice at all: blame, stage, emotions, ownership and
    /// hints are left empty, and a UI shows only `safetyNote`, a neutral line pointing to "Get help now".
    bool safety = false;
    std::vector<std::string> safetyKinds; ///< "harm", "self_harm" (which were heard; never shown or logged)
    std::string safetyNote;               ///< the coach file's neutral line, set when `safety`

    double blameScore = 0.0;     ///< highest per-sentence blame score
    double describeScore = 0.0;  ///< summed describing evidence
    double expressScore = 0.0;   ///< summed expressing evidence
    double ownershipScore = 0.0; ///< highest per-sentence ownership score
    double safetyScore = 0.0;    ///< highest per-sentence safety score (harm and self-harm)
};

} // namespace tend::coach
