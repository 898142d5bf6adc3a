#include "SafetyTrainer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

#include "LabelledSet.h"
#include "ModelTrainer.h"
#include "tend/coach/LearnedLayer.h"

namespace tend::coach::training {

namespace {

float rounded(double w)
{
    return static_cast<float>(std::round(w * 10000.0) / 10000.0);
}

} // namespace

Result<std::vector<DisclosureExample>> readDisclosureFile(const std::filesystem::path& file)
{
    std::ifstream in(file);
    if (!in)
        return makeError("cannot open " + file.string());
    std::vector<DisclosureExample> out;
    std::string line;
    int number = 0;
    while (std::getline(in, line)) {
        ++number;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || (number == 1 && line.rfind("label\t", 0) == 0))
            continue;
        const auto tab = line.find('\t');
        const std::string label = tab == std::string::npos ? "" : line.substr(0, tab);
        if (label != "harm" && label != "self_harm" && label != "none")
            return makeError(file.filename().string() + ":" + std::to_string(number) +
                             ": expected harm, self_harm or none, a tab, then the text");
        out.push_back({line.substr(tab + 1), label == "harm", label == "self_harm", file.stem().string()});
    }
    return out;
}

Result<std::vector<DisclosureExample>> readDisclosureTraining(const std::filesystem::path& dataDir,
                                                              const std::string& locale)
{
    std::vector<std::filesystem::path> files;
    auto heldOut = [](const std::filesystem::path& file) {
        return file.filename().string().find("heldout") != std::string::npos;
    };
    if (locale != "en") {
        // Another language: its own disclosure sets, and its labelled texts as ordinary lines; never its held-out
        // folder (tests/data/coach/<locale>/heldout).
        std::vector<DisclosureExample> all;
        for (const auto& file : eval::tsvFiles(dataDir / locale)) {
            const bool disclosures = file.filename().string().rfind("disclosures-", 0) == 0;
            if (disclosures) {
                auto part = readDisclosureFile(file);
                if (!part)
                    return part.error();
                all.insert(all.end(), part->begin(), part->end());
            } else {
                auto part = readFourColumns(file);
                if (!part)
                    return part.error();
                for (const auto& e : *part)
                    all.push_back({e.text, false, false, "corpus"});
            }
        }
        return all;
    }
    for (const auto& file : eval::tsvFiles(dataDir))
        if (file.filename().string().rfind("disclosures-", 0) == 0 && !heldOut(file))
            files.push_back(file);
    for (const auto& file : eval::tsvFiles(dataDir / "disclosure-independent"))
        if (!heldOut(file))
            files.push_back(file);
    std::vector<DisclosureExample> all;
    for (const auto& file : files) {
        auto part = readDisclosureFile(file);
        if (!part)
            return part.error();
        all.insert(all.end(), part->begin(), part->end());
    }
    for (const auto& file : eval::tsvFiles(dataDir / "corpus")) {
        auto part = readFourColumns(file);
        if (!part)
            return part.error();
        for (const auto& e : *part)
            all.push_back({e.text, false, false, "corpus"});
    }
    return all;
}

std::vector<SafetyEncoded> encodeDisclosures(const std::vector<DisclosureExample>& examples, const CoachContent& coach,
                                             int hashBits)
{
    const CoachContent rules = coach.withoutModel();
    std::vector<SafetyEncoded> out;
    out.reserve(examples.size());
    for (const auto& example : examples) {
        SafetyEncoded e{{}, example.harm, example.selfHarm, analyze(example.text, rules).safety, example.source};
        for (const auto& feature : learnedFeatures(example.text, rules))
            if (readsForSafety(feature.name))
                e.buckets.push_back(featureBucket(feature.name, hashBits));
        out.push_back(std::move(e));
    }
    return out;
}

SafetyWeights trainSafety(const std::vector<const SafetyEncoded*>& set, const SafetyTrainingOptions& options)
{
    const std::size_t size = std::size_t{1} << options.hashBits;
    std::vector<int> seenIn(size, 0);
    for (const SafetyEncoded* e : set) {
        std::vector<std::uint32_t> unique = e->buckets;
        std::sort(unique.begin(), unique.end());
        unique.erase(std::unique(unique.begin(), unique.end()), unique.end());
        for (auto b : unique)
            ++seenIn[b];
    }
    std::vector<double> w(size * 2, 0.0);
    std::vector<double> squares(size * 2, 0.0);
    std::array<double, 2> bias{};
    std::array<double, 2> biasSquares{};
    std::vector<std::size_t> order(set.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::mt19937 random(options.seed); // our own Fisher–Yates: the standard shuffle differs between libraries
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
        for (std::size_t i = order.size(); i > 1; --i)
            std::swap(order[i - 1], order[random() % i]);
        for (std::size_t index : order) {
            const SafetyEncoded& e = *set[index];
            std::array<double, 2> z = bias;
            for (auto b : e.buckets)
                if (seenIn[b] >= options.minCount)
                    for (std::size_t k = 0; k < 2; ++k)
                        z[k] += w[b * 2 + k];
            const std::array<bool, 2> truth = {e.harm, e.selfHarm};
            std::array<double, 2> gradient{};
            for (std::size_t k = 0; k < 2; ++k) {
                const double p = 1.0 / (1.0 + std::exp(-z[k]));
                gradient[k] = (p - (truth[k] ? 1.0 : 0.0)) * (truth[k] ? options.disclosureWeight : 1.0);
                if (options.learnBias) {
                    biasSquares[k] += gradient[k] * gradient[k];
                    bias[k] -= options.rate * gradient[k] / std::sqrt(biasSquares[k] + 1e-8);
                }
            }
            for (auto b : e.buckets) {
                if (seenIn[b] < options.minCount)
                    continue;
                for (std::size_t k = 0; k < 2; ++k) {
                    double& weight = w[b * 2 + k];
                    const double g = gradient[k] + options.l2 * weight;
                    double& square = squares[b * 2 + k];
                    square += g * g;
                    weight -= options.rate * g / std::sqrt(square + 1e-8);
                }
            }
        }
    }
    SafetyWeights out;
    out.hashBits = options.hashBits;
    out.threshold = options.threshold;
    out.bias = {rounded(bias[0]), rounded(bias[1])};
    for (std::size_t b = 0; b < size; ++b) {
        const std::array<float, 2> row = {rounded(w[b * 2]), rounded(w[b * 2 + 1])};
        if (std::abs(row[0]) >= options.keepAbove || std::abs(row[1]) >= options.keepAbove)
            out.rows.emplace(static_cast<std::uint32_t>(b), row);
    }
    return out;
}

std::array<bool, 2> predictSafety(const SafetyWeights& weights, const SafetyEncoded& text)
{
    // Summed as the app's SafetyModel sums the same rows (float weights into double sums).
    std::array<double, 2> sum = weights.bias;
    for (auto b : text.buckets) {
        auto it = weights.rows.find(b);
        if (it == weights.rows.end())
            continue;
        sum[0] += it->second[0];
        sum[1] += it->second[1];
    }
    return {sum[0] >= weights.threshold, sum[1] >= weights.threshold};
}

std::string safetyToJson(const SafetyWeights& weights, const SafetyTrainingOptions& options,
                         const std::vector<DisclosureExample>& data)
{
    std::set<std::string> sources;
    for (const auto& e : data)
        sources.insert(e.source);
    std::string names;
    for (const auto& s : sources)
        names += (names.empty() ? "" : ", ") + s;
    std::ostringstream out;
    char number[64];
    auto fixed = [&](double value) {
        std::snprintf(number, sizeof number, "%.4f", value);
        return std::string(number);
    };
    out << "{\n";
    out << "\"_\": \"Written by tend_coach_train (make coach-model); do not edit. See docs/coach.md.\",\n";
    out << "\"_data\": \"" << data.size() << " texts from " << names << "\",\n";
    out << "\"_options\": \"epochs " << options.epochs << ", rate " << options.rate << ", l2 " << options.l2
        << ", seed " << options.seed << ", minCount " << options.minCount << ", disclosureWeight "
        << options.disclosureWeight << ", keepAbove " << options.keepAbove << "\",\n";
    out << "\"format\": 1,\n\"kind\": \"coach-safety-model\",\n\"hashBits\": " << weights.hashBits << ",\n";
    out << "\"threshold\": " << fixed(weights.threshold) << ",\n";
    out << "\"bias\": [" << fixed(weights.bias[0]) << ", " << fixed(weights.bias[1]) << "],\n";
    out << "\"outputs\": [\"harm\", \"self_harm\"],\n";
    out << "\"weights\": [\n";
    bool first = true;
    char buffer[96];
    for (const auto& [bucket, row] : weights.rows) {
        std::snprintf(buffer, sizeof buffer, "%s[%u,%.4f,%.4f]", first ? "" : ",\n", bucket,
                      static_cast<double>(row[0]), static_cast<double>(row[1]));
        out << buffer;
        first = false;
    }
    out << "\n]\n}\n";
    return out.str();
}

SafetyFigure scoreSafety(const std::string& name, const SafetyWeights& weights,
                         const std::vector<const SafetyEncoded*>& set)
{
    SafetyFigure f;
    f.set = name;
    for (const SafetyEncoded* e : set) {
        const auto model = predictSafety(weights, *e);
        const bool flagged = e->rules || model[0] || model[1];
        if (e->harm || e->selfHarm) {
            ++f.disclosures;
            f.heardByRules += e->rules ? 1 : 0;
            f.heard += flagged ? 1 : 0;
        } else {
            ++f.ordinary;
            f.alarmsByRules += e->rules ? 1 : 0;
            f.alarms += flagged ? 1 : 0;
        }
    }
    return f;
}

std::vector<SafetyFigure> crossWriterSafety(const std::vector<SafetyEncoded>& all, const SafetyTrainingOptions& options)
{
    std::set<std::string> writers;
    for (const auto& e : all)
        if (e.source != "corpus")
            writers.insert(e.source);
    std::vector<SafetyFigure> figures;
    for (const auto& writer : writers) {
        std::vector<const SafetyEncoded*> trainSet;
        std::vector<const SafetyEncoded*> testSet;
        for (const auto& e : all)
            (e.source == writer ? testSet : trainSet).push_back(&e);
        figures.push_back(scoreSafety(writer, trainSafety(trainSet, options), testSet));
    }
    return figures;
}

} // namespace tend::coach::training
