// Insights: the figures behind the Insights screen, read from the journal's clear columns in a handful of queries
// (docs/insights.md). Never reads safety answers; never reads what a viewer may not see.
#include "tend/insights/Insights.h"
#include "tend/common/Result.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "tend/common/Timestamp.h"
#include "tend/journal/Sqlite.h"
#include "tend/modes/AnswerPayload.h"

namespace tend::insights {
namespace {

using journal::Viewer;

bool inRange(const std::string& at, const Options& options)
{
    if (at.empty())
        return false;
    if (!options.from.empty() && at < options.from)
        return false;
    return options.to.empty() || at < options.to;
}

std::string monthOf(const std::string& at)
{
    return at.size() >= 7 ? at.substr(0, 7) : std::string();
}

std::string nextMonth(const std::string& month)
{
    int year = 0;
    int mon = 0;
    if (std::sscanf(month.c_str(), "%4d-%2d", &year, &mon) != 2)
        return "9999-12";
    if (++mon > 12) {
        mon = 1;
        ++year;
    }
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02d", year, mon);
    return out;
}

// The month of the last instant before `to` (exclusive): the first instant of a month belongs to the month before.
std::string monthBefore(const std::string& to)
{
    const std::string month = monthOf(to);
    if (to.size() < 10 || to.compare(7, 3, "-01") != 0 || to.find_first_not_of("0:.TZ", 10) != std::string::npos)
        return month;
    int year = 0;
    int mon = 0;
    if (std::sscanf(month.c_str(), "%4d-%2d", &year, &mon) != 2)
        return month;
    if (--mon < 1) {
        mon = 12;
        --year;
    }
    char out[32];
    std::snprintf(out, sizeof out, "%04d-%02d", year, mon);
    return out;
}

// "?,?,?" for an IN list of `count` values.
std::string placeholders(std::size_t count)
{
    std::string out;
    for (std::size_t i = 0; i < count; ++i)
        out += i ? ",?" : "?";
    return out.empty() ? "NULL" : out;
}

// One person in one repair, as a map key.
std::string personKey(const std::string& sessionId, const std::string& partnerId)
{
    std::string key;
    key.reserve(sessionId.size() + partnerId.size() + 1);
    key.append(sessionId).push_back('\x1f');
    key.append(partnerId);
    return key;
}

bool canSee(const Viewer& viewer, bool isPrivate, const std::string& partnerId)
{
    if (!isPrivate || viewer.kind == Viewer::Kind::Everything)
        return true;
    return viewer.kind == Viewer::Kind::Partner && !partnerId.empty() && partnerId == viewer.partnerId;
}

struct SessionRow {
    std::string status;
    std::string mode;
    std::string startedAt;
    std::string endedAt;
};

struct CheckInRow {
    std::string partnerId;
    bool before = true;
    int level = 0;
    std::string createdAt;
};

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const std::size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

std::string practiceOf(const std::string& payload)
{
    const auto answer = modes::answerFromPayloadText(payload);
    if (answer && answer->is_object()) {
        const auto found = answer->find("practice");
        if (found != answer->end() && found->is_string())
            return found->get<std::string>();
    }
    return {};
}

} // namespace

bool parseUtc(const std::string& text, double& seconds)
{
    // "YYYY-MM-DDTHH:MM:SS[.fff]Z", read by hand: sscanf was a fifth of the figures' time over 5,000 repairs.
    if (text.size() < 20 || text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        return false;
    auto digits = [&](std::size_t at, std::size_t count, int& out) {
        out = 0;
        for (std::size_t i = at; i < at + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
            out = out * 10 + (text[i] - '0');
        }
        return true;
    };
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    if (!digits(0, 4, y) || !digits(5, 2, mo) || !digits(8, 2, d) || !digits(11, 2, h) || !digits(14, 2, mi) ||
        !digits(17, 2, s))
        return false;
    if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 60)
        return false;
    double fraction = 0;
    if (text[19] == '.') {
        double scale = 0.1;
        for (std::size_t i = 20; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i, scale /= 10)
            fraction += (text[i] - '0') * scale;
    }
    seconds =
        static_cast<double>(tend::daysFromCivil(y, static_cast<unsigned>(mo), static_cast<unsigned>(d))) * 86400.0 +
        h * 3600.0 + mi * 60.0 + s + fraction;
    return true;
}

CardRoles CardRoles::fromProgram(const content::Program& program)
{
    CardRoles roles;
    for (const content::Step& step : program.steps)
        for (const content::Card& card : step.cards) {
            if (card.kind == content::CardKind::Checkin)
                roles.checkInCards.insert(card.id);
            else if (card.kind == content::CardKind::Practice)
                roles.practiceCards[card.id] = "";
            else if (card.kind == content::CardKind::Breathing)
                roles.practiceCards[card.id] = card.pattern;
        }
    return roles;
}

Result<Figures> compute(journal::Journal& journal, const Options& options)
{
    journal::sql::Database& db = journal.database();
    const Viewer& viewer = options.viewer;
    Figures figures;

    // ---- sessions: every repair of the couple (statuses and times are clear columns) ----
    std::unordered_map<std::string, SessionRow> sessions;
    sessions.reserve(1024);
    std::vector<std::pair<std::string, std::string>> completedOrder; // (ended_at, id)
    {
        auto stmt = db.prepare("SELECT id, status, mode, started_at, ended_at FROM sessions WHERE couple_id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, options.coupleId);
        while (true) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            SessionRow s{stmt->columnText(1), stmt->columnText(2), stmt->columnText(3), stmt->columnText(4)};
            sessions.emplace(stmt->columnText(0), std::move(s));
        }
    }

    std::map<std::string, MonthFigures> months;
    std::unordered_set<std::string> inRangeSessions; // repairs that began in the range
    std::vector<double> hours;
    for (const auto& [id, s] : sessions) {
        if (inRange(s.startedAt, options)) {
            inRangeSessions.insert(id);
            MonthFigures& month = months[monthOf(s.startedAt)];
            ++month.started;
            ++figures.started;
            if (s.status == "paused") {
                ++month.paused;
                ++figures.paused;
            }
        }
        if (s.status == "completed" && inRange(s.endedAt, options)) {
            ++months[monthOf(s.endedAt)].completed;
            ++figures.completed;
            double start = 0;
            double end = 0;
            if (parseUtc(s.startedAt, start) && parseUtc(s.endedAt, end)) {
                const double h = std::max(0.0, (end - start) / 3600.0);
                figures.repairTimes.push_back({id, s.startedAt, s.endedAt, h});
                hours.push_back(h);
            }
            if (s.mode == "together")
                completedOrder.emplace_back(s.endedAt, id);
        }
    }
    // Every month of the range, empty ones included, so the bars keep the calendar's rhythm.
    std::string first = !options.from.empty() ? monthOf(options.from) : months.empty() ? "" : months.begin()->first;
    std::string last = !options.to.empty() ? monthBefore(options.to) : months.empty() ? "" : months.rbegin()->first;
    if (!months.empty()) {
        first = std::min(first, months.begin()->first);
        last = std::max(last, months.rbegin()->first);
    }
    if (!first.empty() && !last.empty())
        for (std::string m = first; m <= last && months.size() < 1200; m = nextMonth(m))
            months[m].month = m;
    for (auto& [key, month] : months) {
        month.month = key;
        figures.months.push_back(month);
    }
    std::sort(figures.repairTimes.begin(), figures.repairTimes.end(),
              [](const RepairTime& a, const RepairTime& b) { return a.completedAt < b.completedAt; });
    figures.medianHoursToRebond = median(hours);
    std::sort(completedOrder.begin(), completedOrder.end());
    for (const auto& [at, id] : completedOrder)
        figures.timeline.push_back({id, at, static_cast<int>(figures.timeline.size()) + 1});

    // ---- the entries of check-in, practice and breathing cards: one pass over the entries table ----
    // A sequential scan filtered by card is far cheaper than visiting each session's entries through its index;
    // only the matching rows' later columns (and a practice's payload) are read.
    std::vector<std::string> roleCards(options.cards.checkInCards.begin(), options.cards.checkInCards.end());
    for (const auto& [card, fixed] : options.cards.practiceCards)
        roleCards.push_back(card);
    struct RoleEntry {
        std::string id;
        std::string sessionId;
        std::string partnerId;
        std::string card;
        bool isPrivate = false;
        std::string createdAt;
        bool textPayload = true;
        std::string payload; ///< for a clear practice card's payload: the chosen practice id, or ""
    };
    std::vector<RoleEntry> roleEntries;
    if (!roleCards.empty()) {
        // A clear payload's chosen practice is read by SQLite's JSON functions (`{"answer": {"practice": ...}}`,
        // modes/AnswerPayload.h); json_valid() first, so a damaged payload reads as none instead of failing the query.
        auto stmt = db.prepare("SELECT id, session_id, partner_id, card, visibility, created_at, typeof(payload), "
                               "CASE WHEN typeof(payload) = 'text' AND card IN (" +
                               placeholders(roleCards.size()) +
                               ") AND json_valid(payload) THEN json_extract(payload, '$.answer.practice') END "
                               "FROM entries WHERE card IN (" +
                               placeholders(roleCards.size()) + ")");
        if (!stmt)
            return stmt.error();
        int index = 1;
        for (int pass = 0; pass < 2; ++pass)
            for (const std::string& card : roleCards)
                stmt->bind(index++, card);
        while (true) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            std::string sessionId = stmt->columnText(1);
            if (!sessions.count(sessionId))
                continue; // another couple's
            RoleEntry e;
            e.id = stmt->columnText(0);
            e.sessionId = std::move(sessionId);
            e.partnerId = stmt->columnText(2);
            e.card = stmt->columnText(3);
            e.isPrivate = stmt->columnText(4) == "private";
            e.createdAt = stmt->columnText(5);
            e.textPayload = stmt->columnText(6) == "text";
            if (e.textPayload && options.cards.practiceCards.count(e.card))
                e.payload = stmt->columnText(7);
            roleEntries.push_back(std::move(e));
        }
    }

    // ---- which check-ins a viewer may not use: those of a step whose check-in card someone kept private ----
    std::unordered_set<std::string> hiddenCheckIns; // personKey(session, partner)
    for (const RoleEntry& e : roleEntries)
        if (e.isPrivate && options.cards.checkInCards.count(e.card) && !canSee(viewer, true, e.partnerId))
            hiddenCheckIns.insert(personKey(e.sessionId, e.partnerId));

    // ---- check-ins of the repairs in range, per session and person, oldest first ----
    // One pass over the table in `seq` order (its rowid), kept for the repairs in range.
    std::unordered_map<std::string, std::vector<CheckInRow>> checkIns; // personKey(session, partner)
    {
        auto stmt = db.prepare("SELECT session_id, partner_id, moment, level, created_at FROM check_ins "
                               "WHERE moment != 'during' AND session_id IS NOT NULL ORDER BY seq");
        if (!stmt)
            return stmt.error();
        while (true) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const std::string sessionId = stmt->columnText(0);
            if (!inRangeSessions.count(sessionId))
                continue;
            std::string partnerId = stmt->columnText(1);
            std::string key = personKey(sessionId, partnerId);
            if (hiddenCheckIns.count(key))
                continue;
            checkIns[std::move(key)].push_back({std::move(partnerId), stmt->columnText(2) == "before",
                                                static_cast<int>(stmt->columnInt(3)), stmt->columnText(4)});
        }
    }
    double beforeSum = 0;
    double afterSum = 0;
    for (const auto& [key, rows] : checkIns) {
        const auto before = std::find_if(rows.begin(), rows.end(), [](const CheckInRow& r) { return r.before; });
        const auto after = std::find_if(rows.rbegin(), rows.rend(), [](const CheckInRow& r) { return !r.before; });
        if (before == rows.end() || after == rows.rend())
            continue;
        ++figures.settling.pairs;
        beforeSum += before->level;
        afterSum += after->level;
        if (after->level < before->level)
            ++figures.settling.cameDown;
        else if (after->level > before->level)
            ++figures.settling.wentUp;
        else
            ++figures.settling.same;
    }
    if (figures.settling.pairs > 0) {
        figures.settling.meanBefore = beforeSum / figures.settling.pairs;
        figures.settling.meanAfter = afterSum / figures.settling.pairs;
    }

    // ---- practices: practice and breathing cards' answers the viewer may see, and the check-ins around them ----
    std::map<std::string, PracticeFigure> practices;
    std::map<std::string, double> dropSums;
    for (const RoleEntry& e : roleEntries) {
        const auto role = options.cards.practiceCards.find(e.card);
        if (role == options.cards.practiceCards.end() || !inRangeSessions.count(e.sessionId) ||
            !canSee(viewer, e.isPrivate, e.partnerId))
            continue;
        std::string practiceId = role->second;
        if (practiceId.empty()) {
            if (e.textPayload) {
                practiceId = e.payload; // the practice id itself (see the query)
            } else {
                // A protected journal: the journal opens the value (and applies the viewer) itself.
                auto entry = journal.entry(e.id, viewer);
                if (entry && *entry && !(*entry)->sealed && !(*entry)->damaged)
                    practiceId = practiceOf((*entry)->payload);
            }
        }
        if (practiceId.empty())
            continue;
        PracticeFigure& figure = practices[practiceId];
        figure.practiceId = practiceId;
        ++figure.times;
        const auto found = checkIns.find(personKey(e.sessionId, e.partnerId));
        if (e.partnerId.empty() || found == checkIns.end())
            continue;
        const CheckInRow* before = nullptr;
        const CheckInRow* after = nullptr;
        for (const CheckInRow& c : found->second) {
            if (c.before && c.createdAt <= e.createdAt)
                before = &c;
            if (!c.before && c.createdAt >= e.createdAt && !after)
                after = &c;
        }
        if (before && after) {
            ++figure.measured;
            dropSums[practiceId] += before->level - after->level;
        }
    }
    for (auto& [id, figure] : practices) {
        if (figure.measured > 0)
            figure.meanDrop = dropSums[id] / figure.measured;
        figures.practices.push_back(figure);
    }
    std::stable_sort(figures.practices.begin(), figures.practices.end(),
                     [](const PracticeFigure& a, const PracticeFigure& b) {
                         if ((a.measured > 0) != (b.measured > 0))
                             return a.measured > 0;
                         if (a.meanDrop != b.meanDrop)
                             return a.meanDrop > b.meanDrop;
                         return a.times > b.times;
                     });

    // ---- commitments made in the range, by where they stand now (status only; their words are not read) ----
    {
        auto stmt = db.prepare("SELECT status, created_at FROM commitments WHERE couple_id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, options.coupleId);
        while (true) {
            auto row = stmt->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            if (!inRange(stmt->columnText(1), options))
                continue;
            const std::string status = stmt->columnText(0);
            CommitmentFigures& c = figures.commitments;
            ++c.made;
            if (status == "kept")
                ++c.kept;
            else if (status == "partly_kept")
                ++c.partlyKept;
            else if (status == "not_kept")
                ++c.notKept;
            else if (status == "released")
                ++c.released;
            else
                ++c.open;
        }
    }
    return figures;
}

} // namespace tend::insights
