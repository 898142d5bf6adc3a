#pragma once
// Trains the coach's disclosure model (docs/coach.md, "The safety path"): a small linear model, beside the safety
// patterns, that flags writing which discloses harm or self-harm. Shared by the trainer (`make coach-model`), the
// test that the shipped file is reproducible and the benchmark, so all three train the same way.
#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "tend/coach/Coach.h"
#include "tend/common/Result.h"

namespace tend::coach::training {

struct DisclosureExample {
    std::string text;
    bool harm = false;
    bool selfHarm = false;
    std::string source; ///< "disclosures-dev", "writer-b", "corpus" (ordinary conflict texts, all `none`)
};

/// Reads one `label<TAB>text` file (labels harm, self_harm, none).
Result<std::vector<DisclosureExample>> readDisclosureFile(const std::filesystem::path& file);
/// The training texts. English: every tests/data/coach/disclosures-*.tsv, the independent writers' sets whose names
/// do not say "heldout", and the blame corpus (tests/data/coach/corpus/*.tsv) as ordinary `none` texts. Another
/// language: tests/data/coach/<locale>/disclosures-*.tsv and that folder's labelled texts as ordinary ones. Never a
/// held-out set.
Result<std::vector<DisclosureExample>> readDisclosureTraining(const std::filesystem::path& dataDir,
                                                              const std::string& locale = "en");

struct SafetyTrainingOptions {
    int hashBits = 18;
    int epochs = 8;
    double rate = 0.1;
    double l2 = 1e-4;
    std::uint32_t seed = 23;
    int minCount = 2;
    double disclosureWeight = 2.0; ///< a missed disclosure costs this many false alarms
    double threshold = 1.0;        ///< a kind is heard when its logit reaches this (above 0: fewer false alarms)
    double keepAbove = 0.0005;
    /// A learned bias leans on texts with little evidence (a short question would be flagged on the bias alone);
    /// without one, only words can raise a flag.
    bool learnBias = false;
};

struct SafetyEncoded {
    std::vector<std::uint32_t> buckets;
    bool harm = false;
    bool selfHarm = false;
    bool rules = false; ///< the safety patterns alone flag it
    std::string source;
};
std::vector<SafetyEncoded> encodeDisclosures(const std::vector<DisclosureExample>& examples, const CoachContent& coach,
                                             int hashBits);

struct SafetyWeights {
    int hashBits = 18;
    double threshold = 0.0;
    std::array<double, 2> bias{}; ///< harm, self_harm
    std::map<std::uint32_t, std::array<float, 2>> rows;
};
SafetyWeights trainSafety(const std::vector<const SafetyEncoded*>& set, const SafetyTrainingOptions& options);
/// What the model alone hears: harm, self_harm.
std::array<bool, 2> predictSafety(const SafetyWeights& weights, const SafetyEncoded& text);
/// The file content/coach/safety-model.<locale>.json.
std::string safetyToJson(const SafetyWeights& weights, const SafetyTrainingOptions& options,
                         const std::vector<DisclosureExample>& data);

/// Recall on disclosures and false alarms on the rest, for the patterns alone and with the model beside them.
struct SafetyFigure {
    std::string set;
    int disclosures = 0, heardByRules = 0, heard = 0;
    int ordinary = 0, alarmsByRules = 0, alarms = 0;
};
SafetyFigure scoreSafety(const std::string& name, const SafetyWeights& weights,
                         const std::vector<const SafetyEncoded*>& set);
/// For each disclosure writer (not the corpus): train on everything else, test on that writer.
std::vector<SafetyFigure> crossWriterSafety(const std::vector<SafetyEncoded>& all,
                                            const SafetyTrainingOptions& options);

} // namespace tend::coach::training
