// Encryption at rest inside the journal: the keyring in meta, sealing and opening payload columns, the in-memory
// search index of a protected journal, and turning protection on, changing it and turning it off.
// Never logs content, names or secrets: ids, counts and error codes only.
#include <atomic>
#include <cstring>
#include <mutex>

#include <sodium.h>
#include <sqlite3.h>

#include "tend/common/Log.h"
#include "tend/journal/Journal.h"
#include "tend/journal/Schema.h"

namespace tend::journal {

/// Shared by a journal and the readers made from it, so a lock or an unlock on one is seen by all.
struct ProtectionState {
    mutable std::mutex mutex;
    std::shared_ptr<crypto::KeyVault> vault;    ///< null: the journal has no keyring
    std::optional<crypto::CryptoError> problem; ///< the stored keyring could not be read (kept, never deleted)
    bool present = false;                       ///< a keyring is stored (even a damaged one)
    std::string indexUri = "file:/tend-index-" + newId() + "?vfs=memdb";
    std::atomic<bool> indexReady{false};

    std::shared_ptr<crypto::KeyVault> get() const
    {
        std::lock_guard<std::mutex> guard(mutex);
        return vault;
    }
};

std::shared_ptr<ProtectionState> makeProtectionState();
std::shared_ptr<ProtectionState> makeProtectionState()
{
    return std::make_shared<ProtectionState>();
}

namespace {

constexpr const char* kKeyringKey = "keyring";
constexpr const char* kProtectedAtKey = "protected_at";
constexpr const char* kEnginePrefix = "enc1:";

Error lockedError()
{
    return makeError("The journal is locked. Unlock it with the passphrase to read or write entries.");
}

std::span<const std::uint8_t> bytesOf(const std::string& text)
{
    return {reinterpret_cast<const std::uint8_t*>(text.data()), text.size()};
}

std::string_view viewOf(const std::vector<std::uint8_t>& bytes)
{
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}

std::string toBase64(const std::vector<std::uint8_t>& bytes)
{
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return out;
}

std::optional<std::vector<std::uint8_t>> fromBase64(std::string_view text)
{
    std::vector<std::uint8_t> out(text.size());
    std::size_t length = 0;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0)
        return std::nullopt;
    out.resize(length);
    return out;
}

Result<std::optional<std::string>> readMeta(sql::Database& db, const char* key)
{
    auto stmt = db.prepare("SELECT value FROM meta WHERE key = ?1");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<std::string>();
    return std::optional<std::string>(stmt->columnText(0));
}

Result<void> writeMeta(sql::Database& db, const char* key, const std::string& value)
{
    auto stmt = db.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key).bind(2, value);
    return stmt->run();
}

/// One payload column of one table, with how to find the row's private owner (if any).
struct ContentColumn {
    const char* table;
    const char* column;
    const char* ownerSql; ///< expression giving the owner of a private row, or NULL
    const char* kind;     ///< what a person calls one row
    const char* timeSql;  ///< when it was written
};

constexpr ContentColumn kContentColumns[] = {
    {"entries", "payload", "CASE WHEN visibility = 'private' THEN partner_id END", "answer", "created_at"},
    {"drafts", "payload", "CASE WHEN visibility = 'private' THEN partner_id END", "draft", "updated_at"},
    {"check_ins", "payload", "NULL", "check-in", "created_at"},
    {"commitments", "payload", "NULL", "commitment", "created_at"},
    {"safety_answers", "payload", "partner_id", "safety answer", "created_at"},
};

} // namespace

// ---- state ----

bool Journal::hasKeyring() const
{
    return m_protection && m_protection->present;
}

bool Journal::encrypting() const
{
    return hasKeyring();
}

bool Journal::isProtected() const
{
    auto vault = m_protection ? m_protection->get() : nullptr;
    return vault ? vault->isProtected() : hasKeyring();
}

bool Journal::isLocked() const
{
    if (!hasKeyring())
        return false;
    auto vault = m_protection->get();
    return !vault || !vault->isUnlocked();
}

const crypto::KeyVault* Journal::keyVault() const
{
    return m_protection ? m_protection->get().get() : nullptr;
}

Result<void> Journal::requireUnlocked() const
{
    if (isLocked())
        return lockedError();
    return {};
}

Result<void> Journal::loadKeyring(const crypto::KdfPolicy& policy)
{
    m_kdfPolicy = policy;
    if (!m_protection)
        m_protection = makeProtectionState();
    auto stored = readMeta(m_db, kKeyringKey);
    if (!stored)
        return stored.error();
    if (!*stored)
        return {};
    // Nothing of a protected journal may reach a temporary file, and deleted rows are overwritten.
    (void)m_db.exec("PRAGMA temp_store = MEMORY");
    if (!m_readOnly)
        (void)m_db.exec("PRAGMA secure_delete = ON");
    std::lock_guard<std::mutex> guard(m_protection->mutex);
    m_protection->present = true;
    auto vault = crypto::KeyVault::load(**stored, policy);
    if (!vault) {
        log::get("journal")->warn("keyring unreadable ({})", crypto::codeName(vault.code()));
        m_protection->problem = vault.error();
        return {};
    }
    m_protection->vault = std::make_shared<crypto::KeyVault>(std::move(*vault));
    if (!m_protection->vault->isProtected()) {
        if (auto opened = m_protection->vault->unlockUnprotected(); !opened)
            m_protection->problem = opened.error();
    }
    return {};
}

Result<void> Journal::storeKeyring()
{
    auto vault = m_protection->get();
    if (!vault)
        return makeError("The journal has no keys to save");
    return writeMeta(m_db, kKeyringKey, vault->keyringJson());
}

// ---- sealing and opening values ----

Result<void> Journal::bindContent(sql::Statement& stmt, int index, const std::string& plain, std::string_view table,
                                  const std::string& rowId, std::string_view column,
                                  const std::optional<std::string>& owner) const
{
    if (!hasKeyring()) {
        stmt.bind(index, plain);
        return {};
    }
    auto vault = m_protection->get();
    if (!vault || !vault->isUnlocked())
        return lockedError();
    const crypto::AssociatedData where{table, rowId, column};
    auto blob = owner && vault->partnerSecretKind(*owner) ? vault->encryptPrivate(*owner, plain, where)
                                                          : vault->encryptShared(plain, where);
    if (!blob)
        return makeError(blob.error().message);
    stmt.bindBlob(index, viewOf(*blob));
    return {};
}

void Journal::openContent(std::string& payload, bool& damaged, bool& sealed, std::string_view table,
                          const std::string& rowId, std::string_view column,
                          const std::optional<std::string>& owner) const
{
    if (!hasKeyring() || !crypto::field::looksEncrypted(bytesOf(payload)))
        return; // clear text: a journal without keyring
    auto vault = m_protection->get();
    if (!vault || !vault->isUnlocked()) {
        payload = "{}";
        sealed = true;
        return;
    }
    const crypto::AssociatedData where{table, rowId, column};
    const bool ownKey = owner && vault->partnerSecretKind(*owner).has_value();
    const bool ownUnlocked = ownKey && vault->isPartnerUnlocked(*owner);
    if (ownUnlocked) {
        if (auto text = vault->decryptPrivate(*owner, bytesOf(payload), where)) {
            payload = std::move(*text);
            return;
        }
    }
    // Shared rows, and private rows written before their partner had a key of their own.
    if (auto text = vault->decryptShared(bytesOf(payload), where)) {
        payload = std::move(*text);
        return;
    }
    payload = "{}";
    if (ownKey && !ownUnlocked)
        sealed = true;
    else
        damaged = true;
}

Result<std::string> Journal::sealEngineState(const Session& session) const
{
    if (!hasKeyring() || session.engineState.empty())
        return session.engineState;
    auto vault = m_protection->get();
    if (!vault || !vault->isUnlocked())
        return lockedError();
    auto blob = vault->encryptShared(session.engineState, {"sessions", session.id, "engine_state"});
    if (!blob)
        return makeError(blob.error().message);
    // engine_state is a TEXT column: the ciphertext is stored as base64 behind a marker.
    return std::string(kEnginePrefix) + toBase64(*blob);
}

Result<std::optional<std::string>> Journal::sealTitle(const std::string& sessionId,
                                                      const std::optional<std::string>& title) const
{
    if (!hasKeyring() || !title)
        return title;
    auto vault = m_protection->get();
    if (!vault || !vault->isUnlocked())
        return lockedError();
    auto blob = vault->encryptShared(*title, {"sessions", sessionId, "title"});
    if (!blob)
        return makeError(blob.error().message);
    return std::optional<std::string>(std::string(kEnginePrefix) + toBase64(*blob));
}

// A title stored sealed: opened while unlocked, left out (the default shows) while locked or when damaged.
void Journal::openTitle(Session& session) const
{
    if (!hasKeyring() || !session.title || session.title->rfind(kEnginePrefix, 0) != 0)
        return;
    auto vault = m_protection->get();
    std::optional<std::string> opened;
    if (vault && vault->isUnlocked())
        if (auto blob = fromBase64(std::string_view(*session.title).substr(std::strlen(kEnginePrefix))))
            if (auto text = vault->decryptShared(*blob, {"sessions", session.id, "title"}))
                opened = std::move(*text);
    session.title = std::move(opened);
}

Result<void> Journal::openEngineState(Session& session) const
{
    openTitle(session);
    if (!hasKeyring() || session.engineState.rfind(kEnginePrefix, 0) != 0)
        return {};
    auto vault = m_protection->get();
    if (!vault || !vault->isUnlocked()) {
        session.engineState.clear();
        return {};
    }
    auto blob = fromBase64(std::string_view(session.engineState).substr(std::strlen(kEnginePrefix)));
    if (blob) {
        if (auto text = vault->decryptShared(*blob, {"sessions", session.id, "engine_state"})) {
            session.engineState = std::move(*text);
            return {};
        }
    }
    session.engineState.clear();
    session.engineStateDamaged = true;
    return {};
}

// ---- the in-memory search index ----

std::string Journal::ftsTable() const
{
    return hasKeyring() ? m_indexSchema + ".entries_fts" : std::string("entries_fts");
}

void Journal::dropSearchIndex()
{
    if (!m_indexAttached)
        return;
    if (m_indexSchema == "temp") {
        (void)m_db.exec("PRAGMA query_only = 0");
        (void)m_db.exec("DROP TABLE IF EXISTS temp.entries_fts");
        if (m_readOnly)
            (void)m_db.exec("PRAGMA query_only = 1");
    } else {
        if (!m_readOnly) {
            m_protection->indexReady = false;
            (void)m_db.exec("DROP TABLE IF EXISTS mem.entries_fts");
        }
        (void)m_db.exec("DETACH DATABASE mem");
    }
    m_indexAttached = false;
}

Result<void> Journal::buildSearchIndex()
{
    if (!hasKeyring() || isLocked())
        return {};
    if (m_readOnly && m_indexSchema != "temp" && !m_protection->indexReady && !m_indexAttached)
        m_indexSchema = "temp";                  // the writer has none (yet): this reader builds its own
    if (m_indexSchema != "temp" && m_readOnly) { // a reader: use the writer's index
        if (!m_indexAttached) {
            auto attach = m_db.prepare("ATTACH DATABASE ?1 AS mem");
            if (!attach)
                return attach.error();
            attach->bind(1, m_protection->indexUri);
            if (auto done = attach->run(); !done)
                return done;
            m_indexAttached = true;
        }
        return {};
    }
    dropSearchIndex();
    if (m_indexSchema == "temp") {
        (void)m_db.exec("PRAGMA query_only = 0");
    } else {
        auto attach = m_db.prepare("ATTACH DATABASE ?1 AS mem");
        if (!attach)
            return attach.error();
        attach->bind(1, m_protection->indexUri);
        if (auto done = attach->run(); !done)
            return done;
    }
    m_indexAttached = true;
    auto finish = [&](Result<void> done) -> Result<void> {
        if (m_indexSchema == "temp" && m_readOnly)
            (void)m_db.exec("PRAGMA query_only = 1");
        if (done && m_indexSchema == "mem")
            m_protection->indexReady = true;
        return done;
    };
    if (auto made = m_db.exec("CREATE VIRTUAL TABLE " + ftsTable() + " USING fts5(body, tokenize = '" +
                              std::string(kSearchTokenizer) + "')");
        !made)
        return finish(made);
    auto rows = m_db.prepare("SELECT seq, id, partner_id, visibility, payload FROM entries ORDER BY seq");
    if (!rows)
        return finish(rows.error());
    auto ins = m_db.prepare("INSERT INTO " + ftsTable() + "(rowid, body) VALUES (?1, ?2)");
    if (!ins)
        return finish(ins.error());
    (void)m_db.exec("SAVEPOINT tend_index");
    int indexed = 0;
    for (;;) {
        auto row = rows->step();
        if (!row) {
            (void)m_db.exec("ROLLBACK TO tend_index; RELEASE tend_index");
            return finish(row.error());
        }
        if (!*row)
            break;
        std::string payload = rows->columnType(4) == SQLITE_BLOB ? rows->columnBlob(4) : rows->columnText(4);
        bool damaged = false;
        bool sealed = false;
        std::optional<std::string> owner;
        if (rows->columnText(3) == "private")
            owner = rows->columnOptText(2);
        openContent(payload, damaged, sealed, "entries", rows->columnText(1), "payload", owner);
        if (damaged || sealed)
            continue;
        ins->reset();
        ins->bind(1, rows->columnInt(0)).bind(2, searchableText(payload));
        if (auto done = ins->run(); !done) {
            (void)m_db.exec("ROLLBACK TO tend_index; RELEASE tend_index");
            return finish(done);
        }
        ++indexed;
    }
    (void)m_db.exec("RELEASE tend_index");
    log::get("journal")->info("search index built in memory ({} entries)", indexed);
    return finish({});
}

// ---- lock and unlock ----

crypto::CryptoResult<void> Journal::unlock(std::string_view passphrase)
{
    if (!hasKeyring())
        return {};
    if (m_protection->problem)
        return *m_protection->problem;
    auto vault = m_protection->get();
    if (auto opened = vault->unlock(passphrase); !opened)
        return opened;
    if (auto built = buildSearchIndex(); !built)
        return crypto::makeCryptoError(crypto::ErrorCode::System, built.error().message);
    return {};
}

crypto::CryptoResult<void> Journal::unlockWithRecoveryKey(std::string_view recoveryKey)
{
    if (!hasKeyring())
        return {};
    if (m_protection->problem)
        return *m_protection->problem;
    if (auto opened = m_protection->get()->unlockWithRecoveryKey(recoveryKey); !opened)
        return opened;
    if (auto built = buildSearchIndex(); !built)
        return crypto::makeCryptoError(crypto::ErrorCode::System, built.error().message);
    return {};
}

void Journal::lock()
{
    if (!hasKeyring())
        return;
    dropSearchIndex();
    if (auto vault = m_protection->get(); vault && vault->isProtected())
        vault->lock();
}

crypto::CryptoResult<void>
Journal::updateKeyring(const std::function<crypto::CryptoResult<void>(crypto::KeyVault&)>& change)
{
    if (!hasKeyring())
        return crypto::makeCryptoError(crypto::ErrorCode::Refused,
                                       "Protect the journal with a passphrase before giving a partner a key.");
    if (isLocked())
        return crypto::makeCryptoError(crypto::ErrorCode::Locked, lockedError().message);
    if (auto writable = requireWritable(); !writable)
        return crypto::makeCryptoError(crypto::ErrorCode::Refused, writable.error().message);
    auto vault = m_protection->get();
    const std::string previous = vault->keyringJson();
    if (auto changed = change(*vault); !changed)
        return changed;
    if (auto stored = transaction([&] { return storeKeyring(); }); !stored) {
        (void)vault->restoreKeyring(previous);
        return crypto::makeCryptoError(crypto::ErrorCode::Io, stored.error().message);
    }
    return {};
}

crypto::CryptoResult<void> Journal::addPartnerKey(const std::string& partnerId, crypto::PartnerSecret secret)
{
    return updateKeyring([&](crypto::KeyVault& vault) { return vault.addPartner(partnerId, secret); });
}

crypto::CryptoResult<void> Journal::unlockPartner(const std::string& partnerId, crypto::PartnerSecret secret)
{
    if (isLocked())
        return crypto::makeCryptoError(crypto::ErrorCode::Locked, lockedError().message);
    if (!hasKeyring())
        return {};
    if (auto opened = m_protection->get()->unlockPartner(partnerId, secret); !opened)
        return opened;
    if (auto built = buildSearchIndex(); !built) // their private entries become searchable
        return crypto::makeCryptoError(crypto::ErrorCode::System, built.error().message);
    return {};
}

void Journal::lockPartner(const std::string& partnerId)
{
    if (!hasKeyring())
        return;
    if (auto vault = m_protection->get())
        vault->lockPartner(partnerId);
    (void)buildSearchIndex(); // their private entries leave the index
}

crypto::CryptoResult<void> Journal::changePartnerSecret(const std::string& partnerId, crypto::PartnerSecret secret)
{
    return updateKeyring([&](crypto::KeyVault& vault) { return vault.changePartnerSecret(partnerId, secret); });
}

crypto::CryptoResult<crypto::SecureBytes> Journal::createRecoveryKey()
{
    if (!hasKeyring())
        return crypto::makeCryptoError(crypto::ErrorCode::Refused,
                                       "A recovery key belongs to a journal protected by a passphrase.");
    if (isLocked())
        return crypto::makeCryptoError(crypto::ErrorCode::Locked, lockedError().message);
    if (auto writable = requireWritable(); !writable)
        return crypto::makeCryptoError(crypto::ErrorCode::Refused, writable.error().message);
    auto vault = m_protection->get();
    const std::string previous = vault->keyringJson();
    auto made = vault->createRecoveryKey();
    if (!made)
        return made;
    if (auto stored = transaction([&] { return storeKeyring(); }); !stored) {
        (void)vault->restoreKeyring(previous);
        return crypto::makeCryptoError(crypto::ErrorCode::Io, stored.error().message);
    }
    log::get("journal")->info("recovery key replaced");
    return made;
}

// ---- verifying every stored value ----

Result<ContentCheck> Journal::verifyContent() const
{
    ContentCheck out;
    if (!hasKeyring())
        return out;
    if (isLocked())
        return makeError("The journal is locked; its values can only be verified with the passphrase.");
    auto& db = const_cast<sql::Database&>(m_db);
    for (const ContentColumn& c : kContentColumns) {
        auto rows = db.prepare(std::string("SELECT id, ") + c.ownerSql + ", " + c.column + ", " + c.timeSql + " FROM " +
                               c.table + " ORDER BY seq");
        if (!rows)
            return rows.error();
        for (;;) {
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const std::string id = rows->columnText(0);
            const std::optional<std::string> owner = rows->columnOptText(1);
            std::string value = rows->columnType(2) == SQLITE_BLOB ? rows->columnBlob(2) : rows->columnText(2);
            bool damaged = false;
            bool sealed = false;
            openContent(value, damaged, sealed, c.table, id, c.column, owner);
            ++out.checked;
            if (sealed)
                ++out.sealed;
            if (damaged)
                out.damaged.push_back({c.kind, id, rows->columnText(3)});
        }
    }
    auto sessions =
        db.prepare("SELECT id, engine_state, started_at FROM sessions WHERE engine_state <> '' ORDER BY seq");
    if (!sessions)
        return sessions.error();
    for (;;) {
        auto row = sessions->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Session s;
        s.id = sessions->columnText(0);
        s.engineState = sessions->columnText(1);
        (void)openEngineState(s);
        ++out.checked;
        if (s.engineStateDamaged)
            out.damaged.push_back({"session's saved place", s.id, sessions->columnText(2)});
    }
    return out;
}

// ---- turning protection on, changing it, turning it off ----

Result<void> Journal::rewriteAllContent(bool encrypt)
{
    // Reads each value as stored, opens it with the keys held now, and writes it back sealed (encrypt) or clear.
    for (const ContentColumn& c : kContentColumns) {
        auto rows = m_db.prepare(std::string("SELECT id, ") + c.ownerSql + ", " + c.column + " FROM " + c.table);
        if (!rows)
            return rows.error();
        auto update = m_db.prepare(std::string("UPDATE ") + c.table + " SET " + c.column + " = ?2 WHERE id = ?1");
        if (!update)
            return update.error();
        for (;;) {
            auto row = rows->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            const std::string id = rows->columnText(0);
            const std::optional<std::string> owner = rows->columnOptText(1);
            std::string value = rows->columnType(2) == SQLITE_BLOB ? rows->columnBlob(2) : rows->columnText(2);
            bool damaged = false;
            bool sealed = false;
            if (!encrypt) {
                openContent(value, damaged, sealed, c.table, id, c.column, owner);
                if (damaged || sealed)
                    return makeError(std::string("A value in ") + c.table +
                                     " cannot be opened (damaged, or a partner's key is locked); nothing was "
                                     "changed.");
            } else if (crypto::field::looksEncrypted(bytesOf(value))) {
                continue;
            }
            update->reset();
            update->bind(1, id);
            if (encrypt) {
                if (auto bound = bindContent(*update, 2, value, c.table, id, c.column, owner); !bound)
                    return bound;
            } else {
                update->bind(2, value);
            }
            if (auto done = update->run(); !done)
                return done;
        }
    }
    // Titles.
    auto titles = m_db.prepare("SELECT id, title FROM sessions WHERE title IS NOT NULL");
    if (!titles)
        return titles.error();
    auto setTitle = m_db.prepare("UPDATE sessions SET title = ?2 WHERE id = ?1");
    if (!setTitle)
        return setTitle.error();
    for (;;) {
        auto row = titles->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Session s;
        s.id = titles->columnText(0);
        s.title = titles->columnText(1);
        const bool isSealed = s.title->rfind(kEnginePrefix, 0) == 0;
        if (encrypt == isSealed)
            continue;
        std::optional<std::string> stored;
        if (encrypt) {
            auto sealedTitle = sealTitle(s.id, s.title);
            if (!sealedTitle)
                return sealedTitle.error();
            stored = std::move(*sealedTitle);
        } else {
            openTitle(s);
            if (!s.title)
                return makeError("A session's title cannot be opened; nothing was changed.");
            stored = s.title;
        }
        setTitle->reset();
        setTitle->bind(1, s.id).bind(2, stored);
        if (auto done = setTitle->run(); !done)
            return done;
    }
    // Engine states.
    auto sessions = m_db.prepare("SELECT id, engine_state FROM sessions WHERE engine_state <> ''");
    if (!sessions)
        return sessions.error();
    auto update = m_db.prepare("UPDATE sessions SET engine_state = ?2 WHERE id = ?1");
    if (!update)
        return update.error();
    for (;;) {
        auto row = sessions->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        Session s;
        s.id = sessions->columnText(0);
        s.engineState = sessions->columnText(1);
        if (encrypt) {
            if (s.engineState.rfind(kEnginePrefix, 0) == 0)
                continue;
            auto sealedText = sealEngineState(s);
            if (!sealedText)
                return sealedText.error();
            s.engineState = std::move(*sealedText);
        } else {
            (void)openEngineState(s);
            if (s.engineStateDamaged)
                return makeError("A session's saved state cannot be opened; nothing was changed.");
        }
        update->reset();
        update->bind(1, s.id).bind(2, s.engineState);
        if (auto done = update->run(); !done)
            return done;
    }
    return {};
}

Result<void> Journal::enableProtection(std::string_view passphrase)
{
    if (auto writable = requireWritable(); !writable)
        return writable;
    if (hasKeyring())
        return makeError("The journal is already protected; change the passphrase instead.");
    if (!m_protection)
        m_protection = makeProtectionState();
    if (!m_inMemory) {
        if (auto made = backupNow("before-protection"); !made)
            return makeError("The backup that must come first failed: " + made.error().message +
                             " Nothing was changed.");
    }
    auto created = crypto::KeyVault::create(passphrase, m_kdfPolicy);
    if (!created)
        return makeError(created.error().message);
    {
        std::lock_guard<std::mutex> guard(m_protection->mutex);
        m_protection->vault = std::make_shared<crypto::KeyVault>(std::move(*created));
        m_protection->present = true;
        m_protection->problem.reset();
    }
    auto done = transaction([&]() -> Result<void> {
        if (auto stored = storeKeyring(); !stored)
            return stored;
        if (auto stamped = writeMeta(m_db, kProtectedAtKey, nowUtc()); !stamped)
            return stamped;
        if (auto rewritten = rewriteAllContent(true); !rewritten)
            return rewritten;
        // The on-disk index holds clear text: empty it (the in-memory one replaces it).
        return m_db.exec("DROP TABLE entries_fts; CREATE VIRTUAL TABLE entries_fts USING "
                         "fts5(body, tokenize = '" +
                         std::string(kSearchTokenizer) + "')");
    });
    if (!done) {
        std::lock_guard<std::mutex> guard(m_protection->mutex);
        m_protection->vault.reset();
        m_protection->present = false;
        return done;
    }
    (void)m_db.exec("PRAGMA temp_store = MEMORY");
    (void)m_db.exec("PRAGMA secure_delete = ON");
    // Rewrite the whole file so no free page keeps old clear text, then empty the write-ahead log.
    if (!m_inMemory) {
        if (auto vacuumed = m_db.exec("VACUUM"); !vacuumed)
            return makeError("The journal is protected, but compacting it failed (" + vacuumed.error().message +
                             "); old clear text may remain in free space until the next compaction.");
        (void)m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    log::get("journal")->info("journal protection enabled");
    return buildSearchIndex();
}

Result<void> Journal::changePassphrase(std::string_view newPassphrase)
{
    if (auto writable = requireWritable(); !writable)
        return writable;
    if (!hasKeyring())
        return enableProtection(newPassphrase);
    if (auto open = requireUnlocked(); !open)
        return open;
    auto vault = m_protection->get();
    const std::string previous = vault->keyringJson();
    if (auto set = vault->setPassphrase(newPassphrase); !set)
        return makeError(set.error().message);
    if (auto stored = transaction([&] { return storeKeyring(); }); !stored) {
        (void)vault->restoreKeyring(previous);
        return stored;
    }
    (void)m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return {};
}

Result<void> Journal::removeProtection()
{
    if (auto writable = requireWritable(); !writable)
        return writable;
    if (!hasKeyring())
        return {};
    if (auto open = requireUnlocked(); !open)
        return open;
    if (!m_inMemory) {
        if (auto made = backupNow("before-unprotect"); !made)
            return makeError("The backup that must come first failed: " + made.error().message +
                             " Nothing was changed.");
    }
    dropSearchIndex();
    auto done = transaction([&]() -> Result<void> {
        if (auto rewritten = rewriteAllContent(false); !rewritten)
            return rewritten;
        if (auto cleared = m_db.exec("DELETE FROM meta WHERE key IN ('keyring', 'protected_at')"); !cleared)
            return cleared;
        if (auto wiped = m_db.exec("DELETE FROM entries_fts"); !wiped)
            return wiped;
        return schema::indexClearEntries(m_db); // every payload is in clear text again
    });
    if (!done) {
        (void)buildSearchIndex();
        return done;
    }
    std::lock_guard<std::mutex> guard(m_protection->mutex);
    m_protection->vault.reset();
    m_protection->present = false;
    log::get("journal")->info("journal protection removed");
    return {};
}

std::vector<std::filesystem::path> Journal::plainBackups() const
{
    std::vector<std::filesystem::path> out;
    if (m_inMemory || !hasKeyring())
        return out;
    auto since = readMeta(const_cast<sql::Database&>(m_db), kProtectedAtKey);
    if (!since || !*since)
        return out;
    for (const backup::BackupInfo& info : backup::list(m_dataDir))
        if (info.createdAt <= **since)
            out.push_back(info.file);
    return out;
}

} // namespace tend::journal
