#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "tend/common/Result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace tend::journal::sql {

class Statement;

/// One SQLite connection (the system library, C API), closed when the object dies.
///
/// Threading rule: a Database and every Statement prepared on it belong to one thread at a time.
/// Tend gives the write connection to JournalWriter's worker thread; a reader on another thread opens
/// its own connection. Never use a connection across fork(): the child must open its own.
class Database {
public:
    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens `target` (a path, or a `file:` URI) with SQLite open flags (SQLITE_OPEN_URI is always added).
    static Result<Database> open(const std::string& target, int flags);

    bool isOpen() const { return m_db != nullptr; }
    sqlite3* handle() const { return m_db; }

    /// Runs one or more statements that return no rows.
    Result<void> exec(std::string_view sql);
    /// Prepares one statement; the text must hold exactly one statement.
    Result<Statement> prepare(std::string_view sql);
    /// Runs a query returning one integer (e.g. a pragma); nullopt for no row or NULL.
    Result<std::optional<std::int64_t>> queryInt(std::string_view sql);
    /// Runs a query returning one text value.
    Result<std::optional<std::string>> queryText(std::string_view sql);

    /// The last error as "message (code N)" — SQLite's own words; never contains bound values.
    std::string lastError() const;
    int lastErrorCode() const;
    std::int64_t lastInsertRowid() const;
    int changes() const;
    bool inTransaction() const;

    /// Closes now; returns an error if SQLite refuses (e.g. unfinalised statements).
    Result<void> close();

private:
    explicit Database(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
};

/// A prepared statement. Text is always bound and read with an explicit length, so embedded NUL
/// bytes survive; blobs are bound as blobs.
class Statement {
public:
    Statement() = default;
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    /// Parameters are 1-based, as in SQLite.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::optional<std::string>& text);
    Statement& bind(int index, const std::optional<int>& value);
    Statement& bindBlob(int index, std::string_view bytes);
    Statement& bindNull(int index);
    /// Binds column `column` of `source`'s current row as it is (any type), e.g. to copy rows.
    Statement& bindColumnOf(int index, const Statement& source, int column);

    /// Advances: true when a row is ready, false when done.
    Result<bool> step();
    /// Steps to the end, for statements that return no rows.
    Result<void> run();
    /// Resets and clears bindings so the statement can run again.
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    std::int64_t columnInt(int column) const;
    std::string columnText(int column) const; ///< NULL reads as ""
    std::optional<std::string> columnOptText(int column) const;
    std::optional<int> columnOptInt(int column) const;
    std::string columnBlob(int column) const;
    int columnType(int column) const;
    std::string columnName(int column) const;

private:
    friend class Database;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    void noteBind(int rc);
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = 0;
};

/// BEGIN on construction (IMMEDIATE by default: take the write lock up front so a commit never fails
/// with a lock upgrade), ROLLBACK on destruction unless commit() succeeded.
class Transaction {
public:
    enum class Kind { Deferred, Immediate };
    static Result<Transaction> begin(Database& db, Kind kind = Kind::Immediate);
    ~Transaction();
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// COMMIT; only after this returns ok is the work durable.
    Result<void> commit();

private:
    explicit Transaction(Database* db) : m_db(db) {}
    Database* m_db = nullptr;
};

/// Error text for a failed call on `db`, naming what was attempted.
Error sqlError(const Database& db, std::string_view what);

} // namespace tend::journal::sql
