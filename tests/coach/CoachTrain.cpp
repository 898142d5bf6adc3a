// tend_coach_train: trains the coach's learned layer from tests/data/coach and writes content/coach/model.en.json,
// and the disclosure model beside the safety patterns, content/coach/safety-model.en.json (`make coach-model`).
// With --locale es (or de) it trains that language's learned layer and disclosure model from tests/data/coach/<locale>
// (never its heldout/ folder) and writes content/coach/model.<locale>.json and safety-model.<locale>.json.
// Reproducible: a fixed seed and a fixed order, so the same data gives the same files.
//   --locale L        the language to train (default en)
//   --out FILE        write the weights elsewhere
//   --cross-writer    print, for each corpus writer, the figures of a model trained without that writer
//   --safety-cross-writer   the same for the disclosure model, per disclosure writer
//   --safety-test FILE      train the disclosure model on everything, score it on FILE (label<TAB>text)
//   --safety-weight W --safety-threshold T --safety-epochs N --safety-rate R --safety-l2 L
//                     try other disclosure-model settings
//   --epochs N --rate R --l2 L --min-count N --hash-bits N --average --blame-prior P --stage-prior P
//                     try other settings (the shipped ones are the defaults)
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "LabelledSet.h"
#include "ModelTrainer.h"
#include "SafetyTrainer.h"

using namespace tend::coach;

namespace {

void printFigure(const char* name, const training::Confusion& c)
{
    std::printf("  %-12s %4d texts  blame F1 %.3f  stage macro-F1 %.3f  (neutral %.3f, describing %.3f, "
                "expressing %.3f)\n",
                name, c.examples(), c.blameF1(), c.stageMacroF1(), c.stageF1(Stage::Neutral),
                c.stageF1(Stage::Describing), c.stageF1(Stage::Expressing));
}

void printSafety(const training::SafetyFigure& f)
{
    std::printf("  %-26s recall %.3f (%d/%d; patterns alone %.3f)  false positives %.3f (%d/%d; patterns alone "
                "%.3f)\n",
                f.set.c_str(), f.disclosures ? double(f.heard) / f.disclosures : 0.0, f.heard, f.disclosures,
                f.disclosures ? double(f.heardByRules) / f.disclosures : 0.0,
                f.ordinary ? double(f.alarms) / f.ordinary : 0.0, f.alarms, f.ordinary,
                f.ordinary ? double(f.alarmsByRules) / f.ordinary : 0.0);
}

void printCrossWriter(const std::vector<training::Encoded>& encoded, const training::TrainingOptions& options)
{
    std::printf("cross-writer (train without the writer, test on the writer):\n");
    training::Confusion all;
    for (const auto& figure : training::crossWriter(encoded, options)) {
        printFigure(figure.writer.c_str(), figure.confusion);
        all.add(figure.confusion);
    }
    printFigure("all writers", all);
}

std::vector<const training::Encoded*> pointersTo(const std::vector<training::Encoded>& encoded)
{
    std::vector<const training::Encoded*> out;
    for (const auto& e : encoded)
        out.push_back(&e);
    return out;
}

int writeModel(const training::Weights& weights, const training::TrainingOptions& options,
               const std::vector<training::TrainingExample>& data, const std::string& out)
{
    std::ofstream file(out, std::ios::binary | std::ios::trunc);
    file << training::toJson(weights, options, data);
    if (!file) {
        std::fprintf(stderr, "cannot write %s\n", out.c_str());
        return 1;
    }
    std::printf("wrote %s: %zu weighted features from %zu texts\n", out.c_str(), weights.rows.size(), data.size());
    return 0;
}

// Another language: its learned layer, and its disclosure model from its own disclosure sets (same settings as
// the English one).
int trainLanguage(const CoachContent& coach, const std::string& locale,
                  const std::vector<training::TrainingExample>& data, const training::TrainingOptions& options,
                  const training::SafetyTrainingOptions& safety, bool crossWriter, bool safetyCrossWriter,
                  const std::string& out)
{
    auto disclosures = training::readDisclosureTraining(eval::dataDir(), locale);
    if (!disclosures) {
        std::fprintf(stderr, "%s\n", disclosures.error().message.c_str());
        return 1;
    }
    const auto safetyEncoded = training::encodeDisclosures(*disclosures, coach, safety.hashBits);
    if (crossWriter || safetyCrossWriter) {
        if (crossWriter)
            printCrossWriter(training::encode(data, coach, options.hashBits), options);
        if (safetyCrossWriter) {
            std::printf("disclosure model, cross-writer (train without the writer, test on the writer):\n");
            for (const auto& figure : training::crossWriterSafety(safetyEncoded, safety))
                printSafety(figure);
        }
        return 0;
    }
    const auto encoded = training::encode(data, coach, options.hashBits);
    if (writeModel(training::train(pointersTo(encoded), options), options, data, out) != 0)
        return 1;
    std::vector<const training::SafetyEncoded*> all;
    for (const auto& e : safetyEncoded)
        all.push_back(&e);
    const std::string safetyOut = (eval::contentDir() / "coach" / ("safety-model." + locale + ".json")).string();
    std::ofstream safetyFile(safetyOut, std::ios::binary | std::ios::trunc);
    safetyFile << training::safetyToJson(training::trainSafety(all, safety), safety, *disclosures);
    if (!safetyFile) {
        std::fprintf(stderr, "cannot write %s\n", safetyOut.c_str());
        return 1;
    }
    std::printf("wrote %s from %zu texts\n", safetyOut.c_str(), disclosures->size());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    training::TrainingOptions options;
    std::string locale = "en";
    std::string out;
    bool crossWriter = false;
    bool safetyCrossWriter = false;
    std::vector<std::string> safetyTests;
    training::SafetyTrainingOptions safety;
    std::string safetyOut = (eval::contentDir() / "coach" / "safety-model.en.json").string();
    for (int i = 1; i < argc; ++i) {
        auto value = [&]() -> const char* {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "%s needs a value\n", argv[i]);
                std::exit(2);
            }
            return argv[++i];
        };
        if (std::strcmp(argv[i], "--out") == 0)
            out = value();
        else if (std::strcmp(argv[i], "--locale") == 0)
            locale = value();
        else if (std::strcmp(argv[i], "--cross-writer") == 0)
            crossWriter = true;
        else if (std::strcmp(argv[i], "--safety-cross-writer") == 0)
            safetyCrossWriter = true;
        else if (std::strcmp(argv[i], "--safety-test") == 0)
            safetyTests.push_back(value());
        else if (std::strcmp(argv[i], "--safety-weight") == 0)
            safety.disclosureWeight = std::atof(value());
        else if (std::strcmp(argv[i], "--safety-threshold") == 0)
            safety.threshold = std::atof(value());
        else if (std::strcmp(argv[i], "--safety-epochs") == 0)
            safety.epochs = std::atoi(value());
        else if (std::strcmp(argv[i], "--safety-rate") == 0)
            safety.rate = std::atof(value());
        else if (std::strcmp(argv[i], "--safety-l2") == 0)
            safety.l2 = std::atof(value());
        else if (std::strcmp(argv[i], "--safety-bias") == 0)
            safety.learnBias = true;
        else if (std::strcmp(argv[i], "--safety-out") == 0)
            safetyOut = value();
        else if (std::strcmp(argv[i], "--epochs") == 0)
            options.epochs = std::atoi(value());
        else if (std::strcmp(argv[i], "--rate") == 0)
            options.rate = std::atof(value());
        else if (std::strcmp(argv[i], "--l2") == 0)
            options.l2 = std::atof(value());
        else if (std::strcmp(argv[i], "--min-count") == 0)
            options.minCount = std::atoi(value());
        else if (std::strcmp(argv[i], "--average") == 0)
            options.averageEpochs = true;
        else if (std::strcmp(argv[i], "--blame-prior") == 0)
            options.blamePrior = std::atof(value());
        else if (std::strcmp(argv[i], "--stage-prior") == 0)
            options.stagePrior = std::atof(value());
        else if (std::strcmp(argv[i], "--hash-bits") == 0)
            options.hashBits = std::atoi(value());
        else {
            std::fprintf(stderr,
                         "usage: tend_coach_train [--locale L] [--out FILE] [--cross-writer] [--epochs N] [--rate R] "
                         "[--l2 L] [--min-count N] [--hash-bits N] [--average] [--blame-prior P] "
                         "[--stage-prior P]\n");
            return 2;
        }
    }
    if (out.empty())
        out = (eval::contentDir() / "coach" / ("model." + locale + ".json")).string();
    auto coach = CoachContent::loadLocale(eval::contentDir(), locale);
    auto data = training::readTrainingData(eval::dataDir(), locale);
    if (!coach || !data) {
        std::fprintf(stderr, "%s\n", (!coach ? coach.error() : data.error()).message.c_str());
        return 1;
    }
    if (locale != "en")
        return trainLanguage(*coach, locale, *data, options, safety, crossWriter, safetyCrossWriter, out);
    auto disclosures = training::readDisclosureTraining(eval::dataDir());
    if (!disclosures) {
        std::fprintf(stderr, "%s\n", disclosures.error().message.c_str());
        return 1;
    }
    const auto safetyEncoded = training::encodeDisclosures(*disclosures, *coach, safety.hashBits);
    std::vector<const training::SafetyEncoded*> allSafety;
    for (const auto& e : safetyEncoded)
        allSafety.push_back(&e);
    if (safetyCrossWriter || !safetyTests.empty()) {
        if (safetyCrossWriter) {
            std::printf("disclosure model, cross-writer (train without the writer, test on the writer):\n");
            for (const auto& figure : training::crossWriterSafety(safetyEncoded, safety))
                printSafety(figure);
        }
        const auto weights = training::trainSafety(allSafety, safety);
        for (const auto& file : safetyTests) {
            auto test = training::readDisclosureFile(file);
            if (!test) {
                std::fprintf(stderr, "%s\n", test.error().message.c_str());
                return 1;
            }
            const auto encodedTest = training::encodeDisclosures(*test, *coach, safety.hashBits);
            std::vector<const training::SafetyEncoded*> set;
            for (const auto& e : encodedTest)
                set.push_back(&e);
            printSafety(training::scoreSafety(std::filesystem::path(file).filename().string(), weights, set));
        }
        return 0;
    }
    const auto encoded = training::encode(*data, *coach, options.hashBits);
    if (crossWriter) {
        printCrossWriter(encoded, options);
        return 0;
    }
    if (writeModel(training::train(pointersTo(encoded), options), options, *data, out) != 0)
        return 1;
    const auto safetyWeights = training::trainSafety(allSafety, safety);
    std::ofstream safetyFile(safetyOut, std::ios::binary | std::ios::trunc);
    safetyFile << training::safetyToJson(safetyWeights, safety, *disclosures);
    if (!safetyFile) {
        std::fprintf(stderr, "cannot write %s\n", safetyOut.c_str());
        return 1;
    }
    std::printf("wrote %s: %zu weighted features from %zu texts\n", safetyOut.c_str(), safetyWeights.rows.size(),
                disclosures->size());
    return 0;
}
