#include "ModelTrainer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "LabelledSet.h"
#include "tend/coach/LearnedLayer.h"

namespace tend::coach::training {

namespace {

constexpr std::size_t kOutputs = 4;

Result<Stage> stageFromName(const std::string& name)
{
    if (name == "neutral")
        return Stage::Neutral;
    if (name == "describing")
        return Stage::Describing;
    if (name == "expressing")
        return Stage::Expressing;
    return makeError("unknown stage \"" + name + "\"");
}

float rounded(double w)
{
    return static_cast<float>(std::round(w * 10000.0) / 10000.0);
}

} // namespace

Result<std::vector<TrainingExample>> readFourColumns(const std::filesystem::path& file)
{
    std::ifstream in(file);
    if (!in)
        return makeError("cannot open " + file.string());
    std::vector<TrainingExample> examples;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || (number == 1 && line.rfind("blame\t", 0) == 0))
            continue;
        const auto where = file.filename().string() + ":" + std::to_string(number) + ": ";
        std::array<std::string, 3> fields;
        std::size_t from = 0;
        for (auto& field : fields) {
            const auto tab = line.find('\t', from);
            if (tab == std::string::npos)
                return makeError(where + "expected blame, stage, ownership and text, tab-separated");
            field = line.substr(from, tab - from);
            from = tab + 1;
        }
        if (fields[0] != "0" && fields[0] != "1")
            return makeError(where + "blame must be 0 or 1");
        auto stage = stageFromName(fields[1]);
        if (!stage)
            return makeError(where + stage.error().message);
        examples.push_back({line.substr(from), fields[0] == "1", *stage, file.stem().string()});
    }
    return examples;
}

Result<std::vector<TrainingExample>> readTrainingData(const std::filesystem::path& dataDir, const std::string& locale)
{
    // English: the corpus by many hands; another language: its own writers' files, never its held-out folder.
    const std::filesystem::path folder = locale == "en" ? dataDir / "corpus" : dataDir / locale;
    std::vector<std::filesystem::path> files;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.path().extension() == ".tsv" && name.rfind("disclosures", 0) != 0)
            files.push_back(entry.path());
    }
    if (ec)
        return makeError("cannot read the labelled texts in " + folder.string() + ": " + ec.message());
    std::sort(files.begin(), files.end());
    std::vector<TrainingExample> all;
    for (const auto& file : files) {
        auto part = readFourColumns(file);
        if (!part)
            return part.error();
        if (locale != "en")
            for (auto& e : *part)
                e.source = locale + "/" + e.source;
        all.insert(all.end(), part->begin(), part->end());
    }
    if (locale != "en")
        return all;
    auto dev = eval::readSet(dataDir / "dev.txt");
    if (!dev)
        return dev.error();
    for (const auto& e : *dev)
        all.push_back({e.text, e.blame, e.stage, "dev", false});
    return all;
}

std::vector<Encoded> encode(const std::vector<TrainingExample>& examples, const CoachContent& coach, int hashBits)
{
    const CoachContent rules = coach.withoutModel();
    std::vector<Encoded> out;
    out.reserve(examples.size());
    for (const auto& example : examples) {
        Encoded e{{}, example.blame, example.stage, example.source, example.stageLabelled};
        for (const auto& feature : learnedFeatures(example.text, rules)) {
            e.buckets.push_back(featureBucket(feature.name, hashBits));
            if (feature.name == "r:blame=1")
                e.rulesBlame = true;
            else if (feature.name == "r:stage=describing")
                e.rulesStage = Stage::Describing;
            else if (feature.name == "r:stage=expressing")
                e.rulesStage = Stage::Expressing;
        }
        out.push_back(std::move(e));
    }
    return out;
}

// The rules' verdicts as a head start the weights must overcome to disagree (docs/coach.md, "The learned layer").
std::array<double, kOutputs> priors(double blamePrior, double stagePrior, const Encoded& e)
{
    std::array<double, kOutputs> z{};
    z[0] = e.rulesBlame ? blamePrior : -blamePrior;
    z[static_cast<std::size_t>(e.rulesStage) + 1] = stagePrior;
    return z;
}

Weights train(const std::vector<const Encoded*>& set, const TrainingOptions& options)
{
    const std::size_t size = std::size_t{1} << options.hashBits;
    // Features seen in too few texts would only learn those texts by heart.
    std::vector<int> seenIn(size, 0);
    for (const Encoded* e : set) {
        std::vector<std::uint32_t> unique = e->buckets;
        std::sort(unique.begin(), unique.end());
        unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
        for (auto b : unique)
            ++seenIn[b];
    }
    std::vector<double> w(size * kOutputs, 0.0);
    std::vector<double> squares(size * kOutputs, 0.0);
    std::vector<std::size_t> order(set.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::vector<double> sum(options.averageEpochs ? size * kOutputs : 0, 0.0);
    std::mt19937 random(options.seed); // mt19937's sequence is fixed by the standard; the shuffle below is ours
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[random() % i]);
        for (std::size_t index : order) {
            const Encoded& e = *set[index];
            std::array<double, kOutputs> z{}; // trained without the rules' head start: the weights stand alone
            for (auto b : e.buckets) {
                if (seenIn[b] < options.minCount)
                    continue;
                for (std::size_t k = 0; k < kOutputs; ++k)
                    z[k] += w[b * kOutputs + k];
            }
            std::array<double, kOutputs> gradient{};
            gradient[0] = 1.0 / (1.0 + std::exp(-z[0])) - (e.blame ? 1.0 : 0.0);
            const double top = std::max({z[1], z[2], z[3]});
            double total = 0.0;
            for (std::size_t k = 1; k < kOutputs; ++k)
                total += std::exp(z[k] - top);
            for (std::size_t k = 1; k < kOutputs && e.stageLabelled; ++k) {
                const double expected = static_cast<std::size_t>(e.stage) + 1 == k ? 1.0 : 0.0;
                gradient[k] = std::exp(z[k] - top) / total - expected;
            }
            for (auto b : e.buckets) {
                if (seenIn[b] < options.minCount)
                    continue;
                for (std::size_t k = 0; k < kOutputs; ++k) {
                    double& weight = w[b * kOutputs + k];
                    const double g = gradient[k] + options.l2 * weight;
                    double& square = squares[b * kOutputs + k];
                    square += g * g;
                    weight -= options.rate * g / std::sqrt(square + 1e-8);
                }
            }
        }
        for (std::size_t i = 0; i < sum.size(); ++i)
            sum[i] += w[i];
    }
    if (options.averageEpochs) { // the mean of each pass's weights: steadier than the last pass alone
        for (std::size_t i = 0; i < w.size(); ++i)
            w[i] = sum[i] / options.epochs;
    }
    Weights out;
    out.hashBits = options.hashBits;
    out.blamePrior = options.blamePrior;
    out.stagePrior = options.stagePrior;
    for (std::size_t b = 0; b < size; ++b) {
        std::array<float, 4> row{};
        bool keep = false;
        for (std::size_t k = 0; k < kOutputs; ++k) {
            row[k] = rounded(w[b * kOutputs + k]);
            keep |= std::abs(row[k]) >= options.keepAbove;
        }
        if (keep)
            out.rows.emplace(static_cast<std::uint32_t>(b), row);
    }
    return out;
}

Prediction predict(const Weights& weights, const Encoded& text)
{
    // Sums in float-to-double exactly as the app's LinearModel does with the same rows.
    std::array<double, kOutputs> sum = priors(weights.blamePrior, weights.stagePrior, text);
    for (auto b : text.buckets) {
        auto it = weights.rows.find(b);
        if (it == weights.rows.end())
            continue;
        for (std::size_t k = 0; k < kOutputs; ++k)
            sum[k] += it->second[k];
    }
    Prediction p;
    p.blame = sum[0] >= 0.0;
    p.stage = static_cast<Stage>(std::max_element(sum.begin() + 1, sum.end()) - (sum.begin() + 1));
    return p;
}

std::string toJson(const Weights& weights, const TrainingOptions& options, const std::vector<TrainingExample>& data)
{
    std::set<std::string> sources;
    for (const auto& e : data)
        sources.insert(e.source);
    std::string names;
    for (const auto& s : sources)
        names += (names.empty() ? "" : ", ") + s;
    std::ostringstream out;
    out << "{\n";
    out << "\"_\": \"Written by tend_coach_train (make coach-model); do not edit. See docs/coach.md.\",\n";
    out << "\"_data\": \"" << data.size() << " texts from " << names << "\",\n";
    out << "\"_options\": \"epochs " << options.epochs << ", rate " << options.rate << ", l2 " << options.l2
        << ", seed " << options.seed << ", minCount " << options.minCount << ", keepAbove " << options.keepAbove
        << "\",\n";
    out << "\"format\": 1,\n\"kind\": \"coach-model\",\n\"hashBits\": " << weights.hashBits << ",\n";
    out << "\"rulePrior\": {\"blame\": " << weights.blamePrior << ", \"stage\": " << weights.stagePrior << "},\n";
    out << "\"outputs\": [\"blame\", \"neutral\", \"describing\", \"expressing\"],\n";
    out << "\"weights\": [\n";
    bool first = true;
    char buffer[128];
    for (const auto& [bucket, row] : weights.rows) {
        std::snprintf(buffer, sizeof buffer, "%s[%u,%.4f,%.4f,%.4f,%.4f]", first ? "" : ",\n", bucket,
                      static_cast<double>(row[0]), static_cast<double>(row[1]), static_cast<double>(row[2]),
                      static_cast<double>(row[3]));
        out << buffer;
        first = false;
    }
    out << "\n]\n}\n";
    return out.str();
}

void Confusion::add(bool expectedBlame, bool predictedBlame, Stage expectedStage, Stage predictedStage)
{
    ++blame[expectedBlame ? 1 : 0][predictedBlame ? 1 : 0];
    ++stage[static_cast<std::size_t>(expectedStage)][static_cast<std::size_t>(predictedStage)];
}

void Confusion::add(const Confusion& other)
{
    for (std::size_t i = 0; i < 2; ++i)
        for (std::size_t j = 0; j < 2; ++j)
            blame[i][j] += other.blame[i][j];
    for (std::size_t i = 0; i < 3; ++i)
        for (std::size_t j = 0; j < 3; ++j)
            stage[i][j] += other.stage[i][j];
}

int Confusion::examples() const
{
    return blame[0][0] + blame[0][1] + blame[1][0] + blame[1][1];
}

namespace {

double f1(int tp, int fp, int fn)
{
    return tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn);
}

} // namespace

double Confusion::blameF1() const
{
    return f1(blame[1][1], blame[0][1], blame[1][0]);
}

double Confusion::stageF1(Stage s) const
{
    const auto k = static_cast<std::size_t>(s);
    int fp = 0;
    int fn = 0;
    for (std::size_t j = 0; j < 3; ++j) {
        if (j != k) {
            fp += stage[j][k];
            fn += stage[k][j];
        }
    }
    return f1(stage[k][k], fp, fn);
}

double Confusion::stageMacroF1() const
{
    return (stageF1(Stage::Neutral) + stageF1(Stage::Describing) + stageF1(Stage::Expressing)) / 3.0;
}

Confusion evaluate(const Weights& weights, const std::vector<const Encoded*>& set)
{
    Confusion c;
    for (const Encoded* e : set) {
        const Prediction p = predict(weights, *e);
        c.add(e->blame, p.blame, e->stage, p.stage);
    }
    return c;
}

std::vector<WriterFigure> crossWriter(const std::vector<Encoded>& all, const TrainingOptions& options)
{
    std::set<std::string> writers;
    for (const auto& e : all) {
        if (e.source != "dev") // the old dev set is one author's, and trains blame only
            writers.insert(e.source);
    }
    std::vector<WriterFigure> figures;
    for (const auto& writer : writers) {
        std::vector<const Encoded*> trainSet;
        std::vector<const Encoded*> testSet;
        for (const auto& e : all)
            (e.source == writer ? testSet : trainSet).push_back(&e);
        figures.push_back({writer, evaluate(train(trainSet, options), testSet)});
    }
    return figures;
}

} // namespace tend::coach::training
