#include "LabelledSet.h"

#include <algorithm>
#include <fstream>
#include <sstream>

namespace tend::coach::eval {

namespace {

std::vector<std::string> split(const std::string& text, char separator)
{
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, separator))
        parts.push_back(part);
    if (!text.empty() && text.back() == separator)
        parts.emplace_back();
    return parts;
}

void count(ClassScore& score, bool expected, bool actual)
{
    if (expected && actual)
        ++score.truePositive;
    else if (!expected && actual)
        ++score.falsePositive;
    else if (expected && !actual)
        ++score.falseNegative;
}

} // namespace

double ClassScore::precision() const
{
    const int predicted = truePositive + falsePositive;
    return predicted == 0 ? 0.0 : static_cast<double>(truePositive) / predicted;
}

double ClassScore::recall() const
{
    const int actual = truePositive + falseNegative;
    return actual == 0 ? 0.0 : static_cast<double>(truePositive) / actual;
}

double ClassScore::f1() const
{
    const double p = precision();
    const double r = recall();
    return p + r == 0.0 ? 0.0 : 2.0 * p * r / (p + r);
}

double Scores::stageMacroF1() const
{
    double sum = 0.0;
    for (Stage s : {Stage::Describing, Stage::Expressing, Stage::Neutral}) {
        auto it = stage.find(s);
        sum += it == stage.end() ? 0.0 : it->second.f1();
    }
    return sum / 3.0;
}

Result<std::vector<Example>> readSet(const std::filesystem::path& file)
{
    std::ifstream in(file);
    if (!in)
        return makeError("cannot open " + file.string());
    std::vector<Example> set;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (line.empty() || line[0] == '#')
            continue;
        auto fields = split(line, '\t');
        if (fields.size() < 5)
            return makeError(file.filename().string() + ":" + std::to_string(number) + ": expected 5 or 6 fields");
        Example example;
        example.line = number;
        example.text = fields[0];
        if (fields[1] != "0" && fields[1] != "1")
            return makeError(file.filename().string() + ":" + std::to_string(number) + ": blame must be 0 or 1");
        example.blame = fields[1] == "1";
        if (fields[2] == "describing")
            example.stage = Stage::Describing;
        else if (fields[2] == "expressing")
            example.stage = Stage::Expressing;
        else if (fields[2] == "neutral")
            example.stage = Stage::Neutral;
        else
            return makeError(file.filename().string() + ":" + std::to_string(number) + ": unknown stage");
        if (fields[3] != "-")
            example.emotions = split(fields[3], ',');
        example.ownership = fields[4] == "1";
        if (fields.size() > 5 && !fields[5].empty())
            example.tags = split(fields[5], ',');
        set.push_back(std::move(example));
    }
    return set;
}

Scores score(const std::vector<Example>& set, const CoachContent& coach, std::vector<Outcome>* outcomes)
{
    Scores scores;
    for (Stage s : {Stage::Describing, Stage::Expressing, Stage::Neutral})
        scores.stage[s] = ClassScore{};
    for (const Example& example : set) {
        Analysis analysis = analyze(example.text, coach);
        ++scores.examples;
        count(scores.blame, example.blame, analysis.blame);
        scores.blameCorrect += example.blame == analysis.blame;
        scores.stageCorrect += example.stage == analysis.stage;
        for (auto& [s, classScore] : scores.stage)
            count(classScore, example.stage == s, analysis.stage == s);
        count(scores.ownership, example.ownership, analysis.ownership);
        for (const auto& id : coach.emotionIds()) {
            bool expected = std::find(example.emotions.begin(), example.emotions.end(), id) != example.emotions.end();
            bool actual = std::find(analysis.emotions.begin(), analysis.emotions.end(), id) != analysis.emotions.end();
            count(scores.emotions, expected, actual);
        }
        for (const auto& tag : example.tags) {
            auto& [correct, total] = scores.tagBlameAccuracy[tag];
            correct += example.blame == analysis.blame;
            ++total;
        }
        if (outcomes)
            outcomes->push_back({&example, std::move(analysis)});
    }
    return scores;
}

std::filesystem::path dataDir()
{
    return std::filesystem::path(TEND_SOURCE_DIR) / "tests" / "data" / "coach";
}

std::filesystem::path contentDir()
{
    return std::filesystem::path(TEND_SOURCE_DIR) / "content";
}

std::vector<std::filesystem::path> tsvFiles(const std::filesystem::path& folder, const char* prefix)
{
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        if (entry.path().extension() == ".tsv" && entry.path().filename().string().rfind(prefix, 0) == 0)
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace tend::coach::eval
