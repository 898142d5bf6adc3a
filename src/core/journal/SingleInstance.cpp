#include "tend/journal/SingleInstance.h"

#include <cerrno>
#include <cstring>
#include <thread>

#include <fcntl.h>
#include <poll.h>
#include <sys/file.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "tend/common/Log.h"

namespace tend::journal {
namespace fs = std::filesystem;
namespace {

constexpr const char* kSocketName = "tend.sock";
constexpr std::string_view kRequest = "raise\n";
constexpr std::string_view kAnswer = "ok\n";

// A path through /proc/self/fd keeps the socket address short however deep the data folder is
// (sun_path holds only 108 bytes).
bool socketAddress(int dirFd, sockaddr_un& address)
{
    std::memset(&address, 0, sizeof address);
    address.sun_family = AF_UNIX;
    const std::string path = "/proc/self/fd/" + std::to_string(dirFd) + "/" + kSocketName;
    if (path.size() >= sizeof address.sun_path)
        return false;
    std::memcpy(address.sun_path, path.c_str(), path.size() + 1);
    return true;
}

bool waitFor(int fd, short events, int timeoutMs)
{
    pollfd p{fd, events, 0};
    for (;;) {
        const int rc = ::poll(&p, 1, timeoutMs);
        if (rc < 0 && errno == EINTR)
            continue;
        return rc > 0;
    }
}

int openDir(const fs::path& dir)
{
    return ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
}

Result<void> knock(int dirFd, std::chrono::milliseconds timeout)
{
    sockaddr_un address{};
    if (!socketAddress(dirFd, address))
        return makeError("The instance socket path is too long");
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    int lastErrno = 0;
    // The first instance may hold the lock but not be listening yet: retry until the deadline.
    while (std::chrono::steady_clock::now() < deadline) {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        if (fd < 0)
            return makeError(std::string("Cannot create a local socket: ") + std::strerror(errno));
        if (::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0) {
            const ssize_t sent = ::send(fd, kRequest.data(), kRequest.size(), MSG_NOSIGNAL);
            char reply[8] = {};
            ssize_t got = -1;
            const auto left =
                std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
            if (sent == static_cast<ssize_t>(kRequest.size()) &&
                waitFor(fd, POLLIN, static_cast<int>(std::max<long long>(left.count(), 1))))
                got = ::recv(fd, reply, sizeof reply - 1, 0);
            ::close(fd);
            if (got > 0 && std::string_view(reply, static_cast<std::size_t>(got)) == kAnswer)
                return {};
            return makeError("Tend is already open on this journal but did not answer");
        }
        lastErrno = errno;
        ::close(fd);
        std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    return makeError(std::string("Tend is already open on this journal but cannot be reached (") +
                     std::strerror(lastErrno) + ")");
}

} // namespace

Result<std::unique_ptr<SingleInstance>> SingleInstance::claim(const fs::path& dataDir)
{
    const int dirFd = openDir(dataDir);
    if (dirFd < 0)
        return makeError("Cannot open the folder " + dataDir.string() + ": " + std::strerror(errno));
    std::unique_ptr<SingleInstance> instance(new SingleInstance());
    instance->m_dataDir = dataDir;
    instance->m_dirFd = dirFd;
    if (::flock(dirFd, LOCK_EX | LOCK_NB) == 0) {
        instance->m_role = Role::Primary;
        if (auto listening = instance->listen(); !listening)
            log::get("journal")->warn("single-instance socket unavailable; the lock still holds");
    } else if (errno == EWOULDBLOCK) {
        instance->m_role = Role::Secondary;
    } else {
        return makeError("Cannot lock the folder " + dataDir.string() + ": " + std::strerror(errno));
    }
    return instance;
}

Result<void> SingleInstance::listen()
{
    sockaddr_un address{};
    if (!socketAddress(m_dirFd, address))
        return makeError("The instance socket path is too long");
    // We hold the lock, so a socket file left here belongs to a process that died: replace it.
    ::unlinkat(m_dirFd, kSocketName, 0);
    const int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return makeError(std::string("Cannot create a local socket: ") + std::strerror(errno));
    if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 || ::listen(fd, 8) != 0) {
        const int saved = errno;
        ::close(fd);
        return makeError(std::string("Cannot listen on the instance socket: ") + std::strerror(saved));
    }
    (void)!::fchmodat(m_dirFd, kSocketName, S_IRUSR | S_IWUSR, 0);
    m_listenFd = fd;
    return {};
}

SingleInstance::~SingleInstance()
{
    if (m_listenFd >= 0) {
        ::close(m_listenFd);
        ::unlinkat(m_dirFd, kSocketName, 0);
    }
    if (m_dirFd >= 0)
        ::close(m_dirFd); // releases the flock
}

int SingleInstance::takeRequests()
{
    if (m_role != Role::Primary || m_listenFd < 0)
        return 0;
    int raised = 0;
    for (;;) {
        const int client = ::accept4(m_listenFd, nullptr, nullptr, SOCK_CLOEXEC);
        if (client < 0) {
            if (errno == EINTR)
                continue;
            break; // EAGAIN: nobody else is waiting
        }
        char buffer[16] = {};
        ssize_t got = -1;
        if (waitFor(client, POLLIN, 200))
            got = ::recv(client, buffer, sizeof buffer - 1, 0);
        if (got > 0 && std::string_view(buffer, static_cast<std::size_t>(got)) == kRequest) {
            (void)::send(client, kAnswer.data(), kAnswer.size(), MSG_NOSIGNAL);
            ++raised;
        }
        ::close(client);
    }
    return raised;
}

Result<void> SingleInstance::notifyRunning(std::chrono::milliseconds timeout)
{
    if (m_role == Role::Primary)
        return makeError("This is the running instance");
    return knock(m_dirFd, timeout);
}

Result<void> notifyRunning(const fs::path& dataDir, std::chrono::milliseconds timeout)
{
    const int dirFd = openDir(dataDir);
    if (dirFd < 0)
        return makeError("Cannot open the folder " + dataDir.string() + ": " + std::strerror(errno));
    auto result = knock(dirFd, timeout);
    ::close(dirFd);
    return result;
}

} // namespace tend::journal
