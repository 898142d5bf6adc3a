#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tend/crypto/CryptoError.h"
#include "tend/crypto/SecureBytes.h"

namespace tend::crypto {

/// Where a ciphertext lives. Bound into the authentication tag, so a blob moved to another table, row or column
/// fails to decrypt (reported as Damaged) instead of showing the wrong text.
struct AssociatedData {
    std::string_view table;  ///< e.g. "entries"
    std::string_view rowId;  ///< the row's UUID as text
    std::string_view column; ///< e.g. "payload"
};

/// Field encryption for single database values with XChaCha20-Poly1305-IETF and a random 192-bit nonce.
/// Blob layout: version byte 0x01 | 24-byte nonce | ciphertext | 16-byte tag (41 bytes of overhead).
/// The version byte can never be '{', so a reader can tell an encrypted payload from JSON text by its first byte.
namespace field {

inline constexpr std::uint8_t kVersion = 0x01;
inline constexpr std::size_t kNonceBytes = 24;
inline constexpr std::size_t kTagBytes = 16;
inline constexpr std::size_t kOverhead = 1 + kNonceBytes + kTagBytes;

/// Encrypts `plaintext` under a 32-byte key for the given place. Fails only with InvalidInput (key size) or System.
CryptoResult<std::vector<std::uint8_t>> encrypt(const SecureBytes& key, std::string_view plaintext,
                                                const AssociatedData& where);

/// Decrypts a blob made by encrypt(). Damaged when the blob is too short, has an unknown version byte, was changed,
/// was made for another place, or was made with another key (a partner's key on another partner's entry).
CryptoResult<std::string> decrypt(const SecureBytes& key, std::span<const std::uint8_t> blob,
                                  const AssociatedData& where);

/// True if `blob` starts like a field ciphertext (version byte and minimum length); says nothing about validity.
bool looksEncrypted(std::span<const std::uint8_t> blob);

} // namespace field
} // namespace tend::crypto
