#include <atomic>
#include <string>
#include <thread>

#include <catch2/catch.hpp>

#include "CryptoTestSupport.h"
#include "tend/crypto/KeyVault.h"

using namespace tend::crypto;
using tend::crypto::test::fastPolicy;

namespace {

const AssociatedData kEntry{"entries", "9a1b2c3d-0000-4000-8000-000000000001", "payload"};

KeyVault coupleVault()
{
    auto vault = KeyVault::create(std::string_view("shared passphrase"), fastPolicy());
    REQUIRE(vault.ok());
    REQUIRE(vault->addPartner("partner-a", PartnerSecret::passphrase("alpha words")).ok());
    REQUIRE(vault->addPartner("partner-b", PartnerSecret::pin("204060")).ok());
    return std::move(*vault);
}

KeyVault reopen(const KeyVault& vault)
{
    auto loaded = KeyVault::load(vault.keyringJson(), fastPolicy());
    REQUIRE(loaded.ok());
    REQUIRE(loaded->unlock("shared passphrase").ok());
    return std::move(*loaded);
}

} // namespace

TEST_CASE("One partner's key cannot open the other's private entries", "[crypto][partner]")
{
    KeyVault vault = coupleVault();
    auto fromA = vault.encryptPrivate("partner-a", "CANARY-private-a", kEntry);
    auto fromB = vault.encryptPrivate("partner-b", "CANARY-private-b", kEntry);
    REQUIRE(fromA.ok());
    REQUIRE(fromB.ok());

    // Each opens with its own key only; the journal key opens neither.
    CHECK(vault.decryptPrivate("partner-a", *fromA, kEntry).ok());
    CHECK(vault.decryptPrivate("partner-b", *fromA, kEntry).code() == ErrorCode::Damaged);
    CHECK(vault.decryptPrivate("partner-a", *fromB, kEntry).code() == ErrorCode::Damaged);
    CHECK(vault.decryptShared(*fromA, kEntry).code() == ErrorCode::Damaged);

    // After reopening with only the journal passphrase and partner A's secret, B stays closed.
    KeyVault session = reopen(vault);
    REQUIRE(session.unlockPartner("partner-a", PartnerSecret::passphrase("alpha words")).ok());
    CHECK(session.decryptPrivate("partner-a", *fromA, kEntry).ok());
    CHECK(session.decryptPrivate("partner-b", *fromB, kEntry).code() == ErrorCode::Locked);
    CHECK(session.unlockPartner("partner-b", PartnerSecret::passphrase("alpha words")).code() ==
          ErrorCode::WrongSecret);
    CHECK(session.unlockPartner("partner-b", PartnerSecret::pin("204061")).code() == ErrorCode::WrongSecret);
    REQUIRE(session.unlockPartner("partner-b", PartnerSecret::pin("204060")).ok());
    auto opened = session.decryptPrivate("partner-b", *fromB, kEntry);
    REQUIRE(opened.ok());
    CHECK(*opened == "CANARY-private-b");
}

TEST_CASE("Partner secrets are never stored and unknown partners are reported", "[crypto][partner]")
{
    KeyVault vault = coupleVault();
    const std::string json = vault.keyringJson();
    CHECK(json.find("alpha words") == std::string::npos);
    CHECK(json.find("204060") == std::string::npos);
    CHECK(vault.partnerIds() == std::vector<std::string>{"partner-a", "partner-b"});
    CHECK(vault.partnerSecretKind("partner-b") == PartnerSecretKind::Pin);
    CHECK_FALSE(vault.partnerSecretKind("partner-c").has_value());
    CHECK(vault.encryptPrivate("partner-c", "x", kEntry).code() == ErrorCode::UnknownPartner);
    CHECK(vault.unlockPartner("partner-c", PartnerSecret::passphrase("x")).code() == ErrorCode::UnknownPartner);
    CHECK(vault.addPartner("partner-a", PartnerSecret::passphrase("again")).code() == ErrorCode::InvalidInput);
    CHECK(vault.addPartner("has space", PartnerSecret::passphrase("x")).code() == ErrorCode::InvalidInput);
    CHECK(vault.addPartner("", PartnerSecret::passphrase("x")).code() == ErrorCode::InvalidInput);
}

TEST_CASE("A PIN has 6 to 12 digits and needs a journal passphrase", "[crypto][partner]")
{
    KeyVault vault = coupleVault();
    CHECK(vault.addPartner("c", PartnerSecret::pin("12345")).code() == ErrorCode::InvalidInput);
    CHECK(vault.addPartner("c", PartnerSecret::pin("1234567890123")).code() == ErrorCode::InvalidInput);
    CHECK(vault.addPartner("c", PartnerSecret::pin("12a456")).code() == ErrorCode::InvalidInput);
    CHECK(vault.addPartner("c", PartnerSecret::passphrase("")).code() == ErrorCode::InvalidInput);

    // Removing the passphrase would leave B's PIN as the only barrier against a copied file.
    auto refused = vault.removePassphrase();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::Refused);
    CHECK(vault.isProtected());

    // After B switches to a passphrase, removing the journal passphrase is allowed, and PINs are refused.
    REQUIRE(vault.changePartnerSecret("partner-b", PartnerSecret::passphrase("bravo words")).ok());
    REQUIRE(vault.removePassphrase().ok());
    CHECK(vault.addPartner("c", PartnerSecret::pin("123456")).code() == ErrorCode::Refused);
    CHECK(vault.changePartnerSecret("partner-a", PartnerSecret::pin("123456")).code() == ErrorCode::Refused);
}

TEST_CASE("Changing a partner's secret keeps their private entries readable", "[crypto][partner]")
{
    KeyVault vault = coupleVault();
    auto blob = vault.encryptPrivate("partner-b", "kept", kEntry);
    REQUIRE(blob.ok());
    REQUIRE(vault.changePartnerSecret("partner-b", PartnerSecret::passphrase("a longer secret")).ok());

    KeyVault session = reopen(vault);
    CHECK(session.partnerSecretKind("partner-b") == PartnerSecretKind::Passphrase);
    CHECK(session.unlockPartner("partner-b", PartnerSecret::pin("204060")).code() == ErrorCode::WrongSecret);
    REQUIRE(session.unlockPartner("partner-b", PartnerSecret::passphrase("a longer secret")).ok());
    CHECK(session.decryptPrivate("partner-b", *blob, kEntry).ok());

    KeyVault locked = reopen(vault);
    CHECK(locked.changePartnerSecret("partner-b", PartnerSecret::pin("999999")).code() == ErrorCode::Locked);
}

TEST_CASE("A partner's key needs both the journal key and the partner's secret", "[crypto][partner]")
{
    // Same partner id and secret in two journals: each journal's key makes a different wrapping key, so a
    // partner record copied into another journal does not open there.
    KeyVault first = coupleVault();
    KeyVault second = coupleVault();
    auto a = Keyring::parse(first.keyringJson());
    auto b = Keyring::parse(second.keyringJson());
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    b->partners[0] = a->partners[0];
    auto hybrid = KeyVault::load(b->toJson(), fastPolicy());
    REQUIRE(hybrid.ok());
    REQUIRE(hybrid->unlock("shared passphrase").ok());
    CHECK(hybrid->unlockPartner("partner-a", PartnerSecret::passphrase("alpha words")).code() ==
          ErrorCode::WrongSecret);
}

TEST_CASE("Partner keys survive a change of the journal passphrase", "[crypto][partner]")
{
    KeyVault vault = coupleVault();
    auto blob = vault.encryptPrivate("partner-a", "still mine", kEntry);
    REQUIRE(blob.ok());
    REQUIRE(vault.setPassphrase("new shared passphrase").ok());
    auto loaded = KeyVault::load(vault.keyringJson(), fastPolicy());
    REQUIRE(loaded.ok());
    REQUIRE(loaded->unlock("new shared passphrase").ok());
    REQUIRE(loaded->unlockPartner("partner-a", PartnerSecret::passphrase("alpha words")).ok());
    CHECK(loaded->decryptPrivate("partner-a", *blob, kEntry).ok());
    loaded->lockPartner("partner-a");
    CHECK_FALSE(loaded->isPartnerUnlocked("partner-a"));
    CHECK(loaded->isUnlocked());
}

TEST_CASE("Field calls from other threads are safe while the vault locks", "[crypto][partner][threads]")
{
    KeyVault vault = coupleVault();
    std::atomic<bool> stop{false};
    std::atomic<int> locked{0};
    std::atomic<int> opened{0};
    std::atomic<int> unexpected{0};
    // Catch2 assertions are not thread-safe: the worker only counts.
    std::thread worker([&] {
        while (!stop.load()) {
            auto blob = vault.encryptShared("text", kEntry);
            if (!blob.ok()) {
                if (blob.code() != ErrorCode::Locked)
                    ++unexpected;
                ++locked;
                continue;
            }
            auto back = vault.decryptShared(*blob, kEntry);
            if (back.ok())
                ++opened;
            else if (back.code() == ErrorCode::Locked)
                ++locked;
            else
                ++unexpected;
        }
    });
    // Keep locking and unlocking until the worker has made a good number of calls (or a generous bound).
    for (int i = 0; i < 20 || (opened.load() + locked.load() < 200 && i < 100000); ++i) {
        vault.lock();
        REQUIRE(vault.unlock("shared passphrase").ok());
    }
    stop = true;
    worker.join();
    CHECK(opened.load() + locked.load() > 0);
    CHECK(unexpected.load() == 0);
}
