// tend_bench_coach: how well and how fast the language coach listens.
// Prints precision, recall and F1 for blame and for each stage (plus macro-F1) on the dev and held-out sets; the
// cross-writer figures (the learned layer trained without one corpus writer, tested on that writer); the figures
// and confusion matrices on the part written after the rules and weights were frozen
// (tests/data/coach/heldout-after-freeze/*.tsv, when it exists); the safety path's recall on every disclosure set;
// for Spanish and German, the same on each language's own writers and held-out writers (tests/data/coach/<locale>);
// and the median time to analyse 2,000 characters.
// Exits non-zero when a target is missed.
//   --errors    also list the dev examples the coach gets wrong (never the held-out ones: those are scored only)
//   --dev-only  skip the held-out sets and the cross-writer training (while working on the rules)
#include <algorithm>
#include <chrono>
#include <cstdio>
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

struct Targets {
    double blameF1;
    double stageMacroF1;
};

void printClass(const char* name, const eval::ClassScore& s)
{
    std::printf("  %-12s  P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)\n", name, s.precision(), s.recall(), s.f1(),
                s.truePositive, s.falsePositive, s.falseNegative);
}

bool report(const char* title, const eval::Scores& s, const Targets& targets)
{
    std::printf("\n%s: %d examples\n", title, s.examples);
    std::printf(" blame (accuracy %.3f)\n", static_cast<double>(s.blameCorrect) / s.examples);
    printClass("blame", s.blame);
    std::printf(" stage (accuracy %.3f)\n", static_cast<double>(s.stageCorrect) / s.examples);
    printClass("describing", s.stage.at(Stage::Describing));
    printClass("expressing", s.stage.at(Stage::Expressing));
    printClass("neutral", s.stage.at(Stage::Neutral));
    std::printf("  %-12s  F1 %.3f\n", "macro", s.stageMacroF1());
    std::printf(" also (no target)\n");
    printClass("ownership", s.ownership);
    printClass("emotions", s.emotions);
    const bool blameOk = s.blame.f1() >= targets.blameF1;
    const bool stageOk = s.stageMacroF1() >= targets.stageMacroF1;
    std::printf(" targets: blame F1 >= %.2f %s, stage macro-F1 >= %.2f %s\n", targets.blameF1,
                blameOk ? "met" : "MISSED", targets.stageMacroF1, stageOk ? "met" : "MISSED");
    return blameOk && stageOk;
}

void printTags(const eval::Scores& s)
{
    std::printf(" blame accuracy by tag:");
    int column = 0;
    for (const auto& [tag, counts] : s.tagBlameAccuracy) {
        if (column++ % 4 == 0)
            std::printf("\n  ");
        std::printf("%-16s %2d/%-3d  ", tag.c_str(), counts.first, counts.second);
    }
    std::printf("\n");
}

void printErrors(const std::vector<eval::Outcome>& outcomes)
{
    std::printf("\ndev examples the coach gets wrong:\n");
    for (const auto& o : outcomes) {
        const auto& e = *o.example;
        const bool blameWrong = e.blame != o.analysis.blame;
        const bool stageWrong = e.stage != o.analysis.stage;
        if (!blameWrong && !stageWrong)
            continue;
        std::printf("  dev:%-4d %s%s| %s\n", e.line, blameWrong ? (e.blame ? "[missed blame] " : "[false blame] ") : "",
                    stageWrong ? ("[" + std::string(stageName(e.stage)) + " heard as " +
                                  std::string(stageName(o.analysis.stage)) + "] ")
                                     .c_str()
                               : "",
                    e.text.c_str());
    }
}

void printConfusion(const training::Confusion& c)
{
    std::printf(" blame confusion (rows: labelled, columns: heard)\n");
    std::printf("  %-12s %8s %8s\n", "", "no", "blame");
    std::printf("  %-12s %8d %8d\n  %-12s %8d %8d\n", "no", c.blame[0][0], c.blame[0][1], "blame", c.blame[1][0],
                c.blame[1][1]);
    std::printf(" stage confusion (rows: labelled, columns: heard)\n");
    const char* names[] = {"neutral", "describing", "expressing"};
    std::printf("  %-12s %10s %10s %10s\n", "", names[0], names[1], names[2]);
    for (std::size_t i = 0; i < 3; ++i)
        std::printf("  %-12s %10d %10d %10d\n", names[i], c.stage[i][0], c.stage[i][1], c.stage[i][2]);
}

void printFigure(const char* name, const training::Confusion& c)
{
    std::printf("  %-12s %4d texts  blame F1 %.3f  stage macro-F1 %.3f  (neutral %.3f, describing %.3f, "
                "expressing %.3f)\n",
                name, c.examples(), c.blameF1(), c.stageMacroF1(), c.stageF1(Stage::Neutral),
                c.stageF1(Stage::Describing), c.stageF1(Stage::Expressing));
}

void reportCrossWriter(const CoachContent& coach)
{
    auto data = training::readTrainingData(eval::dataDir());
    if (!data) {
        std::printf("\ncross-writer: %s\n", data.error().message.c_str());
        return;
    }
    const training::TrainingOptions options; // the shipped settings
    const auto encoded = training::encode(*data, coach, options.hashBits);
    std::printf("\ncross-writer (learned layer trained without the writer, tested on the writer; no target):\n");
    training::Confusion all;
    for (const auto& figure : training::crossWriter(encoded, options)) {
        printFigure(figure.writer.c_str(), figure.confusion);
        all.add(figure.confusion);
    }
    printFigure("all writers", all);
}

// Texts by writers who never saw the rules or weights, scored only, never tuned on, against the targets
// blame F1 >= 0.90 and stage macro-F1 >= 0.85.
bool reportUnseen(const CoachContent& coach, const std::vector<std::filesystem::path>& files, const char* title)
{
    training::Confusion all;
    std::printf("\n%s:\n", title);
    for (const auto& file : files) {
        auto set = training::readFourColumns(file);
        if (!set) {
            std::printf("  %s\n", set.error().message.c_str());
            return false;
        }
        training::Confusion c;
        for (const auto& e : *set) {
            const Analysis a = analyze(e.text, coach);
            c.add(e.blame, a.blame, e.stage, a.stage);
        }
        printFigure(file.filename().string().c_str(), c);
        all.add(c);
    }
    printFigure("all", all);
    printConfusion(all);
    const bool blameOk = all.blameF1() >= 0.90;
    const bool stageOk = all.stageMacroF1() >= 0.85;
    std::printf(" targets: blame F1 >= 0.90 %s, stage macro-F1 >= 0.85 %s\n", blameOk ? "met" : "MISSED",
                stageOk ? "met" : "MISSED");
    return blameOk && stageOk && all.examples() > 0;
}

// The part written after the freeze by writers who never saw the rules or weights: scored only, never tuned on.
bool reportAfterFreeze(const CoachContent& coach)
{
    const auto folder = eval::dataDir() / "heldout-after-freeze";
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) {
        std::printf("\nheld-out after the freeze: not present (%s)\n", folder.string().c_str());
        return true;
    }
    return reportUnseen(coach, eval::tsvFiles(folder),
                        "held-out after the freeze (written after the weights were frozen, never tuned on)");
}

// The safety path on disclosure sets (label<TAB>text; harm, self_harm, none): recall on disclosures, false positives
// on the rest, and whether any flagged line got tone advice. The sets in disclosure-independent/ were written by
// writers who never saw the coach; they are reported, not held to a target (docs/coach.md, "The safety path").
void reportDisclosureFiles(const CoachContent& coach, const std::vector<std::filesystem::path>& files)
{
    for (const auto& file : files) {
        std::ifstream in(file);
        std::string line;
        std::getline(in, line); // header
        int disclosures = 0, heard = 0, others = 0, falseAlarms = 0, advised = 0;
        while (std::getline(in, line)) {
            const auto tab = line.find('\t');
            if (tab == std::string::npos)
                continue;
            const std::string label = line.substr(0, tab);
            const Analysis a = analyze(line.substr(tab + 1), coach);
            if (label == "none") {
                ++others;
                falseAlarms += a.safety ? 1 : 0;
            } else {
                ++disclosures;
                heard += a.safety ? 1 : 0;
                advised += (a.safety && (a.blame || !a.hints.empty())) ? 1 : 0;
            }
        }
        std::printf("  %-40s recall %.3f (%d/%d)  false positives %.3f (%d/%d)  advice on flagged %d\n",
                    file.filename().string().c_str(), disclosures ? double(heard) / disclosures : 0.0, heard,
                    disclosures, others ? double(falseAlarms) / others : 0.0, falseAlarms, others, advised);
    }
}

void reportDisclosures(const CoachContent& coach)
{
    std::vector<std::filesystem::path> files = eval::tsvFiles(eval::dataDir(), "disclosures-");
    for (const auto& file : eval::tsvFiles(eval::dataDir() / "disclosure-independent"))
        files.push_back(file);
    std::printf("\nsafety path on disclosure sets, the shipped coach (these sets train the disclosure model, so the "
                "figures that tell how it generalises are the cross-writer ones below):\n");
    reportDisclosureFiles(coach, files);
}

double medianMicros(const CoachContent& coach, const std::string& text, int runs)
{
    std::vector<double> times;
    times.reserve(static_cast<std::size_t>(runs));
    std::size_t sink = 0;
    for (int i = 0; i < runs; ++i) {
        auto start = std::chrono::steady_clock::now();
        Analysis a = analyze(text, coach);
        auto stop = std::chrono::steady_clock::now();
        sink += a.findings.size();
        times.push_back(std::chrono::duration<double, std::micro>(stop - start).count());
    }
    std::sort(times.begin(), times.end());
    if (sink == 0)
        std::printf("(no findings)\n");
    return times[times.size() / 2];
}

// Spanish and German: the learned layer's cross-writer figures on the language's own writers, its held-out
// writers (tests/data/coach/<locale>/heldout, never trained or tuned on) against the English targets, the safety
// path on each disclosure set, and the speed.
bool reportLanguage(const std::string& locale)
{
    auto coach = CoachContent::loadLocale(eval::contentDir(), locale);
    if (!coach) {
        std::printf("\n%s: %s\n", locale.c_str(), coach.error().message.c_str());
        return false;
    }
    std::printf("\n==== %s ====\n", locale.c_str());
    auto data = training::readTrainingData(eval::dataDir(), locale);
    if (data) {
        const training::TrainingOptions options;
        const auto encoded = training::encode(*data, *coach, options.hashBits);
        std::printf("cross-writer (learned layer trained without the writer, tested on the writer; no target):\n");
        training::Confusion all;
        for (const auto& figure : training::crossWriter(encoded, options)) {
            printFigure(figure.writer.c_str(), figure.confusion);
            all.add(figure.confusion);
        }
        printFigure("all writers", all);
    }
    const auto heldout = eval::dataDir() / locale / "heldout";
    const bool ok = reportUnseen(*coach, eval::tsvFiles(heldout, "writer-"),
                                 ("held-out writers, " + locale + " (never trained or tuned on)").c_str());
    std::printf("\nsafety path, %s (patterns and this language's disclosure model, which the writers' own sets "
                "train; the held-out sets never do):\n",
                locale.c_str());
    std::vector<std::filesystem::path> files = eval::tsvFiles(eval::dataDir() / locale, "disclosures-");
    for (const auto& file : eval::tsvFiles(heldout, "disclosures-"))
        files.push_back(file);
    reportDisclosureFiles(*coach, files);

    // Speed in this language: 2,000 characters of its own writers' texts.
    std::string text;
    if (data)
        for (const auto& e : *data) {
            if (text.size() >= 2000)
                break;
            text += e.text + " ";
        }
    text.resize(2000, ' ');
    const double twoThousand = medianMicros(*coach, text, 301);
    const bool fast = twoThousand < 2000.0;
    std::printf("\nspeed, %s: median %.1f us to analyse 2,000 characters (target < 2,000 us) %s\n", locale.c_str(),
                twoThousand, fast ? "met" : "MISSED");
    return ok && fast;
}

// How the disclosure model does on writers it never read: for each disclosure writer, a model trained on all the
// others, beside the patterns (docs/coach.md, "The safety path"). Reported, not held to a target.
void reportDisclosureCrossWriter(const CoachContent& coach)
{
    auto data = training::readDisclosureTraining(eval::dataDir());
    if (!data) {
        std::printf("disclosure sets: %s\n", data.error().message.c_str());
        return;
    }
    const training::SafetyTrainingOptions options;
    const auto encoded = training::encodeDisclosures(*data, coach, options.hashBits);
    std::printf("\ndisclosure model, each writer left out of training (patterns alone in brackets):\n");
    for (const auto& f : training::crossWriterSafety(encoded, options))
        std::printf("  %-20s recall %.3f (%d/%d; %.3f)  false positives %.3f (%d/%d; %.3f)\n", f.set.c_str(),
                    double(f.heard) / std::max(1, f.disclosures), f.heard, f.disclosures,
                    double(f.heardByRules) / std::max(1, f.disclosures), double(f.alarms) / std::max(1, f.ordinary),
                    f.alarms, f.ordinary, double(f.alarmsByRules) / std::max(1, f.ordinary));
}

} // namespace

int main(int argc, char* argv[])
{
    bool showErrors = false;
    bool devOnly = false;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--errors") == 0)
            showErrors = true;
        else if (std::strcmp(argv[i], "--dev-only") == 0)
            devOnly = true;
    }
    auto coach = CoachContent::loadLocale(eval::contentDir(), "en");
    if (!coach) {
        std::fprintf(stderr, "%s\n", coach.error().message.c_str());
        return 1;
    }
    auto dev = eval::readSet(eval::dataDir() / "dev.txt");
    auto heldout = eval::readSet(eval::dataDir() / "heldout.txt");
    if (!dev || !heldout) {
        std::fprintf(stderr, "%s\n", (!dev ? dev.error() : heldout.error()).message.c_str());
        return 1;
    }

    bool ok = true;
    std::printf("Tend language coach (%s)\n", coach->locale().c_str());
    std::vector<eval::Outcome> devOutcomes;
    auto devScores = eval::score(*dev, *coach, &devOutcomes);
    ok &= report("dev", devScores, {0.90, 0.80});
    printTags(devScores);
    if (!devOnly) {
        // The old held-out set keeps its old targets for the rules alone; the whole coach is held to blame F1 0.80
        // there (and stage 0.85), said openly in docs/coach.md ("Figures"): the set's hard negatives are its
        // author's, and its stage labels predate the corpus definitions.
        auto rulesScores = eval::score(*heldout, coach->withoutModel());
        ok &= report("held-out, rules alone (never tuned on)", rulesScores, {0.85, 0.75});
        auto heldScores = eval::score(*heldout, *coach);
        ok &= report("held-out, whole coach (never tuned on)", heldScores, {0.80, 0.85});
        printTags(heldScores);
        reportCrossWriter(*coach);
        ok &= reportAfterFreeze(*coach);
        reportDisclosures(*coach);
        reportDisclosureCrossWriter(*coach);
        for (const std::string locale : {"es", "de"})
            ok &= reportLanguage(locale);
    }
    if (showErrors)
        printErrors(devOutcomes);

    // Speed: 2,000 characters of ordinary writing, built from the dev sentences in file order.
    std::string text;
    for (const auto& e : *dev) {
        if (text.size() >= 2000)
            break;
        text += e.text + " ";
    }
    text.resize(2000);
    const double twoThousand = medianMicros(*coach, text, 501);
    const double oneLine = medianMicros(*coach, (*dev)[0].text, 2001);
    const bool fast = twoThousand < 2000.0;
    std::printf("\nspeed: median %.1f us to analyse 2,000 characters (target < 2,000 us) %s; one line %.1f us\n",
                twoThousand, fast ? "met" : "MISSED", oneLine);
    ok &= fast;
    std::printf("\n%s\n", ok ? "all coach targets met" : "a coach target was MISSED");
    return ok ? 0 : 1;
}
