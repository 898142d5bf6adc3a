#include "tend/crypto/ExportCipher.h"

#include <algorithm>
#include <cstring>
#include <optional>

#include <sodium.h>

#include "CryptoInternal.h"
#include "tend/crypto/Sodium.h"

namespace tend::crypto::exportfile {

namespace {

constexpr std::array<std::uint8_t, 8> kMagic = {'T', 'E', 'N', 'D', 'X', 'P', 'R', 'T'};
constexpr std::size_t kKeyCheckOffset = 68;
constexpr std::size_t kChecksumOffset = 84;
constexpr std::uint32_t kMinChunkBytes = 1024;
constexpr std::uint32_t kMaxChunkBytes = 16u * 1024 * 1024;
constexpr std::size_t kChunkOverhead = crypto_secretstream_xchacha20poly1305_ABYTES;
constexpr char kSubkeyContext[crypto_kdf_CONTEXTBYTES] = {'t', 'e', 'n', 'd', 'x', 'p', 'r', 't'};

static_assert(crypto_secretstream_xchacha20poly1305_HEADERBYTES == 24);
static_assert(crypto_secretstream_xchacha20poly1305_KEYBYTES == kKeyBytes);

CryptoError damaged(const char* detail)
{
    return makeCryptoError(ErrorCode::Damaged,
                           std::string("The encrypted export is damaged: ") + detail + ". Nothing was imported.");
}

CryptoError truncated()
{
    return makeCryptoError(ErrorCode::Truncated,
                           "The encrypted export is incomplete: its end is missing. Nothing was imported.");
}

// Two independent keys from the passphrase key: one for the stream, one for the passphrase check in the header.
struct ExportKeys {
    SecureBytes stream;
    SecureBytes check;
};

CryptoResult<ExportKeys> deriveKeys(std::string_view passphrase, const std::array<std::uint8_t, kSaltBytes>& salt,
                                    const PwhashParams& params)
{
    auto master = derivePwhashKey(passphrase, salt, params);
    if (!master)
        return master.error();
    auto stream = SecureBytes::allocate(kKeyBytes);
    if (!stream)
        return stream.error();
    auto check = SecureBytes::allocate(kKeyBytes);
    if (!check)
        return check.error();
    crypto_kdf_derive_from_key(stream->mutableData(), kKeyBytes, 1, kSubkeyContext, master->data());
    crypto_kdf_derive_from_key(check->mutableData(), kKeyBytes, 2, kSubkeyContext, master->data());
    stream->makeReadOnly();
    check->makeReadOnly();
    return ExportKeys{std::move(*stream), std::move(*check)};
}

std::array<std::uint8_t, 16> keyCheck(const SecureBytes& checkKey, const std::uint8_t* header)
{
    std::array<std::uint8_t, 16> mac{};
    crypto_generichash(mac.data(), mac.size(), header, kKeyCheckOffset, checkKey.data(), checkKey.size());
    return mac;
}

bool validChunkBytes(std::uint32_t chunkBytes)
{
    return chunkBytes >= kMinChunkBytes && chunkBytes <= kMaxChunkBytes;
}

} // namespace

bool looksLikeExport(std::span<const std::uint8_t> bytes)
{
    return bytes.size() >= kMagic.size() && std::equal(kMagic.begin(), kMagic.end(), bytes.begin());
}

bool resemblesDamagedExport(std::span<const std::uint8_t> bytes)
{
    if (bytes.size() < kHeaderBytes || looksLikeExport(bytes))
        return false;
    std::size_t same = 0;
    for (std::size_t i = 0; i < kMagic.size(); ++i)
        same += bytes[i] == kMagic[i] ? 1 : 0;
    return same >= kMagic.size() / 2; // a JSON file shares none of these bytes in these places
}

CryptoResult<Header> parseHeader(std::span<const std::uint8_t> bytes)
{
    if (auto ready = initializeSodium(); !ready)
        return ready.error();
    const std::size_t magicPart = std::min(bytes.size(), kMagic.size());
    if (resemblesDamagedExport(bytes))
        return damaged("its first bytes are damaged");
    if (!std::equal(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(magicPart), kMagic.begin()))
        return makeCryptoError(ErrorCode::Damaged, "This file is not a Tend encrypted export.");
    if (bytes.size() < kHeaderBytes)
        return truncated();
    Header header;
    header.version = bytes[8];
    if (header.version > kVersion)
        return makeCryptoError(ErrorCode::NewerFormat,
                               "This export was made by a newer version of Tend (export format " +
                                   std::to_string(header.version) + "). Update Tend to import it.");
    const auto sum = detail::checksum16(bytes.first(kChecksumOffset));
    if (sodium_memcmp(sum.data(), bytes.data() + kChecksumOffset, sum.size()) != 0)
        return damaged("its header does not match its checksum");
    if (header.version != kVersion)
        return damaged("its version is impossible");
    if (bytes[10] != 0 || bytes[11] != 0)
        return damaged("it uses options this version does not know");
    header.params.algorithm = bytes[9];
    header.params.opsLimit = detail::readU32(bytes.data() + 12);
    header.params.memLimit = detail::readU64(bytes.data() + 16);
    // Capped at the production cost before any work: a crafted header cannot ask for gigabytes.
    if (header.params.algorithm != crypto_pwhash_ALG_ARGON2ID13 ||
        !validatePwhashParams(header.params, KdfPolicy::production().passphrase))
        return damaged("its key derivation settings are impossible");
    header.chunkBytes = detail::readU32(bytes.data() + 24);
    if (!validChunkBytes(header.chunkBytes))
        return damaged("its chunk size is impossible");
    std::memcpy(header.salt.data(), bytes.data() + 28, header.salt.size());
    std::memcpy(header.streamHeader.data(), bytes.data() + 44, header.streamHeader.size());
    std::memcpy(header.keyCheck.data(), bytes.data() + kKeyCheckOffset, header.keyCheck.size());
    return header;
}

// ---------------------------------------------------------------------------------------------------------------
struct Encryptor::Impl {
    crypto_secretstream_xchacha20poly1305_state state{};
    std::uint32_t chunkBytes = kDefaultChunkBytes;
    std::vector<std::uint8_t> pending;
    bool finished = false;

    ~Impl()
    {
        sodium_memzero(&state, sizeof state);
        if (!pending.empty())
            sodium_memzero(pending.data(), pending.size());
    }

    void push(const std::uint8_t* data, std::size_t size, std::uint8_t tag, std::vector<std::uint8_t>& out)
    {
        const std::size_t start = out.size();
        out.resize(start + size + kChunkOverhead);
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, out.data() + start, &written, data, size, nullptr, 0, tag);
        out.resize(start + static_cast<std::size_t>(written));
    }
};

Encryptor::Encryptor(std::unique_ptr<Impl> impl) : m_impl(std::move(impl))
{
}
Encryptor::~Encryptor() = default;
Encryptor::Encryptor(Encryptor&&) noexcept = default;
Encryptor& Encryptor::operator=(Encryptor&&) noexcept = default;

CryptoResult<Encryptor> Encryptor::begin(std::string_view passphrase, std::vector<std::uint8_t>& out,
                                         const PwhashParams& params, std::uint32_t chunkBytes)
{
    if (auto ready = initializeSodium(); !ready)
        return ready.error();
    if (passphrase.empty())
        return makeCryptoError(ErrorCode::InvalidInput, "The export passphrase is empty.");
    if (!validChunkBytes(chunkBytes))
        return makeCryptoError(ErrorCode::InvalidInput, "The export chunk size must be between 1 KiB and 16 MiB.");
    if (params.algorithm != crypto_pwhash_ALG_ARGON2ID13 || params.opsLimit > 0xFFFFFFFFu ||
        !validatePwhashParams(params, KdfPolicy::production().passphrase))
        return makeCryptoError(ErrorCode::InvalidInput, "The export key derivation settings are not allowed.");

    std::array<std::uint8_t, kSaltBytes> salt{};
    randombytes_buf(salt.data(), salt.size());
    auto keys = deriveKeys(passphrase, salt, params);
    if (!keys)
        return keys.error();

    auto impl = std::make_unique<Impl>();
    impl->chunkBytes = chunkBytes;
    std::array<std::uint8_t, kHeaderBytes> header{};
    std::copy(kMagic.begin(), kMagic.end(), header.begin());
    header[8] = kVersion;
    header[9] = static_cast<std::uint8_t>(params.algorithm);
    detail::ByteWriter numbers;
    numbers.u32(static_cast<std::uint32_t>(params.opsLimit));
    numbers.u64(params.memLimit);
    numbers.u32(chunkBytes);
    std::copy(numbers.bytes().begin(), numbers.bytes().end(), header.begin() + 12);
    std::copy(salt.begin(), salt.end(), header.begin() + 28);
    crypto_secretstream_xchacha20poly1305_init_push(&impl->state, header.data() + 44, keys->stream.data());
    const auto check = keyCheck(keys->check, header.data());
    std::copy(check.begin(), check.end(), header.begin() + kKeyCheckOffset);
    const auto sum = detail::checksum16(std::span<const std::uint8_t>(header.data(), kChecksumOffset));
    std::copy(sum.begin(), sum.end(), header.begin() + kChecksumOffset);
    out.insert(out.end(), header.begin(), header.end());
    return Encryptor(std::move(impl));
}

CryptoResult<void> Encryptor::update(std::span<const std::uint8_t> plaintext, std::vector<std::uint8_t>& out)
{
    Impl& self = *m_impl;
    if (self.finished)
        return makeCryptoError(ErrorCode::InvalidInput, "The export was already finished.");
    const std::size_t chunk = self.chunkBytes;
    std::size_t offset = 0;
    // A full chunk goes out only once more data follows it, so the final chunk (TAG_FINAL) is never a lie.
    while (self.pending.size() + (plaintext.size() - offset) > chunk) {
        if (self.pending.empty()) {
            self.push(plaintext.data() + offset, chunk, crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, out);
            offset += chunk;
        } else {
            const std::size_t take = chunk - self.pending.size();
            self.pending.insert(self.pending.end(), plaintext.begin() + static_cast<std::ptrdiff_t>(offset),
                                plaintext.begin() + static_cast<std::ptrdiff_t>(offset + take));
            offset += take;
            self.push(self.pending.data(), self.pending.size(), crypto_secretstream_xchacha20poly1305_TAG_MESSAGE, out);
            sodium_memzero(self.pending.data(), self.pending.size());
            self.pending.clear();
        }
    }
    self.pending.insert(self.pending.end(), plaintext.begin() + static_cast<std::ptrdiff_t>(offset), plaintext.end());
    return {};
}

CryptoResult<void> Encryptor::finish(std::vector<std::uint8_t>& out)
{
    Impl& self = *m_impl;
    if (self.finished)
        return makeCryptoError(ErrorCode::InvalidInput, "The export was already finished.");
    self.push(self.pending.data(), self.pending.size(), crypto_secretstream_xchacha20poly1305_TAG_FINAL, out);
    if (!self.pending.empty())
        sodium_memzero(self.pending.data(), self.pending.size());
    self.pending.clear();
    sodium_memzero(&self.state, sizeof self.state);
    self.finished = true;
    return {};
}

// ---------------------------------------------------------------------------------------------------------------
struct Decryptor::Impl {
    SecureBytes passphrase;
    crypto_secretstream_xchacha20poly1305_state state{};
    std::uint32_t chunkBytes = 0;
    std::vector<std::uint8_t> buffer;
    std::size_t consumed = 0; // bytes of `buffer` already processed
    bool headerDone = false;
    bool finalSeen = false;
    bool finished = false;
    std::optional<CryptoError> failure; // sticky: once damaged, always damaged

    ~Impl() { sodium_memzero(&state, sizeof state); }

    std::size_t available() const { return buffer.size() - consumed; }

    CryptoResult<void> fail(CryptoError error)
    {
        failure = error;
        passphrase.reset();
        return error;
    }

    CryptoResult<void> readHeader()
    {
        auto header = parseHeader(std::span<const std::uint8_t>(buffer.data() + consumed, kHeaderBytes));
        if (!header)
            return fail(header.error());
        auto keys = deriveKeys(passphrase.view(), header->salt, header->params);
        passphrase.reset();
        if (!keys)
            return fail(keys.error());
        const auto check = keyCheck(keys->check, buffer.data() + consumed);
        if (sodium_memcmp(check.data(), header->keyCheck.data(), check.size()) != 0)
            return fail(makeCryptoError(ErrorCode::WrongSecret, "That passphrase does not open this export."));
        if (crypto_secretstream_xchacha20poly1305_init_pull(&state, header->streamHeader.data(), keys->stream.data()) !=
            0)
            return fail(damaged("its stream header is invalid"));
        chunkBytes = header->chunkBytes;
        consumed += kHeaderBytes;
        headerDone = true;
        return {};
    }

    CryptoResult<void> pull(std::size_t size, std::vector<std::uint8_t>& out)
    {
        const std::size_t start = out.size();
        out.resize(start + size - kChunkOverhead);
        unsigned long long written = 0;
        std::uint8_t tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, out.data() + start, &written, &tag,
                                                       buffer.data() + consumed, size, nullptr, 0) != 0) {
            out.resize(start);
            return fail(damaged("a part of it was changed or cut off"));
        }
        out.resize(start + static_cast<std::size_t>(written));
        consumed += size;
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            finalSeen = true;
        else if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
            return fail(damaged("a part of it has an unexpected marker"));
        return {};
    }

    void compact()
    {
        buffer.erase(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(consumed));
        consumed = 0;
    }
};

Decryptor::Decryptor(std::string_view passphrase) : m_impl(std::make_unique<Impl>())
{
    if (passphrase.empty()) {
        m_impl->failure = makeCryptoError(ErrorCode::InvalidInput, "The export passphrase is empty.");
        return;
    }
    auto copy = SecureBytes::copyOf(passphrase);
    if (!copy)
        m_impl->failure = copy.error();
    else
        m_impl->passphrase = std::move(*copy);
}

Decryptor::~Decryptor() = default;
Decryptor::Decryptor(Decryptor&&) noexcept = default;
Decryptor& Decryptor::operator=(Decryptor&&) noexcept = default;

CryptoResult<void> Decryptor::update(std::span<const std::uint8_t> ciphertext, std::vector<std::uint8_t>& out)
{
    Impl& self = *m_impl;
    if (self.failure)
        return *self.failure;
    if (self.finished)
        return makeCryptoError(ErrorCode::InvalidInput, "The import was already finished.");
    if (self.finalSeen && !ciphertext.empty())
        return self.fail(damaged("there is data after its end"));
    self.buffer.insert(self.buffer.end(), ciphertext.begin(), ciphertext.end());
    if (!self.headerDone) {
        if (self.available() < kHeaderBytes) {
            // Reject a foreign file as soon as its first bytes show it, before any slow derivation.
            if (auto early = parseHeader(std::span<const std::uint8_t>(self.buffer.data(), self.available()));
                !early && early.code() != ErrorCode::Truncated)
                return self.fail(early.error());
            return {};
        }
        if (auto header = self.readHeader(); !header)
            return header;
    }
    const std::size_t fullChunk = self.chunkBytes + kChunkOverhead;
    while (!self.finalSeen && self.available() >= fullChunk) {
        if (auto pulled = self.pull(fullChunk, out); !pulled)
            return pulled;
    }
    if (self.finalSeen && self.available() > 0)
        return self.fail(damaged("there is data after its end"));
    self.compact();
    return {};
}

CryptoResult<void> Decryptor::finish(std::vector<std::uint8_t>& out)
{
    Impl& self = *m_impl;
    if (self.failure)
        return *self.failure;
    if (self.finished)
        return {};
    if (!self.headerDone)
        return self.fail(self.available() == 0 ? makeCryptoError(ErrorCode::Truncated, "The export file is empty.")
                                               : truncated());
    if (!self.finalSeen) {
        if (self.available() == 0)
            return self.fail(truncated());
        if (self.available() < kChunkOverhead)
            return self.fail(truncated());
        if (auto pulled = self.pull(self.available(), out); !pulled)
            return pulled;
        if (!self.finalSeen)
            return self.fail(truncated());
    }
    if (self.available() > 0)
        return self.fail(damaged("there is data after its end"));
    self.finished = true;
    sodium_memzero(&self.state, sizeof self.state);
    return {};
}

CryptoResult<std::vector<std::uint8_t>> encrypt(std::span<const std::uint8_t> plaintext, std::string_view passphrase,
                                                const PwhashParams& params, std::uint32_t chunkBytes)
{
    std::vector<std::uint8_t> out;
    if (validChunkBytes(chunkBytes))
        out.reserve(kHeaderBytes + plaintext.size() + (plaintext.size() / chunkBytes + 1) * kChunkOverhead);
    auto encryptor = Encryptor::begin(passphrase, out, params, chunkBytes);
    if (!encryptor)
        return encryptor.error();
    if (auto updated = encryptor->update(plaintext, out); !updated)
        return updated.error();
    if (auto finished = encryptor->finish(out); !finished)
        return finished.error();
    return out;
}

CryptoResult<std::vector<std::uint8_t>> decrypt(std::span<const std::uint8_t> file, std::string_view passphrase)
{
    Decryptor decryptor(passphrase);
    std::vector<std::uint8_t> out;
    out.reserve(file.size());
    if (auto updated = decryptor.update(file, out); !updated) {
        sodium_memzero(out.data(), out.size());
        return updated.error();
    }
    if (auto finished = decryptor.finish(out); !finished) {
        sodium_memzero(out.data(), out.size());
        return finished.error();
    }
    return out;
}

} // namespace tend::crypto::exportfile
