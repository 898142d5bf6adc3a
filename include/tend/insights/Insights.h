#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "tend/common/Result.h"
#include "tend/content/Program.h"
#include "tend/journal/Journal.h"

namespace tend::insights {

// How a couple's repairs are going, in numbers a person can read: repairs by month, time from rupture to
// re-bonding, how far check-ins came down, commitments made and kept, which practices went with the largest
// drop, and the repairs completed together over time. Qt-free; the Insights screen and its charts only present
// these figures (docs/insights.md says what each one means).
//
// Privacy: every figure is computed for one viewer. A partner's view leaves out what the other partner kept
// private (their private practice answers, and the check-ins of a step whose check-in card they kept private);
// a shared-only view leaves out every private row. Safety answers are never read: this module never queries the
// safety_answers table. Only clear columns (statuses, times, levels, steps, cards) are read, plus the chosen
// practice of a practice card's answer.

/// Which cards of the program are check-ins and which are practices.
struct CardRoles {
    std::set<std::string> checkInCards;
    /// Practice and breathing cards: card id → the practice it always is (a breathing card's pattern), or "" when
    /// the person chose it and the answer says which (`{"answer": {"practice": "<id>"}}`).
    std::map<std::string, std::string> practiceCards;

    /// The program's check-in, practice and breathing cards.
    static CardRoles fromProgram(const content::Program& program);
};

struct Options {
    std::string coupleId;
    journal::Viewer viewer = journal::Viewer::sharedOnly();
    std::string from; ///< ISO-8601 UTC, inclusive; empty = from the first repair
    std::string to;   ///< ISO-8601 UTC, exclusive; empty = up to now
    CardRoles cards;
};

/// Repairs of one calendar month (UTC).
struct MonthFigures {
    std::string month; ///< "2026-09"
    int started = 0;   ///< repairs begun this month
    int completed = 0; ///< repairs that reached re-bonding this month
    int paused = 0;    ///< repairs begun this month that are paused now, waiting to be come back to
};

/// One completed repair: from the rupture (the session's start) to re-bonding (its completion).
struct RepairTime {
    std::string sessionId;
    std::string startedAt;
    std::string completedAt;
    double hours = 0;
};

/// Check-in levels (0–10) before and after stabilising, one pair per person per repair.
struct Settling {
    int pairs = 0;
    double meanBefore = 0;
    double meanAfter = 0;
    int cameDown = 0; ///< pairs whose level went down
    int same = 0;
    int wentUp = 0;
    double meanDrop() const { return meanBefore - meanAfter; }
};

/// Commitments made in step 5 over the range, by where they stand now.
struct CommitmentFigures {
    int made = 0;
    int kept = 0;
    int partlyKept = 0;
    int open = 0;     ///< still open: not looked back at yet
    int notKept = 0;  ///< looked back at and not kept this time
    int released = 0; ///< let go of together
};

/// One practice and the check-ins around it.
struct PracticeFigure {
    std::string practiceId; ///< a practice or breathing pattern id from the practices library
    int times = 0;          ///< times it was done
    int measured = 0;       ///< of those, times with a check-in before and after
    double meanDrop = 0;    ///< mean of (level before − level after) over the measured times
};

/// One repair completed together (mode together), in order of completion.
struct TimelinePoint {
    std::string sessionId;
    std::string completedAt;
    int together = 0; ///< repairs completed together up to and including this one
};

struct Figures {
    std::vector<MonthFigures> months; ///< every month of the range, oldest first (empty months included)
    int started = 0;
    int completed = 0;
    int paused = 0;
    std::vector<RepairTime> repairTimes; ///< oldest first
    double medianHoursToRebond = 0;      ///< 0 when nothing completed
    Settling settling;
    CommitmentFigures commitments;
    std::vector<PracticeFigure> practices; ///< largest mean drop first (measured ones), then by times
    std::vector<TimelinePoint> timeline;

    /// Fewer repairs than this in the range: the screen shows its empty state instead of charts.
    static constexpr int kEnoughRepairs = 2;
    bool enoughHistory() const { return started >= kEnoughRepairs; }
};

/// The figures for one couple, one viewer and one date range.
Result<Figures> compute(journal::Journal& journal, const Options& options);

/// Seconds since 1970 of an ISO-8601 UTC time ("2026-03-14T09:26:53.589Z"); false when it is not one.
bool parseUtc(const std::string& text, double& seconds);

} // namespace tend::insights
