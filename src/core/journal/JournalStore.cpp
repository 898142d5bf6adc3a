// Reads and writes of every journal table. Values are always bound, never pasted into SQL.
#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "tend/common/Result.h"
#include "tend/journal/Journal.h"

namespace tend::journal {
namespace {

std::string payloadAt(const sql::Statement& stmt, int column)
{
    // TEXT today; the privacy layer stores ciphertext as BLOB in the same column.
    return stmt.columnType(column) == SQLITE_BLOB ? stmt.columnBlob(column) : stmt.columnText(column);
}

Result<void> requireId(std::string& id, const char* what)
{
    if (id.empty())
        id = newId();
    if (!isValidId(id))
        return makeError(std::string("The ") + what + " id is not a valid UUID");
    return {};
}

Result<void> requireOptionalId(const std::optional<std::string>& id, const char* what)
{
    if (id && !isValidId(*id))
        return makeError(std::string("The ") + what + " id is not a valid UUID");
    return {};
}

Result<void> stamp(std::string& field, const std::string& now, const char* what)
{
    if (field.empty())
        field = now;
    if (!isValidTimestamp(field))
        return makeError(std::string("The ") + what + " time is not an ISO-8601 UTC timestamp");
    return {};
}

Result<void> checkOptionalTime(const std::optional<std::string>& value, const char* what)
{
    if (value && !isValidTimestamp(*value))
        return makeError(std::string("The ") + what + " time is not an ISO-8601 UTC timestamp");
    return {};
}

std::string viewerClause(const Viewer& viewer, const char* alias, int parameter)
{
    const std::string a(alias);
    switch (viewer.kind) {
    case Viewer::Kind::Everything:
        return "1";
    case Viewer::Kind::SharedOnly:
        return a + "visibility = 'shared'";
    case Viewer::Kind::Partner:
        return "(" + a + "visibility = 'shared' OR " + a + "partner_id = ?" + std::to_string(parameter) + ")";
    }
    return "0";
}

template <typename T, typename Read> Result<std::vector<T>> collect(sql::Statement& stmt, Read read)
{
    std::vector<T> out;
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.push_back(read(stmt));
    }
}

// ---- row readers (column order matches the SELECT lists below) ----

constexpr const char* kCoupleColumns = "seq, id, kind, name, created_at, updated_at";
Couple readCouple(const sql::Statement& s)
{
    Couple c;
    c.seq = s.columnInt(0);
    c.id = s.columnText(1);
    parse(s.columnText(2), c.kind);
    c.name = s.columnText(3);
    c.createdAt = s.columnText(4);
    c.updatedAt = s.columnText(5);
    return c;
}

constexpr const char* kPartnerColumns = "seq, id, couple_id, display_name, position, created_at, updated_at";
Partner readPartner(const sql::Statement& s)
{
    Partner p;
    p.seq = s.columnInt(0);
    p.id = s.columnText(1);
    p.coupleId = s.columnText(2);
    p.displayName = s.columnText(3);
    p.position = static_cast<int>(s.columnInt(4));
    p.createdAt = s.columnText(5);
    p.updatedAt = s.columnText(6);
    return p;
}

constexpr const char* kSessionColumns =
    "s.seq, s.id, s.couple_id, s.program_id, s.program_version, s.status, s.mode, s.started_at, s.ended_at, "
    "s.updated_at, s.pause_reason, s.return_at, s.return_place, s.engine_state, s.title";
Session readSession(const sql::Statement& s)
{
    Session x;
    x.seq = s.columnInt(0);
    x.id = s.columnText(1);
    x.coupleId = s.columnText(2);
    x.programId = s.columnText(3);
    x.programVersion = s.columnText(4);
    parse(s.columnText(5), x.status);
    parse(s.columnText(6), x.mode);
    x.startedAt = s.columnText(7);
    x.endedAt = s.columnOptText(8);
    x.updatedAt = s.columnText(9);
    x.pauseReason = s.columnOptText(10);
    x.returnAt = s.columnOptText(11);
    x.returnPlace = s.columnOptText(12);
    x.engineState = s.columnText(13);
    x.title = s.columnOptText(14);
    return x;
}

constexpr const char* kEntryColumns =
    "e.seq, e.id, e.session_id, e.partner_id, e.step, e.card, e.payload, e.visibility, e.created_at, e.updated_at";
Entry readEntry(const sql::Statement& s)
{
    Entry e;
    e.seq = s.columnInt(0);
    e.id = s.columnText(1);
    e.sessionId = s.columnText(2);
    e.partnerId = s.columnOptText(3);
    e.step = s.columnText(4);
    e.card = s.columnText(5);
    e.payload = payloadAt(s, 6);
    parse(s.columnText(7), e.visibility);
    e.createdAt = s.columnText(8);
    e.updatedAt = s.columnText(9);
    return e;
}

constexpr const char* kDraftColumns = "seq, id, session_id, partner_id, step, card, payload, visibility, updated_at";
Draft readDraft(const sql::Statement& s)
{
    Draft d;
    d.seq = s.columnInt(0);
    d.id = s.columnText(1);
    d.sessionId = s.columnText(2);
    d.partnerId = s.columnOptText(3);
    d.step = s.columnText(4);
    d.card = s.columnText(5);
    d.payload = payloadAt(s, 6);
    parse(s.columnText(7), d.visibility);
    d.updatedAt = s.columnText(8);
    return d;
}

constexpr const char* kCheckInColumns =
    "seq, id, session_id, partner_id, step, moment, level, state, payload, created_at";
CheckIn readCheckIn(const sql::Statement& s)
{
    CheckIn c;
    c.seq = s.columnInt(0);
    c.id = s.columnText(1);
    c.sessionId = s.columnOptText(2);
    c.partnerId = s.columnText(3);
    c.step = s.columnOptText(4);
    parse(s.columnText(5), c.moment);
    c.level = static_cast<int>(s.columnInt(6));
    parse(s.columnText(7), c.state);
    c.payload = payloadAt(s, 8);
    c.createdAt = s.columnText(9);
    return c;
}

constexpr const char* kCommitmentColumns = "seq, id, couple_id, session_id, partner_id, status, payload, "
                                           "follow_up_at, reviewed_at, created_at, updated_at";
Commitment readCommitment(const sql::Statement& s)
{
    Commitment c;
    c.seq = s.columnInt(0);
    c.id = s.columnText(1);
    c.coupleId = s.columnText(2);
    c.sessionId = s.columnOptText(3);
    c.partnerId = s.columnOptText(4);
    parse(s.columnText(5), c.status);
    c.payload = payloadAt(s, 6);
    c.followUpAt = s.columnOptText(7);
    c.reviewedAt = s.columnOptText(8);
    c.createdAt = s.columnText(9);
    c.updatedAt = s.columnText(10);
    return c;
}

constexpr const char* kReminderColumns =
    "seq, id, couple_id, session_id, commitment_id, kind, due_at, place, delivered_at, created_at";
Reminder readReminder(const sql::Statement& s)
{
    Reminder r;
    r.seq = s.columnInt(0);
    r.id = s.columnText(1);
    r.coupleId = s.columnText(2);
    r.sessionId = s.columnOptText(3);
    r.commitmentId = s.columnOptText(4);
    parse(s.columnText(5), r.kind);
    r.dueAt = s.columnText(6);
    r.place = s.columnOptText(7);
    r.deliveredAt = s.columnOptText(8);
    r.createdAt = s.columnText(9);
    return r;
}

constexpr const char* kSafetyColumns = "seq, id, partner_id, session_id, payload, created_at";
SafetyAnswer readSafety(const sql::Statement& s)
{
    SafetyAnswer a;
    a.seq = s.columnInt(0);
    a.id = s.columnText(1);
    a.partnerId = s.columnText(2);
    a.sessionId = s.columnOptText(3);
    a.payload = payloadAt(s, 4);
    a.createdAt = s.columnText(5);
    return a;
}

} // namespace

// ---- couples and partners ----

Result<void> Journal::addCouple(Couple& c)
{
    const std::string now = nowUtc();
    TEND_TRY(requireId(c.id, "couple"));
    TEND_TRY(stamp(c.createdAt, now, "creation"));
    TEND_TRY(stamp(c.updatedAt, c.createdAt, "update"));
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare(
            "INSERT INTO couples(id, kind, name, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5) RETURNING seq");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, c.id).bind(2, toString(c.kind)).bind(3, c.name).bind(4, c.createdAt).bind(5, c.updatedAt);
        auto row = stmt->step();
        if (!row)
            return makeError("Cannot save the couple: " + row.error().message);
        c.seq = stmt->columnInt(0);
        return {};
    });
}

Result<void> Journal::updateCouple(const Couple& c)
{
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("UPDATE couples SET kind = ?2, name = ?3, updated_at = ?4 WHERE id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, c.id).bind(2, toString(c.kind)).bind(3, c.name).bind(4, nowUtc());
        TEND_TRY(stmt->run());
        if (m_db.changes() == 0)
            return makeError("There is no couple with this id");
        return {};
    });
}

Result<std::vector<Couple>> Journal::couples()
{
    auto stmt = m_db.prepare(std::string("SELECT ") + kCoupleColumns + " FROM couples ORDER BY seq");
    if (!stmt)
        return stmt.error();
    return collect<Couple>(*stmt, readCouple);
}

Result<std::optional<Couple>> Journal::couple(const std::string& id)
{
    auto stmt = m_db.prepare(std::string("SELECT ") + kCoupleColumns + " FROM couples WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto rows = collect<Couple>(*stmt, readCouple);
    if (!rows)
        return rows.error();
    return rows->empty() ? std::optional<Couple>() : std::optional<Couple>(rows->front());
}

Result<void> Journal::addPartner(Partner& p)
{
    const std::string now = nowUtc();
    TEND_TRY(requireId(p.id, "partner"));
    TEND_TRY(stamp(p.createdAt, now, "creation"));
    TEND_TRY(stamp(p.updatedAt, p.createdAt, "update"));
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("INSERT INTO partners(id, couple_id, display_name, position, created_at, updated_at) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING seq");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, p.id).bind(2, p.coupleId).bind(3, p.displayName).bind(4, p.position).bind(5, p.createdAt);
        stmt->bind(6, p.updatedAt);
        auto row = stmt->step();
        if (!row)
            return makeError("Cannot save the partner: " + row.error().message);
        p.seq = stmt->columnInt(0);
        return {};
    });
}

Result<void> Journal::updatePartner(const Partner& p)
{
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("UPDATE partners SET display_name = ?2, position = ?3, updated_at = ?4 WHERE id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, p.id).bind(2, p.displayName).bind(3, p.position).bind(4, nowUtc());
        TEND_TRY(stmt->run());
        if (m_db.changes() == 0)
            return makeError("There is no partner with this id");
        return {};
    });
}

Result<std::vector<Partner>> Journal::partners(const std::string& coupleId)
{
    auto stmt = m_db.prepare(std::string("SELECT ") + kPartnerColumns +
                             " FROM partners WHERE couple_id = ?1 ORDER BY position, seq");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, coupleId);
    return collect<Partner>(*stmt, readPartner);
}

Result<std::optional<Partner>> Journal::partner(const std::string& id)
{
    auto stmt = m_db.prepare(std::string("SELECT ") + kPartnerColumns + " FROM partners WHERE id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto rows = collect<Partner>(*stmt, readPartner);
    if (!rows)
        return rows.error();
    return rows->empty() ? std::optional<Partner>() : std::optional<Partner>(rows->front());
}

// ---- sessions ----

namespace {
Result<void> validateSession(Session& s, const std::string& now)
{
    TEND_TRY(requireId(s.id, "session"));
    TEND_TRY(stamp(s.startedAt, now, "start"));
    TEND_TRY(stamp(s.updatedAt, now, "update"));
    TEND_TRY(checkOptionalTime(s.endedAt, "end"));
    TEND_TRY(checkOptionalTime(s.returnAt, "return"));
    if (!s.engineState.empty())
        TEND_TRY(canonicalizePayload(s.engineState));
    return {};
}
Result<void> checkTitle(const std::optional<std::string>& title)
{
    if (title && title->size() > kMaxTitleBytes)
        return makeError("This title is too long: a title keeps at most " + std::to_string(kMaxTitleBytes) +
                         " bytes. Please shorten it.");
    if (title) {
        try {
            (void)nlohmann::json(*title).dump(); // throws on text that is not UTF-8
        } catch (const nlohmann::json::exception&) {
            return makeError("The title is not valid text (UTF-8)");
        }
    }
    return {};
}
} // namespace

Result<void> Journal::addSession(Session& s)
{
    TEND_TRY(validateSession(s, nowUtc()));
    auto engineState = sealEngineState(s);
    if (!engineState)
        return engineState.error();
    TEND_TRY(checkTitle(s.title));
    auto title = sealTitle(s.id, s.title);
    if (!title)
        return title.error();
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("INSERT INTO sessions(id, couple_id, program_id, program_version, status, mode, "
                                 "started_at, ended_at, updated_at, pause_reason, return_at, return_place, "
                                 "engine_state, title) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                                 "?14) RETURNING seq");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, s.id).bind(2, s.coupleId).bind(3, s.programId).bind(4, s.programVersion);
        stmt->bind(5, toString(s.status)).bind(6, toString(s.mode)).bind(7, s.startedAt).bind(8, s.endedAt);
        stmt->bind(9, s.updatedAt).bind(10, s.pauseReason).bind(11, s.returnAt).bind(12, s.returnPlace);
        stmt->bind(13, *engineState).bind(14, *title);
        auto row = stmt->step();
        if (!row)
            return makeError("Cannot save the session: " + row.error().message);
        s.seq = stmt->columnInt(0);
        return {};
    });
}

Result<void> Journal::updateSession(const Session& original)
{
    Session s = original;
    s.updatedAt = nowUtc();
    TEND_TRY(validateSession(s, s.updatedAt));
    auto engineState = sealEngineState(s);
    if (!engineState)
        return engineState.error();
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("UPDATE sessions SET program_id = ?2, program_version = ?3, status = ?4, mode = ?5, "
                                 "ended_at = ?6, updated_at = ?7, pause_reason = ?8, return_at = ?9, "
                                 "return_place = ?10, engine_state = ?11 WHERE id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, s.id).bind(2, s.programId).bind(3, s.programVersion).bind(4, toString(s.status));
        stmt->bind(5, toString(s.mode)).bind(6, s.endedAt).bind(7, s.updatedAt).bind(8, s.pauseReason);
        stmt->bind(9, s.returnAt).bind(10, s.returnPlace).bind(11, *engineState);
        if (auto done = stmt->run(); !done)
            return makeError("Cannot save the session: " + done.error().message);
        if (m_db.changes() == 0)
            return makeError("There is no session with this id");
        return {};
    });
}

Result<void> Journal::setSessionTitle(const std::string& id, const std::optional<std::string>& wanted)
{
    std::optional<std::string> title = wanted;
    if (title) {
        const auto first = title->find_first_not_of(" \t\r\n");
        const auto last = title->find_last_not_of(" \t\r\n");
        title = first == std::string::npos ? std::optional<std::string>() : title->substr(first, last - first + 1);
    }
    TEND_TRY(checkTitle(title));
    TEND_TRY(requireUnlocked());
    auto sealedTitle = sealTitle(id, title);
    if (!sealedTitle)
        return sealedTitle.error();
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("UPDATE sessions SET title = ?2, updated_at = ?3 WHERE id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id).bind(2, *sealedTitle).bind(3, nowUtc());
        if (auto done = stmt->run(); !done)
            return makeError("Cannot save the title: " + done.error().message);
        if (m_db.changes() == 0)
            return makeError("There is no session with this id");
        return {};
    });
}

Result<std::optional<Session>> Journal::session(const std::string& id)
{
    TEND_TRY(requireUnlocked());
    auto stmt = m_db.prepare(std::string("SELECT ") + kSessionColumns + " FROM sessions s WHERE s.id = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    auto rows = collect<Session>(*stmt, readSession);
    if (!rows)
        return rows.error();
    for (Session& x : *rows)
        TEND_TRY(openEngineState(x));
    return rows->empty() ? std::optional<Session>() : std::optional<Session>(rows->front());
}

Result<std::vector<SessionSummary>> Journal::sessionList(const std::string& coupleId)
{
    return sessionPage(coupleId, 0, -1);
}

Result<std::vector<SessionSummary>> Journal::sessionPage(const std::string& coupleId, std::int64_t beforeSeq, int limit)
{
    // Keyset paging on seq (sessions_by_couple covers couple_id, seq): each page costs the same however deep.
    std::string where;
    if (!coupleId.empty())
        where += " WHERE s.couple_id = ?1";
    if (beforeSeq > 0)
        where += std::string(where.empty() ? " WHERE" : " AND") + " s.seq < ?2";
    auto stmt = m_db.prepare(std::string("SELECT ") + kSessionColumns +
                             ", (SELECT count(*) FROM entries e WHERE e.session_id = s.id) FROM sessions s" + where +
                             " ORDER BY s.seq DESC" + (limit >= 0 ? " LIMIT ?3" : ""));
    if (!stmt)
        return stmt.error();
    if (!coupleId.empty())
        stmt->bind(1, coupleId);
    if (beforeSeq > 0)
        stmt->bind(2, beforeSeq);
    if (limit >= 0)
        stmt->bind(3, static_cast<std::int64_t>(limit));
    auto rows = collect<SessionSummary>(*stmt, [](const sql::Statement& s) {
        return SessionSummary{readSession(s), static_cast<int>(s.columnInt(15))};
    });
    if (rows && hasKeyring()) // while locked the list still shows; engine states stay sealed (empty)
        for (SessionSummary& x : *rows)
            TEND_TRY(openEngineState(x.session));
    return rows;
}

Result<void> Journal::deleteSession(const std::string& id)
{
    return transaction([&]() -> Result<void> {
        if (!hasKeyring() || m_indexAttached) {
            auto fts = m_db.prepare("DELETE FROM " + ftsTable() +
                                    " WHERE rowid IN (SELECT seq FROM entries WHERE session_id = ?1)");
            if (!fts)
                return fts.error();
            fts->bind(1, id);
            TEND_TRY(fts->run());
        }
        auto stmt = m_db.prepare("DELETE FROM sessions WHERE id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id);
        TEND_TRY(stmt->run());
        if (m_db.changes() == 0)
            return makeError("There is no session with this id");
        return {};
    });
}

// ---- entries ----

Result<void> Journal::indexEntry(std::int64_t seq, const std::string& payload, bool replace)
{
    if (hasKeyring() && !m_indexAttached)
        return {}; // built from the decrypted entries at the next unlock
    if (replace) {
        auto del = m_db.prepare("DELETE FROM " + ftsTable() + " WHERE rowid = ?1");
        if (!del)
            return del.error();
        del->bind(1, seq);
        TEND_TRY(del->run());
    }
    auto ins = m_db.prepare("INSERT INTO " + ftsTable() + "(rowid, body) VALUES (?1, ?2)");
    if (!ins)
        return ins.error();
    ins->bind(1, seq).bind(2, searchableText(payload));
    return ins->run();
}

Result<void> Journal::insertEntryRow(Entry& e)
{
    const std::string now = nowUtc();
    TEND_TRY(requireId(e.id, "entry"));
    TEND_TRY(requireOptionalId(e.partnerId, "partner"));
    TEND_TRY(stamp(e.createdAt, now, "creation"));
    TEND_TRY(stamp(e.updatedAt, now, "update"));
    TEND_TRY(canonicalizePayload(e.payload));
    if (e.visibility == Visibility::Private && !e.partnerId)
        return makeError("A private entry must belong to one partner");
    TEND_TRY(requireUnlocked());
    auto stmt = m_db.prepare(
        "INSERT INTO entries(id, session_id, partner_id, step, card, payload, visibility, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT(id) DO UPDATE SET payload = excluded.payload, visibility = excluded.visibility, "
        "updated_at = excluded.updated_at RETURNING seq, created_at");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, e.id).bind(2, e.sessionId).bind(3, e.partnerId).bind(4, e.step).bind(5, e.card);
    TEND_TRY(bindContent(*stmt, 6, e.payload, "entries", e.id, "payload",
                         e.visibility == Visibility::Private ? e.partnerId : std::nullopt));
    stmt->bind(7, toString(e.visibility)).bind(8, e.createdAt).bind(9, e.updatedAt);
    auto row = stmt->step();
    if (!row)
        return makeError("Cannot save the entry: " + row.error().message);
    e.seq = stmt->columnInt(0);
    e.createdAt = stmt->columnText(1);
    TEND_TRY(stmt->run());
    // Replace the index row whether this was an insert or an update; a delete of a missing row is harmless.
    return indexEntry(e.seq, e.payload, true);
}

Result<void> Journal::saveEntry(Entry& e)
{
    return transaction([&] { return insertEntryRow(e); });
}

Result<void> Journal::finishEntry(Entry& e)
{
    return transaction([&]() -> Result<void> {
        TEND_TRY(insertEntryRow(e));
        auto del = m_db.prepare("DELETE FROM drafts WHERE id = ?1");
        if (!del)
            return del.error();
        del->bind(1, e.id);
        return del->run();
    });
}

Result<std::optional<Entry>> Journal::entry(const std::string& id, const Viewer& viewer)
{
    TEND_TRY(requireUnlocked());
    auto stmt = m_db.prepare(std::string("SELECT ") + kEntryColumns + " FROM entries e WHERE e.id = ?1 AND " +
                             viewerClause(viewer, "e.", 2));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, id);
    if (viewer.kind == Viewer::Kind::Partner)
        stmt->bind(2, viewer.partnerId);
    auto rows = collect<Entry>(*stmt, readEntry);
    if (!rows)
        return rows.error();
    for (Entry& e : *rows)
        openContent(e.payload, e.damaged, e.sealed, "entries", e.id, "payload",
                    e.visibility == Visibility::Private ? e.partnerId : std::nullopt);
    return rows->empty() ? std::optional<Entry>() : std::optional<Entry>(rows->front());
}

Result<std::vector<Entry>> Journal::entries(const std::string& sessionId, const Viewer& viewer)
{
    TEND_TRY(requireUnlocked());
    auto stmt = m_db.prepare(std::string("SELECT ") + kEntryColumns + " FROM entries e WHERE e.session_id = ?1 AND " +
                             viewerClause(viewer, "e.", 2) + " ORDER BY e.seq");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sessionId);
    if (viewer.kind == Viewer::Kind::Partner)
        stmt->bind(2, viewer.partnerId);
    auto rows = collect<Entry>(*stmt, readEntry);
    if (rows) {
        for (Entry& e : *rows)
            openContent(e.payload, e.damaged, e.sealed, "entries", e.id, "payload",
                        e.visibility == Visibility::Private ? e.partnerId : std::nullopt);
    }
    return rows;
}

Result<void> Journal::deleteEntry(const std::string& id)
{
    return transaction([&]() -> Result<void> {
        if (!hasKeyring() || m_indexAttached) {
            auto fts =
                m_db.prepare("DELETE FROM " + ftsTable() + " WHERE rowid = (SELECT seq FROM entries WHERE id = ?1)");
            if (!fts)
                return fts.error();
            fts->bind(1, id);
            TEND_TRY(fts->run());
        }
        auto stmt = m_db.prepare("DELETE FROM entries WHERE id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id);
        return stmt->run();
    });
}

// ---- drafts ----

Result<void> Journal::saveDraft(Draft& d, bool keepTime)
{
    TEND_TRY(requireId(d.id, "draft"));
    TEND_TRY(requireOptionalId(d.partnerId, "partner"));
    if (!keepTime || d.updatedAt.empty())
        d.updatedAt = nowUtc();
    else if (!isValidTimestamp(d.updatedAt))
        return makeError("The draft time is not an ISO-8601 UTC timestamp");
    TEND_TRY(canonicalizePayload(d.payload));
    if (d.visibility == Visibility::Private && !d.partnerId)
        return makeError("A private draft must belong to one partner");
    TEND_TRY(requireUnlocked());
    return transaction([&]() -> Result<void> {
        auto stmt =
            m_db.prepare("INSERT INTO drafts(id, session_id, partner_id, step, card, payload, visibility, updated_at) "
                         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
                         "ON CONFLICT(id) DO UPDATE SET payload = excluded.payload, visibility = excluded.visibility, "
                         "updated_at = excluded.updated_at RETURNING seq");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, d.id).bind(2, d.sessionId).bind(3, d.partnerId).bind(4, d.step).bind(5, d.card);
        TEND_TRY(bindContent(*stmt, 6, d.payload, "drafts", d.id, "payload",
                             d.visibility == Visibility::Private ? d.partnerId : std::nullopt));
        stmt->bind(7, toString(d.visibility)).bind(8, d.updatedAt);
        auto row = stmt->step();
        if (!row)
            return makeError("Cannot save the draft: " + row.error().message);
        d.seq = stmt->columnInt(0);
        return stmt->run();
    });
}

Result<std::vector<Draft>> Journal::drafts(const std::string& sessionId)
{
    TEND_TRY(requireUnlocked());
    auto stmt = m_db.prepare(std::string("SELECT ") + kDraftColumns + " FROM drafts" +
                             (sessionId.empty() ? "" : " WHERE session_id = ?1") + " ORDER BY seq");
    if (!stmt)
        return stmt.error();
    if (!sessionId.empty())
        stmt->bind(1, sessionId);
    auto rows = collect<Draft>(*stmt, readDraft);
    if (rows)
        for (Draft& d : *rows)
            openContent(d.payload, d.damaged, d.sealed, "drafts", d.id, "payload",
                        d.visibility == Visibility::Private ? d.partnerId : std::nullopt);
    return rows;
}

Result<void> Journal::deleteDraft(const std::string& id)
{
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("DELETE FROM drafts WHERE id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id);
        return stmt->run();
    });
}

// ---- check-ins ----

Result<void> Journal::addCheckIn(CheckIn& c)
{
    TEND_TRY(requireId(c.id, "check-in"));
    TEND_TRY(requireOptionalId(c.sessionId, "session"));
    TEND_TRY(stamp(c.createdAt, nowUtc(), "creation"));
    TEND_TRY(canonicalizePayload(c.payload));
    if (c.level < 0 || c.level > 10)
        return makeError("A check-in level is a number from 0 to 10");
    TEND_TRY(requireUnlocked());
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("INSERT INTO check_ins(id, session_id, partner_id, step, moment, level, state, "
                                 "payload, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING seq");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, c.id).bind(2, c.sessionId).bind(3, c.partnerId).bind(4, c.step).bind(5, toString(c.moment));
        stmt->bind(6, c.level).bind(7, toString(c.state)).bind(9, c.createdAt);
        TEND_TRY(bindContent(*stmt, 8, c.payload, "check_ins", c.id, "payload", std::nullopt));
        auto row = stmt->step();
        if (!row)
            return makeError("Cannot save the check-in: " + row.error().message);
        c.seq = stmt->columnInt(0);
        return stmt->run();
    });
}

Result<std::vector<CheckIn>> Journal::checkIns(const std::string& sessionId)
{
    TEND_TRY(requireUnlocked());
    auto stmt =
        m_db.prepare(std::string("SELECT ") + kCheckInColumns + " FROM check_ins WHERE session_id = ?1 ORDER BY seq");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, sessionId);
    auto rows = collect<CheckIn>(*stmt, readCheckIn);
    if (rows)
        for (CheckIn& c : *rows)
            openContent(c.payload, c.damaged, c.sealed, "check_ins", c.id, "payload", std::nullopt);
    return rows;
}

// ---- repair attempts ----

Result<void> Journal::addRepairAttempt(RepairAttempt& a)
{
    TEND_TRY(requireId(a.id, "repair attempt"));
    TEND_TRY(requireId(a.coupleId, "couple"));
    TEND_TRY(requireOptionalId(a.madeBy, "partner"));
    TEND_TRY(stamp(a.notedAt, nowUtc(), "noting"));
    TEND_TRY(requireUnlocked());
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("INSERT INTO repair_attempts(id, couple_id, made_by, taken, noted_at) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5) RETURNING seq");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, a.id).bind(2, a.coupleId).bind(3, a.madeBy).bind(4, a.taken ? 1 : 0).bind(5, a.notedAt);
        auto row = stmt->step();
        if (!row)
            return makeError("Cannot note the repair attempt: " + row.error().message);
        a.seq = stmt->columnInt(0);
        return stmt->run();
    });
}

Result<std::vector<RepairAttempt>> Journal::repairAttempts(const std::string& coupleId)
{
    TEND_TRY(requireUnlocked());
    auto stmt = m_db.prepare("SELECT seq, id, couple_id, made_by, taken, noted_at FROM repair_attempts "
                             "WHERE couple_id = ?1 ORDER BY seq DESC");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, coupleId);
    return collect<RepairAttempt>(*stmt, [](const sql::Statement& row) {
        RepairAttempt a;
        a.seq = row.columnInt(0);
        a.id = row.columnText(1);
        a.coupleId = row.columnText(2);
        a.madeBy = row.columnOptText(3);
        a.taken = row.columnInt(4) != 0;
        a.notedAt = row.columnText(5);
        return a;
    });
}

Result<void> Journal::deleteRepairAttempt(const std::string& id)
{
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("DELETE FROM repair_attempts WHERE id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id);
        return stmt->run();
    });
}

// ---- commitments ----

Result<void> Journal::addCommitment(Commitment& c)
{
    const std::string now = nowUtc();
    TEND_TRY(requireId(c.id, "commitment"));
    TEND_TRY(requireOptionalId(c.sessionId, "session"));
    TEND_TRY(requireOptionalId(c.partnerId, "partner"));
    TEND_TRY(stamp(c.createdAt, now, "creation"));
    TEND_TRY(stamp(c.updatedAt, c.createdAt, "update"));
    TEND_TRY(checkOptionalTime(c.followUpAt, "follow-up"));
    TEND_TRY(checkOptionalTime(c.reviewedAt, "review"));
    TEND_TRY(canonicalizePayload(c.payload));
    TEND_TRY(requireUnlocked());
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("INSERT INTO commitments(id, couple_id, session_id, partner_id, status, payload, "
                                 "follow_up_at, reviewed_at, created_at, updated_at) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING seq");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, c.id).bind(2, c.coupleId).bind(3, c.sessionId).bind(4, c.partnerId);
        stmt->bind(5, toString(c.status)).bind(7, c.followUpAt).bind(8, c.reviewedAt);
        TEND_TRY(bindContent(*stmt, 6, c.payload, "commitments", c.id, "payload", std::nullopt));
        stmt->bind(9, c.createdAt).bind(10, c.updatedAt);
        auto row = stmt->step();
        if (!row)
            return makeError("Cannot save the commitment: " + row.error().message);
        c.seq = stmt->columnInt(0);
        return stmt->run();
    });
}

Result<void> Journal::updateCommitment(const Commitment& original)
{
    Commitment c = original;
    TEND_TRY(checkOptionalTime(c.followUpAt, "follow-up"));
    TEND_TRY(checkOptionalTime(c.reviewedAt, "review"));
    TEND_TRY(canonicalizePayload(c.payload));
    TEND_TRY(requireUnlocked());
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("UPDATE commitments SET status = ?2, payload = ?3, follow_up_at = ?4, "
                                 "reviewed_at = ?5, updated_at = ?6 WHERE id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, c.id).bind(2, toString(c.status)).bind(4, c.followUpAt);
        TEND_TRY(bindContent(*stmt, 3, c.payload, "commitments", c.id, "payload", std::nullopt));
        stmt->bind(5, c.reviewedAt).bind(6, nowUtc());
        TEND_TRY(stmt->run());
        if (m_db.changes() == 0)
            return makeError("There is no commitment with this id");
        return {};
    });
}

Result<std::vector<Commitment>> Journal::commitments(const std::string& coupleId, bool openOnly)
{
    TEND_TRY(requireUnlocked());
    auto stmt = m_db.prepare(std::string("SELECT ") + kCommitmentColumns + " FROM commitments WHERE couple_id = ?1" +
                             (openOnly ? " AND status = 'open'" : "") + " ORDER BY seq");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, coupleId);
    auto rows = collect<Commitment>(*stmt, readCommitment);
    if (rows)
        for (Commitment& c : *rows)
            openContent(c.payload, c.damaged, c.sealed, "commitments", c.id, "payload", std::nullopt);
    return rows;
}

// ---- reminders ----

Result<void> Journal::addReminder(Reminder& r)
{
    TEND_TRY(requireId(r.id, "reminder"));
    TEND_TRY(requireOptionalId(r.sessionId, "session"));
    TEND_TRY(requireOptionalId(r.commitmentId, "commitment"));
    TEND_TRY(stamp(r.createdAt, nowUtc(), "creation"));
    if (!isValidTimestamp(r.dueAt))
        return makeError("The reminder time is not an ISO-8601 UTC timestamp");
    TEND_TRY(checkOptionalTime(r.deliveredAt, "delivery"));
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("INSERT INTO reminders(id, couple_id, session_id, commitment_id, kind, due_at, "
                                 "place, delivered_at, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
                                 "RETURNING seq");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, r.id).bind(2, r.coupleId).bind(3, r.sessionId).bind(4, r.commitmentId);
        stmt->bind(5, toString(r.kind)).bind(6, r.dueAt).bind(7, r.place).bind(8, r.deliveredAt).bind(9, r.createdAt);
        auto row = stmt->step();
        if (!row)
            return makeError("Cannot save the reminder: " + row.error().message);
        r.seq = stmt->columnInt(0);
        return stmt->run();
    });
}

Result<std::vector<Reminder>> Journal::dueReminders(const std::string& now)
{
    auto stmt = m_db.prepare(std::string("SELECT ") + kReminderColumns +
                             " FROM reminders WHERE delivered_at IS NULL AND due_at <= ?1 ORDER BY due_at, seq");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, now);
    return collect<Reminder>(*stmt, readReminder);
}

Result<std::vector<Reminder>> Journal::reminders(const std::string& coupleId)
{
    auto stmt =
        m_db.prepare(std::string("SELECT ") + kReminderColumns + " FROM reminders WHERE couple_id = ?1 ORDER BY seq");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, coupleId);
    return collect<Reminder>(*stmt, readReminder);
}

Result<void> Journal::markReminderDelivered(const std::string& id, const std::string& at)
{
    if (!isValidTimestamp(at))
        return makeError("The delivery time is not an ISO-8601 UTC timestamp");
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("UPDATE reminders SET delivered_at = ?2 WHERE id = ?1");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, id).bind(2, at);
        TEND_TRY(stmt->run());
        if (m_db.changes() == 0)
            return makeError("There is no reminder with this id");
        return {};
    });
}

// ---- safety answers ----

Result<void> Journal::addSafetyAnswer(SafetyAnswer& a)
{
    TEND_TRY(requireId(a.id, "safety answer"));
    TEND_TRY(requireOptionalId(a.sessionId, "session"));
    TEND_TRY(stamp(a.createdAt, nowUtc(), "creation"));
    TEND_TRY(canonicalizePayload(a.payload));
    TEND_TRY(requireUnlocked());
    return transaction([&]() -> Result<void> {
        auto stmt = m_db.prepare("INSERT INTO safety_answers(id, partner_id, session_id, payload, created_at) "
                                 "VALUES (?1, ?2, ?3, ?4, ?5) RETURNING seq");
        if (!stmt)
            return stmt.error();
        stmt->bind(1, a.id).bind(2, a.partnerId).bind(3, a.sessionId).bind(5, a.createdAt);
        TEND_TRY(bindContent(*stmt, 4, a.payload, "safety_answers", a.id, "payload", a.partnerId));
        auto row = stmt->step();
        if (!row)
            return makeError("Cannot save the answer: " + row.error().message);
        a.seq = stmt->columnInt(0);
        return stmt->run();
    });
}

Result<std::vector<SafetyAnswer>> Journal::safetyAnswers(const std::string& partnerId)
{
    TEND_TRY(requireUnlocked());
    auto stmt = m_db.prepare(std::string("SELECT ") + kSafetyColumns +
                             " FROM safety_answers WHERE partner_id = ?1 ORDER BY seq");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, partnerId);
    auto rows = collect<SafetyAnswer>(*stmt, readSafety);
    if (rows)
        for (SafetyAnswer& a : *rows)
            openContent(a.payload, a.damaged, a.sealed, "safety_answers", a.id, "payload", a.partnerId);
    return rows;
}

} // namespace tend::journal
