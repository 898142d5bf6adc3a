#include <catch2/catch.hpp>
#include <sodium.h>

#include "tend/crypto/KdfParams.h"

using namespace tend::crypto;

TEST_CASE("Production key derivation meets the floor", "[crypto][kdf]")
{
    const KdfPolicy policy = KdfPolicy::production();
    CHECK(policy.passphrase.algorithm == crypto_pwhash_ALG_ARGON2ID13);
    CHECK(policy.pin.algorithm == crypto_pwhash_ALG_ARGON2ID13);
    CHECK(policy.passphrase.memLimit >= kMinProductionMemLimit);
    CHECK(policy.pin.memLimit >= kMinProductionMemLimit);
    CHECK(policy.passphrase.opsLimit >= 3);
    // A PIN has few possible values, so each guess must cost at least as much as a passphrase guess.
    CHECK(policy.pin.memLimit * policy.pin.opsLimit >= policy.passphrase.memLimit * policy.passphrase.opsLimit);
    CHECK(validatePwhashParams(policy.passphrase).ok());
    CHECK(validatePwhashParams(policy.pin).ok());
    // The test policy must never be mistaken for production.
    CHECK(KdfPolicy::minimum().passphrase.memLimit < kMinProductionMemLimit);
}

TEST_CASE("Stored key derivation costs are bounded", "[crypto][kdf]")
{
    PwhashParams ok = KdfPolicy::minimum().passphrase;
    CHECK(validatePwhashParams(ok).ok());

    PwhashParams wrongAlg = ok;
    wrongAlg.algorithm = crypto_pwhash_ALG_ARGON2I13;
    CHECK(validatePwhashParams(wrongAlg).code() == ErrorCode::DamagedKeyData);

    PwhashParams huge = ok;
    huge.memLimit = 1ull << 40;
    CHECK_FALSE(validatePwhashParams(huge).ok());

    PwhashParams noPasses = ok;
    noPasses.opsLimit = 0;
    CHECK_FALSE(validatePwhashParams(noPasses).ok());

    PwhashParams tooMany = ok;
    tooMany.opsLimit = 1000;
    CHECK_FALSE(validatePwhashParams(tooMany).ok());
}

TEST_CASE("Argon2id derivation is deterministic per salt", "[crypto][kdf]")
{
    const auto params = KdfPolicy::minimum().passphrase;
    std::array<std::uint8_t, kSaltBytes> salt{};
    salt[0] = 1;
    auto a = derivePwhashKey("passphrase", salt, params);
    auto b = derivePwhashKey("passphrase", salt, params);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->size() == kKeyBytes);
    CHECK(a->equals(b->bytes()));
    CHECK(a->readOnly());

    salt[0] = 2;
    auto c = derivePwhashKey("passphrase", salt, params);
    REQUIRE(c.ok());
    CHECK_FALSE(a->equals(c->bytes()));

    CHECK(derivePwhashKey("", salt, params).code() == ErrorCode::InvalidInput);
    CHECK(derivePwhashKey("x", std::span<const std::uint8_t>(salt.data(), 8), params).code() ==
          ErrorCode::InvalidInput);
}

TEST_CASE("Stored key derivation costs are capped at what Tend itself uses", "[crypto][kdf]")
{
    // A file may not ask for more than the dearest production setting: 4 GiB x 64 passes once passed.
    PwhashParams gigabytes = KdfPolicy::production().passphrase;
    gigabytes.memLimit = 4ull * 1024 * 1024 * 1024;
    CHECK(validatePwhashParams(gigabytes).code() == ErrorCode::DamagedKeyData);
    PwhashParams passes = KdfPolicy::production().passphrase;
    passes.opsLimit = 64;
    CHECK(validatePwhashParams(passes).code() == ErrorCode::DamagedKeyData);
    // Against a ceiling (an export is made with a passphrase's cost): a PIN's 512 MiB is too much there.
    CHECK(validatePwhashParams(KdfPolicy::production().pin, KdfPolicy::production().passphrase).code() ==
          ErrorCode::DamagedKeyData);
    CHECK(validatePwhashParams(KdfPolicy::production().passphrase, KdfPolicy::production().passphrase).ok());
}
