#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

#include "tend/crypto/CryptoError.h"
#include "tend/crypto/SecureBytes.h"

namespace tend::crypto {

/// Argon2id cost of one passphrase derivation (crypto_pwhash). Stored next to the salt so a journal made on one
/// machine opens on another, and so the cost can be raised later without breaking old data.
struct PwhashParams {
    std::uint64_t opsLimit = 0; ///< passes over memory
    std::uint64_t memLimit = 0; ///< bytes of memory
    int algorithm = 0;          ///< crypto_pwhash_ALG_ARGON2ID13 (2) is the only one accepted
};

/// The costs new key data is made with. Production values are tuned for this kind of machine (see
/// docs/privacy.md); tests inject minimum() so a derivation takes microseconds instead of a second.
struct KdfPolicy {
    PwhashParams passphrase; ///< journal and partner passphrases, encrypted exports
    PwhashParams pin;        ///< partner PINs: fewer possible values, so each guess is made dearer

    /// Argon2id13, 256 MiB, 4 passes for passphrases (~0.6 s measured); 512 MiB, 3 passes for PINs (~1.1 s).
    static KdfPolicy production();
    /// Argon2id13 at libsodium's minimum cost: for tests and fuzzing only, never for real key data.
    static KdfPolicy minimum();
};

/// Smallest memory cost production key data may use (64 MiB): checked by a test against production().
inline constexpr std::uint64_t kMinProductionMemLimit = 64ull * 1024 * 1024;

/// Bounds a stored parameter set must meet before any derivation is tried, so damaged or hostile data cannot make
/// Tend allocate gigabytes or spin for minutes: Argon2id13, libsodium's minimums, and no more than the dearest
/// production setting (512 MiB as for PINs, 4 passes as for passphrases).
CryptoResult<void> validatePwhashParams(const PwhashParams& params);
/// The same, and at most `ceiling`'s passes and memory (an encrypted export: production().passphrase).
CryptoResult<void> validatePwhashParams(const PwhashParams& params, const PwhashParams& ceiling);

/// Salt length for every derivation (crypto_pwhash_SALTBYTES, 16).
inline constexpr std::size_t kSaltBytes = 16;
/// Length of every symmetric key in the module (32).
inline constexpr std::size_t kKeyBytes = 32;

/// Derives a 32-byte key from `secret` with Argon2id. Fails with InvalidInput for an empty secret or a salt of the
/// wrong size, System if the memory cannot be had.
CryptoResult<SecureBytes> derivePwhashKey(std::string_view secret, std::span<const std::uint8_t> salt,
                                          const PwhashParams& params);

} // namespace tend::crypto
