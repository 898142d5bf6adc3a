// Opening the journal: every check happens before the first byte is written.
#include "tend/journal/Journal.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fstream>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend/common/Log.h"
#include "tend/common/Paths.h"
#include "tend/journal/Schema.h"

namespace tend::journal {
namespace fs = std::filesystem;
std::shared_ptr<ProtectionState> makeProtectionState(); // JournalProtection.cpp
namespace {

constexpr std::string_view kSqliteMagic{"SQLite format 3\0", 16};

std::uint32_t bigEndian32(const unsigned char* p)
{
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

std::string fileUri(const fs::path& file, std::string_view params)
{
    std::string out = "file:";
    for (unsigned char c : file.string()) {
        if (c == '%' || c == '?' || c == '#' || c < 0x20) {
            char buffer[4];
            std::snprintf(buffer, sizeof buffer, "%%%02X", c);
            out += buffer;
        } else {
            out.push_back(static_cast<char>(c));
        }
    }
    return out + "?" + std::string(params);
}

bool pathExists(const fs::path& p)
{
    struct stat st {};
    return ::lstat(p.c_str(), &st) == 0;
}

bool writableByUs(const fs::path& p)
{
    // Effective ids, as the kernel will check them (a root process passes unless the mount is read-only;
    // the permission tests therefore run as an unprivileged user).
    return ::faccessat(AT_FDCWD, p.c_str(), W_OK, AT_EACCESS) == 0;
}

struct Header {
    bool readable = false;
    int readErrno = 0;
    std::uintmax_t size = 0;
    bool sqlite = false;
    std::uint32_t userVersion = 0;
    std::uint32_t applicationId = 0;
};

Header readHeader(const fs::path& file)
{
    Header header;
    const int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        header.readErrno = errno;
        return header;
    }
    struct stat st {};
    ::fstat(fd, &st);
    header.size = static_cast<std::uintmax_t>(st.st_size);
    std::array<unsigned char, 100> bytes{};
    const ssize_t got = ::pread(fd, bytes.data(), bytes.size(), 0);
    header.readErrno = got < 0 ? errno : 0;
    ::close(fd);
    header.readable = got >= 0;
    if (got == static_cast<ssize_t>(bytes.size()) &&
        std::memcmp(bytes.data(), kSqliteMagic.data(), kSqliteMagic.size()) == 0) {
        header.sqlite = true;
        header.userVersion = bigEndian32(&bytes[60]);
        header.applicationId = bigEndian32(&bytes[68]);
    }
    return header;
}

std::string hexId(std::uint32_t id)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "0x%08X", id);
    return buffer;
}

// A read-only connection that never writes the database file. In a read-only folder a WAL database
// without its -shm cannot be opened the usual way; when there is no -wal either, the file alone
// holds everything and may be opened as immutable.
Result<sql::Database> openReadOnly(const fs::path& file, bool alone = false)
{
    if (alone) // the caller holds the folder and no -wal exists: the file alone is the journal
        return sql::Database::open(fileUri(file, "mode=ro&immutable=1"), SQLITE_OPEN_READONLY);
    auto db = sql::Database::open(fileUri(file, "mode=ro"), SQLITE_OPEN_READONLY);
    if (db) {
        auto probe = db->queryInt("SELECT count(*) FROM sqlite_schema");
        if (probe)
            return db;
        const int code = db->lastErrorCode() & 0xFF;
        if (code != SQLITE_CANTOPEN && code != SQLITE_READONLY && code != SQLITE_BUSY)
            return probe.error();
    }
    if (!pathExists(fs::path(file.string() + "-wal"))) {
        auto immutable = sql::Database::open(fileUri(file, "mode=ro&immutable=1"), SQLITE_OPEN_READONLY);
        if (immutable)
            return immutable;
    }
    if (!db)
        return db.error();
    return makeError("The journal cannot be read in this folder without write access to its -shm file");
}

std::string impossibleVersion(const fs::path& file, std::int64_t version)
{
    return "The journal " + file.string() + " is damaged: its format number (" + std::to_string(version) +
           ") is impossible. Nothing was changed.";
}

// FNV-1a over the journal file and its -wal: the same content always gives the same name.
std::string contentHash(const fs::path& file)
{
    std::uint64_t hash = 1469598103934665603ull;
    for (const fs::path& part : {file, fs::path(file.string() + "-wal")}) {
        std::ifstream in(part, std::ios::binary);
        char buffer[1 << 16];
        while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
            for (std::streamsize i = 0; i < in.gcount(); ++i) {
                hash ^= static_cast<unsigned char>(buffer[i]);
                hash *= 1099511628211ull;
            }
        }
    }
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

// At most one before-migration backup per source format and content: a journal that fails to migrate on every
// open makes one backup, not one per attempt (and those backups are never rotated out, see backup::prune).
Result<backup::BackupInfo> migrationBackup(const fs::path& file, const fs::path& dataDir, int fromVersion)
{
    const std::string reason = "before-migration-to-" + std::to_string(schema::kCurrentVersion) + "-from-" +
                               std::to_string(fromVersion) + "-" + contentHash(file);
    for (const auto& existing : backup::list(dataDir))
        if (existing.reason == reason)
            return existing;
    return backup::create(file, dataDir, reason);
}

} // namespace

Journal::~Journal()
{
    // Close the connection (SQLite checkpoints and removes the -wal) before giving up the folder lock.
    dropSearchIndex();
    (void)m_db.close();
    m_db = sql::Database();
    m_instance.reset();
    m_readerClaim.reset();
}

fs::path Journal::databaseFile() const
{
    return m_inMemory ? fs::path() : m_dataDir / schema::kDatabaseFileName;
}

int Journal::schemaVersion() const
{
    auto version = const_cast<sql::Database&>(m_db).queryInt("PRAGMA user_version");
    return version ? static_cast<int>(version->value_or(0)) : -1;
}

Result<void> Journal::requireWritable() const
{
    if (m_readOnly)
        return makeError("The journal is open read-only: " + m_readOnlyReason);
    return {};
}

OpenResult Journal::open(const fs::path& dataDir, const OpenOptions& options)
{
    OpenResult result;
    const fs::path file = dataDir / schema::kDatabaseFileName;
    const fs::path wal = file.string() + "-wal";
    result.file = file;
    auto fail = [&](OpenProblem problem, std::string message) {
        result.problem = problem;
        result.message = std::move(message);
        result.journal.reset();
        result.latestBackup = backup::latest(dataDir);
        log::get("journal")->warn("journal not opened (problem {})", static_cast<int>(problem));
        return std::move(result);
    };

    std::error_code ec;
    if (!fs::is_directory(dataDir, ec)) {
        if (options.readOnly)
            return fail(OpenProblem::NoJournal, "There is no journal in " + dataDir.string() + " yet.");
        if (auto made = paths::ensurePrivateDirectory(dataDir); !made)
            return fail(OpenProblem::Failed, made.error().message);
    }
    const bool folderWritable = writableByUs(dataDir);
    if (folderWritable && !options.readOnly) {
        // Tighten a folder we own; quietly leave one we may not change.
        ::chmod(dataDir.c_str(), S_IRWXU);
    }

    std::shared_ptr<SingleInstance> instance = options.instance;
    if (!options.readOnly && !instance) {
        auto claimed = SingleInstance::claim(dataDir);
        if (!claimed)
            return fail(OpenProblem::Unreadable, claimed.error().message);
        instance = std::move(*claimed);
    }
    if (instance && !instance->isPrimary())
        return fail(OpenProblem::InUse, "Tend is already open on the journal in " + dataDir.string() + ".");

    // ---- what is on disk ----
    const bool walExisted = pathExists(wal);
    // A reader that can have the folder to itself (no Tend holds it, no -wal) reads the file alone, so it leaves
    // no -wal or -shm behind for the next open to take for an unclean shutdown. The claim is held while it reads.
    std::shared_ptr<void> readerClaim;
    if (options.readOnly && !walExisted) {
        const int fd = ::open(dataDir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0 && !pathExists(wal))
            readerClaim = std::shared_ptr<int>(new int(fd), [](int* held) {
                ::close(*held);
                delete held;
            });
        else if (fd >= 0)
            ::close(fd);
    }
    const bool readAlone = readerClaim != nullptr;
    bool fresh = false;
    if (!pathExists(file)) {
        const auto backups = backup::list(dataDir);
        if (walExisted)
            return fail(OpenProblem::Missing,
                        "The journal file " + file.string() + " is missing, but its companion " + wal.string() +
                            " is there: the journal may have been moved or deleted. Nothing was changed." +
                            (backups.empty() ? "" : " A backup can be restored."));
        if (!backups.empty())
            return fail(OpenProblem::Missing, "The journal file " + file.string() + " is missing, but " +
                                                  std::to_string(backups.size()) +
                                                  " backups of it exist. Restore the latest backup rather than "
                                                  "starting an empty journal.");
        if (options.readOnly)
            return fail(OpenProblem::NoJournal, "There is no journal in " + dataDir.string() + " yet.");
        if (!folderWritable)
            return fail(OpenProblem::Unreadable,
                        "Tend cannot create its journal because the folder " + dataDir.string() + " is read-only.");
        const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (fd < 0)
            return fail(OpenProblem::Unreadable,
                        "Cannot create the journal " + file.string() + ": " + std::strerror(errno));
        ::close(fd);
        fresh = true;
    }

    Header header = readHeader(file);
    if (!header.readable)
        return fail(OpenProblem::Unreadable, "Cannot read the journal " + file.string() + ": " +
                                                 std::strerror(header.readErrno) + ". Nothing was changed.");
    if (header.size == 0 && !fresh) {
        // An empty file where a journal was expected: only a new journal if nothing says one existed.
        if (!backup::list(dataDir).empty() || walExisted)
            return fail(OpenProblem::Missing, "The journal file " + file.string() +
                                                  " is empty, but backups of it exist. Restore the latest backup "
                                                  "rather than starting an empty journal. Nothing was changed.");
        if (options.readOnly)
            return fail(OpenProblem::NoJournal, "The journal in " + dataDir.string() + " is empty.");
        fresh = true;
    }
    if (!fresh) {
        if (!header.sqlite)
            return fail(OpenProblem::NotAJournal,
                        "The file " + file.string() +
                            " is not a Tend journal, or its first bytes are damaged: it does not start like an "
                            "SQLite database. Nothing was changed.");
        if (header.applicationId != 0 && header.applicationId != static_cast<std::uint32_t>(schema::kApplicationId))
            return fail(OpenProblem::NotAJournal, "The file " + file.string() +
                                                      " is a database of another program (application id " +
                                                      hexId(header.applicationId) +
                                                      "), not a Tend journal. "
                                                      "Nothing was changed.");
        // SQLite's user_version is a signed 32-bit number; a "version" above 2^31 is a negative one, not a newer Tend.
        if (header.userVersion > 0x7FFFFFFFu)
            return fail(OpenProblem::Damaged, impossibleVersion(file, static_cast<std::int32_t>(header.userVersion)));
        if (header.userVersion > static_cast<std::uint32_t>(schema::kCurrentVersion)) {
            result.foundVersion = static_cast<int>(header.userVersion);
            return fail(OpenProblem::NewerVersion,
                        "The journal " + file.string() + " was written by a newer Tend (journal format " +
                            std::to_string(header.userVersion) + "; this Tend reads up to format " +
                            std::to_string(schema::kCurrentVersion) +
                            "). Nothing was changed. Please update Tend to open it.");
        }

        // ---- a read-only look before any write: the header above may be behind a -wal ----
        auto probe = openReadOnly(file, readAlone);
        if (!probe)
            return fail(::faccessat(AT_FDCWD, file.c_str(), R_OK, AT_EACCESS) == 0 ? OpenProblem::Damaged
                                                                                   : OpenProblem::Unreadable,
                        "The journal " + file.string() + " cannot be opened (" + probe.error().message +
                            "). Nothing was changed.");
        (void)schema::configureConnection(*probe, false);
        auto appId = probe->queryInt("PRAGMA application_id");
        auto version = probe->queryInt("PRAGMA user_version");
        auto tables = probe->queryInt("SELECT count(*) FROM sqlite_schema");
        if (!appId || !version || !tables)
            return fail(OpenProblem::Damaged, "The journal " + file.string() + " is damaged: " +
                                                  (!appId     ? appId.error()
                                                   : !version ? version.error()
                                                              : tables.error())
                                                      .message +
                                                  ". Nothing was changed.");
        if (appId->value_or(0) == 0 && tables->value_or(0) > 0)
            return fail(OpenProblem::NotAJournal, "The file " + file.string() +
                                                      " is a database of another program, not a Tend journal. "
                                                      "Nothing was changed.");
        if (appId->value_or(0) != 0 && appId->value_or(0) != schema::kApplicationId)
            return fail(OpenProblem::NotAJournal, "The file " + file.string() +
                                                      " is a database of another program (application id " +
                                                      hexId(static_cast<std::uint32_t>(appId->value_or(0))) +
                                                      "), not a Tend journal. Nothing was changed.");
        if (version->value_or(0) < 0)
            return fail(OpenProblem::Damaged, impossibleVersion(file, version->value_or(0)));
        if (version->value_or(0) > schema::kCurrentVersion) {
            result.foundVersion = static_cast<int>(version->value_or(0));
            return fail(OpenProblem::NewerVersion,
                        "The journal " + file.string() + " was written by a newer Tend (journal format " +
                            std::to_string(result.foundVersion) + "; this Tend reads up to format " +
                            std::to_string(schema::kCurrentVersion) +
                            "). Nothing was changed. Please update Tend to open it.");
        }
        // quick_check on every open; the full check after an unclean shutdown (a -wal left behind).
        // Read-only opens (export, search, backup, check) all run the full check: what they read or copy must be
        // what `tend check` would call intact.
        const bool full = options.fullCheck || options.readOnly || walExisted;
        auto check = probe->prepare(full ? "PRAGMA integrity_check(5)" : "PRAGMA quick_check(5)");
        if (!check)
            return fail(OpenProblem::Damaged, "The journal " + file.string() + " is damaged: " + check.error().message +
                                                  ". Nothing was changed.");
        std::string problems;
        for (;;) {
            auto row = check->step();
            if (!row)
                return fail(OpenProblem::Damaged, "The journal " + file.string() +
                                                      " is damaged: " + row.error().message + ". Nothing was changed.");
            if (!*row)
                break;
            const std::string line = check->columnText(0);
            if (line != "ok")
                problems += (problems.empty() ? "" : "; ") + line;
        }
        if (!problems.empty())
            return fail(OpenProblem::Damaged, "The journal " + file.string() + " is damaged (integrity check: " +
                                                  problems.substr(0, 300) + "). Nothing was changed.");
        result.foundVersion = static_cast<int>(version->value_or(0));
    }

    std::unique_ptr<Journal> journal(new Journal());
    journal->m_dataDir = dataDir;
    journal->m_instance = instance;
    journal->m_unclean = walExisted && !options.readOnly;

    const bool fileWritable = writableByUs(file) && (!walExisted || writableByUs(wal));
    if (options.readOnly || !folderWritable || !fileWritable) {
        if (fresh)
            return fail(OpenProblem::NoJournal, "There is no journal in " + dataDir.string() + " yet.");
        if (result.foundVersion < schema::kCurrentVersion)
            return fail(OpenProblem::NeedsUpgrade,
                        "The journal " + file.string() + " is in an older format (" +
                            std::to_string(result.foundVersion) +
                            ") and must be upgraded, but it is open read-only. Nothing was changed.");
        auto db = openReadOnly(file, readAlone);
        if (!db)
            return fail(OpenProblem::Unreadable,
                        "Cannot open the journal " + file.string() + ": " + db.error().message);
        if (auto configured = schema::configureConnection(*db, false); !configured)
            return fail(OpenProblem::Failed, configured.error().message);
        (void)db->exec("PRAGMA query_only = 1");
        journal->m_db = std::move(*db);
        journal->m_target = file.string();
        journal->m_readOnly = true;
        journal->m_readOnlyReason = options.readOnly ? std::string("opened for reading only")
                                                     : "the folder " + dataDir.string() +
                                                           " or the journal file is read-only, so nothing "
                                                           "can be saved";
        journal->m_indexSchema = "temp";
        journal->m_readerClaim = readerClaim;
        if (auto keys = journal->loadKeyring(options.kdfPolicy); !keys)
            return fail(OpenProblem::Failed, "Cannot read the journal's keys: " + keys.error().message);
        result.journal = std::move(journal);
        return result;
    }

    // ---- the write connection ----
    auto db = sql::Database::open(fileUri(file, "mode=rw"), SQLITE_OPEN_READWRITE);
    if (!db)
        return fail(OpenProblem::Unreadable, "Cannot open the journal " + file.string() + ": " + db.error().message);
    if (auto configured = schema::configureConnection(*db, true); !configured)
        return fail(OpenProblem::Failed,
                    "Cannot prepare the journal " + file.string() + ": " + configured.error().message);
    for (const char* suffix : {"", "-wal", "-shm"})
        ::chmod((file.string() + suffix).c_str(), S_IRUSR | S_IWUSR);

    auto version = db->queryInt("PRAGMA user_version");
    auto tables = db->queryInt("SELECT count(*) FROM sqlite_schema");
    if (!version || !tables)
        return fail(OpenProblem::Damaged, "The journal " + file.string() + " cannot be read. Nothing was changed.");
    if (version->value_or(0) < schema::kCurrentVersion) {
        // A failed migration must leave both files as they were: no checkpoint of the -wal on close.
        auto keepFilesOnFailure = [&] {
            sqlite3_db_config(db->handle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        };
        const bool hasData = version->value_or(0) > 0 || tables->value_or(0) > 0;
        if (hasData) {
            auto made = migrationBackup(file, dataDir, static_cast<int>(version->value_or(0)));
            if (!made) {
                keepFilesOnFailure();
                return fail(OpenProblem::Failed, "The journal " + file.string() +
                                                     " needs an upgrade, and the backup that must come first "
                                                     "failed: " +
                                                     made.error().message + " Nothing was changed.");
            }
        }
        if (auto migrated = schema::migrate(*db); !migrated) {
            keepFilesOnFailure();
            return fail(OpenProblem::Failed,
                        migrated.error().message + " (" + file.string() + "). The journal is unchanged.");
        }
    }
    journal->m_db = std::move(*db);
    journal->m_target = file.string();
    if (auto keys = journal->loadKeyring(options.kdfPolicy); !keys)
        return fail(OpenProblem::Failed, "Cannot read the journal's keys: " + keys.error().message);
    log::get("journal")->info("journal opened (format {}, unclean {})", schema::kCurrentVersion, journal->m_unclean);
    result.journal = std::move(journal);
    return result;
}

Result<std::unique_ptr<Journal>> Journal::openInMemory()
{
    // A named memdb database: several connections of this process can share it (a reader for the
    // UI), and it never touches the disk.
    const std::string target = "file:/tend-memory-" + newId() + "?vfs=memdb";
    auto db = sql::Database::open(target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!db)
        return makeError("Cannot create the in-memory journal: " + db.error().message);
    if (auto configured = schema::configureConnection(*db, true); !configured)
        return configured.error();
    if (auto migrated = schema::migrate(*db); !migrated)
        return migrated.error();
    std::unique_ptr<Journal> journal(new Journal());
    journal->m_db = std::move(*db);
    journal->m_target = target;
    journal->m_inMemory = true;
    journal->m_protection = makeProtectionState();
    return journal;
}

Result<std::unique_ptr<Journal>> Journal::openReader() const
{
    Result<sql::Database> db =
        m_inMemory ? sql::Database::open(m_target, SQLITE_OPEN_READWRITE) : openReadOnly(fs::path(m_target));
    if (!db)
        return makeError("Cannot open a reader on the journal: " + db.error().message);
    if (auto configured = schema::configureConnection(*db, false); !configured)
        return configured.error();
    (void)db->exec("PRAGMA query_only = 1");
    std::unique_ptr<Journal> reader(new Journal());
    reader->m_db = std::move(*db);
    reader->m_dataDir = m_dataDir;
    reader->m_target = m_target;
    reader->m_inMemory = m_inMemory;
    reader->m_readOnly = true;
    reader->m_readOnlyReason = "this is a reading connection";
    reader->m_protection = m_protection; // the same keys: a lock on one locks both
    reader->m_indexSchema = m_indexSchema;
    reader->m_kdfPolicy = m_kdfPolicy;
    if (reader->hasKeyring())
        (void)reader->m_db.exec("PRAGMA temp_store = MEMORY");
    return reader;
}

Result<void> Journal::checkIntegrity()
{
    auto check = m_db.prepare("PRAGMA integrity_check(10)");
    if (!check)
        return check.error();
    std::string problems;
    for (;;) {
        auto row = check->step();
        if (!row)
            return makeError("The journal is damaged: " + row.error().message);
        if (!*row)
            break;
        const std::string line = check->columnText(0);
        if (line != "ok")
            problems += (problems.empty() ? "" : "; ") + line;
    }
    if (!problems.empty())
        return makeError("The journal is damaged (integrity check: " + problems.substr(0, 500) + ")");
    return {};
}

Result<backup::BackupInfo> Journal::backupNow(std::string_view reason)
{
    if (m_inMemory)
        return makeError("An in-memory journal keeps nothing on disk, so there is nothing to back up");
    return backup::create(databaseFile(), m_dataDir, reason);
}

Result<std::optional<backup::BackupInfo>> Journal::dailyBackup()
{
    if (m_inMemory || m_readOnly || !backup::dailyDue(m_dataDir))
        return std::optional<backup::BackupInfo>();
    auto made = backup::create(databaseFile(), m_dataDir, "daily");
    if (!made)
        return made.error();
    return std::optional<backup::BackupInfo>(std::move(*made));
}

} // namespace tend::journal
