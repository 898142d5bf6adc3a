// Startup benchmark: Tend against the minimal Qt Widgets program, alternating runs on the same
// platform. Measures whole-process wall time to first frame (both quit right after it) and peak RSS.
// Target: Tend <= 1.5x the minimal program on both medians.
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

} // namespace

int main(int argc, char* argv[])
{
    const int rounds = argc > 1 ? std::max(3, std::atoi(argv[1])) : 21;
    char dirTemplate[] = "/tmp/tend-startup-XXXXXX";
    const char* made = mkdtemp(dirTemplate);
    if (!made) {
        std::perror("mkdtemp");
        return 1;
    }
    const std::string dataDir = made;

    std::vector<double> tendMs, minimalMs, tendKib, minimalKib;
    // One unmeasured warm-up of each so both start from a warm page cache.
    Sample warm{};
    if (!runOnce(TEND_BINARY, dataDir, warm) || !runOnce(MINIMAL_QT_BINARY, dataDir, warm)) {
        std::fprintf(stderr, "startup bench: a program did not exit cleanly after its first frame\n");
        return 1;
    }
    for (int i = 0; i < rounds; ++i) {
        Sample tend{}, minimal{};
        // Alternate the order so neither always runs second.
        const bool tendFirst = i % 2 == 0;
        bool ok = tendFirst ? runOnce(TEND_BINARY, dataDir, tend) && runOnce(MINIMAL_QT_BINARY, dataDir, minimal)
                            : runOnce(MINIMAL_QT_BINARY, dataDir, minimal) && runOnce(TEND_BINARY, dataDir, tend);
        if (!ok) {
            std::fprintf(stderr, "startup bench: run %d failed\n", i);
            return 1;
        }
        tendMs.push_back(tend.milliseconds);
        minimalMs.push_back(minimal.milliseconds);
        tendKib.push_back(static_cast<double>(tend.peakKib));
        minimalKib.push_back(static_cast<double>(minimal.peakKib));
    }
    std::string cleanup = "rm -rf '" + dataDir + "'";
    if (std::system(cleanup.c_str()) != 0)
        std::fprintf(stderr, "startup bench: could not remove %s\n", dataDir.c_str());

    const double timeRatio = median(tendMs) / median(minimalMs);
    const double memoryRatio = median(tendKib) / median(minimalKib);
    const char* platform = getenv("QT_QPA_PLATFORM") ? getenv("QT_QPA_PLATFORM") : "offscreen";
    std::printf("\nStartup to first frame (%d alternating runs, platform %s, medians)\n", rounds, platform);
    std::printf("  %-22s %12s %14s\n", "program", "time (ms)", "peak RSS (MiB)");
    std::printf("  %-22s %12.1f %14.1f\n", "minimal Qt (1 label)", median(minimalMs), median(minimalKib) / 1024.0);
    std::printf("  %-22s %12.1f %14.1f\n", "Tend", median(tendMs), median(tendKib) / 1024.0);
    std::printf("  ratio time   %.2fx  (target <= 1.50x)\n", timeRatio);
    std::printf("  ratio memory %.2fx  (target <= 1.50x)\n", memoryRatio);
    const bool met = timeRatio <= 1.5 && memoryRatio <= 1.5;
    std::printf("  startup target %s\n", met ? "met" : "MISSED");
    return met ? 0 : 1;
}
