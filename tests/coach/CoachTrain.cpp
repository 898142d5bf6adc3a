// tend_coach_train: trains the coach's learned layer from tests/data/coach and writes content/coach/model.en.json
// (`make coach-model`). Reproducible: a fixed seed and a fixed order, so the same data gives the same file.
//   --out FILE        write the weights elsewhere
//   --cross-writer    print, for each corpus writer, the figures of a model trained without that writer
//   --epochs N --rate R --l2 L --min-count N --hash-bits N --average --blame-prior P --stage-prior P
//                     try other settings (the shipped ones are the defaults)
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>

#include "LabelledSet.h"
#include "ModelTrainer.h"

using namespace tend::coach;

namespace {

void printFigure(const char* name, const training::Confusion& c)
{
    std::printf("  %-12s %4d texts  blame F1 %.3f  stage macro-F1 %.3f  (neutral %.3f, describing %.3f, "
                "expressing %.3f)\n",
                name, c.examples(), c.blameF1(), c.stageMacroF1(), c.stageF1(Stage::Neutral),
                c.stageF1(Stage::Describing), c.stageF1(Stage::Expressing));
}

} // namespace

int main(int argc, char* argv[])
{
    training::TrainingOptions options;
    std::string out = (eval::contentDir() / "coach" / "model.en.json").string();
    bool crossWriter = false;
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
        else if (std::strcmp(argv[i], "--cross-writer") == 0)
            crossWriter = true;
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
            std::fprintf(stderr, "usage: tend_coach_train [--out FILE] [--cross-writer] [--epochs N] [--rate R] "
                                 "[--l2 L] [--min-count N] [--hash-bits N] [--average] [--blame-prior P] "
                                 "[--stage-prior P]\n");
            return 2;
        }
    }
    auto coach = CoachContent::loadLocale(eval::contentDir(), "en");
    auto data = training::readTrainingData(eval::dataDir());
    if (!coach || !data) {
        std::fprintf(stderr, "%s\n", (!coach ? coach.error() : data.error()).message.c_str());
        return 1;
    }
    const auto encoded = training::encode(*data, *coach, options.hashBits);
    if (crossWriter) {
        std::printf("cross-writer (train without the writer, test on the writer):\n");
        training::Confusion all;
        for (const auto& figure : training::crossWriter(encoded, options)) {
            printFigure(figure.writer.c_str(), figure.confusion);
            all.add(figure.confusion);
        }
        printFigure("all writers", all);
        return 0;
    }
    std::vector<const training::Encoded*> everything;
    for (const auto& e : encoded)
        everything.push_back(&e);
    const auto weights = training::train(everything, options);
    std::ofstream file(out, std::ios::binary | std::ios::trunc);
    file << training::toJson(weights, options, *data);
    if (!file) {
        std::fprintf(stderr, "cannot write %s\n", out.c_str());
        return 1;
    }
    std::printf("wrote %s: %zu weighted features from %zu texts\n", out.c_str(), weights.rows.size(), data->size());
    return 0;
}
