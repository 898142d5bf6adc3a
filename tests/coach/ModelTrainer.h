#pragma once

// Trains the coach's learned layer from the labelled corpus (docs/coach.md, "The learned layer"). Shared by the
// trainer (tend_coach_train, `make coach-model`), the test that the shipped weights are reproducible, and the
// benchmark's cross-writer figures, so all three train exactly the same way.

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "tend/coach/Coach.h"
#include "tend/common/Result.h"

namespace tend::coach::training {

struct TrainingExample {
    std::string text;
    bool blame = false;
    Stage stage = Stage::Neutral;
    std::string source;        ///< the file it came from, without extension ("coach-w2", "dev")
    bool stageLabelled = true; ///< false: the label predates the corpus's stage definitions; blame only
};

/// Every training text of a language. English: the corpus files (tests/data/coach/corpus/*.tsv, columns blame,
/// stage, ownership, text) in name order, then the old dev set for blame only (its stage labels predate the corpus
/// definitions: positive feelings were neutral there). Another language: its writers' files in
/// tests/data/coach/<locale>/*.tsv (not its disclosure sets). Held-out sets and anything written after the freeze
/// are never read.
Result<std::vector<TrainingExample>> readTrainingData(const std::filesystem::path& dataDir,
                                                      const std::string& locale = "en");

/// Reads one four-column file (header `blame  stage  ownership  text`).
Result<std::vector<TrainingExample>> readFourColumns(const std::filesystem::path& file);

struct TrainingOptions {
    int hashBits = 18;
    int epochs = 6;
    double rate = 0.05;         ///< AdaGrad step
    double l2 = 1e-4;           ///< weight decay on each update
    std::uint32_t seed = 19;    ///< example order; fixed so training is reproducible
    int minCount = 2;           ///< a feature seen in fewer training texts gets no weight
    double keepAbove = 0.0005;  ///< rows whose weights are all smaller are dropped from the file
    bool averageEpochs = false; ///< write the mean of the weights after each pass instead of the last
    double blamePrior = 0.0;    ///< added to the blame logit for the rules' verdict (+ blame, - none)
    double stagePrior = 0.0;    ///< added to the logit of the stage the rules heard
};

/// A text as the model sees it: its feature buckets.
struct Encoded {
    std::vector<std::uint32_t> buckets;
    bool blame = false;
    Stage stage = Stage::Neutral;
    std::string source;
    bool stageLabelled = true;
    bool rulesBlame = false; ///< what the rules alone heard
    Stage rulesStage = Stage::Neutral;
};

/// Encodes with the rules of `coach` alone (its model, if any, is ignored).
std::vector<Encoded> encode(const std::vector<TrainingExample>& examples, const CoachContent& coach, int hashBits);

/// Weights as they are written: rounded to 4 decimals, one row of (blame, neutral, describing, expressing) a bucket.
struct Weights {
    int hashBits = 18;
    double blamePrior = 0.0;
    double stagePrior = 0.0;
    std::map<std::uint32_t, std::array<float, 4>> rows;
};

Weights train(const std::vector<const Encoded*>& set, const TrainingOptions& options);

struct Prediction {
    bool blame = false;
    Stage stage = Stage::Neutral;
};
Prediction predict(const Weights& weights, const Encoded& text);

/// The model file: options and data named in comments, rows sorted by bucket, one row a line.
std::string toJson(const Weights& weights, const TrainingOptions& options, const std::vector<TrainingExample>& data);

/// Counts of (expected, predicted): blame 2x2 and stage 3x3 in Stage order.
struct Confusion {
    std::array<std::array<int, 2>, 2> blame{};
    std::array<std::array<int, 3>, 3> stage{};
    void add(bool expectedBlame, bool predictedBlame, Stage expectedStage, Stage predictedStage);
    int examples() const;
    double blameF1() const;
    double stageF1(Stage stage) const;
    double stageMacroF1() const;
    void add(const Confusion& other);
};

Confusion evaluate(const Weights& weights, const std::vector<const Encoded*>& set);

struct WriterFigure {
    std::string writer;
    Confusion confusion;
};

/// For each corpus writer: train on everything else, test on that writer's texts.
std::vector<WriterFigure> crossWriter(const std::vector<Encoded>& all, const TrainingOptions& options);

} // namespace tend::coach::training
