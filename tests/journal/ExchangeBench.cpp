// tend_bench_exchange: peak memory (getrusage of the child) and throughput of `tend import` into an empty folder
// and `tend export --out` of the same journal, for 3,000 sessions (~72 MB of export) and for a ~200 MB export, run
// as the real binary; and the sqlite3 command-line tool reading the same rows, for scale.
// Targets at 200 MB: export peak <= 100 MB and import peak <= 150 MB (both stream; see docs/journal-format.md,
// "Reliability: the test matrix and figures"). Non-zero exit if either is missed. TEND_BENCH_QUICK=1 runs the
// 3,000-session case only.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "tend/journal/Exchange.h"
#include "tend/journal/Journal.h"

using namespace tend::journal;
namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

struct Measured {
    int exitCode = -1;
    double seconds = 0;
    double peakMiB = 0;
};

// Runs `argv` with stdout and stderr to /dev/null; its own peak resident memory from wait4.
Measured runChild(const std::vector<std::string>& argv)
{
    std::vector<char*> args;
    for (const std::string& a : argv)
        args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    const auto started = Clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(null, 1);
        ::dup2(null, 2);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    Measured m;
    m.seconds = std::chrono::duration<double>(Clock::now() - started).count();
    m.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    m.peakMiB = static_cast<double>(usage.ru_maxrss) / 1024.0;
    return m;
}

// An export of one couple with `sessions` sessions of 24 answers of ~1 KB each (seeded text).
std::uintmax_t writeExport(const fs::path& file, int sessions)
{
    auto journal = Journal::openInMemory();
    if (!journal) {
        std::cerr << journal.error().message << '\n';
        std::exit(2);
    }
    Journal& j = **journal;
    std::mt19937 random(20261207);
    const char* words[] = {"felt",    "you",      "dinner", "tired", "heard", "again",  "because",
                           "we",      "plans",    "sorry",  "chest", "tight", "listen", "late",
                           "kitchen", "relieved", "work",   "phone", "angry", "calm"};
    (void)j.transaction([&]() -> tend::Result<void> {
        Couple c;
        c.name = "Bench";
        if (auto r = j.addCouple(c); !r)
            return r;
        Partner a;
        a.coupleId = c.id;
        a.displayName = "Sam";
        a.position = 0;
        if (auto r = j.addPartner(a); !r)
            return r;
        for (int s = 0; s < sessions; ++s) {
            Session session;
            session.coupleId = c.id;
            session.programId = "rupture-to-repair";
            session.programVersion = "1.0.0";
            if (auto r = j.addSession(session); !r)
                return r;
            for (int e = 0; e < 24; ++e) {
                std::string text;
                while (text.size() < 950)
                    text += std::string(words[random() % 20]) + " ";
                Entry entry;
                entry.sessionId = session.id;
                entry.partnerId = a.id;
                entry.step = "acknowledge";
                entry.card = "card-" + std::to_string(e);
                entry.payload = nlohmann::json{{"text", text}}.dump();
                if (auto r = j.saveEntry(entry); !r)
                    return r;
            }
        }
        return {};
    });
    std::ofstream out(file, std::ios::binary);
    auto written = exchange::exportJsonTo(j, {}, [&](std::string_view piece) -> tend::Result<void> {
        out.write(piece.data(), static_cast<std::streamsize>(piece.size()));
        return {};
    });
    out.close();
    return fs::file_size(file);
}

void row(const std::string& what, const Measured& m, double mib, double beforeMiB)
{
    std::printf("  %-28s %7.1f MiB peak  %6.2f s  %7.1f MiB/s   (exit %d)", what.c_str(), m.peakMiB, m.seconds,
                m.seconds > 0 ? mib / m.seconds : 0.0, m.exitCode);
    if (beforeMiB > 0)
        std::printf("   before: %.0f MB peak", beforeMiB);
    std::printf("\n");
}

} // namespace

int main()
{
    const fs::path root = fs::temp_directory_path() / ("tend-bench-exchange-" + std::to_string(::getpid()));
    fs::create_directories(root);
    const bool quick = std::getenv("TEND_BENCH_QUICK") != nullptr;
    struct Case {
        const char* name;
        int sessions;
        double importBefore;
        double exportBefore;
    };
    // "before": the figures measured before import and export streamed (the attack report, 2026-12-06).
    std::vector<Case> cases = {{"3,000 sessions", 3000, 342, 0}, {"~200 MB export", 8300, 912, 988}};
    if (quick)
        cases.resize(1);
    bool missed = false;
    const bool haveSqlite = fs::exists("/usr/bin/sqlite3");
    for (const Case& c : cases) {
        const fs::path dir = root / ("case-" + std::to_string(c.sessions));
        const fs::path file = dir / "export.json";
        fs::create_directories(dir);
        const double mib = static_cast<double>(writeExport(file, c.sessions)) / (1024.0 * 1024.0);
        std::printf("%s: export file %.1f MiB\n", c.name, mib);
        const Measured imported =
            runChild({TEND_BINARY, "--data-dir", (dir / "data").string(), "import", file.string()});
        row("tend import (new folder)", imported, mib, c.importBefore);
        const Measured exported = runChild(
            {TEND_BINARY, "--data-dir", (dir / "data").string(), "export", "--out", (dir / "again.json").string()});
        row("tend export --out", exported, mib, c.exportBefore);
        if (haveSqlite) {
            const Measured sqlite = runChild({"/usr/bin/sqlite3", (dir / "data" / "tend.db").string(),
                                              "SELECT * FROM sessions; SELECT * FROM entries;"});
            row("sqlite3 reading the rows", sqlite, mib, 0);
        }
        if (imported.exitCode != 0 || exported.exitCode != 0) {
            std::printf("  FAILED: a command did not succeed\n");
            missed = true;
        }
        if (c.sessions > 3000) {
            const bool exportOk = exported.peakMiB <= 100.0;
            const bool importOk = imported.peakMiB <= 150.0;
            std::printf("  target export <= 100 MB: %s\n", exportOk ? "met" : "MISSED");
            std::printf("  target import <= 150 MB: %s\n", importOk ? "met" : "MISSED");
            missed = missed || !exportOk || !importOk;
        }
        std::error_code ec;
        fs::remove_all(dir, ec);
    }
    std::error_code ec;
    fs::remove_all(root, ec);
    return missed ? 1 : 0;
}
