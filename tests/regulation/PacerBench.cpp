// Breathing pacer benchmark: the pacer animating slow breathing in a shown window on the offscreen platform
// for ~10 s (and the reduced-motion variant for ~5 s), on the real clock and the real frame timer.
// Reports CPU use (getrusage user+sys over wall time) and the interval between orb paints (median, p95).
// Target: CPU < 5 % of one core while animating. Exits 1 when missed.
// Usage: tend_bench_regulation [SECONDS]
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QStyleFactory>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <vector>

#include <sys/resource.h>

#include "tend/regulation/RegulationLibrary.h"
#include "ui/regulation/BreathingOrb.h"
#include "ui/regulation/BreathingPacer.h"

using namespace tend::regulation;
using namespace tend::ui::regulation;

namespace {

constexpr double kTargetCpuPercent = 5.0;

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<std::size_t>(
        std::clamp(p * static_cast<double>(values.size() - 1), 0.0, static_cast<double>(values.size() - 1)));
    return values[index];
}

// Records the time of every paint the orb receives.
class PaintClock : public QObject {
public:
    explicit PaintClock(QElapsedTimer& timer) : m_timer(timer) {}
    std::vector<double> stamps;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint)
            stamps.push_back(static_cast<double>(m_timer.nsecsElapsed()) / 1e6);
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer& m_timer;
};

struct Run {
    double tickMedianMs = 0.0;
    double tickP95Ms = 0.0;
    double tickMaxMs = 0.0;
    double cpuPercent = 0.0;
    double wallSeconds = 0.0;
    std::size_t paints = 0;
    double medianMs = 0.0;
    double p95Ms = 0.0;
    double maxMs = 0.0;
};

Run measure(const BreathingPattern& pattern, const RegulationTexts& texts, bool reduced, double seconds)
{
    BreathingPacer pacer;
    pacer.setTexts(texts);
    pacer.setPattern(pattern);
    pacer.setMinutes(10);
    pacer.setReducedMotion(reduced);
    pacer.resize(560, 680);
    pacer.show();
    QApplication::processEvents();

    QElapsedTimer wall;
    PaintClock paints(wall);
    pacer.orb()->installEventFilter(&paints);

    // Warm up for a second (first paints, font caches), then measure.
    pacer.start();
    QEventLoop warm;
    QTimer::singleShot(1000, &warm, &QEventLoop::quit);
    warm.exec();

    // The frame timer's ticks, to tell frames skipped on purpose (nothing visible changed, near the turn of a
    // breath) from late ones.
    std::vector<double> ticks;
    for (auto* timer : pacer.findChildren<QTimer*>())
        QObject::connect(timer, &QTimer::timeout, &pacer,
                         [&ticks, &wall] { ticks.push_back(static_cast<double>(wall.nsecsElapsed()) / 1e6); });
    paints.stamps.clear();
    const double cpu0 = cpuSeconds();
    wall.start();
    QEventLoop loop;
    QTimer::singleShot(static_cast<int>(seconds * 1000), &loop, &QEventLoop::quit);
    loop.exec();
    const double elapsed = static_cast<double>(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    pacer.stop();

    std::vector<double> gaps;
    for (std::size_t i = 1; i < paints.stamps.size(); ++i)
        gaps.push_back(paints.stamps[i] - paints.stamps[i - 1]);
    std::vector<double> tickGaps;
    for (std::size_t i = 1; i < ticks.size(); ++i)
        tickGaps.push_back(ticks[i] - ticks[i - 1]);
    Run run;
    run.tickMedianMs = percentile(tickGaps, 0.5);
    run.tickP95Ms = percentile(tickGaps, 0.95);
    run.tickMaxMs = tickGaps.empty() ? 0.0 : *std::max_element(tickGaps.begin(), tickGaps.end());
    run.cpuPercent = 100.0 * cpu / elapsed;
    run.wallSeconds = elapsed;
    run.paints = paints.stamps.size();
    run.medianMs = percentile(gaps, 0.5);
    run.p95Ms = percentile(gaps, 0.95);
    run.maxMs = gaps.empty() ? 0.0 : *std::max_element(gaps.begin(), gaps.end());
    return run;
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const double seconds = argc > 1 ? std::max(2.0, std::atof(argv[1])) : 10.0;

    auto content = loadRegulationContent(std::filesystem::path(TEND_SOURCE_DIR) / "content");
    if (!content) {
        std::fprintf(stderr, "regulation bench: %s\n", content.error().message.c_str());
        return 1;
    }
    const BreathingPattern* pattern = content->library.findPattern("slow-six");
    if (!pattern && !content->library.patterns.empty())
        pattern = &content->library.patterns.front();
    if (!pattern) {
        std::fprintf(stderr, "regulation bench: no breathing pattern in the content\n");
        return 1;
    }

    const Run normal = measure(*pattern, content->texts, false, seconds);
    const Run reduced = measure(*pattern, content->texts, true, seconds / 2);

    std::printf("Breathing pacer (%s, 560x680, offscreen), target CPU < %.1f %% of one core\n", pattern->id.c_str(),
                kTargetCpuPercent);
    std::printf("%-15s %6s %6s %6s | paint gap ms: %6s %6s %6s | timer tick ms: %6s %6s %6s\n", "variant", "wall s",
                "CPU %", "paints", "median", "p95", "max", "median", "p95", "max");
    for (const auto& [name, run] : {std::pair{"animated", normal}, std::pair{"reduced motion", reduced}})
        std::printf("%-15s %6.1f %6.2f %6zu | %20.1f %6.1f %6.1f | %21.1f %6.1f %6.1f\n", name, run.wallSeconds,
                    run.cpuPercent, run.paints, run.medianMs, run.p95Ms, run.maxMs, run.tickMedianMs, run.tickP95Ms,
                    run.tickMaxMs);
    std::printf("(a paint is skipped on purpose when nothing visible changed, e.g. at the turn of a breath)\n");

    bool ok = true;
    if (normal.cpuPercent >= kTargetCpuPercent || reduced.cpuPercent >= kTargetCpuPercent) {
        std::printf("FAIL: the pacer used %.2f %% (animated) / %.2f %% (reduced motion) of one core\n",
                    normal.cpuPercent, reduced.cpuPercent);
        ok = false;
    }
    if (normal.paints < static_cast<std::size_t>(seconds * 20)) {
        std::printf("FAIL: only %zu paints in %.1f s: the animation is not running smoothly\n", normal.paints,
                    normal.wallSeconds);
        ok = false;
    }
    std::printf(ok ? "PASS\n" : "");
    return ok ? 0 : 1;
}
