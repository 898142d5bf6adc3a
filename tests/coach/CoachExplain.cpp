// tend_coach_explain: for people writing or checking a coach file. Reads one text per line on stdin and prints the
// analysis with every finding (feature, pattern group, the words it matched) and the scores behind the verdict.
//   tend_coach_explain [--content-dir DIR] [--locale en] < lines.txt
#include <cstdio>
#include <cstring>
#include <iostream>
#include <string>

#include "tend/coach/Coach.h"

int main(int argc, char* argv[])
{
    std::string contentDir = TEND_SOURCE_DIR "/content";
    std::string locale = "en";
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--content-dir") == 0)
            contentDir = argv[i + 1];
        else if (std::strcmp(argv[i], "--locale") == 0)
            locale = argv[i + 1];
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
    }
    return 0;
}
