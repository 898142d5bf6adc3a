#include "tend/journal/Backup.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <ctime>
#include <fstream>

#include <fcntl.h>
#include <memory>
#include <sqlite3.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend/common/Log.h"
#include "tend/common/Paths.h"
#include "tend/common/Timestamp.h"
#include "tend/journal/Model.h"
#include "tend/journal/Schema.h"
#include "tend/journal/Sqlite.h"

namespace tend::journal::backup {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kPrefix = "tend-";
constexpr std::string_view kTempPrefix = ".tmp-backup-";

// "2025-03-14T09:26:53.589Z" -> "20250314-092653-589"
std::string stampFromIso(const std::string& iso)
{
    std::string out;
    for (char c : iso.substr(0, 23)) {
        if (c >= '0' && c <= '9')
            out.push_back(c);
        if (out.size() == 8 || out.size() == 15)
            out.push_back('-');
    }
    return out;
}

std::optional<std::string> isoFromStamp(std::string_view stamp)
{
    if (stamp.size() != 19 || stamp[8] != '-' || stamp[15] != '-')
        return std::nullopt;
    for (std::size_t i = 0; i < stamp.size(); ++i)
        if (i != 8 && i != 15 && (stamp[i] < '0' || stamp[i] > '9'))
            return std::nullopt;
    std::string iso = std::string(stamp.substr(0, 4)) + "-" + std::string(stamp.substr(4, 2)) + "-" +
                      std::string(stamp.substr(6, 2)) + "T" + std::string(stamp.substr(9, 2)) + ":" +
                      std::string(stamp.substr(11, 2)) + ":" + std::string(stamp.substr(13, 2)) + "." +
                      std::string(stamp.substr(16, 3)) + "Z";
    return iso;
}

// tend-<stamp>-<reason>.db
std::optional<BackupInfo> parseName(const fs::path& file)
{
    const std::string name = file.filename().string();
    if (name.rfind(kPrefix, 0) != 0 || file.extension() != ".db")
        return std::nullopt;
    const std::string core = name.substr(kPrefix.size(), name.size() - kPrefix.size() - 3);
    if (core.size() < 21 || core[19] != '-')
        return std::nullopt;
    auto iso = isoFromStamp(std::string_view(core).substr(0, 19));
    if (!iso)
        return std::nullopt;
    BackupInfo info;
    info.file = file;
    info.createdAt = *iso;
    info.reason = core.substr(20);
    std::error_code ec;
    info.bytes = fs::file_size(file, ec);
    return info;
}

Result<void> fsyncPath(const fs::path& path, bool directory)
{
    const int fd = ::open(path.c_str(), (directory ? O_RDONLY | O_DIRECTORY : O_RDONLY) | O_CLOEXEC);
    if (fd < 0)
        return makeError("Cannot open " + path.string() + " to flush it: " + std::strerror(errno));
    const int rc = ::fsync(fd);
    const int saved = errno;
    ::close(fd);
    if (rc != 0)
        return makeError("Cannot flush " + path.string() + " to disk: " + std::strerror(saved));
    return {};
}

// Seconds since the epoch of a stored time, or 0 for one that does not read (sorted first, never trusted).
std::time_t secondsOf(const std::string& iso)
{
    const std::optional<TimePoint> when = tend::parseIso(iso);
    return when ? std::chrono::system_clock::to_time_t(*when) : 0;
}

std::string uriFor(const fs::path& file, std::string_view mode)
{
    // Percent-encode what a URI would misread; the path stays exact.
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
    return out + "?mode=" + std::string(mode);
}

Result<void> copyFile(const fs::path& from, const fs::path& to)
{
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return makeError("Cannot read " + from.string() + ": " + std::strerror(errno));
    const int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (out < 0) {
        const int saved = errno;
        ::close(in);
        return makeError("Cannot create " + to.string() + ": " + std::strerror(saved));
    }
    char buffer[1 << 16];
    for (;;) {
        const ssize_t got = ::read(in, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            const int saved = errno;
            ::close(in);
            ::close(out);
            return makeError("Cannot read " + from.string() + ": " + std::strerror(saved));
        }
        if (got == 0)
            break;
        for (ssize_t done = 0; done < got;) {
            const ssize_t wrote = ::write(out, buffer + done, static_cast<std::size_t>(got - done));
            if (wrote < 0 && errno == EINTR)
                continue;
            if (wrote < 0) {
                const int saved = errno;
                ::close(in);
                ::close(out);
                return makeError("Cannot write " + to.string() + ": " + std::strerror(saved));
            }
            done += wrote;
        }
    }
    const int synced = ::fsync(out);
    const int saved = errno;
    ::close(in);
    ::close(out);
    if (synced != 0)
        return makeError("Cannot flush " + to.string() + ": " + std::strerror(saved));
    return {};
}

} // namespace

fs::path directory(const fs::path& dataDir)
{
    return dataDir / "backups";
}

Result<void> verify(const fs::path& file)
{
    auto db = sql::Database::open(uriFor(file, "ro"), SQLITE_OPEN_READONLY);
    if (!db)
        return makeError("Cannot open the backup " + file.string() + ": " + db.error().message);
    if (auto configured = schema::configureConnection(*db, false); !configured)
        return configured;
    auto check = db->queryText("PRAGMA integrity_check(1)");
    if (!check)
        return makeError("The backup " + file.string() + " cannot be checked: " + check.error().message);
    if (!check->has_value() || **check != "ok")
        return makeError("The backup " + file.string() + " failed its integrity check");
    auto appId = db->queryInt("PRAGMA application_id");
    auto version = db->queryInt("PRAGMA user_version");
    if (!appId || !version)
        return makeError("The backup " + file.string() + " cannot be read");
    if (appId->value_or(0) != schema::kApplicationId)
        return makeError("The file " + file.string() + " is not a Tend journal");
    if (version->value_or(0) > schema::kCurrentVersion)
        return makeError("The backup " + file.string() + " was written by a newer Tend (journal format " +
                         std::to_string(version->value_or(0)) + ")");
    return {};
}

Result<BackupInfo> create(const fs::path& database, const fs::path& dataDir, std::string_view reason)
{
    const fs::path dir = directory(dataDir);
    if (auto made = paths::ensurePrivateDirectory(dir); !made)
        return made.error();
    const std::string created = nowUtc();
    fs::path finalPath = dir / (std::string(kPrefix) + stampFromIso(created) + "-" + std::string(reason) + ".db");
    std::error_code ec;
    for (int n = 2; fs::exists(finalPath, ec); ++n)
        finalPath = dir / (std::string(kPrefix) + stampFromIso(created) + "-" + std::string(reason) + "-" +
                           std::to_string(n) + ".db");
    const fs::path temp = dir / (std::string(kTempPrefix) + newId() + ".db");
    auto cleanup = [&] { fs::remove(temp, ec); };

    {
        // A journal with no -wal that no Tend holds is read as the file alone (immutable), with its folder held
        // meanwhile: a plain read-only connection would leave a -wal and -shm it may not remove, which the next
        // open would take for an unclean shutdown. With a Tend open, its connection owns and removes them.
        const std::string wal = database.string() + "-wal";
        int folder = -1;
        if (!fs::exists(wal, ec)) {
            folder = ::open(dataDir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
            if (folder >= 0 && (::flock(folder, LOCK_EX | LOCK_NB) != 0 || fs::exists(wal, ec))) {
                ::close(folder);
                folder = -1;
            }
        }
        const std::unique_ptr<int, void (*)(int*)> held(folder >= 0 ? new int(folder) : nullptr, [](int* fd) {
            ::close(*fd);
            delete fd;
        });
        auto source = sql::Database::open(uriFor(database, held ? "ro&immutable=1" : "ro"), SQLITE_OPEN_READONLY);
        if (!source)
            return makeError("Cannot read the journal " + database.string() +
                             " for a backup: " + source.error().message);
        if (auto configured = schema::configureConnection(*source, false); !configured)
            return configured.error();
        auto vacuum = source->prepare("VACUUM INTO ?1");
        if (!vacuum)
            return vacuum.error();
        vacuum->bind(1, temp.string());
        if (auto done = vacuum->run(); !done) {
            cleanup();
            return makeError("The backup could not be written to " + dir.string() + ": " + done.error().message);
        }
    }
    ::chmod(temp.c_str(), S_IRUSR | S_IWUSR);
    if (auto verified = verify(temp); !verified) {
        cleanup();
        return makeError("The backup did not verify and was discarded: " + verified.error().message);
    }
    if (auto synced = fsyncPath(temp, false); !synced) {
        cleanup();
        return synced.error();
    }
    fs::rename(temp, finalPath, ec);
    if (ec) {
        cleanup();
        return makeError("Cannot name the backup " + finalPath.string() + ": " + ec.message());
    }
    if (auto synced = fsyncPath(dir, true); !synced)
        return synced.error();
    log::get("journal")->info("backup made ({})", std::string(reason));
    if (auto pruned = prune(dataDir); !pruned)
        log::get("journal")->warn("old backups could not be removed: {}", pruned.error().message);
    BackupInfo info;
    info.file = finalPath;
    info.createdAt = created;
    info.reason = std::string(reason);
    info.bytes = fs::file_size(finalPath, ec);
    return info;
}

std::vector<BackupInfo> list(const fs::path& dataDir)
{
    std::vector<BackupInfo> out;
    std::error_code ec;
    for (const auto& item : fs::directory_iterator(directory(dataDir), ec)) {
        if (!item.is_regular_file(ec))
            continue;
        if (auto info = parseName(item.path()))
            out.push_back(std::move(*info));
    }
    std::sort(out.begin(), out.end(), [](const BackupInfo& a, const BackupInfo& b) {
        return a.file.filename().string() > b.file.filename().string();
    });
    return out;
}

std::optional<BackupInfo> latest(const fs::path& dataDir)
{
    auto all = list(dataDir);
    if (all.empty())
        return std::nullopt;
    return all.front();
}

bool dailyDue(const fs::path& dataDir)
{
    auto newest = latest(dataDir);
    if (!newest)
        return true;
    const std::time_t then = secondsOf(newest->createdAt);
    const std::time_t now = std::time(nullptr);
    const double age = std::difftime(now, then);
    // A clock set far back makes the newest backup look like it is from the future: treat a day
    // either way as due, so a wrong clock neither stops backups nor makes one on every launch.
    return age >= 24 * 3600 || age <= -24 * 3600;
}

Result<void> prune(const fs::path& dataDir, int keep)
{
    std::error_code ec;
    // Before-migration backups are kept apart: a journal that fails to migrate must not rotate the good
    // generations out, and there is at most one of them per source format and content.
    auto all = list(dataDir);
    std::erase_if(all, [](const BackupInfo& b) { return b.reason.rfind(kMigrationReasonPrefix, 0) == 0; });
    std::string failures;
    for (std::size_t i = static_cast<std::size_t>(std::max(keep, 1)); i < all.size(); ++i) {
        fs::remove(all[i].file, ec);
        if (ec)
            failures += all[i].file.string() + " ";
    }
    // Temporary files of an interrupted backup never verified; they are ours to remove.
    for (const auto& item : fs::directory_iterator(directory(dataDir), ec)) {
        if (item.path().filename().string().rfind(kTempPrefix, 0) == 0)
            fs::remove(item.path(), ec);
    }
    if (!failures.empty())
        return makeError("Cannot remove " + failures);
    return {};
}

Result<fs::path> restore(const fs::path& dataDir, const fs::path& backupFile)
{
    if (auto verified = verify(backupFile); !verified)
        return verified.error();
    const fs::path target = dataDir / schema::kDatabaseFileName;
    const fs::path temp = dataDir / (".restore-" + newId() + ".db");
    if (auto copied = copyFile(backupFile, temp); !copied)
        return copied.error();
    std::error_code ec;
    fs::path setAside;
    if (fs::exists(target, ec) || fs::exists(target.string() + "-wal", ec)) {
        setAside = dataDir / (std::string(schema::kDatabaseFileName) + ".set-aside-" + stampFromIso(nowUtc()));
        // Move the damaged or replaced journal aside with its -wal and -shm: keep every byte.
        for (const char* suffix : {"-wal", "-shm", ""}) {
            const fs::path from = target.string() + suffix;
            if (!fs::exists(from, ec))
                continue;
            fs::rename(from, setAside.string() + suffix, ec);
            if (ec) {
                fs::remove(temp, ec);
                return makeError("Cannot move " + from.string() + " aside: " + ec.message());
            }
        }
    }
    fs::rename(temp, target, ec);
    if (ec)
        return makeError("Cannot put the restored journal in place: " + ec.message());
    if (auto synced = fsyncPath(dataDir, true); !synced)
        return synced.error();
    log::get("journal")->info("journal restored from a backup");
    return setAside;
}

} // namespace tend::journal::backup
