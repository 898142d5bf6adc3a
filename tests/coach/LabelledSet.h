#pragma once

// The coach's labelled sets (tests/data/coach/*.txt) and the scores computed on them. Shared by the tests and the
// benchmark so both report the same figures.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "tend/coach/Coach.h"
#include "tend/common/Result.h"

namespace tend::coach::eval {

struct Example {
    std::string text;
    bool blame = false;
    Stage stage = Stage::Neutral;
    std::vector<std::string> emotions;
    bool ownership = false;
    std::vector<std::string> tags;
    int line = 0;
};

/// Reads a tab-separated set: text, blame (0/1), stage, emotions (comma list or -), ownership (0/1), tags.
Result<std::vector<Example>> readSet(const std::filesystem::path& file);

struct ClassScore {
    int truePositive = 0;
    int falsePositive = 0;
    int falseNegative = 0;
    double precision() const;
    double recall() const;
    double f1() const;
};

struct Scores {
    int examples = 0;
    ClassScore blame;                  ///< the "blame = true" class
    std::map<Stage, ClassScore> stage; ///< one-vs-rest per stage
    ClassScore ownership;              ///< the "ownership = true" class
    ClassScore emotions;               ///< micro-averaged over (example, group) pairs
    int blameCorrect = 0;
    int stageCorrect = 0;
    std::map<std::string, std::pair<int, int>> tagBlameAccuracy; ///< tag -> (correct, total)
    double stageMacroF1() const;
};

struct Outcome {
    const Example* example = nullptr;
    Analysis analysis;
};

Scores score(const std::vector<Example>& set, const CoachContent& coach, std::vector<Outcome>* outcomes = nullptr);

std::filesystem::path dataDir();
std::filesystem::path contentDir();

/// The `.tsv` files in `folder` whose names start with `prefix`, in name order (none when it cannot be read).
std::vector<std::filesystem::path> tsvFiles(const std::filesystem::path& folder, const char* prefix = "");

} // namespace tend::coach::eval
