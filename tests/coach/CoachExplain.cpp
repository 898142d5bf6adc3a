// tend_coach_explain: for people writing or checking a coach file. Reads one text per line on stdin and prints the
// analysis with every finding (feature, pattern group, the words it matched), the scores behind the rules' verdict,
// the rules' own verdict and the learned layer's reasons.
//   tend_coach_explain [--content-dir DIR] [--locale en] [--features] < lines.txt
//   --features  also list every learned-layer feature with its weights (blame, neutral, describing, expressing)
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "../../src/core/coach/LinearModel.h"
#include "tend/coach/Coach.h"
#include "tend/coach/LearnedLayer.h"

int main(int argc, char* argv[])
{
    std::string contentDir = TEND_SOURCE_DIR "/content";
    std::string locale = "en";
    bool features = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--features") == 0)
            features = true;
        else if (std::strcmp(argv[i], "--content-dir") == 0 && i + 1 < argc)
            contentDir = argv[++i];
        else if (std::strcmp(argv[i], "--locale") == 0 && i + 1 < argc)
            locale = argv[++i];
    }
    auto coach = tend::coach::CoachContent::loadLocale(contentDir, locale);
    if (!coach) {
        std::fprintf(stderr, "%s\n", coach.error().message.c_str());
        return 1;
    }
    std::string line;
    while (std::getline(std::cin, line)) {
        auto a = tend::coach::analyze(line, *coach);
        std::printf("%s\n  %s\n  scores: blame %.1f, describe %.1f, express %.1f, ownership %.1f\n", line.c_str(),
                    tend::coach::toJsonLine(a).c_str(), a.blameScore, a.describeScore, a.expressScore,
                    a.ownershipScore);
        for (const auto& f : a.findings)
            std::printf("    %-18s %-20s \"%s\"\n", f.feature.c_str(), f.patternId.c_str(),
                        line.substr(f.begin, f.end - f.begin).c_str());
        const tend::coach::detail::LinearModel* model = coach->model();
        if (!model)
            continue;
        std::printf("  rules alone: %s\n", tend::coach::toJsonLine(analyze(line, coach->withoutModel())).c_str());
        for (const auto& r : a.reasons)
            std::printf("    because of   %-18s %-24s \"%s\"\n", r.feature.c_str(), r.patternId.c_str(),
                        line.substr(r.begin, r.end - r.begin).c_str());
        if (!features)
            continue;
        for (const auto& f : tend::coach::learnedFeatures(line, *coach)) {
            auto it = model->weights.find(tend::coach::featureBucket(f.name, model->hashBits));
            if (it != model->weights.end())
                std::printf("    %-32s %7.3f %7.3f %7.3f %7.3f\n", f.name.c_str(), static_cast<double>(it->second[0]),
                            static_cast<double>(it->second[1]), static_cast<double>(it->second[2]),
                            static_cast<double>(it->second[3]));
        }
    }
    return 0;
}
