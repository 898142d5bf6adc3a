#include <string>

#include <catch2/catch.hpp>

#include "CryptoTestSupport.h"
#include "tend/crypto/KeyVault.h"

using namespace tend::crypto;
using tend::crypto::test::fastPolicy;

namespace {

const AssociatedData kWhere{"entries", "2f0c8a8e-0e3b-4d55-b0a6-1b2c3d4e5f60", "payload"};
constexpr std::string_view kPlain = "{\"text\":\"CANARY-shared-7f3a\"}";

KeyVault createVault(std::optional<std::string_view> passphrase)
{
    auto vault = KeyVault::create(passphrase, fastPolicy());
    REQUIRE(vault.ok());
    return std::move(*vault);
}

KeyVault loadVault(const std::string& json)
{
    auto vault = KeyVault::load(json, fastPolicy());
    REQUIRE(vault.ok());
    return std::move(*vault);
}

std::vector<std::uint8_t> encryptShared(const KeyVault& vault)
{
    auto blob = vault.encryptShared(kPlain, kWhere);
    REQUIRE(blob.ok());
    return std::move(*blob);
}

} // namespace

TEST_CASE("A new protected journal is unlocked, stores no secret and reopens with its passphrase", "[crypto][vault]")
{
    KeyVault vault = createVault("first passphrase");
    CHECK(vault.isUnlocked());
    CHECK(vault.isProtected());
    CHECK_FALSE(vault.hasRecoveryKey());
    const auto blob = encryptShared(vault);
    const std::string json = vault.keyringJson();
    CHECK(json.find("first passphrase") == std::string::npos);
    CHECK(json.find("\"version\":1") != std::string::npos);

    KeyVault reopened = loadVault(json);
    CHECK_FALSE(reopened.isUnlocked());
    CHECK(reopened.decryptShared(blob, kWhere).code() == ErrorCode::Locked);
    REQUIRE(reopened.unlock("first passphrase").ok());
    auto back = reopened.decryptShared(blob, kWhere);
    REQUIRE(back.ok());
    CHECK(*back == kPlain);
}

TEST_CASE("A wrong passphrase, many times, is reported as such and changes nothing", "[crypto][vault]")
{
    KeyVault vault = createVault("right one");
    const std::string json = vault.keyringJson();
    KeyVault reopened = loadVault(json);
    for (int attempt = 0; attempt < 20; ++attempt) {
        auto result = reopened.unlock("wrong " + std::to_string(attempt));
        REQUIRE_FALSE(result.ok());
        CHECK(result.code() == ErrorCode::WrongSecret);
        CHECK(result.error().message.find("passphrase") != std::string::npos);
    }
    CHECK(reopened.unlock("").code() == ErrorCode::InvalidInput);
    CHECK(reopened.keyringJson() == json);
    CHECK_FALSE(reopened.isUnlocked());
    CHECK(reopened.unlock("right one").ok());
}

TEST_CASE("Changing the passphrase keeps the journal key: old ciphertexts still open", "[crypto][vault]")
{
    KeyVault vault = createVault("old passphrase");
    const auto blob = encryptShared(vault);
    REQUIRE(vault.setPassphrase("new passphrase").ok());
    const std::string json = vault.keyringJson();

    KeyVault reopened = loadVault(json);
    CHECK(reopened.unlock("old passphrase").code() == ErrorCode::WrongSecret);
    REQUIRE(reopened.unlock("new passphrase").ok());
    auto back = reopened.decryptShared(blob, kWhere);
    REQUIRE(back.ok());
    CHECK(*back == kPlain);
}

TEST_CASE("Changing keys needs the journal unlocked", "[crypto][vault]")
{
    KeyVault vault = loadVault(createVault("pass").keyringJson());
    CHECK(vault.setPassphrase("other").code() == ErrorCode::Locked);
    CHECK(vault.removePassphrase().code() == ErrorCode::Locked);
    CHECK(vault.createRecoveryKey().code() == ErrorCode::Locked);
    CHECK(vault.removeRecoveryKey().code() == ErrorCode::Locked);
    CHECK(vault.addPartner("a", PartnerSecret::passphrase("x")).code() == ErrorCode::Locked);
    CHECK(vault.encryptShared("x", kWhere).code() == ErrorCode::Locked);
}

TEST_CASE("Removing the passphrase and adding one later loses nothing", "[crypto][vault]")
{
    KeyVault vault = createVault("to be removed");
    const auto blob = encryptShared(vault);
    REQUIRE(vault.removePassphrase().ok());
    CHECK_FALSE(vault.isProtected());

    KeyVault open = loadVault(vault.keyringJson());
    CHECK_FALSE(open.isProtected());
    CHECK(open.unlock("to be removed").code() == ErrorCode::Refused);
    REQUIRE(open.unlockUnprotected().ok());
    CHECK(open.decryptShared(blob, kWhere).ok());
    const auto blob2 = encryptShared(open);

    REQUIRE(open.setPassphrase("added later").ok());
    KeyVault protectedAgain = loadVault(open.keyringJson());
    CHECK(protectedAgain.isProtected());
    CHECK(protectedAgain.unlockUnprotected().code() == ErrorCode::Refused);
    REQUIRE(protectedAgain.unlock("added later").ok());
    CHECK(protectedAgain.decryptShared(blob, kWhere).ok());
    CHECK(protectedAgain.decryptShared(blob2, kWhere).ok());
}

TEST_CASE("A journal made without a passphrase is still encrypted with its own key", "[crypto][vault]")
{
    KeyVault vault = createVault(std::nullopt);
    CHECK(vault.isUnlocked());
    CHECK_FALSE(vault.isProtected());
    const auto blob = encryptShared(vault);
    KeyVault other = createVault(std::nullopt);
    // Two unprotected journals have different keys: one's ciphertext does not open in the other.
    CHECK(other.decryptShared(blob, kWhere).code() == ErrorCode::Damaged);
    KeyVault reopened = loadVault(vault.keyringJson());
    REQUIRE(reopened.unlockUnprotected().ok());
    CHECK(reopened.decryptShared(blob, kWhere).ok());
}

TEST_CASE("The recovery key opens the journal and survives a passphrase change", "[crypto][vault][recovery]")
{
    KeyVault vault = createVault("forgotten soon");
    const auto blob = encryptShared(vault);
    auto printed = vault.createRecoveryKey();
    REQUIRE(printed.ok());
    CHECK(vault.hasRecoveryKey());
    const std::string recoveryText(printed->view());
    CHECK(vault.keyringJson().find(recoveryText) == std::string::npos);
    REQUIRE(vault.setPassphrase("changed").ok());

    KeyVault reopened = loadVault(vault.keyringJson());
    REQUIRE(reopened.unlockWithRecoveryKey(recoveryText).ok());
    CHECK(reopened.decryptShared(blob, kWhere).ok());
    // The usual recovery flow: set a new passphrase once opened.
    REQUIRE(reopened.setPassphrase("remembered this time").ok());
    KeyVault again = loadVault(reopened.keyringJson());
    CHECK(again.unlock("remembered this time").ok());
}

TEST_CASE("Recovery keys: typo, another journal's key, replaced key, none made", "[crypto][vault][recovery]")
{
    KeyVault vault = createVault("pass");
    auto first = vault.createRecoveryKey();
    REQUIRE(first.ok());
    const std::string firstText(first->view());
    auto second = vault.createRecoveryKey(); // replaces the first
    REQUIRE(second.ok());
    const std::string secondText(second->view());

    KeyVault reopened = loadVault(vault.keyringJson());
    CHECK(reopened.unlockWithRecoveryKey(firstText).code() == ErrorCode::WrongSecret);
    std::string typo = secondText;
    typo[5] = typo[5] == 'Z' ? 'Y' : 'Z';
    CHECK(reopened.unlockWithRecoveryKey(typo).code() == ErrorCode::InvalidInput);
    CHECK(reopened.unlockWithRecoveryKey(secondText).ok());

    KeyVault other = createVault("pass");
    auto otherKey = other.createRecoveryKey();
    REQUIRE(otherKey.ok());
    KeyVault otherReopened = loadVault(other.keyringJson());
    CHECK(otherReopened.unlockWithRecoveryKey(secondText).code() == ErrorCode::WrongSecret);

    REQUIRE(vault.removeRecoveryKey().ok());
    CHECK_FALSE(vault.hasRecoveryKey());
    KeyVault none = loadVault(vault.keyringJson());
    CHECK(none.unlockWithRecoveryKey(secondText).code() == ErrorCode::Refused);
}

TEST_CASE("Locking wipes the keys, unlocking again restores access", "[crypto][vault]")
{
    KeyVault vault = createVault("pass");
    REQUIRE(vault.addPartner("a", PartnerSecret::passphrase("mine")).ok());
    const auto blob = encryptShared(vault);
    auto privateBlob = vault.encryptPrivate("a", "private", kWhere);
    REQUIRE(privateBlob.ok());
    vault.lock();
    CHECK_FALSE(vault.isUnlocked());
    CHECK_FALSE(vault.isPartnerUnlocked("a"));
    CHECK(vault.decryptShared(blob, kWhere).code() == ErrorCode::Locked);
    CHECK(vault.decryptPrivate("a", *privateBlob, kWhere).code() == ErrorCode::Locked);
    CHECK(vault.unlockPartner("a", PartnerSecret::passphrase("mine")).code() == ErrorCode::Locked);
    REQUIRE(vault.unlock("pass").ok());
    CHECK(vault.decryptShared(blob, kWhere).ok());
    CHECK(vault.decryptPrivate("a", *privateBlob, kWhere).code() == ErrorCode::Locked);
    REQUIRE(vault.unlockPartner("a", PartnerSecret::passphrase("mine")).ok());
    CHECK(vault.decryptPrivate("a", *privateBlob, kWhere).ok());
}

TEST_CASE("A failed save can be undone with restoreKeyring", "[crypto][vault]")
{
    KeyVault vault = createVault("before");
    const std::string before = vault.keyringJson();
    REQUIRE(vault.setPassphrase("after").ok());
    REQUIRE(vault.restoreKeyring(before).ok());
    CHECK(vault.keyringJson() == before);
    CHECK(vault.isUnlocked());
    KeyVault reopened = loadVault(vault.keyringJson());
    CHECK(reopened.unlock("before").ok());

    KeyVault stranger = createVault("before");
    CHECK(vault.restoreKeyring(stranger.keyringJson()).code() == ErrorCode::Refused);
    CHECK(vault.restoreKeyring("{").code() == ErrorCode::DamagedKeyData);
}

TEST_CASE("Partner keys added after a save are dropped when that save is undone", "[crypto][vault]")
{
    KeyVault vault = createVault("pass");
    const std::string before = vault.keyringJson();
    REQUIRE(vault.addPartner("a", PartnerSecret::passphrase("mine")).ok());
    REQUIRE(vault.restoreKeyring(before).ok());
    CHECK_FALSE(vault.isPartnerUnlocked("a"));
    CHECK(vault.partnerIds().empty());
    CHECK(vault.encryptPrivate("a", "x", kWhere).code() == ErrorCode::UnknownPartner);
}
