#pragma once

#include <chrono>
#include <filesystem>
#include <memory>

#include "tend/common/Result.h"

namespace tend::journal {

/// One Tend per data folder.
///
/// The claim is a kernel lock (flock) on the data folder itself: it belongs to an open file
/// description, so it dies with the process — a kill -9 or a crash never leaves a stale lock, and
/// there is no lock file to fail to create on a read-only folder. The first instance also listens
/// on a Unix-domain socket `tend.sock` in the folder (owner-only, like the folder); a second launch
/// knocks on it so the first can raise its window, then exits. Plain POSIX, no network library.
///
/// Threading: claim on any thread; takeRequests() on the thread that polls listenFd() (the Qt layer
/// wraps the descriptor in a QSocketNotifier on the UI thread).
class SingleInstance {
public:
    enum class Role { Primary, Secondary };

    /// Tries to become the instance for `dataDir` (which must exist). Secondary when another process
    /// holds the lock; an error only when the folder cannot be opened at all.
    static Result<std::unique_ptr<SingleInstance>> claim(const std::filesystem::path& dataDir);

    ~SingleInstance();
    SingleInstance(const SingleInstance&) = delete;
    SingleInstance& operator=(const SingleInstance&) = delete;

    Role role() const { return m_role; }
    bool isPrimary() const { return m_role == Role::Primary; }
    const std::filesystem::path& dataDir() const { return m_dataDir; }

    /// Primary: a descriptor that becomes readable when a second launch knocks; -1 when the socket
    /// could not be created (e.g. a read-only folder) — the lock still holds then.
    int listenFd() const { return m_listenFd; }
    /// Primary: answers every waiting knock without blocking; returns how many asked to be raised.
    int takeRequests();

    /// Secondary: asks the running instance to raise its window and waits for its answer.
    Result<void> notifyRunning(std::chrono::milliseconds timeout = std::chrono::milliseconds(3000));

private:
    SingleInstance() = default;
    Result<void> listen();

    Role m_role = Role::Secondary;
    std::filesystem::path m_dataDir;
    int m_dirFd = -1;
    int m_listenFd = -1;
};

/// Convenience for a second launch: connects to the instance running on `dataDir` and asks it to
/// raise its window. Fails when nobody answers within `timeout`.
Result<void> notifyRunning(const std::filesystem::path& dataDir,
                           std::chrono::milliseconds timeout = std::chrono::milliseconds(3000));

} // namespace tend::journal
