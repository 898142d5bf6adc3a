// Full-text search (FTS5) and the payload rules it depends on.
#include <nlohmann/json.hpp>

#include "tend/journal/Journal.h"

namespace tend::journal {
namespace {

// Keys whose strings a person wrote (docs/journal-format.md, "Search"): a prompt's text, a choice's "something
// else", a check-in's feelings and note, a schedule's place, what was shared, heard, noticed or corrected in
// turns. Everything else a payload holds (its kind, the writer's id, option and practice ids, states, times) is
// the app's, and searching for "prompt" must not find every entry the app wrote.
bool writtenKey(std::string_view key)
{
    static constexpr std::string_view kWritten[] = {"text",   "other",     "note",    "place",     "emotions",
                                                    "shared", "reflected", "noticed", "correction"};
    for (std::string_view k : kWritten)
        if (k == key)
            return true;
    return false;
}

void add(std::string& out, const std::string& text)
{
    if (text.empty())
        return;
    if (!out.empty())
        out.push_back('\n');
    out += text;
}

// Strings under a written key (at any depth below it) are kept; elsewhere only the structure is followed.
void collectWritten(const nlohmann::json& value, bool written, std::string& out)
{
    if (value.is_string()) {
        if (written)
            add(out, value.get_ref<const std::string&>());
    } else if (value.is_object()) {
        for (const auto& [key, child] : value.items())
            collectWritten(child, written || writtenKey(key), out);
    } else if (value.is_array()) {
        for (const auto& child : value)
            collectWritten(child, written, out);
    }
}

void collectStrings(const nlohmann::json& payload, std::string& out)
{
    if (!payload.is_object()) {
        if (payload.is_string())
            add(out, payload.get_ref<const std::string&>());
        return;
    }
    // A stored kind other than a prompt: a string answer (also copied into "text") is an option id.
    const auto kind = payload.find("kind");
    const bool prompt = kind == payload.end() || !kind->is_string() || kind->get_ref<const std::string&>() == "prompt";
    const auto text = payload.find("text");
    const bool hasText = text != payload.end() && text->is_string();
    for (const auto& [key, child] : payload.items()) {
        if (key == "text" && child.is_string()) {
            if (prompt)
                add(out, child.get_ref<const std::string&>());
        } else if (key == "answer" || key == "draft") {
            if (child.is_string()) {
                // {"text": ...} beside it says the same; without a kind, a string answer is not a prompt's
                // (modes::payloadFor keeps a prompt's words as "text").
                if (prompt && kind != payload.end() && !hasText)
                    add(out, child.get_ref<const std::string&>());
            } else {
                collectWritten(child, false, out);
            }
        } else {
            collectWritten(child, writtenKey(key), out);
        }
    }
}

// User words become quoted FTS5 phrases so that no character of the query is read as syntax
// (quotes, AND/OR/NOT, column filters); the last word also matches as a prefix while typing.
std::string matchExpression(const std::string& text, bool prefixLast)
{
    std::vector<std::string> words;
    std::string current;
    for (char c : text) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (!current.empty())
                words.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    if (!current.empty())
        words.push_back(std::move(current));
    std::string expression;
    for (std::size_t i = 0; i < words.size(); ++i) {
        std::string quoted = "\"";
        for (char c : words[i]) {
            if (c == '"')
                quoted += "\"\"";
            else if (c != '\0')
                quoted.push_back(c);
        }
        quoted += "\"";
        if (prefixLast && i + 1 == words.size())
            quoted += " *";
        expression += (expression.empty() ? "" : " ") + quoted;
    }
    return expression;
}

} // namespace

int jsonDepth(std::string_view text, int limit)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (char c : text) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > deepest) {
                deepest = depth;
                if (deepest > limit)
                    return deepest;
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return deepest;
}

Result<void> validatePayload(std::string_view payload)
{
    if (payload.size() > kMaxPayloadBytes)
        return makeError("This text is too long to keep: " + std::to_string(payload.size() / 1024) +
                         " KiB, and the journal keeps at most " + std::to_string(kMaxPayloadBytes / 1024) +
                         " KiB per answer. Please shorten it; nothing was lost from the editor.");
    if (jsonDepth(payload, kMaxJsonDepth) > kMaxJsonDepth)
        return makeError("The answer's data is nested too deeply (more than " + std::to_string(kMaxJsonDepth) +
                         " levels)");
    const auto parsed = nlohmann::json::parse(payload, nullptr, false);
    if (parsed.is_discarded())
        return makeError("The answer's data is not valid JSON (or not valid UTF-8)");
    if (!parsed.is_object())
        return makeError("The answer's data must be a JSON object");
    return {};
}

Result<void> canonicalizePayload(std::string& payload)
{
    if (auto valid = validatePayload(payload); !valid)
        return valid;
    payload = nlohmann::json::parse(payload).dump();
    return {};
}

std::string searchableText(std::string_view payload)
{
    const auto parsed = nlohmann::json::parse(payload, nullptr, false);
    std::string out;
    if (!parsed.is_discarded())
        collectStrings(parsed, out);
    return out;
}

Result<std::vector<SearchHit>> Journal::search(const SearchQuery& query)
{
    const std::string expression = matchExpression(query.text, query.prefixLastWord);
    if (expression.empty())
        return std::vector<SearchHit>();
    if (auto open = requireUnlocked(); !open)
        return open.error();
    // A protected journal searches an index kept in memory, built from the decrypted entries.
    if (hasKeyring() && !m_indexAttached)
        if (auto built = buildSearchIndex(); !built)
            return built.error();
    std::string sql = "SELECT e.id, e.session_id, e.partner_id, e.step, e.card, e.created_at, "
                      "snippet(entries_fts, 0, ?2, ?3, '…', 12) "
                      "FROM " +
                      ftsTable() +
                      " JOIN entries e ON e.seq = entries_fts.rowid "
                      "WHERE entries_fts MATCH ?1";
    // Privacy first: the viewer decides which private entries may appear at all.
    switch (query.viewer.kind) {
    case Viewer::Kind::Everything:
        break;
    case Viewer::Kind::SharedOnly:
        sql += " AND e.visibility = 'shared'";
        break;
    case Viewer::Kind::Partner:
        sql += " AND (e.visibility = 'shared' OR e.partner_id = ?4)";
        break;
    }
    if (query.partnerId)
        sql += query.partnerId->empty() ? " AND e.partner_id IS NULL" : " AND e.partner_id = ?5";
    if (query.step)
        sql += " AND e.step = ?6";
    if (query.from)
        sql += " AND e.created_at >= ?7";
    if (query.to)
        sql += " AND e.created_at < ?8";
    if (query.sessionId)
        sql += " AND e.session_id = ?9";
    sql += " ORDER BY entries_fts.rowid DESC LIMIT ?10";
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return stmt.error();
    stmt->bind(1, expression).bind(2, kHighlightStart).bind(3, kHighlightEnd);
    if (query.viewer.kind == Viewer::Kind::Partner)
        stmt->bind(4, query.viewer.partnerId);
    if (query.partnerId && !query.partnerId->empty())
        stmt->bind(5, *query.partnerId);
    if (query.step)
        stmt->bind(6, *query.step);
    if (query.from)
        stmt->bind(7, *query.from);
    if (query.to)
        stmt->bind(8, *query.to);
    if (query.sessionId)
        stmt->bind(9, *query.sessionId);
    stmt->bind(10, query.limit > 0 ? query.limit : 50);
    std::vector<SearchHit> hits;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return makeError("Search failed: " + row.error().message);
        if (!*row)
            break;
        SearchHit hit;
        hit.entryId = stmt->columnText(0);
        hit.sessionId = stmt->columnText(1);
        hit.partnerId = stmt->columnOptText(2);
        hit.step = stmt->columnText(3);
        hit.card = stmt->columnText(4);
        hit.createdAt = stmt->columnText(5);
        hit.snippet = stmt->columnText(6);
        hits.push_back(std::move(hit));
    }
    return hits;
}

} // namespace tend::journal
