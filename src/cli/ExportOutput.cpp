#include "cli/ExportOutput.h"

#include <cerrno>
#include <cstring>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "tend/crypto/ExportCipher.h"
#include "tend/journal/Model.h"

namespace tend::cli {
namespace fs = std::filesystem;

struct ExportOutput::Impl {
    std::ostream* out = nullptr;
    fs::path file;
    fs::path temp;
    int fd = -1;
    std::optional<crypto::exportfile::Encryptor> encryptor;
    std::vector<std::uint8_t> sealed;
    bool finished = false;

    Result<void> fail(int error) { return makeError("Cannot write " + file.string() + ": " + std::strerror(error)); }

    Result<void> emit(std::string_view bytes)
    {
        if (fd < 0) {
            out->write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
            return *out ? Result<void>() : makeError("Cannot write the export to standard output");
        }
        std::size_t done = 0;
        while (done < bytes.size()) {
            const ssize_t wrote = ::write(fd, bytes.data() + done, bytes.size() - done);
            if (wrote < 0 && errno == EINTR)
                continue;
            if (wrote < 0)
                return fail(errno);
            done += static_cast<std::size_t>(wrote);
        }
        return {};
    }

    Result<void> emitSealed()
    {
        auto done = emit(std::string_view(reinterpret_cast<const char*>(sealed.data()), sealed.size()));
        sealed.clear();
        return done;
    }

    ~Impl()
    {
        if (fd >= 0)
            ::close(fd);
        if (!finished && !temp.empty())
            ::unlink(temp.c_str()); // never a half-written export under any name
    }
};

ExportOutput::ExportOutput(std::unique_ptr<Impl> impl) : m_impl(std::move(impl))
{
}
ExportOutput::~ExportOutput() = default;

Result<std::unique_ptr<ExportOutput>> ExportOutput::open(const std::optional<fs::path>& file, std::ostream& out,
                                                         std::optional<std::string_view> passphrase)
{
    auto impl = std::make_unique<Impl>();
    impl->out = &out;
    if (file) {
        impl->file = *file;
        const fs::path dir = file->has_parent_path() ? file->parent_path() : fs::path(".");
        impl->temp = dir / ("." + file->filename().string() + ".tmp-" + journal::newId());
        impl->fd = ::open(impl->temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
        if (impl->fd < 0) {
            const int error = errno;
            impl->temp.clear();
            return impl->fail(error).error();
        }
    }
    if (passphrase) {
        auto begun = crypto::exportfile::Encryptor::begin(*passphrase, impl->sealed);
        if (!begun)
            return makeError(begun.error().message);
        impl->encryptor.emplace(std::move(*begun));
        if (auto written = impl->emitSealed(); !written)
            return written.error();
    }
    return std::unique_ptr<ExportOutput>(new ExportOutput(std::move(impl)));
}

Result<void> ExportOutput::write(std::string_view piece)
{
    Impl& self = *m_impl;
    if (!self.encryptor)
        return self.emit(piece);
    auto updated = self.encryptor->update(
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(piece.data()), piece.size()), self.sealed);
    if (!updated)
        return makeError(updated.error().message);
    return self.emitSealed();
}

Result<void> ExportOutput::finish()
{
    Impl& self = *m_impl;
    if (self.encryptor) {
        if (auto done = self.encryptor->finish(self.sealed); !done)
            return makeError(done.error().message);
        if (auto written = self.emitSealed(); !written)
            return written;
    }
    if (self.fd < 0) {
        self.out->flush();
        return *self.out ? Result<void>() : makeError("Cannot write the export to standard output");
    }
    if (::fsync(self.fd) != 0)
        return self.fail(errno);
    const int closed = ::close(self.fd);
    self.fd = -1;
    if (closed != 0)
        return self.fail(errno);
    if (::rename(self.temp.c_str(), self.file.c_str()) != 0)
        return self.fail(errno);
    self.finished = true;
    return {};
}

} // namespace tend::cli
