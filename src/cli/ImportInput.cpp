// Reading an import file piece by piece, decrypting on the way.
#include "cli/ImportInput.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

#include "tend/crypto/ExportCipher.h"

namespace tend::cli {
namespace fs = std::filesystem;

namespace {
constexpr std::size_t kReadBytes = 1u << 16;

std::string withNothingImported(const std::string& message)
{
    return message.find("Nothing was imported") == std::string::npos ? message + " Nothing was imported." : message;
}
} // namespace

struct ImportInput::Impl {
    fs::path file;
    int fd = -1;
    std::vector<std::uint8_t> head; // the first bytes, read to recognise the file
    std::size_t headServed = 0;
    std::size_t received = 0;
    bool endOfFile = false;
    std::optional<crypto::exportfile::Decryptor> decryptor;
    std::vector<std::uint8_t> plain; // decrypted, not yet handed over
    std::size_t plainServed = 0;
    bool decryptionFinished = false;

    ~Impl()
    {
        if (fd >= 0)
            ::close(fd);
    }

    // Raw bytes from the file; 0 at its end.
    Result<std::size_t> readRaw(std::uint8_t* into, std::size_t capacity)
    {
        if (endOfFile)
            return std::size_t{0};
        for (;;) {
            const ssize_t got = ::read(fd, into, capacity);
            if (got < 0 && errno == EINTR)
                continue;
            if (got < 0)
                return makeError("cannot read " + file.string() + ": " + std::strerror(errno) +
                                 ". Nothing was imported.");
            if (got == 0)
                endOfFile = true;
            received += static_cast<std::size_t>(got);
            // An encrypted export adds a little to its plain text; the plain text's own limit is checked by the import.
            if (received > journal::exchange::kMaxImportBytes + journal::exchange::kMaxImportBytes / 256)
                return makeError(file.string() + " is too large to be a Tend export; nothing was imported");
            return static_cast<std::size_t>(got);
        }
    }

    // The file's bytes in order: first the head already read, then the rest.
    Result<std::size_t> nextRaw(std::uint8_t* into, std::size_t capacity)
    {
        if (headServed < head.size()) {
            const std::size_t n = std::min(capacity, head.size() - headServed);
            std::memcpy(into, head.data() + headServed, n);
            headServed += n;
            return n;
        }
        return readRaw(into, capacity);
    }

    Result<std::size_t> nextPlain(char* into, std::size_t capacity)
    {
        std::vector<std::uint8_t> raw(kReadBytes);
        while (plainServed == plain.size()) {
            plain.clear();
            plainServed = 0;
            if (decryptionFinished)
                return std::size_t{0};
            auto got = nextRaw(raw.data(), raw.size());
            if (!got)
                return got.error();
            auto done = *got == 0 ? decryptor->finish(plain)
                                  : decryptor->update(std::span<const std::uint8_t>(raw.data(), *got), plain);
            if (!done)
                return makeError(withNothingImported(done.error().message));
            decryptionFinished = *got == 0;
        }
        const std::size_t n = std::min(capacity, plain.size() - plainServed);
        std::memcpy(into, plain.data() + plainServed, n);
        plainServed += n;
        return n;
    }
};

ImportInput::ImportInput(std::unique_ptr<Impl> impl) : m_impl(std::move(impl))
{
}
ImportInput::~ImportInput() = default;

Result<std::unique_ptr<ImportInput>> ImportInput::open(const fs::path& file)
{
    auto impl = std::make_unique<Impl>();
    impl->file = file;
    impl->fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    if (impl->fd < 0)
        return makeError("cannot read " + file.string() + ": " + std::strerror(errno));
    // A pipe may hand over fewer bytes at a time: read until the header's length or the end.
    impl->head.resize(crypto::exportfile::kHeaderBytes);
    std::size_t have = 0;
    while (have < impl->head.size()) {
        auto got = impl->readRaw(impl->head.data() + have, impl->head.size() - have);
        if (!got)
            return got.error();
        if (*got == 0)
            break;
        have += *got;
    }
    impl->head.resize(have);
    return std::unique_ptr<ImportInput>(new ImportInput(std::move(impl)));
}

bool ImportInput::isEncryptedExport() const
{
    return crypto::exportfile::looksLikeExport(m_impl->head);
}

bool ImportInput::looksLikeDamagedExport() const
{
    return crypto::exportfile::resemblesDamagedExport(m_impl->head);
}

Result<void> ImportInput::unlock(std::string_view passphrase)
{
    Impl& self = *m_impl;
    self.decryptor.emplace(passphrase);
    self.headServed = self.head.size();
    if (auto started = self.decryptor->update(self.head, self.plain); !started)
        return makeError(withNothingImported(started.error().message));
    return {};
}

journal::exchange::ImportReader ImportInput::reader()
{
    return [this](char* buffer, std::size_t capacity) -> Result<std::size_t> {
        if (m_impl->decryptor)
            return m_impl->nextPlain(buffer, capacity);
        return m_impl->nextRaw(reinterpret_cast<std::uint8_t*>(buffer), capacity);
    };
}

} // namespace tend::cli
