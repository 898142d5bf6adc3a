#include "tend/journal/Sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace tend::journal::sql {

Error sqlError(const Database& db, std::string_view what)
{
    return makeError(std::string(what) + ": " + db.lastError());
}

// ---- Database ----

Database::~Database()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Database::Database(Database&& other) noexcept : m_db(std::exchange(other.m_db, nullptr))
{
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        if (m_db)
            sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Result<Database> Database::open(const std::string& target, int flags)
{
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(target.c_str(), &db, flags | SQLITE_OPEN_URI, nullptr);
    if (rc != SQLITE_OK) {
        std::string message = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
        const int code = db ? sqlite3_extended_errcode(db) : rc;
        if (db)
            sqlite3_close_v2(db);
        return makeError(message + " (code " + std::to_string(code) + ")");
    }
    sqlite3_extended_result_codes(db, 1);
    return Database(db);
}

Result<void> Database::exec(std::string_view sql)
{
    std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string what = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        return makeError(what + " (code " + std::to_string(sqlite3_extended_errcode(m_db)) + ")");
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), 0, &stmt, &tail);
    if (rc != SQLITE_OK)
        return sqlError(*this, "Cannot prepare a statement");
    if (!stmt)
        return makeError("Cannot prepare an empty statement");
    return Statement(m_db, stmt);
}

Result<std::optional<std::int64_t>> Database::queryInt(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row || stmt->isNull(0))
        return std::optional<std::int64_t>();
    return std::optional<std::int64_t>(stmt->columnInt(0));
}

Result<std::optional<std::string>> Database::queryText(std::string_view sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row || stmt->isNull(0))
        return std::optional<std::string>();
    return std::optional<std::string>(stmt->columnText(0));
}

std::string Database::lastError() const
{
    if (!m_db)
        return "no database open";
    return std::string(sqlite3_errmsg(m_db)) + " (code " + std::to_string(sqlite3_extended_errcode(m_db)) + ")";
}

int Database::lastErrorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE;
}
std::int64_t Database::lastInsertRowid() const
{
    return sqlite3_last_insert_rowid(m_db);
}
int Database::changes() const
{
    return sqlite3_changes(m_db);
}
bool Database::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

Result<void> Database::close()
{
    if (!m_db)
        return {};
    const int rc = sqlite3_close(m_db);
    if (rc != SQLITE_OK)
        return sqlError(*this, "Cannot close the database");
    m_db = nullptr;
    return {};
}

// ---- Statement ----

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)),
      m_bindError(std::exchange(other.m_bindError, 0))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = std::exchange(other.m_bindError, 0);
    }
    return *this;
}

void Statement::noteBind(int rc)
{
    if (rc != SQLITE_OK && m_bindError == 0)
        m_bindError = rc;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    noteBind(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bind(int index, std::string_view text)
{
    // Explicit byte length: embedded NUL bytes are kept, nothing is cut at the first zero.
    noteBind(sqlite3_bind_text64(m_stmt, index, text.data(), text.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bind(int index, const std::optional<std::string>& text)
{
    return text ? bind(index, std::string_view(*text)) : bindNull(index);
}

Statement& Statement::bind(int index, const std::optional<int>& value)
{
    return value ? bind(index, static_cast<std::int64_t>(*value)) : bindNull(index);
}

Statement& Statement::bindBlob(int index, std::string_view bytes)
{
    noteBind(sqlite3_bind_blob64(m_stmt, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT));
    return *this;
}

Statement& Statement::bindNull(int index)
{
    noteBind(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bindColumnOf(int index, const Statement& source, int column)
{
    noteBind(sqlite3_bind_value(m_stmt, index, sqlite3_column_value(source.m_stmt, column)));
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != 0)
        return makeError(std::string("Cannot bind a value: ") + sqlite3_errstr(m_bindError));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return makeError(std::string(sqlite3_errmsg(m_db)) + " (code " + std::to_string(sqlite3_extended_errcode(m_db)) +
                     ")");
}

Result<void> Statement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}
bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}
std::int64_t Statement::columnInt(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
int Statement::columnType(int column) const
{
    return sqlite3_column_type(m_stmt, column);
}

std::string Statement::columnText(int column) const
{
    const auto* text = sqlite3_column_text(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!text)
        return {};
    return std::string(reinterpret_cast<const char*>(text), static_cast<std::size_t>(size));
}

std::optional<std::string> Statement::columnOptText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnText(column);
}

std::optional<int> Statement::columnOptInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return static_cast<int>(columnInt(column));
}

std::string Statement::columnBlob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    const int size = sqlite3_column_bytes(m_stmt, column);
    if (!data)
        return {};
    return std::string(static_cast<const char*>(data), static_cast<std::size_t>(size));
}

std::string Statement::columnName(int column) const
{
    const char* name = sqlite3_column_name(m_stmt, column);
    return name ? name : "";
}

// ---- Transaction ----

Result<Transaction> Transaction::begin(Database& db, Kind kind)
{
    auto done = db.exec(kind == Kind::Immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    if (!done)
        return makeError("Cannot start a transaction: " + done.error().message);
    return Transaction(&db);
}

Transaction::Transaction(Transaction&& other) noexcept : m_db(std::exchange(other.m_db, nullptr))
{
}

Transaction::~Transaction()
{
    if (m_db && m_db->inTransaction())
        (void)m_db->exec("ROLLBACK");
}

Result<void> Transaction::commit()
{
    if (!m_db)
        return makeError("The transaction has already ended");
    auto done = m_db->exec("COMMIT");
    if (!done) {
        // A failed COMMIT may leave the transaction open (e.g. SQLITE_BUSY); roll back so nothing half-done stays.
        if (m_db->inTransaction())
            (void)m_db->exec("ROLLBACK");
        m_db = nullptr;
        return makeError("Cannot save: " + done.error().message);
    }
    m_db = nullptr;
    return {};
}

} // namespace tend::journal::sql
