#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "tend/crypto/CryptoError.h"
#include "tend/crypto/KdfParams.h"
#include "tend/crypto/SecureBytes.h"

namespace tend::crypto {

/// Encrypted export files, made with crypto_secretstream_xchacha20poly1305 under a key derived from a passphrase.
///
/// Layout (integers little-endian):
///   0  magic "TENDXPRT" (8) | 8 version = 1 | 9 algorithm = 2 (Argon2id13) | 10 flags = 0 (2)
///   12 opslimit (u32) | 16 memlimit (u64) | 24 chunk size in plaintext bytes (u32, 1 KiB – 16 MiB)
///   28 salt (16) | 44 secretstream header (24)
///   68 key check (16): BLAKE2b keyed with a subkey of the passphrase key, over bytes 0–67
///   84 header checksum (16): unkeyed BLAKE2b over bytes 0–83                                  = 100 bytes
/// then chunks of exactly chunk size + 17 bytes, the last one shorter or equal and tagged TAG_FINAL.
/// A bad checksum means a damaged file; a good checksum with a bad key check means a wrong passphrase.
namespace exportfile {

inline constexpr std::size_t kHeaderBytes = 100;
inline constexpr std::uint8_t kVersion = 1;
inline constexpr std::uint32_t kDefaultChunkBytes = 64 * 1024;

/// The parsed, checksum-verified header of an export (no passphrase needed).
struct Header {
    std::uint8_t version = kVersion;
    PwhashParams params;
    std::uint32_t chunkBytes = kDefaultChunkBytes;
    std::array<std::uint8_t, kSaltBytes> salt{};
    std::array<std::uint8_t, 24> streamHeader{};
    std::array<std::uint8_t, 16> keyCheck{};
};

/// True if `bytes` start with the export magic (to tell an encrypted export from plain JSON before asking for a
/// passphrase).
bool looksLikeExport(std::span<const std::uint8_t> bytes);
/// True if `bytes` are long enough to be an export and start with most (but not all) of the export magic: an
/// encrypted export whose first bytes are damaged, to be called that rather than "not valid UTF-8".
bool resemblesDamagedExport(std::span<const std::uint8_t> bytes);

/// Parses the first kHeaderBytes: Damaged (not an export, bad checksum, impossible values), Truncated (too short),
/// NewerFormat (unknown version).
CryptoResult<Header> parseHeader(std::span<const std::uint8_t> bytes);

/// Encrypts a stream: call update() with plaintext as it comes, then finish(). Ciphertext is appended to `out`.
class Encryptor {
public:
    ~Encryptor();
    Encryptor(Encryptor&&) noexcept;
    Encryptor& operator=(Encryptor&&) noexcept;

    /// Derives the key (about one unlock's time) and appends the header to `out`.
    static CryptoResult<Encryptor> begin(std::string_view passphrase, std::vector<std::uint8_t>& out,
                                         const PwhashParams& params = KdfPolicy::production().passphrase,
                                         std::uint32_t chunkBytes = kDefaultChunkBytes);
    CryptoResult<void> update(std::span<const std::uint8_t> plaintext, std::vector<std::uint8_t>& out);
    /// Writes the last chunk with TAG_FINAL and wipes the key. No calls after this.
    CryptoResult<void> finish(std::vector<std::uint8_t>& out);

private:
    struct Impl;
    explicit Encryptor(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

/// Decrypts a stream fed in pieces of any size. Plaintext comes out chunk by chunk as each chunk authenticates,
/// but the export as a whole is only genuine once finish() succeeds: an importer must not commit before that.
class Decryptor {
public:
    ~Decryptor();
    Decryptor(Decryptor&&) noexcept;
    Decryptor& operator=(Decryptor&&) noexcept;

    explicit Decryptor(std::string_view passphrase);

    /// Feeds ciphertext; appends authenticated plaintext to `out`. The first call that completes the header
    /// derives the key: WrongSecret if the passphrase does not match, Damaged / NewerFormat for a bad header.
    CryptoResult<void> update(std::span<const std::uint8_t> ciphertext, std::vector<std::uint8_t>& out);
    /// Ends the stream: Truncated if the final chunk never came, Damaged if the rest does not authenticate.
    CryptoResult<void> finish(std::vector<std::uint8_t>& out);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// Whole-buffer convenience for exports that fit in memory.
CryptoResult<std::vector<std::uint8_t>> encrypt(std::span<const std::uint8_t> plaintext, std::string_view passphrase,
                                                const PwhashParams& params = KdfPolicy::production().passphrase,
                                                std::uint32_t chunkBytes = kDefaultChunkBytes);
CryptoResult<std::vector<std::uint8_t>> decrypt(std::span<const std::uint8_t> file, std::string_view passphrase);

} // namespace exportfile

/// Names the task used: encryptExport / decryptExport.
inline CryptoResult<std::vector<std::uint8_t>>
encryptExport(std::span<const std::uint8_t> plaintext, std::string_view passphrase,
              const PwhashParams& params = KdfPolicy::production().passphrase)
{
    return exportfile::encrypt(plaintext, passphrase, params);
}
inline CryptoResult<std::vector<std::uint8_t>> decryptExport(std::span<const std::uint8_t> file,
                                                             std::string_view passphrase)
{
    return exportfile::decrypt(file, passphrase);
}

} // namespace tend::crypto
