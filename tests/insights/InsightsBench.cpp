// tend_bench_insights: the insight figures over a journal of one couple with 5,000 repairs and 200,000 entries
// (40 per repair, two of them practices), 20,000 check-ins and 10,000 commitments, as one partner sees them.
// Target: the median of 9 runs (TEND_BENCH_RUNS changes how many) <= 100 ms. Non-zero exit if missed.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <time.h>

#include "tend/insights/Insights.h"
#include "tend/journal/Journal.h"

using namespace tend;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kSessions = 5000;
constexpr int kEntriesPerSession = 40; // 200,000 entries
constexpr double kTargetMs = 100.0;

std::string at(int day, int minute)
{
    // Days from 2020-01-01, a rough calendar is enough: 28-day months keep every date valid.
    const int year = 2020 + day / 336;
    const int month = 1 + (day % 336) / 28;
    const int dom = 1 + day % 28;
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02d-%02dT%02d:%02d:00.000Z", year, month, dom, 8 + minute / 60 % 12,
                  minute % 60);
    return out;
}

double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1000.0 + static_cast<double>(t.tv_nsec) / 1e6;
}

bool check(const Result<void>& r)
{
    if (!r)
        std::fprintf(stderr, "bench: %s\n", r.error().message.c_str());
    return r.ok();
}

} // namespace

int main()
{
    auto opened = journal::Journal::openInMemory();
    if (!opened)
        return 1;
    journal::Journal& j = **opened;
    journal::Couple couple;
    couple.id = journal::newId();
    couple.createdAt = couple.updatedAt = "2020-01-01T00:00:00.000Z";
    std::string partners[2];
    std::mt19937 random(42);
    std::uniform_int_distribution<int> level(3, 10);
    const char* practices[] = {"cool-water", "orienting", "hand-on-chest", "brief-walk", "stand-and-stretch"};
    const char* statuses[] = {"kept", "partly_kept", "open", "not_kept", "released"};

    const auto seedStart = Clock::now();
    const bool seeded = check(j.transaction([&]() -> Result<void> {
        if (auto r = j.addCouple(couple); !r)
            return r;
        for (int i = 0; i < 2; ++i) {
            journal::Partner p;
            p.id = journal::newId();
            p.coupleId = couple.id;
            p.displayName = i ? "Alex" : "Sam";
            p.position = i;
            p.createdAt = p.updatedAt = couple.createdAt;
            if (auto r = j.addPartner(p); !r)
                return r;
            partners[i] = p.id;
        }
        for (int n = 0; n < kSessions; ++n) {
            const int day = n * 2 / 3;
            journal::Session s;
            s.id = journal::newId();
            s.coupleId = couple.id;
            s.programId = "rupture-to-repair";
            s.programVersion = "1.0.0";
            s.startedAt = at(day, 0);
            s.status = n % 7 == 0 ? journal::SessionStatus::Paused : journal::SessionStatus::Completed;
            if (s.status == journal::SessionStatus::Completed)
                s.endedAt = at(day, 90 + n % 300);
            s.updatedAt = s.endedAt.value_or(s.startedAt);
            if (auto r = j.addSession(s); !r)
                return r;
            for (int e = 0; e < kEntriesPerSession; ++e) {
                journal::Entry entry;
                entry.id = journal::newId();
                entry.sessionId = s.id;
                entry.partnerId = partners[e % 2];
                const bool isPractice = e == 10 || e == 11;
                entry.step = isPractice ? "stabilize" : "reflect";
                entry.card = isPractice ? "settle-practices" : "card-" + std::to_string(e);
                entry.payload = isPractice ? std::string(R"({"answer":{"completed":true,"practice":")") +
                                                 practices[(n + e) % 5] + "\"}}"
                                           : R"({"text":"I felt tight in my chest and went quiet for a while."})";
                entry.visibility = e % 9 == 0 ? journal::Visibility::Private : journal::Visibility::Shared;
                entry.createdAt = entry.updatedAt = at(day, e == 10 || e == 11 ? 15 : 30 + e);
                if (auto r = j.saveEntry(entry); !r)
                    return r;
            }
            for (int p = 0; p < 2; ++p)
                for (int m = 0; m < 2; ++m) {
                    journal::CheckIn c;
                    c.id = journal::newId();
                    c.sessionId = s.id;
                    c.partnerId = partners[p];
                    c.step = "stabilize";
                    c.moment = m ? journal::CheckInMoment::After : journal::CheckInMoment::Before;
                    c.level = m ? level(random) / 2 : level(random);
                    c.createdAt = at(day, m ? 20 : 10);
                    if (auto r = j.addCheckIn(c); !r)
                        return r;
                }
            for (int k = 0; k < 2; ++k) {
                journal::Commitment c;
                c.id = journal::newId();
                c.coupleId = couple.id;
                c.sessionId = s.id;
                journal::parse(statuses[(n + k) % 5], c.status);
                c.payload = R"({"text":"A walk on Sunday"})";
                c.createdAt = c.updatedAt = at(day, 80);
                if (auto r = j.addCommitment(c); !r)
                    return r;
            }
        }
        return {};
    }));
    if (!seeded)
        return 1;
    std::printf("seeded %d sessions, %d entries in %.1f s\n", kSessions, kSessions * kEntriesPerSession,
                std::chrono::duration<double>(Clock::now() - seedStart).count());

    insights::Options options;
    options.coupleId = couple.id;
    options.viewer = journal::Viewer::partner(partners[0]);
    options.cards.checkInCards = {"checkin-before", "checkin-after"};
    options.cards.practiceCards = {{"settle-practices", ""}, {"settle-breathing", "slow-six"}};

    std::vector<double> runs;
    std::vector<double> cpuRuns; // this thread's CPU time: what the figures cost, whatever else the machine runs
    insights::Figures last;
    // TEND_BENCH_RUNS=n runs more times (to profile the figures rather than the seeding).
    const char* runsWanted = std::getenv("TEND_BENCH_RUNS");
    const int runCount = runsWanted ? std::max(1, std::atoi(runsWanted)) : 9;
    for (int i = 0; i < runCount; ++i) {
        const double cpuStart = cpuMs();
        const auto start = Clock::now();
        auto figures = insights::compute(j, options);
        runs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        cpuRuns.push_back(cpuMs() - cpuStart);
        if (!figures) {
            std::fprintf(stderr, "bench: %s\n", figures.error().message.c_str());
            return 1;
        }
        last = std::move(*figures);
    }
    std::sort(runs.begin(), runs.end());
    std::sort(cpuRuns.begin(), cpuRuns.end());
    const double median = runs[runs.size() / 2];
    std::printf("insights over %d entries: median %.1f ms (min %.1f, max %.1f; CPU median %.1f ms; %zu months, %d "
                "repairs, %d check-in pairs, %zu practices)\n",
                kSessions * kEntriesPerSession, median, runs.front(), runs.back(), cpuRuns[cpuRuns.size() / 2],
                last.months.size(), last.started, last.settling.pairs, last.practices.size());
    if (median > kTargetMs) {
        std::printf("FAILED: target is <= %.0f ms\n", kTargetMs);
        return 1;
    }
    std::printf("ok: target <= %.0f ms\n", kTargetMs);
    return 0;
}
