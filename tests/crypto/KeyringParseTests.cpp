#include <functional>
#include <string>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "CryptoTestSupport.h"
#include "tend/crypto/KeyVault.h"

using namespace tend::crypto;
using nlohmann::json;
using tend::crypto::test::fastPolicy;

namespace {

struct Fixture {
    std::string json;
    std::string recovery;
};

Fixture protectedKeyring()
{
    auto vault = KeyVault::create(std::string_view("pass"), fastPolicy());
    REQUIRE(vault.ok());
    REQUIRE(vault->addPartner("a", PartnerSecret::pin("123456")).ok());
    auto recovery = vault->createRecoveryKey();
    REQUIRE(recovery.ok());
    return {vault->keyringJson(), std::string(recovery->view())};
}

std::string edited(const std::string& text, const std::function<void(json&)>& edit)
{
    json root = json::parse(text);
    edit(root);
    return root.dump();
}

ErrorCode loadCode(const std::string& text)
{
    auto vault = KeyVault::load(text, fastPolicy());
    REQUIRE_FALSE(vault.ok());
    return vault.code();
}

// Flips one bit inside a base64 field while keeping it valid base64 of the same length.
std::string flipped(std::string base64)
{
    base64[2] = base64[2] == 'A' ? 'B' : 'A';
    return base64;
}

} // namespace

TEST_CASE("Stored key data round-trips through its JSON form", "[crypto][keyring]")
{
    const Fixture fixture = protectedKeyring();
    auto parsed = Keyring::parse(fixture.json);
    REQUIRE(parsed.ok());
    CHECK(parsed->isProtected());
    CHECK(parsed->hasRecoveryKey());
    REQUIRE(parsed->partners.size() == 1);
    CHECK(parsed->partners[0].secret == PartnerSecretKind::Pin);
    CHECK(parsed->toJson() == fixture.json);
    for (const auto& slot : parsed->slots)
        CHECK(slot.intact);
}

TEST_CASE("Damaged key data is told apart from a wrong passphrase", "[crypto][keyring]")
{
    const Fixture fixture = protectedKeyring();
    const std::string& good = fixture.json;

    SECTION("not JSON or empty")
    {
        CHECK(loadCode("") == ErrorCode::DamagedKeyData);
        CHECK(loadCode("not json") == ErrorCode::DamagedKeyData);
        CHECK(loadCode(good.substr(0, good.size() / 2)) == ErrorCode::DamagedKeyData);
        CHECK(loadCode("[]") == ErrorCode::DamagedKeyData);
        CHECK(loadCode(std::string(2 * 1024 * 1024, ' ')) == ErrorCode::DamagedKeyData);
    }
    SECTION("newer version is its own case")
    {
        CHECK(loadCode(edited(good, [](json& j) { j["version"] = 2; })) == ErrorCode::NewerFormat);
        CHECK(loadCode(edited(good, [](json& j) { j["version"] = 0; })) == ErrorCode::DamagedKeyData);
        CHECK(loadCode(edited(good, [](json& j) { j["version"] = "1"; })) == ErrorCode::DamagedKeyData);
        CHECK(loadCode(edited(good, [](json& j) { j["format"] = "other"; })) == ErrorCode::DamagedKeyData);
    }
    SECTION("bad base64 and wrong lengths")
    {
        CHECK(loadCode(edited(good, [](json& j) { j["journal"]["keyId"] = "!!!!"; })) == ErrorCode::DamagedKeyData);
        CHECK(loadCode(edited(good, [](json& j) { j["journal"]["slots"][0]["nonce"] = "AAAA"; })) ==
              ErrorCode::DamagedKeyData);
        CHECK(loadCode(edited(good, [](json& j) {
                  std::string s = j["journal"]["slots"][0]["wrappedKey"];
                  j["journal"]["slots"][0]["wrappedKey"] = s + "AAAA";
              })) == ErrorCode::DamagedKeyData);
        CHECK(loadCode(edited(good, [](json& j) {
                  std::string s = j["journal"]["slots"][0]["kdf"]["salt"];
                  s[s.size() - 3] = '*';
                  j["journal"]["slots"][0]["kdf"]["salt"] = s;
              })) == ErrorCode::DamagedKeyData);
    }
    SECTION("missing, mistyped or impossible fields")
    {
        CHECK(loadCode(edited(good, [](json& j) { j.erase("partners"); })) == ErrorCode::DamagedKeyData);
        CHECK(loadCode(edited(good, [](json& j) { j["journal"]["slots"] = json::array(); })) ==
              ErrorCode::DamagedKeyData);
        CHECK(loadCode(edited(good, [](json& j) { j["journal"]["slots"][0]["type"] = "magic"; })) ==
              ErrorCode::DamagedKeyData);
        CHECK(loadCode(edited(good, [](json& j) { j["journal"]["slots"][0]["kdf"]["memlimit"] = -1; })) ==
              ErrorCode::DamagedKeyData);
        CHECK(loadCode(edited(good, [](json& j) { j["journal"]["slots"][0]["kdf"]["memlimit"] = 1ull << 50; })) ==
              ErrorCode::DamagedKeyData);
        CHECK(loadCode(edited(good, [](json& j) { j["journal"]["slots"][0]["kdf"]["alg"] = "scrypt"; })) ==
              ErrorCode::DamagedKeyData);
        CHECK(loadCode(edited(good, [](json& j) { j["partners"][0]["id"] = ""; })) == ErrorCode::DamagedKeyData);
        CHECK(loadCode(edited(good, [](json& j) { j["partners"][0]["secret"] = "face"; })) ==
              ErrorCode::DamagedKeyData);
        CHECK(loadCode(edited(good, [](json& j) { j["partners"].push_back(j["partners"][0]); })) ==
              ErrorCode::DamagedKeyData);
        CHECK(loadCode(edited(good, [](json& j) { j["journal"]["slots"].push_back(j["journal"]["slots"][0]); })) ==
              ErrorCode::DamagedKeyData);
        // Neither passphrase nor unprotected slot: there is no ordinary way in.
        CHECK(loadCode(edited(good, [](json& j) {
                  auto& slots = j["journal"]["slots"];
                  slots.erase(slots.begin());
              })) == ErrorCode::DamagedKeyData);
    }
}

TEST_CASE("A damaged passphrase slot says so, and the recovery key still opens the journal", "[crypto][keyring]")
{
    const Fixture fixture = protectedKeyring();
    const std::string damaged = edited(fixture.json, [](json& j) {
        j["journal"]["slots"][0]["wrappedKey"] = flipped(j["journal"]["slots"][0]["wrappedKey"]);
    });
    auto vault = KeyVault::load(damaged, fastPolicy());
    REQUIRE(vault.ok()); // the rest of the key data is intact
    auto wrong = vault->unlock("not it");
    CHECK(wrong.code() == ErrorCode::DamagedKeyData);
    auto right = vault->unlock("pass");
    REQUIRE_FALSE(right.ok());
    CHECK(right.code() == ErrorCode::DamagedKeyData);
    CHECK(right.error().message.find("damaged") != std::string::npos);
    // Saved again unchanged: the damage stays visible instead of turning into a "wrong passphrase" later...
    CHECK(vault->keyringJson() == damaged);
    REQUIRE(vault->unlockWithRecoveryKey(fixture.recovery).ok());
    // ...until a new passphrase is set, which writes a fresh slot.
    REQUIRE(vault->setPassphrase("new").ok());
    auto repaired = KeyVault::load(vault->keyringJson(), fastPolicy());
    REQUIRE(repaired.ok());
    CHECK(repaired->unlock("new").ok());
}

TEST_CASE("Damaged KDF salt or partner record is reported as damage, not a wrong secret", "[crypto][keyring]")
{
    const Fixture fixture = protectedKeyring();
    const std::string badSalt = edited(fixture.json, [](json& j) {
        j["journal"]["slots"][0]["kdf"]["salt"] = flipped(j["journal"]["slots"][0]["kdf"]["salt"]);
    });
    auto vault = KeyVault::load(badSalt, fastPolicy());
    REQUIRE(vault.ok());
    CHECK(vault->unlock("pass").code() == ErrorCode::DamagedKeyData);

    const std::string badPartner =
        edited(fixture.json, [](json& j) { j["partners"][0]["wrappedKey"] = flipped(j["partners"][0]["wrappedKey"]); });
    auto withPartner = KeyVault::load(badPartner, fastPolicy());
    REQUIRE(withPartner.ok());
    REQUIRE(withPartner->unlock("pass").ok()); // the journal itself is fine
    CHECK(withPartner->unlockPartner("a", PartnerSecret::pin("123456")).code() == ErrorCode::DamagedKeyData);
}

TEST_CASE("A wrapped key copied into another slot does not open", "[crypto][keyring]")
{
    // Moving the recovery slot's ciphertext into the passphrase slot (with a fixed-up checksum) must fail: the
    // associated data binds each wrapped key to its slot.
    const Fixture fixture = protectedKeyring();
    auto parsed = Keyring::parse(fixture.json);
    REQUIRE(parsed.ok());
    Keyring moved = *parsed;
    JournalSlot& passphrase = moved.slots[0];
    const JournalSlot* recoverySlot = parsed->findSlot(SlotType::Recovery);
    REQUIRE(recoverySlot != nullptr);
    passphrase.wrapped = recoverySlot->wrapped;
    auto vault = KeyVault::load(moved.toJson(), fastPolicy());
    REQUIRE(vault.ok());
    CHECK(vault->unlock("pass").code() == ErrorCode::WrongSecret);
}
