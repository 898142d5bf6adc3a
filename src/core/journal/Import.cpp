// Reading an export back, one session at a time: every element is validated as it arrives and written inside one
// transaction, which commits only when the whole file proved valid — otherwise nothing was imported.
#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "ImportStream.h"
#include "tend/common/JsonPointer.h"
#include "tend/common/Log.h"
#include "tend/journal/Exchange.h"

namespace tend::journal::exchange {
namespace {
using nlohmann::json;

constexpr std::size_t kMaxIssues = 50;
constexpr int kMaxImportDepth = kMaxJsonDepth + 8; // the document's own levels around each payload

enum class Kind { Id, OptId, Text, OptText, Time, OptTime, Int, Enum, Payload, OptPayload, Array };

struct Field {
    const char* name;
    Kind kind;
    std::function<bool(std::string_view)> allowed = {};
    int low = 0;
    int high = 0;
    bool mayBeMissing = false; ///< added after export version 1 first shipped: older files lack it
};

template <typename E> std::function<bool(std::string_view)> oneOf()
{
    return [](std::string_view text) {
        E value{};
        return parse(text, value);
    };
}

class Validator {
public:
    std::vector<ImportIssue> issues;

    void add(const std::string& pointer, std::string message)
    {
        if (issues.size() < kMaxIssues)
            issues.push_back({pointer.empty() ? "/" : pointer, std::move(message)});
        else if (issues.size() == kMaxIssues)
            issues.push_back({"/", "more problems were found; fix the ones above first"});
    }

    // Checks the fields of one object; returns false if it is not an object at all.
    bool object(const json& value, const std::string& pointer, const std::vector<Field>& fields)
    {
        if (!value.is_object()) {
            add(pointer, std::string("expected an object, found ") + value.type_name());
            return false;
        }
        for (const auto& [key, item] : value.items()) {
            bool known = false;
            for (const Field& f : fields)
                known = known || key == f.name;
            if (!known)
                add(pointer + "/" + escapeJsonPointerToken(key), "unknown field");
        }
        for (const Field& f : fields) {
            const std::string at = pointer + "/" + f.name;
            auto found = value.find(f.name);
            if (found == value.end()) {
                if (f.mayBeMissing)
                    continue;
                add(pointer, std::string("missing field \"") + f.name + "\"");
                continue;
            }
            check(*found, at, f);
        }
        return true;
    }

private:
    void check(const json& v, const std::string& at, const Field& f)
    {
        const bool nullable =
            f.kind == Kind::OptId || f.kind == Kind::OptText || f.kind == Kind::OptTime || f.kind == Kind::OptPayload;
        if (nullable && v.is_null())
            return;
        switch (f.kind) {
        case Kind::Id:
        case Kind::OptId:
            if (!v.is_string() || !isValidId(v.get_ref<const std::string&>()))
                add(at, "expected a lower-case UUID");
            break;
        case Kind::Text:
        case Kind::OptText:
            if (!v.is_string())
                add(at, std::string("expected a string, found ") + v.type_name());
            else if (v.get_ref<const std::string&>().size() > kMaxFieldBytes)
                add(at, "text too long (" + std::to_string(v.get_ref<const std::string&>().size()) +
                            " bytes; at most " + std::to_string(kMaxFieldBytes) + ")");
            break;
        case Kind::Time:
        case Kind::OptTime:
            if (!v.is_string() || !isValidTimestamp(v.get_ref<const std::string&>()))
                add(at, "expected an ISO-8601 UTC time like 2025-03-14T09:26:53.589Z");
            break;
        case Kind::Int:
            if (!v.is_number_integer() || v.get<long long>() < f.low || v.get<long long>() > f.high)
                add(at, "expected a whole number from " + std::to_string(f.low) + " to " + std::to_string(f.high));
            break;
        case Kind::Enum:
            if (!v.is_string() || !f.allowed(v.get_ref<const std::string&>()))
                add(at, "unexpected value");
            break;
        case Kind::Payload:
        case Kind::OptPayload: {
            if (!v.is_object()) {
                add(at, std::string("expected an object, found ") + v.type_name());
                break;
            }
            const std::string text = v.dump(-1, ' ', false, json::error_handler_t::replace);
            if (text.size() > kMaxPayloadBytes)
                add(at, "answer too long (" + std::to_string(text.size() / 1024) + " KiB; at most " +
                            std::to_string(kMaxPayloadBytes / 1024) + " KiB)");
            break;
        }
        case Kind::Array:
            if (!v.is_array())
                add(at, std::string("expected an array, found ") + v.type_name());
            break;
        }
    }
};

const std::vector<Field>& coupleFields()
{
    static const std::vector<Field> f = {{"id", Kind::Id},
                                         {"kind", Kind::Enum, oneOf<CoupleKind>()},
                                         {"name", Kind::Text},
                                         {"createdAt", Kind::Time},
                                         {"updatedAt", Kind::Time},
                                         {"partners", Kind::Array},
                                         {"commitments", Kind::Array},
                                         {"reminders", Kind::Array},
                                         {"repairAttempts", Kind::Array, {}, 0, 0, true}};
    return f;
}
const std::vector<Field>& repairAttemptFields()
{
    static const std::vector<Field> f = {
        {"id", Kind::Id}, {"madeBy", Kind::OptId}, {"taken", Kind::Int, {}, 0, 1}, {"notedAt", Kind::Time}};
    return f;
}
const std::vector<Field>& partnerFields()
{
    static const std::vector<Field> f = {
        {"id", Kind::Id},          {"displayName", Kind::Text}, {"position", Kind::Int, {}, 0, 1},
        {"createdAt", Kind::Time}, {"updatedAt", Kind::Time},   {"safetyAnswers", Kind::Array}};
    return f;
}
const std::vector<Field>& safetyFields()
{
    static const std::vector<Field> f = {
        {"id", Kind::Id}, {"sessionId", Kind::OptId}, {"createdAt", Kind::Time}, {"payload", Kind::Payload}};
    return f;
}
const std::vector<Field>& sessionFields()
{
    static const std::vector<Field> f = {{"id", Kind::Id},
                                         {"coupleId", Kind::Id},
                                         {"programId", Kind::Text},
                                         {"programVersion", Kind::Text},
                                         {"status", Kind::Enum, oneOf<SessionStatus>()},
                                         {"mode", Kind::Enum, oneOf<SessionMode>()},
                                         {"startedAt", Kind::Time},
                                         {"endedAt", Kind::OptTime},
                                         {"updatedAt", Kind::Time},
                                         {"pauseReason", Kind::OptText},
                                         {"returnAt", Kind::OptTime},
                                         {"returnPlace", Kind::OptText},
                                         {"title", Kind::OptText, {}, 0, 0, true},
                                         {"engineState", Kind::OptPayload},
                                         {"entries", Kind::Array},
                                         {"drafts", Kind::Array},
                                         {"checkIns", Kind::Array},
                                         {"commitments", Kind::Array},
                                         {"reminders", Kind::Array}};
    return f;
}
const std::vector<Field>& entryFields()
{
    static const std::vector<Field> f = {{"id", Kind::Id},
                                         {"partnerId", Kind::OptId},
                                         {"step", Kind::Text},
                                         {"card", Kind::Text},
                                         {"visibility", Kind::Enum, oneOf<Visibility>()},
                                         {"createdAt", Kind::Time},
                                         {"updatedAt", Kind::Time},
                                         {"payload", Kind::Payload}};
    return f;
}
const std::vector<Field>& draftFields()
{
    static const std::vector<Field> f = {{"id", Kind::Id},
                                         {"partnerId", Kind::OptId},
                                         {"step", Kind::Text},
                                         {"card", Kind::Text},
                                         {"visibility", Kind::Enum, oneOf<Visibility>()},
                                         {"updatedAt", Kind::Time},
                                         {"payload", Kind::Payload}};
    return f;
}
const std::vector<Field>& checkInFields()
{
    static const std::vector<Field> f = {{"id", Kind::Id},
                                         {"partnerId", Kind::Id},
                                         {"step", Kind::OptText},
                                         {"moment", Kind::Enum, oneOf<CheckInMoment>()},
                                         {"level", Kind::Int, {}, 0, 10},
                                         {"state", Kind::Enum, oneOf<BodyState>()},
                                         {"createdAt", Kind::Time},
                                         {"payload", Kind::Payload}};
    return f;
}
const std::vector<Field>& commitmentFields()
{
    static const std::vector<Field> f = {{"id", Kind::Id},
                                         {"partnerId", Kind::OptId},
                                         {"status", Kind::Enum, oneOf<CommitmentStatus>()},
                                         {"followUpAt", Kind::OptTime},
                                         {"reviewedAt", Kind::OptTime},
                                         {"createdAt", Kind::Time},
                                         {"updatedAt", Kind::Time},
                                         {"payload", Kind::Payload}};
    return f;
}
const std::vector<Field>& reminderFields()
{
    static const std::vector<Field> f = {
        {"id", Kind::Id},         {"commitmentId", Kind::OptId}, {"kind", Kind::Enum, oneOf<ReminderKind>()},
        {"dueAt", Kind::Time},    {"place", Kind::OptText},      {"deliveredAt", Kind::OptTime},
        {"createdAt", Kind::Time}};
    return f;
}

std::optional<std::string> optText(const json& v)
{
    return v.is_null() ? std::nullopt : std::optional(v.get<std::string>());
}
std::string str(const json& v)
{
    return v.get<std::string>();
}
std::string payloadText(const json& v)
{
    return v.dump(-1, ' ', false, json::error_handler_t::replace);
}

template <typename E> E enumOf(const json& v)
{
    E value{};
    parse(v.get_ref<const std::string&>(), value);
    return value;
}

std::string at(const std::string& base, const char* list, std::size_t index)
{
    return base + "/" + list + "/" + std::to_string(index);
}

bool hasId(const json& row)
{
    return row.is_object() && row.contains("id") && row["id"].is_string();
}

// A row whose writing waits for the end of the file: reminders may point at any commitment, safety answers at any
// session.
struct Deferred {
    json row;
    std::string owner; // the couple (reminders) or partner (safety answers) it belongs to
    std::optional<std::string> sessionId;
    std::string at;
    bool skip = false; // already in the journal (with merge)
};

// Validates each couple and session as the parser hands it over, and writes it at once while the file is clean so
// far. The caller runs it inside one transaction and commits only when finish() found nothing wrong.
class Importer {
public:
    Importer(Journal* journal, const ImportOptions& options, ImportReport& report)
        : m_journal(journal), m_options(options), m_report(report)
    {
    }

    void element(const std::string& list, std::size_t index, json&& value)
    {
        if (list == "couples") {
            couple(value, at("", "couples", index));
        } else if (!m_couplesSeen) {
            // A hand-made file may list sessions before couples; they wait until their couples are known.
            m_waitingSessions.emplace_back(index, std::move(value));
        } else {
            session(value, at("", "sessions", index));
        }
    }

    // The couples list ended, so every session can now be checked against them.
    void couplesComplete()
    {
        m_couplesSeen = true;
        for (auto& [index, value] : m_waitingSessions)
            session(value, at("", "sessions", index));
        m_waitingSessions.clear();
    }

    // Cross-file references, then the deferred rows. Returns whether everything is valid and written.
    bool finish()
    {
        couplesComplete();
        for (const Deferred& r : m_reminders)
            if (r.row["commitmentId"].is_string() &&
                !m_ids["commitments"].count(r.row["commitmentId"].get<std::string>()))
                m_rows.add(r.at + "/commitmentId", "refers to a commitment that is not in the file");
        for (const Deferred& a : m_safetyAnswers)
            if (a.row["sessionId"].is_string() && !m_ids["sessions"].count(a.row["sessionId"].get<std::string>()))
                m_rows.add(a.at + "/sessionId", "refers to a session that is not in the file");
        if (!clean())
            return false;
        for (const Deferred& r : m_reminders)
            if (!writeReminder(r))
                return false;
        for (const Deferred& a : m_safetyAnswers)
            if (!writeSafetyAnswer(a))
                return false;
        return clean();
    }

    std::vector<ImportIssue> rowIssues() { return std::move(m_rows.issues); }
    std::vector<ImportIssue> conflictIssues() { return std::move(m_conflicts.issues); }
    const std::string& failedAt() const { return m_failedAt; }
    const std::optional<std::string>& writeFailure() const { return m_writeFailure; }

private:
    bool writing() const { return m_journal != nullptr; }
    bool clean() const { return m_rows.issues.empty() && m_conflicts.issues.empty() && !m_writeFailure; }

    void unique(const char* table, const json& row, const std::string& rowAt)
    {
        if (!hasId(row))
            return;
        if (!m_ids[table].insert(row["id"].get<std::string>()).second)
            m_rows.add(rowAt + "/id", "this id appears more than once in the file");
    }

    // Whether the row is already in the journal: with merge it is kept (skipped), otherwise it is a conflict.
    bool alreadyThere(const char* table, const char* what, const json& row, const std::string& rowAt)
    {
        if (!writing() || !hasId(row) || !isValidId(row["id"].get_ref<const std::string&>()))
            return false;
        auto found = m_exists.find(table);
        if (found == m_exists.end()) {
            auto prepared = m_journal->database().prepare(std::string("SELECT 1 FROM ") + table + " WHERE id = ?1");
            if (!prepared) {
                m_writeFailure = prepared.error().message;
                return false;
            }
            found = m_exists.emplace(table, std::move(*prepared)).first;
        }
        sql::Statement& stmt = found->second;
        stmt.reset();
        stmt.bind(1, row["id"].get_ref<const std::string&>());
        auto stepped = stmt.step();
        const bool there = stepped && *stepped;
        stmt.reset();
        if (there && !m_options.merge)
            m_conflicts.add(rowAt + "/id", std::string("a ") + what +
                                               " with this id is already in the journal (use --merge to keep the one "
                                               "there and add the rest)");
        return there;
    }

    // Rows of this element that are already in the journal (merge), by table and id.
    bool skipped(const char* table, const json& row)
    {
        if (!m_skip.count(std::string(table) + ":" + row["id"].get<std::string>()))
            return false;
        ++m_report.skipped;
        return true;
    }
    void checkExisting(const char* table, const char* what, const json& row, const std::string& rowAt)
    {
        if (alreadyThere(table, what, row, rowAt))
            m_skip.insert(std::string(table) + ":" + row["id"].get<std::string>());
    }

    bool step(const std::string& rowAt, Result<void> done)
    {
        if (!done) {
            m_failedAt = rowAt;
            m_writeFailure = done.error().message;
            return false;
        }
        ++m_report.added;
        return true;
    }

    void couple(const json& c, const std::string& coupleAt)
    {
        if (!m_rows.object(c, coupleAt, coupleFields()))
            return;
        unique("couples", c, coupleAt);
        checkExisting("couples", "couple", c, coupleAt);
        const std::string coupleId = c["id"].is_string() ? c["id"].get<std::string>() : "";
        if (c["partners"].is_array()) {
            if (c["partners"].size() > 2)
                m_rows.add(coupleAt + "/partners", "a couple has at most two partners");
            for (std::size_t k = 0; k < c["partners"].size(); ++k) {
                const std::string pat = at(coupleAt, "partners", k);
                const json& p = c["partners"][k];
                if (!m_rows.object(p, pat, partnerFields()))
                    continue;
                unique("partners", p, pat);
                checkExisting("partners", "partner", p, pat);
                if (p["id"].is_string())
                    m_partnersOfCouple[coupleId].insert(p["id"].get<std::string>());
                if (!p["safetyAnswers"].is_array())
                    continue;
                for (std::size_t n = 0; n < p["safetyAnswers"].size(); ++n) {
                    const std::string sat = at(pat, "safetyAnswers", n);
                    const json& a = p["safetyAnswers"][n];
                    if (!m_rows.object(a, sat, safetyFields()))
                        continue;
                    unique("safety_answers", a, sat);
                    const bool skip = alreadyThere("safety_answers", "safety answer", a, sat);
                    if (p["id"].is_string())
                        m_safetyAnswers.push_back({a, p["id"].get<std::string>(), std::nullopt, sat, skip});
                }
            }
        }
        if (c["commitments"].is_array())
            for (std::size_t k = 0; k < c["commitments"].size(); ++k) {
                const std::string mat = at(coupleAt, "commitments", k);
                if (!m_rows.object(c["commitments"][k], mat, commitmentFields()))
                    continue;
                unique("commitments", c["commitments"][k], mat);
                checkExisting("commitments", "commitment", c["commitments"][k], mat);
            }
        if (c["reminders"].is_array())
            for (std::size_t k = 0; k < c["reminders"].size(); ++k) {
                const std::string rat = at(coupleAt, "reminders", k);
                const json& r = c["reminders"][k];
                if (!m_rows.object(r, rat, reminderFields()))
                    continue;
                unique("reminders", r, rat);
                const bool skip = alreadyThere("reminders", "reminder", r, rat);
                m_reminders.push_back({r, coupleId, std::nullopt, rat, skip});
            }
        if (c.contains("repairAttempts") && c["repairAttempts"].is_array())
            for (std::size_t k = 0; k < c["repairAttempts"].size(); ++k) {
                const std::string aat = at(coupleAt, "repairAttempts", k);
                const json& a = c["repairAttempts"][k];
                if (!m_rows.object(a, aat, repairAttemptFields()))
                    continue;
                unique("repair_attempts", a, aat);
                if (a["madeBy"].is_string() && !m_partnersOfCouple[coupleId].count(a["madeBy"].get<std::string>()))
                    m_rows.add(aat + "/madeBy", "refers to a partner who is not in this couple");
                checkExisting("repair_attempts", "repair attempt", a, aat);
            }
        if (writing() && clean())
            writeCouple(c, coupleAt);
        m_skip.clear();
    }

    void session(const json& s, const std::string& sessionAt)
    {
        if (!m_rows.object(s, sessionAt, sessionFields()))
            return;
        unique("sessions", s, sessionAt);
        checkExisting("sessions", "session", s, sessionAt);
        if (s["engineState"].is_object() && jsonDepth(payloadText(s["engineState"]), kMaxJsonDepth) > kMaxJsonDepth)
            m_rows.add(sessionAt + "/engineState", "nested too deeply");
        const std::string coupleId = s["coupleId"].is_string() ? s["coupleId"].get<std::string>() : "";
        if (s["coupleId"].is_string() && !m_ids["couples"].count(coupleId))
            m_rows.add(sessionAt + "/coupleId", "refers to a couple that is not in the file");
        const auto& partners = m_partnersOfCouple[coupleId];
        const std::pair<const char*, const std::vector<Field>*> lists[] = {{"entries", &entryFields()},
                                                                           {"drafts", &draftFields()},
                                                                           {"checkIns", &checkInFields()},
                                                                           {"commitments", &commitmentFields()},
                                                                           {"reminders", &reminderFields()}};
        for (const auto& [name, fields] : lists) {
            const json& rows = s[name];
            if (!rows.is_array())
                continue;
            const std::string_view list = name;
            const char* table = list == "checkIns" ? "check_ins" : name;
            for (std::size_t k = 0; k < rows.size(); ++k) {
                const std::string rowAt = at(sessionAt, name, k);
                const json& row = rows[k];
                if (!m_rows.object(row, rowAt, *fields))
                    continue;
                unique(table, row, rowAt);
                if (row.contains("partnerId")) {
                    const json& ref = row["partnerId"];
                    if (ref.is_null() && list == "checkIns")
                        m_rows.add(rowAt + "/partnerId", "required");
                    else if (ref.is_string() && !partners.count(ref.get<std::string>()))
                        m_rows.add(rowAt + "/partnerId",
                                   "refers to someone who is not a partner of this session's couple");
                }
                if (row.contains("visibility") && row["visibility"] == "private" && row.contains("partnerId") &&
                    row["partnerId"].is_null())
                    m_rows.add(rowAt + "/visibility", "a private answer must belong to one partner");
                if (list == "reminders") {
                    const bool skip = alreadyThere(table, "row", row, rowAt);
                    m_reminders.push_back({row, coupleId, s["id"].get<std::string>(), rowAt, skip});
                } else {
                    checkExisting(table, "row", row, rowAt);
                }
            }
        }
        if (writing() && clean())
            writeSession(s, sessionAt);
        m_skip.clear();
    }

    void writeCouple(const json& c, const std::string& coupleAt)
    {
        if (!skipped("couples", c)) {
            Couple couple{str(c["id"]),        enumOf<CoupleKind>(c["kind"]), str(c["name"]),
                          str(c["createdAt"]), str(c["updatedAt"]),           0};
            if (!step(coupleAt, m_journal->addCouple(couple)))
                return;
        }
        for (std::size_t k = 0; k < c["partners"].size(); ++k) {
            const json& p = c["partners"][k];
            if (skipped("partners", p))
                continue;
            Partner partner{str(p["id"]),
                            str(c["id"]),
                            str(p["displayName"]),
                            p["position"].get<int>(),
                            str(p["createdAt"]),
                            str(p["updatedAt"]),
                            0};
            if (!step(at(coupleAt, "partners", k), m_journal->addPartner(partner)))
                return;
        }
        for (std::size_t k = 0; k < c["commitments"].size(); ++k)
            if (!writeCommitment(c["commitments"][k], str(c["id"]), std::nullopt, at(coupleAt, "commitments", k)))
                return;
        if (!c.contains("repairAttempts"))
            return; // an export from before the ledger
        // Written oldest first, so the ledger keeps its order (newest has the highest seq).
        const json& attempts = c["repairAttempts"];
        for (std::size_t k = attempts.size(); k-- > 0;) {
            const json& a = attempts[k];
            if (skipped("repair_attempts", a))
                continue;
            RepairAttempt x{
                str(a["id"]), str(c["id"]), optText(a["madeBy"]), a["taken"].get<int>() == 1, str(a["notedAt"]), 0};
            if (!step(at(coupleAt, "repairAttempts", k), m_journal->addRepairAttempt(x)))
                return;
        }
    }

    bool writeCommitment(const json& m, const std::string& coupleId, std::optional<std::string> sessionId,
                         const std::string& rowAt)
    {
        if (skipped("commitments", m))
            return true;
        Commitment c;
        c.id = str(m["id"]);
        c.coupleId = coupleId;
        c.sessionId = std::move(sessionId);
        c.partnerId = optText(m["partnerId"]);
        c.status = enumOf<CommitmentStatus>(m["status"]);
        c.payload = payloadText(m["payload"]);
        c.followUpAt = optText(m["followUpAt"]);
        c.reviewedAt = optText(m["reviewedAt"]);
        c.createdAt = str(m["createdAt"]);
        c.updatedAt = str(m["updatedAt"]);
        return step(rowAt, m_journal->addCommitment(c));
    }

    void writeSession(const json& s, const std::string& sessionAt)
    {
        const std::string sessionId = str(s["id"]);
        if (!skipped("sessions", s)) {
            Session x;
            x.id = sessionId;
            x.coupleId = str(s["coupleId"]);
            x.programId = str(s["programId"]);
            x.programVersion = str(s["programVersion"]);
            x.status = enumOf<SessionStatus>(s["status"]);
            x.mode = enumOf<SessionMode>(s["mode"]);
            x.startedAt = str(s["startedAt"]);
            x.endedAt = optText(s["endedAt"]);
            x.updatedAt = str(s["updatedAt"]);
            x.pauseReason = optText(s["pauseReason"]);
            x.returnAt = optText(s["returnAt"]);
            x.returnPlace = optText(s["returnPlace"]);
            if (s.contains("title"))
                x.title = optText(s["title"]);
            x.engineState = s["engineState"].is_null() ? std::string() : payloadText(s["engineState"]);
            if (!step(sessionAt, m_journal->addSession(x)))
                return;
        }
        for (std::size_t k = 0; k < s["entries"].size(); ++k) {
            const json& e = s["entries"][k];
            if (skipped("entries", e))
                continue;
            Entry x;
            x.id = str(e["id"]);
            x.sessionId = sessionId;
            x.partnerId = optText(e["partnerId"]);
            x.step = str(e["step"]);
            x.card = str(e["card"]);
            x.payload = payloadText(e["payload"]);
            x.visibility = enumOf<Visibility>(e["visibility"]);
            x.createdAt = str(e["createdAt"]);
            x.updatedAt = str(e["updatedAt"]);
            if (!step(at(sessionAt, "entries", k), m_journal->saveEntry(x)))
                return;
        }
        for (std::size_t k = 0; k < s["drafts"].size(); ++k) {
            const json& d = s["drafts"][k];
            if (skipped("drafts", d))
                continue;
            Draft x;
            x.id = str(d["id"]);
            x.sessionId = sessionId;
            x.partnerId = optText(d["partnerId"]);
            x.step = str(d["step"]);
            x.card = str(d["card"]);
            x.payload = payloadText(d["payload"]);
            x.visibility = enumOf<Visibility>(d["visibility"]);
            x.updatedAt = str(d["updatedAt"]);
            if (!step(at(sessionAt, "drafts", k), m_journal->saveDraft(x, true)))
                return;
        }
        for (std::size_t k = 0; k < s["checkIns"].size(); ++k) {
            const json& c = s["checkIns"][k];
            if (skipped("check_ins", c))
                continue;
            CheckIn x;
            x.id = str(c["id"]);
            x.sessionId = sessionId;
            x.partnerId = str(c["partnerId"]);
            x.step = optText(c["step"]);
            x.moment = enumOf<CheckInMoment>(c["moment"]);
            x.level = c["level"].get<int>();
            x.state = enumOf<BodyState>(c["state"]);
            x.payload = payloadText(c["payload"]);
            x.createdAt = str(c["createdAt"]);
            if (!step(at(sessionAt, "checkIns", k), m_journal->addCheckIn(x)))
                return;
        }
        for (std::size_t k = 0; k < s["commitments"].size(); ++k)
            if (!writeCommitment(s["commitments"][k], str(s["coupleId"]), sessionId, at(sessionAt, "commitments", k)))
                return;
    }

    bool writeReminder(const Deferred& r)
    {
        if (r.skip) {
            ++m_report.skipped;
            return true;
        }
        Reminder x;
        x.id = str(r.row["id"]);
        x.coupleId = r.owner;
        x.sessionId = r.sessionId;
        x.commitmentId = optText(r.row["commitmentId"]);
        x.kind = enumOf<ReminderKind>(r.row["kind"]);
        x.dueAt = str(r.row["dueAt"]);
        x.place = optText(r.row["place"]);
        x.deliveredAt = optText(r.row["deliveredAt"]);
        x.createdAt = str(r.row["createdAt"]);
        return step(r.at, m_journal->addReminder(x));
    }

    bool writeSafetyAnswer(const Deferred& a)
    {
        if (a.skip) {
            ++m_report.skipped;
            return true;
        }
        SafetyAnswer x{str(a.row["id"]),        a.owner, optText(a.row["sessionId"]), payloadText(a.row["payload"]),
                       str(a.row["createdAt"]), 0};
        return step(a.at, m_journal->addSafetyAnswer(x));
    }

    Journal* m_journal; // null: validate only
    const ImportOptions& m_options;
    ImportReport& m_report;
    Validator m_rows;      // problems inside the file
    Validator m_conflicts; // ids already in the journal (reported only when the file itself is valid)
    std::optional<std::string> m_writeFailure;
    std::string m_failedAt;
    std::map<std::string, std::set<std::string>> m_ids; // table → ids seen in the file
    std::map<std::string, std::set<std::string>> m_partnersOfCouple;
    std::map<std::string, sql::Statement> m_exists;
    std::set<std::string> m_skip; // "table:id" of this element's rows already in the journal
    std::vector<Deferred> m_reminders;
    std::vector<Deferred> m_safetyAnswers;
    bool m_couplesSeen = false;
    std::vector<std::pair<std::size_t, json>> m_waitingSessions;
};

// Problems that make the rest of the file unreadable or not a Tend export: when any is found, it is the only thing
// reported (row problems found on the way would only be noise).
std::vector<ImportIssue> documentIssues(const stream::CheckedInput& input, const stream::ParseOutcome& parsed)
{
    Validator v;
    if (input.tooLarge) {
        v.add("", "the file is too large (at most " + std::to_string(kMaxImportBytes / (1024 * 1024)) + " MiB)");
    } else if (input.badUtf8At) {
        v.add("", "the file is not valid UTF-8 (first bad byte at offset " + std::to_string(*input.badUtf8At) + ")");
    } else if (parsed.tooDeep) {
        v.add("", "the file is nested more than " + std::to_string(kMaxImportDepth) + " levels deep");
    } else if (parsed.valueOutOfRange) {
        v.add("", "the file holds a value that cannot be read (a number out of range?)");
    } else if (parsed.syntaxError) {
        const auto [line, column] = input.lineColumnBefore(parsed.errorByte);
        const bool truncated = input.reachedEnd && parsed.errorByte > input.delivered();
        v.add("", std::string(truncated ? "the file ends too early (is it truncated?)" : "the file is not valid JSON") +
                      " at line " + std::to_string(line) + ", column " + std::to_string(column));
    }
    if (!v.issues.empty())
        return v.issues;

    const stream::TopLevel& top = parsed.top;
    if (!top.isObject) {
        v.add("", "expected a JSON object at the top, found " + top.notObjectType);
        return v.issues;
    }
    auto format = top.values.find("format");
    if (format == top.values.end() || !format->second.is_string() || format->second != kFormatName) {
        v.add("/format", std::string("expected \"") + kFormatName + "\" (is this a Tend journal export?)");
        return v.issues;
    }
    auto version = top.values.find("version");
    if (version == top.values.end() || !version->second.is_number_integer()) {
        v.add("/version", "expected a whole number");
        return v.issues;
    }
    const long long number = version->second.get<long long>();
    if (number > kFormatVersion) {
        v.add("/version", "this export was written by a newer Tend (export version " + std::to_string(number) +
                              "; this Tend reads version " + std::to_string(kFormatVersion) + ")");
        return v.issues;
    }
    if (number < 1) {
        v.add("/version", "unknown export version");
        return v.issues;
    }
    for (const auto& [key, type] : top.types)
        if (key != "format" && key != "version" && key != "couples" && key != "sessions")
            v.add("/" + escapeJsonPointerToken(key), "unknown field");
    for (const char* list : {"couples", "sessions"}) {
        auto found = top.types.find(list);
        if (found == top.types.end())
            v.add("", std::string("missing field \"") + list + "\"");
        else if (found->second != "array")
            v.add(std::string("/") + list, "expected an array, found " + found->second);
    }
    for (const std::string& key : top.repeated)
        v.add("/" + escapeJsonPointerToken(key), "appears more than once");
    return v.issues;
}

// The whole import, reading once. With a journal, runs inside the caller's transaction.
void run(Journal* journal, const ImportReader& read, const ImportOptions& options, ImportReport& report)
{
    stream::CheckedInput input(read, kMaxImportBytes);
    Importer importer(journal, options, report);
    stream::Handlers handlers;
    handlers.element = [&](const std::string& list, std::size_t index, json&& value) {
        importer.element(list, index, std::move(value));
    };
    handlers.listEnded = [&](const std::string& list) {
        if (list == "couples")
            importer.couplesComplete();
    };
    const stream::ParseOutcome parsed = stream::parse(input, kMaxImportDepth, handlers);
    if (input.readFailure) {
        // The source itself failed (a read error, a damaged encrypted chunk): one sentence, no pointer.
        report.issues = {{"", *input.readFailure}};
        return;
    }
    report.issues = documentIssues(input, parsed);
    if (!report.issues.empty())
        return;
    const bool written = importer.finish();
    report.issues = importer.rowIssues();
    if (report.issues.empty())
        report.issues = importer.conflictIssues();
    if (report.issues.empty() && !written && importer.writeFailure())
        report.issues.push_back({importer.failedAt().empty() ? "/" : importer.failedAt(),
                                 *importer.writeFailure() + "; nothing was imported"});
}

} // namespace

std::string ImportReport::describe(std::size_t limit) const
{
    std::string out;
    for (std::size_t i = 0; i < issues.size() && i < limit; ++i)
        out += issues[i].pointer + ": " + issues[i].message + "\n";
    if (issues.size() > limit)
        out += "(" + std::to_string(issues.size() - limit) + " more)\n";
    return out;
}

ImportReader readerOf(std::string_view text)
{
    return [text, offset = std::size_t{0}](char* buffer, std::size_t capacity) mutable -> Result<std::size_t> {
        const std::size_t n = std::min(capacity, text.size() - offset);
        std::copy_n(text.data() + offset, n, buffer);
        offset += n;
        return n;
    };
}

std::vector<ImportIssue> validate(const ImportReader& read)
{
    ImportReport report;
    run(nullptr, read, {}, report);
    return report.issues;
}

std::vector<ImportIssue> validate(std::string_view text)
{
    return validate(readerOf(text));
}

ImportReport importJson(Journal& journal, const ImportReader& read, const ImportOptions& options)
{
    ImportReport report;
    if (journal.isReadOnly()) {
        // Checked in full all the same, so the person learns about the file's own problems first.
        run(nullptr, read, options, report);
        if (report.issues.empty())
            report.issues.push_back({"/", "the journal is read-only: " + journal.readOnlyReason()});
        return report;
    }
    bool hadData = false;
    if (options.backupFirst && !journal.isInMemory()) {
        auto count = journal.database().queryInt("SELECT count(*) FROM couples");
        hadData = count && count->value_or(0) > 0;
    }
    auto done = journal.transaction([&]() -> Result<void> {
        run(&journal, read, options, report);
        if (!report.issues.empty())
            return makeError("the import was not valid");
        if (hadData) {
            // Made now, before COMMIT: the backup reads the journal through its own connection, which sees the
            // journal as it was before this transaction — and an invalid file never gets this far.
            auto made = journal.backupNow("before-import");
            if (!made) {
                report.issues.push_back(
                    {"/", "the backup that comes before an import failed, so nothing was imported: " +
                              made.error().message});
                return makeError("no backup");
            }
            report.backup = *made;
        }
        return {};
    });
    if (!done && report.issues.empty())
        report.issues.push_back({"/", done.error().message + "; nothing was imported"});
    if (!report.issues.empty()) {
        report.added = 0;
        report.skipped = 0;
        report.backup.reset();
        return report;
    }
    report.ok = true;
    log::get("journal")->info("import added {} rows, kept {} existing", report.added, report.skipped);
    return report;
}

ImportReport importJson(Journal& journal, std::string_view text, const ImportOptions& options)
{
    return importJson(journal, readerOf(text), options);
}

} // namespace tend::journal::exchange
