// Reading an export back: validate everything, then write everything in one transaction.
#include <functional>
#include <map>
#include <set>

#include "tend/common/JsonPointer.h"
#include "tend/common/Log.h"
#include "tend/journal/Exchange.h"

namespace tend::journal::exchange {
namespace {
using nlohmann::json;

constexpr std::size_t kMaxIssues = 50;
constexpr int kMaxImportDepth = kMaxJsonDepth + 8; // the document's own levels around each payload

// Byte offset of the first invalid UTF-8 sequence, or npos.
std::size_t invalidUtf8At(std::string_view text)
{
    std::size_t i = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t n = text.size();
    while (i < n) {
        const unsigned char c = p[i];
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return i;
        }
        if (i + len > n)
            return i;
        for (std::size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return i;
        i += len;
    }
    return std::string_view::npos;
}

enum class Kind { Id, OptId, Text, OptText, Time, OptTime, Int, Enum, Payload, OptPayload, Array };

struct Field {
    const char* name;
    Kind kind;
    std::function<bool(std::string_view)> allowed = {};
    int low = 0;
    int high = 0;
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
                                         {"reminders", Kind::Array}};
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

// Structural validation plus ids and references, on a parsed document.
void validateDocument(const json& doc, Validator& v)
{
    if (!doc.is_object()) {
        v.add("", std::string("expected a JSON object at the top, found ") + doc.type_name());
        return;
    }
    auto format = doc.find("format");
    if (format == doc.end() || !format->is_string() || *format != kFormatName) {
        v.add("/format", std::string("expected \"") + kFormatName + "\" (is this a Tend journal export?)");
        return;
    }
    auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer()) {
        v.add("/version", "expected a whole number");
        return;
    }
    if (version->get<long long>() > kFormatVersion) {
        v.add("/version", "this export was written by a newer Tend (export version " +
                              std::to_string(version->get<long long>()) + "; this Tend reads version " +
                              std::to_string(kFormatVersion) + ")");
        return;
    }
    if (version->get<long long>() < 1) {
        v.add("/version", "unknown export version");
        return;
    }
    if (!v.object(doc, "",
                  {{"format", Kind::Text},
                   {"version", Kind::Int, {}, 1, kFormatVersion},
                   {"couples", Kind::Array},
                   {"sessions", Kind::Array}}))
        return;
    if (!v.issues.empty())
        return;

    std::map<std::string, std::set<std::string>> ids; // table -> ids seen
    auto unique = [&](const char* table, const json& row, const std::string& at) {
        if (!row.is_object() || !row.contains("id") || !row["id"].is_string())
            return;
        if (!ids[table].insert(row["id"].get<std::string>()).second)
            v.add(at + "/id", "this id appears more than once in the file");
    };
    std::map<std::string, std::set<std::string>> partnersOfCouple;
    std::set<std::string> commitmentIds;
    std::set<std::string> sessionIds;

    const json& couples = doc["couples"];
    for (std::size_t i = 0; i < couples.size(); ++i) {
        const std::string at = "/couples/" + std::to_string(i);
        const json& c = couples[i];
        if (!v.object(c, at, coupleFields()))
            continue;
        unique("couples", c, at);
        const std::string coupleId = c["id"].is_string() ? c["id"].get<std::string>() : "";
        if (c["partners"].is_array()) {
            if (c["partners"].size() > 2)
                v.add(at + "/partners", "a couple has at most two partners");
            for (std::size_t k = 0; k < c["partners"].size(); ++k) {
                const std::string pat = at + "/partners/" + std::to_string(k);
                const json& p = c["partners"][k];
                if (!v.object(p, pat, partnerFields()))
                    continue;
                unique("partners", p, pat);
                if (p["id"].is_string())
                    partnersOfCouple[coupleId].insert(p["id"].get<std::string>());
                if (p["safetyAnswers"].is_array())
                    for (std::size_t n = 0; n < p["safetyAnswers"].size(); ++n) {
                        const std::string sat = pat + "/safetyAnswers/" + std::to_string(n);
                        if (v.object(p["safetyAnswers"][n], sat, safetyFields()))
                            unique("safety_answers", p["safetyAnswers"][n], sat);
                    }
            }
        }
        if (c["commitments"].is_array())
            for (std::size_t k = 0; k < c["commitments"].size(); ++k) {
                const std::string mat = at + "/commitments/" + std::to_string(k);
                const json& m = c["commitments"][k];
                if (v.object(m, mat, commitmentFields())) {
                    unique("commitments", m, mat);
                    if (m["id"].is_string())
                        commitmentIds.insert(m["id"].get<std::string>());
                }
            }
        if (c["reminders"].is_array())
            for (std::size_t k = 0; k < c["reminders"].size(); ++k) {
                const std::string rat = at + "/reminders/" + std::to_string(k);
                if (v.object(c["reminders"][k], rat, reminderFields()))
                    unique("reminders", c["reminders"][k], rat);
            }
    }

    const json& sessions = doc["sessions"];
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const std::string at = "/sessions/" + std::to_string(i);
        const json& s = sessions[i];
        if (!v.object(s, at, sessionFields()))
            continue;
        unique("sessions", s, at);
        if (s["id"].is_string())
            sessionIds.insert(s["id"].get<std::string>());
        if (s["engineState"].is_object() && jsonDepth(payloadText(s["engineState"]), kMaxJsonDepth) > kMaxJsonDepth)
            v.add(at + "/engineState", "nested too deeply");
        const std::string coupleId = s["coupleId"].is_string() ? s["coupleId"].get<std::string>() : "";
        if (s["coupleId"].is_string() && !ids["couples"].count(coupleId))
            v.add(at + "/coupleId", "refers to a couple that is not in the file");
        const auto& partners = partnersOfCouple[coupleId];
        auto partnerRef = [&](const json& row, const std::string& rowAt, bool required) {
            if (!row.contains("partnerId"))
                return;
            const json& ref = row["partnerId"];
            if (ref.is_null()) {
                if (required)
                    v.add(rowAt + "/partnerId", "required");
                return;
            }
            if (ref.is_string() && !partners.count(ref.get<std::string>()))
                v.add(rowAt + "/partnerId", "refers to someone who is not a partner of this session's couple");
        };
        auto privateNeedsPartner = [&](const json& row, const std::string& rowAt) {
            if (row.contains("visibility") && row["visibility"] == "private" && row.contains("partnerId") &&
                row["partnerId"].is_null())
                v.add(rowAt + "/visibility", "a private answer must belong to one partner");
        };
        const std::pair<const char*, const std::vector<Field>*> lists[] = {{"entries", &entryFields()},
                                                                           {"drafts", &draftFields()},
                                                                           {"checkIns", &checkInFields()},
                                                                           {"commitments", &commitmentFields()},
                                                                           {"reminders", &reminderFields()}};
        for (const auto& [name, fields] : lists) {
            const json& rows = s[name];
            if (!rows.is_array())
                continue;
            const char* table = std::string_view(name) == "checkIns" ? "check_ins" : name;
            for (std::size_t k = 0; k < rows.size(); ++k) {
                const std::string rowAt = at + "/" + name + "/" + std::to_string(k);
                if (!v.object(rows[k], rowAt, *fields))
                    continue;
                unique(table, rows[k], rowAt);
                partnerRef(rows[k], rowAt, std::string_view(name) == "checkIns");
                privateNeedsPartner(rows[k], rowAt);
                if (std::string_view(name) == "commitments" && rows[k]["id"].is_string())
                    commitmentIds.insert(rows[k]["id"].get<std::string>());
            }
        }
    }
    // References that may point anywhere in the file.
    auto checkReminderRefs = [&](const json& rows, const std::string& at) {
        if (!rows.is_array())
            return;
        for (std::size_t k = 0; k < rows.size(); ++k) {
            const json& r = rows[k];
            if (r.is_object() && r.contains("commitmentId") && r["commitmentId"].is_string() &&
                !commitmentIds.count(r["commitmentId"].get<std::string>()))
                v.add(at + "/" + std::to_string(k) + "/commitmentId", "refers to a commitment that is not in the file");
        }
    };
    for (std::size_t i = 0; i < couples.size(); ++i) {
        if (!couples[i].is_object())
            continue;
        checkReminderRefs(couples[i].value("reminders", json::array()), "/couples/" + std::to_string(i) + "/reminders");
        const json partners = couples[i].value("partners", json::array());
        for (std::size_t k = 0; partners.is_array() && k < partners.size(); ++k) {
            const json answers = partners[k].is_object() ? partners[k].value("safetyAnswers", json::array()) : json();
            for (std::size_t n = 0; answers.is_array() && n < answers.size(); ++n) {
                const json& a = answers[n];
                if (a.is_object() && a.contains("sessionId") && a["sessionId"].is_string() &&
                    !sessionIds.count(a["sessionId"].get<std::string>()))
                    v.add("/couples/" + std::to_string(i) + "/partners/" + std::to_string(k) + "/safetyAnswers/" +
                              std::to_string(n) + "/sessionId",
                          "refers to a session that is not in the file");
            }
        }
    }
    for (std::size_t i = 0; i < sessions.size(); ++i)
        if (sessions[i].is_object())
            checkReminderRefs(sessions[i].value("reminders", json::array()),
                              "/sessions/" + std::to_string(i) + "/reminders");
}

Result<json> parseDocument(std::string_view text, Validator& v)
{
    if (text.size() > kMaxImportBytes) {
        v.add("", "the file is too large (" + std::to_string(text.size() / (1024 * 1024)) + " MiB; at most " +
                      std::to_string(kMaxImportBytes / (1024 * 1024)) + " MiB)");
        return makeError("invalid");
    }
    if (const std::size_t bad = invalidUtf8At(text); bad != std::string_view::npos) {
        v.add("", "the file is not valid UTF-8 (first bad byte at offset " + std::to_string(bad) + ")");
        return makeError("invalid");
    }
    // Counted before parsing, so hostile nesting never reaches a recursive step.
    if (jsonDepth(text, kMaxImportDepth) > kMaxImportDepth) {
        v.add("", "the file is nested more than " + std::to_string(kMaxImportDepth) + " levels deep");
        return makeError("invalid");
    }
    try {
        return json::parse(text);
    } catch (const json::parse_error& error) {
        std::size_t line = 1;
        std::size_t column = 1;
        const std::size_t upto = std::min<std::size_t>(error.byte > 0 ? error.byte - 1 : 0, text.size());
        for (std::size_t i = 0; i < upto; ++i) {
            if (text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        const bool truncated = error.byte >= text.size();
        v.add("", std::string(truncated ? "the file ends too early (is it truncated?)" : "the file is not valid JSON") +
                      " at line " + std::to_string(line) + ", column " + std::to_string(column));
        return makeError("invalid");
    } catch (const json::exception&) {
        // e.g. a number too large for any type (1e400)
        v.add("", "the file holds a value that cannot be read (a number out of range?)");
        return makeError("invalid");
    }
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

std::vector<ImportIssue> validate(std::string_view text)
{
    Validator v;
    auto doc = parseDocument(text, v);
    if (doc)
        validateDocument(*doc, v);
    return v.issues;
}

ImportReport importJson(Journal& journal, std::string_view text, const ImportOptions& options)
{
    ImportReport report;
    Validator v;
    auto parsed = parseDocument(text, v);
    if (parsed)
        validateDocument(*parsed, v);
    if (!v.issues.empty()) {
        report.issues = std::move(v.issues);
        return report;
    }
    const json& doc = *parsed;
    if (journal.isReadOnly()) {
        report.issues.push_back({"/", "the journal is read-only: " + journal.readOnlyReason()});
        return report;
    }

    // ---- ids already in the journal ----
    std::set<std::string> skip;
    sql::Database& db = journal.database();
    auto exists = [&](const char* table, const std::string& id) -> bool {
        auto stmt = db.prepare(std::string("SELECT 1 FROM ") + table + " WHERE id = ?1");
        if (!stmt)
            return false;
        stmt->bind(1, id);
        auto row = stmt->step();
        return row && *row;
    };
    auto conflict = [&](const char* table, const char* what, const json& row, const std::string& at) {
        const std::string id = row["id"].get<std::string>();
        if (!exists(table, id))
            return;
        if (options.merge)
            skip.insert(std::string(table) + ":" + id);
        else
            report.issues.push_back({at + "/id", std::string("a ") + what +
                                                     " with this id is already in the journal (use --merge to keep "
                                                     "the one there and add the rest)"});
    };
    const json& couples = doc["couples"];
    const json& sessions = doc["sessions"];
    for (std::size_t i = 0; i < couples.size(); ++i) {
        const std::string at = "/couples/" + std::to_string(i);
        conflict("couples", "couple", couples[i], at);
        for (std::size_t k = 0; k < couples[i]["partners"].size(); ++k) {
            const json& p = couples[i]["partners"][k];
            conflict("partners", "partner", p, at + "/partners/" + std::to_string(k));
            for (std::size_t n = 0; n < p["safetyAnswers"].size(); ++n)
                conflict("safety_answers", "safety answer", p["safetyAnswers"][n],
                         at + "/partners/" + std::to_string(k) + "/safetyAnswers/" + std::to_string(n));
        }
        for (std::size_t k = 0; k < couples[i]["commitments"].size(); ++k)
            conflict("commitments", "commitment", couples[i]["commitments"][k],
                     at + "/commitments/" + std::to_string(k));
        for (std::size_t k = 0; k < couples[i]["reminders"].size(); ++k)
            conflict("reminders", "reminder", couples[i]["reminders"][k], at + "/reminders/" + std::to_string(k));
    }
    const std::pair<const char*, const char*> lists[] = {{"entries", "entries"},
                                                         {"drafts", "drafts"},
                                                         {"checkIns", "check_ins"},
                                                         {"commitments", "commitments"},
                                                         {"reminders", "reminders"}};
    for (std::size_t i = 0; i < sessions.size(); ++i) {
        const std::string at = "/sessions/" + std::to_string(i);
        conflict("sessions", "session", sessions[i], at);
        for (const auto& [name, table] : lists)
            for (std::size_t k = 0; k < sessions[i][name].size(); ++k)
                conflict(table, "row", sessions[i][name][k], at + "/" + name + "/" + std::to_string(k));
        if (report.issues.size() >= kMaxIssues)
            break;
    }
    if (!report.issues.empty())
        return report;

    // ---- a verified backup before a bulk change ----
    if (options.backupFirst && !journal.isInMemory()) {
        auto count = db.queryInt("SELECT count(*) FROM couples");
        if (count && count->value_or(0) > 0) {
            auto made = journal.backupNow("before-import");
            if (!made) {
                report.issues.push_back({"/", "the backup that comes before an import failed, so nothing was "
                                              "imported: " +
                                                  made.error().message});
                return report;
            }
            report.backup = *made;
        }
    }

    // ---- everything in one transaction ----
    std::string failedAt;
    auto skipped = [&](const char* table, const json& row) {
        if (!skip.count(std::string(table) + ":" + row["id"].get<std::string>()))
            return false;
        ++report.skipped;
        return true;
    };
    auto write = [&]() -> Result<void> {
        auto step = [&](const std::string& at, Result<void> done) -> Result<void> {
            if (!done) {
                failedAt = at;
                return done;
            }
            ++report.added;
            return {};
        };
        for (std::size_t i = 0; i < couples.size(); ++i) {
            const json& c = couples[i];
            const std::string at = "/couples/" + std::to_string(i);
            if (!skipped("couples", c)) {
                Couple couple{str(c["id"]),        enumOf<CoupleKind>(c["kind"]), str(c["name"]),
                              str(c["createdAt"]), str(c["updatedAt"]),           0};
                if (auto done = step(at, journal.addCouple(couple)); !done)
                    return done;
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
                if (auto done = step(at + "/partners/" + std::to_string(k), journal.addPartner(partner)); !done)
                    return done;
            }
        }
        auto addCommitment = [&](const json& m, const std::string& coupleId, std::optional<std::string> sessionId,
                                 const std::string& at) -> Result<void> {
            if (skipped("commitments", m))
                return {};
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
            return step(at, journal.addCommitment(c));
        };
        auto addReminder = [&](const json& r, const std::string& coupleId, std::optional<std::string> sessionId,
                               const std::string& at) -> Result<void> {
            if (skipped("reminders", r))
                return {};
            Reminder x;
            x.id = str(r["id"]);
            x.coupleId = coupleId;
            x.sessionId = std::move(sessionId);
            x.commitmentId = optText(r["commitmentId"]);
            x.kind = enumOf<ReminderKind>(r["kind"]);
            x.dueAt = str(r["dueAt"]);
            x.place = optText(r["place"]);
            x.deliveredAt = optText(r["deliveredAt"]);
            x.createdAt = str(r["createdAt"]);
            return step(at, journal.addReminder(x));
        };
        for (std::size_t i = 0; i < couples.size(); ++i)
            for (std::size_t k = 0; k < couples[i]["commitments"].size(); ++k)
                if (auto done = addCommitment(couples[i]["commitments"][k], str(couples[i]["id"]), std::nullopt,
                                              "/couples/" + std::to_string(i) + "/commitments/" + std::to_string(k));
                    !done)
                    return done;
        for (std::size_t i = 0; i < sessions.size(); ++i) {
            const json& s = sessions[i];
            const std::string at = "/sessions/" + std::to_string(i);
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
                x.engineState = s["engineState"].is_null() ? std::string() : payloadText(s["engineState"]);
                if (auto done = step(at, journal.addSession(x)); !done)
                    return done;
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
                if (auto done = step(at + "/entries/" + std::to_string(k), journal.saveEntry(x)); !done)
                    return done;
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
                if (auto done = step(at + "/drafts/" + std::to_string(k), journal.saveDraft(x, true)); !done)
                    return done;
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
                if (auto done = step(at + "/checkIns/" + std::to_string(k), journal.addCheckIn(x)); !done)
                    return done;
            }
            for (std::size_t k = 0; k < s["commitments"].size(); ++k)
                if (auto done = addCommitment(s["commitments"][k], str(s["coupleId"]), sessionId,
                                              at + "/commitments/" + std::to_string(k));
                    !done)
                    return done;
        }
        // Reminders last: they may point at any commitment in the file.
        for (std::size_t i = 0; i < couples.size(); ++i)
            for (std::size_t k = 0; k < couples[i]["reminders"].size(); ++k)
                if (auto done = addReminder(couples[i]["reminders"][k], str(couples[i]["id"]), std::nullopt,
                                            "/couples/" + std::to_string(i) + "/reminders/" + std::to_string(k));
                    !done)
                    return done;
        for (std::size_t i = 0; i < sessions.size(); ++i)
            for (std::size_t k = 0; k < sessions[i]["reminders"].size(); ++k)
                if (auto done =
                        addReminder(sessions[i]["reminders"][k], str(sessions[i]["coupleId"]), str(sessions[i]["id"]),
                                    "/sessions/" + std::to_string(i) + "/reminders/" + std::to_string(k));
                    !done)
                    return done;
        for (std::size_t i = 0; i < couples.size(); ++i)
            for (std::size_t k = 0; k < couples[i]["partners"].size(); ++k) {
                const json& p = couples[i]["partners"][k];
                for (std::size_t n = 0; n < p["safetyAnswers"].size(); ++n) {
                    const json& a = p["safetyAnswers"][n];
                    if (skipped("safety_answers", a))
                        continue;
                    SafetyAnswer x{str(a["id"]),
                                   str(p["id"]),
                                   optText(a["sessionId"]),
                                   payloadText(a["payload"]),
                                   str(a["createdAt"]),
                                   0};
                    if (auto done = step("/couples/" + std::to_string(i) + "/partners/" + std::to_string(k) +
                                             "/safetyAnswers/" + std::to_string(n),
                                         journal.addSafetyAnswer(x));
                        !done)
                        return done;
                }
            }
        return {};
    };
    auto done = journal.transaction(write);
    if (!done) {
        report.added = 0;
        report.skipped = 0;
        report.issues.push_back({failedAt.empty() ? "/" : failedAt, done.error().message + "; nothing was imported"});
        return report;
    }
    report.ok = true;
    log::get("journal")->info("import added {} rows, kept {} existing", report.added, report.skipped);
    return report;
}

} // namespace tend::journal::exchange
