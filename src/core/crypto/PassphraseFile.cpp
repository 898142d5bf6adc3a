#include "tend/crypto/PassphraseFile.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tend::crypto {

namespace {

constexpr std::size_t kMaxBytes = 64 * 1024;

// Closes the descriptor on every path out.
struct FileDescriptor {
    int fd = -1;
    ~FileDescriptor()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

} // namespace

CryptoResult<SecureBytes> readPassphraseFile(const std::filesystem::path& file)
{
    const std::string name = file.string();
    FileDescriptor handle{::open(name.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY)};
    if (handle.fd < 0)
        return makeCryptoError(ErrorCode::Io,
                               "The passphrase file " + name + " could not be opened: " + std::strerror(errno) + ".");
    struct stat info {};
    if (::fstat(handle.fd, &info) != 0)
        return makeCryptoError(ErrorCode::Io, "The passphrase file " + name + " could not be read.");
    if (S_ISDIR(info.st_mode))
        return makeCryptoError(ErrorCode::InvalidInput, "The passphrase file " + name + " is a folder.");
    // Only regular files have meaningful permissions; pipes (/dev/fd/N from process substitution) are private.
    if (S_ISREG(info.st_mode) && (info.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return makeCryptoError(ErrorCode::InsecureFile,
                               "The passphrase file " + name +
                                   " can be read or changed by other people on this computer. Make it private "
                                   "first (chmod 600 " +
                                   name + ").");
    if (S_ISREG(info.st_mode) && static_cast<std::uint64_t>(info.st_size) > kMaxBytes)
        return makeCryptoError(ErrorCode::InvalidInput, "The passphrase file " + name + " is larger than 64 KiB.");

    // Read straight into locked memory; one byte of room past the limit tells "too long" from "exactly full".
    auto buffer = SecureBytes::allocate(kMaxBytes + 1);
    if (!buffer)
        return buffer;
    std::size_t filled = 0;
    while (filled < buffer->size()) {
        const ssize_t got = ::read(handle.fd, buffer->mutableData() + filled, buffer->size() - filled);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return makeCryptoError(ErrorCode::Io, "The passphrase file " + name + " could not be read.");
        }
        if (got == 0)
            break;
        filled += static_cast<std::size_t>(got);
    }
    if (filled > kMaxBytes)
        return makeCryptoError(ErrorCode::InvalidInput, "The passphrase file " + name + " is larger than 64 KiB.");

    std::size_t size = filled;
    if (size > 0 && buffer->data()[size - 1] == '\n') {
        --size;
        if (size > 0 && buffer->data()[size - 1] == '\r')
            --size;
    }
    if (size == 0)
        return makeCryptoError(ErrorCode::InvalidInput, "The passphrase file " + name + " is empty.");
    auto passphrase = SecureBytes::copyOf(buffer->bytes().first(size));
    if (passphrase)
        passphrase->makeReadOnly();
    return passphrase;
}

} // namespace tend::crypto
