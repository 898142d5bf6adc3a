// How long demo mode takes to get ready: seeding the sample journal (what `tend --demo` and the Demo button
// wait for) and a shared-only export of it. Prints medians; exits 1 when a target is missed.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

#include "tend/content/ContentLibrary.h"
#include "tend/demo/DemoJournal.h"
#include "tend/modes/PrivacyView.h"

namespace {

using Clock = std::chrono::steady_clock;

double medianMs(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

} // namespace

int main()
{
    constexpr int kRuns = 15;
    constexpr double kSeedTargetMs = 150.0;
    constexpr double kExportTargetMs = 50.0;

    tend::content::ContentLibrary library;
    if (!library.addFolder(std::filesystem::path(TEND_SOURCE_DIR) / "content")) {
        std::fprintf(stderr, "cannot read the content folder\n");
        return 1;
    }
    tend::demo::DemoOptions options;
    options.contentDir = std::filesystem::path(TEND_SOURCE_DIR) / "content";
    options.now = *tend::engine::parseIso("2026-11-20T18:05:00Z");

    std::vector<double> seed, exporting;
    std::size_t bytes = 0;
    for (int i = 0; i < kRuns; ++i) {
        const auto t0 = Clock::now();
        auto demo = tend::demo::openDemoJournal(library, options);
        const auto t1 = Clock::now();
        if (!demo) {
            std::fprintf(stderr, "demo failed: %s\n", demo.error().message.c_str());
            return 1;
        }
        tend::journal::exchange::ExportOptions shared;
        shared.viewer = tend::journal::Viewer::sharedOnly();
        auto text = tend::modes::exportTextFor(*demo->journal, shared);
        const auto t2 = Clock::now();
        if (!text)
            return 1;
        bytes = text->size();
        seed.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        exporting.push_back(std::chrono::duration<double, std::milli>(t2 - t1).count());
    }
    const double seedMs = medianMs(seed);
    const double exportMs = medianMs(exporting);
    std::printf("%-34s %10s %10s\n", "modes benchmark (median of 15)", "ms", "target");
    std::printf("%-34s %10.1f %10.1f\n", "seed the demo journal", seedMs, kSeedTargetMs);
    std::printf("%-34s %10.1f %10.1f\n", "shared-only export (JSON text)", exportMs, kExportTargetMs);
    std::printf("export size: %zu bytes\n", bytes);
    return seedMs <= kSeedTargetMs && exportMs <= kExportTargetMs ? 0 : 1;
}
