// tend_bench_report: the report for a year of a busy couple — 2 repairs a week (104), 48 answers each (about 5,000
// written answers), 4 check-ins and 2 agreements per repair — built by the core and laid out as a PDF, as `tend
// report` does. Target: the median of 5 runs (TEND_BENCH_RUNS changes how many) <= 2 s. Non-zero exit if missed.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <QGuiApplication>
#include <QTemporaryDir>

#include "tend/content/ContentLibrary.h"
#include "tend/journal/Journal.h"
#include "tend/report/Report.h"
#include "ui/report/PdfReport.h"

using namespace tend;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kRepairs = 104;
constexpr double kTargetMs = 2000.0;

std::string at(int day, int minute)
{
    // Days of 2026 on a 28-day-month calendar: every date valid, the whole year covered.
    char out[32];
    std::snprintf(out, sizeof out, "2026-%02d-%02dT%02d:%02d:00.000Z", 1 + day / 28 % 12, 1 + day % 28,
                  18 + minute / 60 % 5, minute % 60);
    return out;
}

const char* const kCards[][2] = {{"acknowledge", "give-voice"},    {"honor", "feel-and-express"},
                                 {"reflect", "inside-me"},         {"reflect", "my-part"},
                                 {"reflect", "my-needs-requests"}, {"reengage", "needs-and-requests"}};

} // namespace

int main(int argc, char* argv[])
{
    QGuiApplication app(argc, argv);
    auto opened = journal::Journal::openInMemory();
    if (!opened)
        return 1;
    journal::Journal& j = **opened;
    journal::Couple couple;
    couple.id = journal::newId();
    std::vector<std::string> partners;
    auto seeded = j.transaction([&]() -> Result<void> {
        if (auto r = j.addCouple(couple); !r)
            return r;
        for (const char* name : {"Sam", "Alex"}) {
            journal::Partner p;
            p.id = journal::newId();
            p.coupleId = couple.id;
            p.displayName = name;
            p.position = int(partners.size());
            if (auto r = j.addPartner(p); !r)
                return r;
            partners.push_back(p.id);
        }
        for (int r = 0; r < kRepairs; ++r) {
            journal::Session s;
            s.id = journal::newId();
            s.coupleId = couple.id;
            s.programId = "rupture-to-repair";
            s.programVersion = "1.0.0";
            s.status = r % 9 == 0 ? journal::SessionStatus::Paused : journal::SessionStatus::Completed;
            s.startedAt = at(r * 3 + r / 7, 0);
            s.updatedAt = s.startedAt;
            if (auto added = j.addSession(s); !added)
                return added;
            for (int e = 0; e < 48; ++e) {
                journal::Entry entry;
                entry.id = journal::newId();
                entry.sessionId = s.id;
                entry.partnerId = partners[std::size_t(e % 2)];
                entry.step = kCards[e % 6][0];
                entry.card = kCards[e % 6][1];
                entry.payload = R"({"text":"When the plans changed at the last minute I felt left out and my )"
                                R"(shoulders went tight; I would like us to talk it through before we decide."})";
                entry.createdAt = at(r * 3 + r / 7, e);
                entry.updatedAt = entry.createdAt;
                if (auto saved = j.saveEntry(entry); !saved)
                    return saved;
            }
            for (int c = 0; c < 4; ++c) {
                journal::CheckIn checkIn;
                checkIn.id = journal::newId();
                checkIn.sessionId = s.id;
                checkIn.partnerId = partners[std::size_t(c % 2)];
                checkIn.step = "stabilize";
                checkIn.moment = c < 2 ? journal::CheckInMoment::Before : journal::CheckInMoment::After;
                checkIn.level = c < 2 ? 7 : 3;
                checkIn.createdAt = at(r * 3 + r / 7, 10 + c);
                if (auto added = j.addCheckIn(checkIn); !added)
                    return added;
            }
            for (int m = 0; m < 2; ++m) {
                journal::Commitment commitment;
                commitment.id = journal::newId();
                commitment.coupleId = couple.id;
                commitment.sessionId = s.id;
                commitment.status = m == 0 ? journal::CommitmentStatus::Kept : journal::CommitmentStatus::Open;
                commitment.payload = R"({"text":"Check in with each other before saying yes to plans"})";
                commitment.createdAt = at(r * 3 + r / 7, 50 + m);
                commitment.updatedAt = commitment.createdAt;
                if (auto added = j.addCommitment(commitment); !added)
                    return added;
            }
        }
        return {};
    });
    if (!seeded) {
        std::fprintf(stderr, "bench: %s\n", seeded.error().message.c_str());
        return 1;
    }

    content::ContentLibrary library;
    (void)library.addFolder(std::filesystem::path(TEND_SOURCE_DIR) / "content");
    report::Request request;
    request.from = "2026-01-01";
    request.to = "2026-12-31";
    request.agreed = {partners[0], partners[1]};
    if (auto program = library.programPreferring("rupture-to-repair", "en"))
        request.cards = insights::CardRoles::fromProgram(*program);
    const reading::Reader reader(&library);

    const char* runsText = std::getenv("TEND_BENCH_RUNS");
    const int runs = std::max(1, runsText ? std::atoi(runsText) : 5);
    QTemporaryDir out;
    std::vector<double> build;
    std::vector<double> total;
    for (int run = 0; run < runs; ++run) {
        const auto start = Clock::now();
        auto document = report::build(j, request, reader);
        if (!document) {
            std::fprintf(stderr, "bench: %s\n", document.error().message.c_str());
            return 1;
        }
        const auto built = Clock::now();
        if (auto written = ui::report::writePdf(*document, out.filePath(QStringLiteral("year.pdf"))); !written) {
            std::fprintf(stderr, "bench: %s\n", written.error().message.c_str());
            return 1;
        }
        const auto end = Clock::now();
        build.push_back(std::chrono::duration<double, std::milli>(built - start).count());
        total.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    }
    std::sort(build.begin(), build.end());
    std::sort(total.begin(), total.end());
    const double median = total[total.size() / 2];
    std::printf("report for a year (%d repairs, %d answers): build %.0f ms, build + PDF %.0f ms (median of %d), "
                "target <= %.0f ms: %s\n",
                kRepairs, kRepairs * 48, build[build.size() / 2], median, runs, kTargetMs,
                median <= kTargetMs ? "met" : "MISSED");
    return median <= kTargetMs ? 0 : 1;
}
