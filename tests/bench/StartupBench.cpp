// Startup benchmark: Tend against the minimal Qt Widgets program, alternating runs on the same
// platform. Measures whole-process wall time to first frame (both quit right after it) and peak RSS,
// for a first launch (the welcome) and for a returning couple (Home).
// Target: Tend <= 1.5x the minimal program on every median.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct Sample {
    double milliseconds;
    long peakKib;
};

bool runOnce(const char* binary, const std::string& dataDir, Sample& sample)
{
    const auto start = std::chrono::steady_clock::now();
    const pid_t pid = fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        setenv("TEND_EXIT_AFTER_FIRST_FRAME", "1", 1);
        setenv("TEND_DATA_DIR", dataDir.c_str(), 1);
        if (!getenv("QT_QPA_PLATFORM"))
            setenv("QT_QPA_PLATFORM", "offscreen", 1);
        execl(binary, binary, static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return false;
    const auto end = std::chrono::steady_clock::now();
    sample.milliseconds = std::chrono::duration<double, std::milli>(end - start).count();
    sample.peakKib = usage.ru_maxrss;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

struct Ratios {
    double minimalMs, tendMs, minimalMib, tendMib;
    double time() const { return tendMs / minimalMs; }
    double memory() const { return tendMib / minimalMib; }
};

/// Alternating runs of Tend (on `dataDir`) and the minimal program; medians of each.
bool measure(const std::string& dataDir, int rounds, Ratios& out)
{
    std::vector<double> tendMs, minimalMs, tendKib, minimalKib;
    // One unmeasured warm-up of each so both start from a warm page cache.
    Sample warm{};
    if (!runOnce(TEND_BINARY, dataDir, warm) || !runOnce(MINIMAL_QT_BINARY, dataDir, warm)) {
        std::fprintf(stderr, "startup bench: a program did not exit cleanly after its first frame\n");
        return false;
    }
    for (int i = 0; i < rounds; ++i) {
        Sample tend{}, minimal{};
        // Alternate the order so neither always runs second.
        const bool tendFirst = i % 2 == 0;
        bool ok = tendFirst ? runOnce(TEND_BINARY, dataDir, tend) && runOnce(MINIMAL_QT_BINARY, dataDir, minimal)
                            : runOnce(MINIMAL_QT_BINARY, dataDir, minimal) && runOnce(TEND_BINARY, dataDir, tend);
        if (!ok) {
            std::fprintf(stderr, "startup bench: run %d failed\n", i);
            return false;
        }
        tendMs.push_back(tend.milliseconds);
        minimalMs.push_back(minimal.milliseconds);
        tendKib.push_back(static_cast<double>(tend.peakKib));
        minimalKib.push_back(static_cast<double>(minimal.peakKib));
    }
    out = {median(minimalMs), median(tendMs), median(minimalKib) / 1024.0, median(tendKib) / 1024.0};
    return true;
}

std::string makeTempDir()
{
    char dirTemplate[] = "/tmp/tend-startup-XXXXXX";
    const char* made = mkdtemp(dirTemplate);
    return made ? std::string(made) : std::string();
}

} // namespace

int main(int argc, char* argv[])
{
    const int rounds = argc > 1 ? std::max(3, std::atoi(argv[1])) : 21;
    // Two first frames: a first launch (the welcome) and a returning couple's (Home). Home's first frame is the
    // same whatever the journal holds: the journal opens after it, so a set-up flag is all the folder needs.
    const std::string firstLaunch = makeTempDir();
    const std::string returning = makeTempDir();
    if (firstLaunch.empty() || returning.empty()) {
        std::perror("mkdtemp");
        return 1;
    }
    if (FILE* settings = std::fopen((returning + "/settings.ini").c_str(), "w")) {
        std::fputs("[app]\nsetupComplete=true\n", settings);
        std::fclose(settings);
    } else {
        std::perror("settings.ini");
        return 1;
    }

    Ratios welcome{}, home{};
    const bool ran = measure(firstLaunch, rounds, welcome) && measure(returning, rounds, home);
    for (const std::string& dir : {firstLaunch, returning}) {
        std::string cleanup = "rm -rf '" + dir + "'";
        if (std::system(cleanup.c_str()) != 0)
            std::fprintf(stderr, "startup bench: could not remove %s\n", dir.c_str());
    }
    if (!ran)
        return 1;

    const char* platform = getenv("QT_QPA_PLATFORM") ? getenv("QT_QPA_PLATFORM") : "offscreen";
    std::printf("\nStartup to first frame (%d alternating runs each, platform %s, medians)\n", rounds, platform);
    std::printf("  %-30s %12s %14s\n", "program", "time (ms)", "peak RSS (MiB)");
    std::printf("  %-30s %12.1f %14.1f\n", "minimal Qt (1 label)", welcome.minimalMs, welcome.minimalMib);
    std::printf("  %-30s %12.1f %14.1f\n", "Tend, first launch (welcome)", welcome.tendMs, welcome.tendMib);
    std::printf("  %-30s %12.1f %14.1f\n", "minimal Qt (1 label)", home.minimalMs, home.minimalMib);
    std::printf("  %-30s %12.1f %14.1f\n", "Tend, returning (home)", home.tendMs, home.tendMib);
    std::printf("  welcome: ratio time %.2fx, memory %.2fx  (target <= 1.50x)\n", welcome.time(), welcome.memory());
    std::printf("  home:    ratio time %.2fx, memory %.2fx  (target <= 1.50x)\n", home.time(), home.memory());
    const bool met = welcome.time() <= 1.5 && welcome.memory() <= 1.5 && home.time() <= 1.5 && home.memory() <= 1.5;
    std::printf("  startup target %s\n", met ? "met" : "MISSED");
    return met ? 0 : 1;
}
