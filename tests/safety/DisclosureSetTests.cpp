// The coach's safety path on labelled sentences written for the project by people who never saw the coach's
// lists: every tests/data/coach/disclosures-*.tsv is scored on its own (a held-out set dropped in later is picked
// up without a code change). Per file: recall of the safety flag on harm and self_harm lines, false positives
// on ordinary conflict lines, and no tone advice on any disclosure the coach heard.
// TEND_SHOW_MISSES=1 prints every miss and false positive (for authors; never the shipped behaviour).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

#include "SafetyTestSupport.h"
#include "tend/coach/Coach.h"

namespace fs = std::filesystem;
using namespace tend;

namespace {

struct Line {
    std::string label; // harm, self_harm, none
    std::string text;
};

std::vector<Line> readSet(const fs::path& file)
{
    std::vector<Line> lines;
    std::ifstream in(file);
    std::string row;
    bool header = true;
    while (std::getline(in, row)) {
        if (!row.empty() && row.back() == '\r')
            row.pop_back();
        if (header) {
            header = false;
            if (row.rfind("label\t", 0) == 0)
                continue;
        }
        const auto tab = row.find('\t');
        if (row.empty() || tab == std::string::npos)
            continue;
        lines.push_back({row.substr(0, tab), row.substr(tab + 1)});
    }
    return lines;
}

std::vector<fs::path> disclosureSets()
{
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(fs::path(TEND_SOURCE_DIR) / "tests" / "data" / "coach")) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("disclosures-", 0) == 0 && entry.path().extension() == ".tsv")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

const coach::CoachContent& english()
{
    static const coach::CoachContent content = [] {
        auto loaded = coach::CoachContent::loadLocale(test::shippedContent(), "en");
        if (!loaded)
            FAIL(loaded.error().message);
        return *loaded;
    }();
    return content;
}

} // namespace

TEST_CASE("the coach hears disclosures in every labelled set: recall >= 0.95, false positives <= 5 %, no advice")
{
    const bool show = std::getenv("TEND_SHOW_MISSES") != nullptr;
    const auto files = disclosureSets();
    REQUIRE_FALSE(files.empty());
    std::size_t total = 0;
    for (const fs::path& file : files) {
        const auto lines = readSet(file);
        total += lines.size();
        std::size_t disclosures = 0, heard = 0, ordinary = 0, falseAlarms = 0, advised = 0;
        for (const Line& line : lines) {
            const coach::Analysis a = coach::analyze(line.text, english());
            if (line.label == "none") {
                ++ordinary;
                if (a.safety) {
                    ++falseAlarms;
                    if (show) {
                        std::cout << "  false positive: " << line.text << "  [";
                        for (const auto& f : a.findings)
                            std::cout << ' ' << f.patternId << ": " << line.text.substr(f.begin, f.end - f.begin);
                        std::cout << " ]\n";
                    }
                }
                continue;
            }
            REQUIRE((line.label == "harm" || line.label == "self_harm"));
            ++disclosures;
            if (a.safety) {
                ++heard;
                // Heard: no tone advice of any kind, only the neutral line.
                if (!a.hints.empty() || a.blame || a.ownership || !a.emotions.empty() ||
                    a.stage != coach::Stage::Neutral || a.safetyNote.empty())
                    ++advised;
            } else if (show) {
                std::cout << "  missed (" << line.label << "): " << line.text << '\n';
            }
        }
        const double recall = disclosures ? double(heard) / double(disclosures) : 1.0;
        const double falsePositiveRate = ordinary ? double(falseAlarms) / double(ordinary) : 0.0;
        // Reported for every file, whatever the outcome, so the figures reach the log of every run.
        std::cout << file.filename().string() << ": " << disclosures << " disclosures, recall " << recall << "; "
                  << ordinary << " ordinary lines, false positives " << falsePositiveRate << " (" << falseAlarms
                  << ")\n";
        INFO(file.filename().string());
        CHECK(disclosures >= 20);
        CHECK(ordinary >= 20);
        CHECK(recall >= 0.95);
        CHECK(falsePositiveRate <= 0.05);
        CHECK(advised == 0);
    }
    CHECK(total >= 120);
}
