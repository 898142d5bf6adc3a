#include "tend/crypto/KdfParams.h"

#include <sodium.h>

#include "tend/crypto/Sodium.h"

namespace tend::crypto {

namespace {

// Upper bounds for stored costs: the dearest production setting (a PIN's 512 MiB, a passphrase's 4 passes). Key data
// from any file is held to what Tend itself writes, so a crafted file cannot tie up gigabytes for minutes.
constexpr std::uint64_t kMaxMemLimit = 512ull * 1024 * 1024;
constexpr std::uint64_t kMaxOpsLimit = 4;

} // namespace

KdfPolicy KdfPolicy::production()
{
    // Measured on the project's reference machine (docs/privacy.md): 256 MiB x 4 passes ~0.59 s,
    // 512 MiB x 3 passes ~1.1 s. libsodium's MODERATE preset is 256 MiB x 3.
    KdfPolicy policy;
    policy.passphrase = {4, 256ull * 1024 * 1024, crypto_pwhash_ALG_ARGON2ID13};
    policy.pin = {3, 512ull * 1024 * 1024, crypto_pwhash_ALG_ARGON2ID13};
    return policy;
}

KdfPolicy KdfPolicy::minimum()
{
    KdfPolicy policy;
    policy.passphrase = {crypto_pwhash_argon2id_OPSLIMIT_MIN, crypto_pwhash_argon2id_MEMLIMIT_MIN,
                         crypto_pwhash_ALG_ARGON2ID13};
    policy.pin = policy.passphrase;
    return policy;
}

CryptoResult<void> validatePwhashParams(const PwhashParams& params)
{
    if (params.algorithm != crypto_pwhash_ALG_ARGON2ID13)
        return makeCryptoError(ErrorCode::DamagedKeyData, "The key data names an unknown key derivation.");
    if (params.opsLimit < crypto_pwhash_argon2id_OPSLIMIT_MIN || params.opsLimit > kMaxOpsLimit)
        return makeCryptoError(ErrorCode::DamagedKeyData, "The key data has an impossible key derivation cost.");
    if (params.memLimit < crypto_pwhash_argon2id_MEMLIMIT_MIN || params.memLimit > kMaxMemLimit)
        return makeCryptoError(ErrorCode::DamagedKeyData, "The key data has an impossible key derivation size.");
    return {};
}

CryptoResult<void> validatePwhashParams(const PwhashParams& params, const PwhashParams& ceiling)
{
    if (auto valid = validatePwhashParams(params); !valid)
        return valid;
    if (params.opsLimit > ceiling.opsLimit || params.memLimit > ceiling.memLimit)
        return makeCryptoError(ErrorCode::DamagedKeyData, "The key data asks for more work than Tend ever uses.");
    return {};
}

CryptoResult<SecureBytes> derivePwhashKey(std::string_view secret, std::span<const std::uint8_t> salt,
                                          const PwhashParams& params)
{
    if (auto ready = initializeSodium(); !ready)
        return ready.error();
    if (secret.empty())
        return makeCryptoError(ErrorCode::InvalidInput, "The passphrase is empty.");
    if (secret.size() > crypto_pwhash_PASSWD_MAX)
        return makeCryptoError(ErrorCode::InvalidInput, "The passphrase is too long.");
    if (salt.size() != kSaltBytes)
        return makeCryptoError(ErrorCode::InvalidInput, "The salt has the wrong size.");
    if (auto valid = validatePwhashParams(params); !valid)
        return valid.error();
    auto key = SecureBytes::allocate(kKeyBytes);
    if (!key)
        return key;
    if (crypto_pwhash(key->mutableData(), key->size(), secret.data(), secret.size(), salt.data(), params.opsLimit,
                      static_cast<std::size_t>(params.memLimit), params.algorithm) != 0)
        return makeCryptoError(ErrorCode::System, "There is not enough memory to derive the key from the passphrase.");
    key->makeReadOnly();
    return key;
}

} // namespace tend::crypto
