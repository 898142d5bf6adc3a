// Writing the journal out as JSON (exact, re-importable). The Markdown export for reading is made from this by the
// reading module (tend/reading/Reading.h), which knows the content.
#include <map>
#include <set>
#include <sstream>

#include "tend/journal/Exchange.h"

namespace tend::journal::exchange {
namespace {
using nlohmann::json;

json optional(const std::optional<std::string>& value)
{
    return value ? json(*value) : json(nullptr);
}

json payloadJson(const std::string& payload)
{
    auto parsed = json::parse(payload, nullptr, false);
    return parsed.is_discarded() ? json(payload) : parsed;
}

bool visible(const Viewer& viewer, Visibility visibility, const std::optional<std::string>& partnerId)
{
    if (visibility == Visibility::Shared || viewer.kind == Viewer::Kind::Everything)
        return true;
    return viewer.kind == Viewer::Kind::Partner && partnerId && *partnerId == viewer.partnerId;
}

// False for a row whose value could not be opened (a locked partner's private row, or damage): it is left out of
// the export and counted, never written as an empty answer that an import would take for the real one.
template <typename Row> bool exportable(const Row& row, const ExportOptions& options)
{
    if (!row.sealed && !row.damaged)
        return true;
    if (options.stats)
        ++(row.sealed ? options.stats->sealedOmitted : options.stats->damagedOmitted);
    return false;
}

json entryJson(const Entry& e)
{
    return json{{"id", e.id},
                {"partnerId", optional(e.partnerId)},
                {"step", e.step},
                {"card", e.card},
                {"visibility", toString(e.visibility)},
                {"createdAt", e.createdAt},
                {"updatedAt", e.updatedAt},
                {"payload", payloadJson(e.payload)}};
}

json draftJson(const Draft& d)
{
    return json{{"id", d.id},
                {"partnerId", optional(d.partnerId)},
                {"step", d.step},
                {"card", d.card},
                {"visibility", toString(d.visibility)},
                {"updatedAt", d.updatedAt},
                {"payload", payloadJson(d.payload)}};
}

json checkInJson(const CheckIn& c)
{
    return json{{"id", c.id},
                {"partnerId", c.partnerId},
                {"step", optional(c.step)},
                {"moment", toString(c.moment)},
                {"level", c.level},
                {"state", toString(c.state)},
                {"createdAt", c.createdAt},
                {"payload", payloadJson(c.payload)}};
}

json commitmentJson(const Commitment& c)
{
    return json{{"id", c.id},
                {"partnerId", optional(c.partnerId)},
                {"status", toString(c.status)},
                {"followUpAt", optional(c.followUpAt)},
                {"reviewedAt", optional(c.reviewedAt)},
                {"createdAt", c.createdAt},
                {"updatedAt", c.updatedAt},
                {"payload", payloadJson(c.payload)}};
}

json reminderJson(const Reminder& r)
{
    return json{{"id", r.id},
                {"commitmentId", optional(r.commitmentId)},
                {"kind", toString(r.kind)},
                {"dueAt", r.dueAt},
                {"place", optional(r.place)},
                {"deliveredAt", optional(r.deliveredAt)},
                {"createdAt", r.createdAt}};
}

json repairAttemptJson(const RepairAttempt& a)
{
    return json{{"id", a.id}, {"madeBy", optional(a.madeBy)}, {"taken", a.taken ? 1 : 0}, {"notedAt", a.notedAt}};
}

} // namespace

namespace {

struct Selection {
    std::vector<Session> sessions;
    std::set<std::string> couples;
    std::map<std::string, std::vector<Commitment>> commitmentsBySession;
    std::map<std::string, std::vector<Reminder>> remindersBySession;
};

Result<Selection> select(Journal& journal, const ExportOptions& options)
{
    Selection out;
    auto allSessions = journal.sessionList();
    if (!allSessions)
        return allSessions.error();
    // sessionList is newest first; the export lists oldest first, in the order they were started.
    for (auto it = allSessions->rbegin(); it != allSessions->rend(); ++it) {
        const Session& s = it->session;
        if (options.sessionId && s.id != *options.sessionId)
            continue;
        if ((options.from && s.startedAt < *options.from) || (options.to && s.startedAt >= *options.to))
            continue;
        out.sessions.push_back(s);
    }
    if (options.sessionId && out.sessions.empty())
        return makeError("There is no session with the id " + *options.sessionId);
    for (const Session& s : out.sessions)
        out.couples.insert(s.coupleId);
    // Commitments and reminders are read per couple once, then handed to their sessions.
    for (const std::string& coupleId : out.couples) {
        auto all = journal.commitments(coupleId);
        if (!all)
            return all.error();
        for (Commitment& m : *all)
            if (m.sessionId)
                out.commitmentsBySession[*m.sessionId].push_back(std::move(m));
        auto due = journal.reminders(coupleId);
        if (!due)
            return due.error();
        for (Reminder& r : *due)
            if (r.sessionId)
                out.remindersBySession[*r.sessionId].push_back(std::move(r));
    }
    return out;
}

Result<json> couplesJson(Journal& journal, const ExportOptions& options, const Selection& selection)
{
    auto couples = journal.couples();
    if (!couples)
        return couples.error();
    json couplesJson = json::array();
    for (const Couple& c : *couples) {
        const bool narrowed = options.sessionId || options.from || options.to;
        if (narrowed && !selection.couples.count(c.id))
            continue;
        json partnersJson = json::array();
        auto partners = journal.partners(c.id);
        if (!partners)
            return partners.error();
        for (const Partner& p : *partners) {
            // The private safety check's answers and outcome never leave the journal, for anyone, whoever
            // exports (docs/safety-format.md, `storage`). The key stays, always empty, so older readers and
            // `tend import` read the format unchanged.
            json safety = json::array();
            partnersJson.push_back({{"id", p.id},
                                    {"displayName", p.displayName},
                                    {"position", p.position},
                                    {"createdAt", p.createdAt},
                                    {"updatedAt", p.updatedAt},
                                    {"safetyAnswers", std::move(safety)}});
        }
        json commitments = json::array();
        json reminders = json::array();
        if (!narrowed) {
            auto all = journal.commitments(c.id);
            if (!all)
                return all.error();
            for (const Commitment& m : *all)
                if (!m.sessionId && exportable(m, options))
                    commitments.push_back(commitmentJson(m));
            auto due = journal.reminders(c.id);
            if (!due)
                return due.error();
            for (const Reminder& r : *due)
                if (!r.sessionId)
                    reminders.push_back(reminderJson(r));
        }
        json attempts = json::array();
        if (!narrowed) {
            auto noted = journal.repairAttempts(c.id); // newest first, as the ledger lists them
            if (!noted)
                return noted.error();
            for (const RepairAttempt& a : *noted)
                attempts.push_back(repairAttemptJson(a));
        }
        couplesJson.push_back({{"id", c.id},
                               {"kind", toString(c.kind)},
                               {"name", c.name},
                               {"createdAt", c.createdAt},
                               {"updatedAt", c.updatedAt},
                               {"partners", std::move(partnersJson)},
                               {"commitments", std::move(commitments)},
                               {"reminders", std::move(reminders)},
                               {"repairAttempts", std::move(attempts)}});
    }
    return couplesJson;
}

// A session without its entries (those are streamed by the text export).
Result<json> sessionJson(Journal& journal, const ExportOptions& options, Selection& selection, const Session& s,
                         bool withEntries)
{
    const Viewer& viewer = options.viewer;
    json entries = json::array();
    if (withEntries) {
        auto rows = journal.entries(s.id, viewer);
        if (!rows)
            return rows.error();
        for (const Entry& e : *rows)
            if (exportable(e, options))
                entries.push_back(entryJson(e));
    }
    json drafts = json::array();
    auto draftRows = journal.drafts(s.id);
    if (!draftRows)
        return draftRows.error();
    for (const Draft& d : *draftRows)
        if (visible(viewer, d.visibility, d.partnerId) && exportable(d, options))
            drafts.push_back(draftJson(d));
    json checkIns = json::array();
    auto checkRows = journal.checkIns(s.id);
    if (!checkRows)
        return checkRows.error();
    for (const CheckIn& c : *checkRows)
        if (exportable(c, options))
            checkIns.push_back(checkInJson(c));
    json commitments = json::array();
    for (const Commitment& m : selection.commitmentsBySession[s.id])
        if (exportable(m, options))
            commitments.push_back(commitmentJson(m));
    json reminders = json::array();
    for (const Reminder& r : selection.remindersBySession[s.id])
        reminders.push_back(reminderJson(r));
    return json{{"id", s.id},
                {"coupleId", s.coupleId},
                {"programId", s.programId},
                {"programVersion", s.programVersion},
                {"status", toString(s.status)},
                {"mode", toString(s.mode)},
                {"startedAt", s.startedAt},
                {"endedAt", optional(s.endedAt)},
                {"updatedAt", s.updatedAt},
                {"pauseReason", optional(s.pauseReason)},
                {"returnAt", optional(s.returnAt)},
                {"returnPlace", optional(s.returnPlace)},
                {"title", optional(s.title)},
                // The engine state holds every answer, private ones included, and the journal cannot read its
                // format to filter it: only the whole-journal export carries it.
                {"engineState", s.engineState.empty() || viewer.kind != Viewer::Kind::Everything
                                    ? json(nullptr)
                                    : payloadJson(s.engineState)},
                {"entries", std::move(entries)},
                {"drafts", std::move(drafts)},
                {"checkIns", std::move(checkIns)},
                {"commitments", std::move(commitments)},
                {"reminders", std::move(reminders)}};
}

std::string compact(const json& value)
{
    return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

void appendString(std::string& out, std::string_view text)
{
    out += compact(json(std::string(text)));
}

} // namespace

Result<json> exportJson(Journal& journal, const ExportOptions& options)
{
    auto selection = select(journal, options);
    if (!selection)
        return selection.error();
    auto couples = couplesJson(journal, options, *selection);
    if (!couples)
        return couples.error();
    json sessionsJson = json::array();
    for (const Session& s : selection->sessions) {
        auto one = sessionJson(journal, options, *selection, s, true);
        if (!one)
            return one.error();
        sessionsJson.push_back(std::move(*one));
    }
    return json{{"format", kFormatName},
                {"version", kFormatVersion},
                {"couples", std::move(*couples)},
                {"sessions", std::move(sessionsJson)}};
}

Result<std::string> exportJsonText(Journal& journal, const ExportOptions& options)
{
    std::string text;
    auto written = exportJsonTo(journal, options, [&](std::string_view piece) -> Result<void> {
        text.append(piece);
        return {};
    });
    if (!written)
        return written.error();
    return text;
}

Result<void> exportJsonTo(Journal& journal, const ExportOptions& options, const ExportSink& sink)
{
    // Streamed: one line per couple, per session and per entry, handed to `sink` about every MiB, so memory holds
    // one session's entries at a time whatever the size of the journal. Payloads are stored in canonical form
    // (compact, sorted keys), so they are written as they are, without parsing 200,000 of them again.
    constexpr std::size_t kPieceBytes = 1024 * 1024;
    auto selection = select(journal, options);
    if (!selection)
        return selection.error();
    auto couples = couplesJson(journal, options, *selection);
    if (!couples)
        return couples.error();
    std::string out = "{\n  \"format\": \"" + std::string(kFormatName) +
                      "\",\n  \"version\": " + std::to_string(kFormatVersion) + ",\n  \"couples\": [";
    for (std::size_t i = 0; i < couples->size(); ++i)
        out += (i ? ",\n    " : "\n    ") + compact((*couples)[i]);
    out += couples->empty() ? "],\n  \"sessions\": [" : "\n  ],\n  \"sessions\": [";
    bool firstSession = true;
    for (const Session& s : selection->sessions) {
        auto one = sessionJson(journal, options, *selection, s, false);
        if (!one)
            return one.error();
        auto entries = journal.entries(s.id, options.viewer);
        if (!entries)
            return entries.error();
        std::erase_if(*entries, [&](const Entry& e) { return !exportable(e, options); });
        // The session object with its "entries" array opened up, one entry per line.
        std::string head = compact(*one);
        const std::string marker = "\"entries\":[]";
        const std::size_t at = head.rfind(marker); // the session's own key comes after every payload
        if (at == std::string::npos)
            return makeError("Internal error while exporting a session");
        out += firstSession ? "\n    " : ",\n    ";
        firstSession = false;
        out.append(head, 0, at);
        out += "\"entries\":[";
        for (std::size_t k = 0; k < entries->size(); ++k) {
            const Entry& e = (*entries)[k];
            out += k ? ",\n      {" : "\n      {";
            out += "\"card\":";
            appendString(out, e.card);
            out += ",\"createdAt\":\"" + e.createdAt + "\",\"id\":\"" + e.id + "\",\"partnerId\":";
            out += e.partnerId ? "\"" + *e.partnerId + "\"" : std::string("null");
            out += ",\"payload\":";
            const bool canonical = !e.payload.empty() && e.payload.front() == '{';
            out += canonical ? e.payload : compact(payloadJson(e.payload));
            out += ",\"step\":";
            appendString(out, e.step);
            out += ",\"updatedAt\":\"" + e.updatedAt + "\",\"visibility\":\"" + std::string(toString(e.visibility)) +
                   "\"}";
        }
        out += entries->empty() ? "]" : "\n    ]";
        out.append(head, at + marker.size(), std::string::npos);
        if (out.size() >= kPieceBytes) {
            if (auto passed = sink(out); !passed)
                return passed;
            out.clear();
        }
    }
    out += selection->sessions.empty() ? "]\n}\n" : "\n  ]\n}\n";
    return sink(out);
}

} // namespace tend::journal::exchange
