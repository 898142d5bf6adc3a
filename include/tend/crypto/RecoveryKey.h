#pragma once

#include <string_view>

#include "tend/crypto/CryptoError.h"
#include "tend/crypto/SecureBytes.h"

namespace tend::crypto {

/// A printable recovery key: 32 random bytes plus a 3-byte checksum, written as 56 Crockford base32 characters in
/// 14 groups of four ("7KQ2-M9XD-..."). It opens the journal key without the passphrase; it cannot open a partner's
/// private entries. Reading is forgiving: case, spaces, hyphens and the look-alikes I/L (as 1) and O (as 0) are
/// accepted; a typo is caught by the checksum and reported as InvalidInput, not as a wrong key.
namespace recovery {

/// Number of random bytes in a recovery key.
inline constexpr std::size_t kKeyBytes = 32;

/// New random recovery key bytes.
CryptoResult<SecureBytes> generate();

/// The printable form of 32 key bytes (kept in secure memory).
CryptoResult<SecureBytes> format(const SecureBytes& key);

/// Parses what a person typed back into the 32 key bytes.
CryptoResult<SecureBytes> parse(std::string_view text);

} // namespace recovery
} // namespace tend::crypto
