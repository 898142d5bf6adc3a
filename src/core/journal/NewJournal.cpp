// A journal made from an import file appears whole or not at all: built aside, then linked into place.
#include "tend/journal/NewJournal.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend/common/Log.h"
#include "tend/common/Paths.h"
#include "tend/journal/Schema.h"
#include "tend/journal/SingleInstance.h"

namespace tend::journal {
namespace fs = std::filesystem;
namespace {

bool present(const fs::path& p)
{
    struct stat st {};
    return ::lstat(p.c_str(), &st) == 0;
}

bool syncPath(const fs::path& p, int flags)
{
    const int fd = ::open(p.c_str(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

exchange::ImportReport failure(std::string message)
{
    exchange::ImportReport report;
    report.issues.push_back({"", std::move(message)});
    return report;
}

// Staging folders of attempts that were killed: they never held the only copy of anything.
void removeStaleStaging(const fs::path& dataDir)
{
    std::error_code ec;
    for (const auto& item : fs::directory_iterator(dataDir, ec)) {
        const std::string name = item.path().filename().string();
        if (name.rfind(kStagingPrefix, 0) == 0)
            fs::remove_all(item.path(), ec);
    }
}

} // namespace

bool holdsNoJournal(const fs::path& dataDir)
{
    const fs::path file = dataDir / schema::kDatabaseFileName;
    if (present(fs::path(file.string() + "-wal")) || !backup::list(dataDir).empty())
        return false;
    struct stat st {};
    if (::lstat(file.c_str(), &st) != 0)
        return errno == ENOENT;
    return S_ISREG(st.st_mode) && st.st_size == 0;
}

exchange::ImportReport importIntoNewJournal(const fs::path& dataDir, std::string_view text,
                                            const NewJournalOptions& options)
{
    return importIntoNewJournal(dataDir, exchange::readerOf(text), options);
}

exchange::ImportReport importIntoNewJournal(const fs::path& dataDir, const exchange::ImportReader& read,
                                            const NewJournalOptions& options)
{
    // The file is validated by the import itself, as it streams in (read once, never held whole); a bad one leaves
    // nothing behind because everything before the link happens in the staging folder.
    const bool folderExisted = present(dataDir);
    if (auto made = paths::ensurePrivateDirectory(dataDir); !made)
        return failure(made.error().message);
    auto undoFolder = [&] {
        if (!folderExisted)
            ::rmdir(dataDir.c_str()); // only when still empty
    };
    auto claimed = SingleInstance::claim(dataDir);
    if (!claimed) {
        undoFolder();
        return failure(claimed.error().message);
    }
    if (!(*claimed)->isPrimary())
        return failure("Tend is already open on the journal in " + dataDir.string() +
                       ". Close Tend, then import again.");
    // Checked again under the claim: a journal that appeared meanwhile is never replaced.
    if (!holdsNoJournal(dataDir))
        return failure("The folder " + dataDir.string() + " already holds a journal; nothing was imported.");
    removeStaleStaging(dataDir);

    const fs::path target = dataDir / schema::kDatabaseFileName;
    const fs::path staging = dataDir / (std::string(kStagingPrefix) + newId());
    auto cleanUp = [&] {
        std::error_code ec;
        fs::remove_all(staging, ec);
    };
    if (auto made = paths::ensurePrivateDirectory(staging); !made)
        return failure(made.error().message);

    exchange::ImportReport report;
    {
        OpenOptions openOptions;
        openOptions.kdfPolicy = options.kdfPolicy;
        OpenResult opened = Journal::open(staging, openOptions);
        if (!opened.ok()) {
            cleanUp();
            claimed->reset();
            undoFolder();
            return failure(opened.message);
        }
        if (options.passphrase) {
            if (auto protectedNow = opened.journal->enableProtection(*options.passphrase); !protectedNow) {
                opened.journal.reset();
                cleanUp();
                claimed->reset();
                undoFolder();
                return failure(protectedNow.error().message);
            }
        }
        exchange::ImportOptions importOptions = options.import;
        importOptions.backupFirst = false; // nothing to back up: the journal is new
        report = exchange::importJson(*opened.journal, read, importOptions);
        // Closing checkpoints the -wal into the file, so the file alone holds everything.
    }
    const fs::path staged = staging / schema::kDatabaseFileName;
    auto abandon = [&](std::string message) {
        cleanUp();
        claimed->reset();
        undoFolder();
        return failure(std::move(message));
    };
    if (!report.ok) {
        cleanUp();
        claimed->reset();
        undoFolder();
        return report;
    }
    if (present(fs::path(staged.string() + "-wal")))
        return abandon("The new journal could not be closed cleanly; nothing was imported.");
    if (!syncPath(staged, O_RDONLY))
        return abandon("The new journal could not be written to disk: " + std::string(std::strerror(errno)) +
                       "; nothing was imported.");
    // A zero-byte tend.db (nothing ever written) may be replaced; link() never replaces anything else.
    struct stat st {};
    if (::lstat(target.c_str(), &st) == 0 && S_ISREG(st.st_mode) && st.st_size == 0)
        ::unlink(target.c_str());
    if (::link(staged.c_str(), target.c_str()) != 0)
        return abandon("The new journal could not be put in place as " + target.string() + ": " + std::strerror(errno) +
                       "; nothing was imported.");
    (void)syncPath(dataDir, O_RDONLY | O_DIRECTORY);
    cleanUp();
    log::get("journal")->info("new journal created from an import ({} rows, protected {})", report.added,
                              options.passphrase.has_value());
    return report;
}

} // namespace tend::journal
