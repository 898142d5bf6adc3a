#include <string>

#include <catch2/catch.hpp>

#include "CryptoTestSupport.h"
#include "tend/crypto/FieldCipher.h"

using namespace tend::crypto;
using tend::crypto::test::bytesOf;

namespace {

SecureBytes newKey()
{
    auto key = SecureBytes::random(kKeyBytes);
    REQUIRE(key.ok());
    key->makeReadOnly();
    return std::move(*key);
}

const AssociatedData kEntryA{"entries", "0b6f5c1e-4a55-4c1b-9d47-3f1f8e8c2a01", "payload"};
const AssociatedData kEntryB{"entries", "5d2e9a70-8e1c-4f7e-b3a2-9c4d1e6f7a02", "payload"};

} // namespace

TEST_CASE("Field encryption round-trips any text", "[crypto][field]")
{
    const SecureBytes key = newKey();
    const std::string samples[] = {"", "{\"text\":\"hello\"}", std::string("nul\0inside", 10),
                                   "\xE2\x80\x8F RTL \xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x91\xA9 e\xCC\x81",
                                   std::string(100000, 'x')};
    for (const auto& plaintext : samples) {
        auto blob = field::encrypt(key, plaintext, kEntryA);
        REQUIRE(blob.ok());
        CHECK(blob->size() == plaintext.size() + field::kOverhead);
        CHECK(blob->front() == field::kVersion);
        CHECK(field::looksEncrypted(*blob));
        auto back = field::decrypt(key, *blob, kEntryA);
        REQUIRE(back.ok());
        CHECK(*back == plaintext);
    }
}

TEST_CASE("Each encryption uses a fresh nonce", "[crypto][field]")
{
    const SecureBytes key = newKey();
    auto a = field::encrypt(key, "same", kEntryA);
    auto b = field::encrypt(key, "same", kEntryA);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(*a != *b);
}

TEST_CASE("A ciphertext moved to another row, column or table is reported damaged", "[crypto][field]")
{
    const SecureBytes key = newKey();
    auto blob = field::encrypt(key, "{\"text\":\"private words\"}", kEntryA);
    REQUIRE(blob.ok());

    auto otherRow = field::decrypt(key, *blob, kEntryB);
    REQUIRE_FALSE(otherRow.ok());
    CHECK(otherRow.code() == ErrorCode::Damaged);

    auto otherColumn = field::decrypt(key, *blob, {"entries", kEntryA.rowId, "title"});
    CHECK(otherColumn.code() == ErrorCode::Damaged);
    auto otherTable = field::decrypt(key, *blob, {"drafts", kEntryA.rowId, "payload"});
    CHECK(otherTable.code() == ErrorCode::Damaged);
    // Length prefixes keep ("entries", "x") and ("entrie", "sx") apart.
    auto joined = field::encrypt(key, "t", {"ab", "c", "d"});
    REQUIRE(joined.ok());
    CHECK(field::decrypt(key, *joined, {"a", "bc", "d"}).code() == ErrorCode::Damaged);

    // Swapping two rows' values: each fails where it lands, each still opens in its own place.
    auto blobB = field::encrypt(key, "{\"text\":\"other words\"}", kEntryB);
    REQUIRE(blobB.ok());
    CHECK(field::decrypt(key, *blobB, kEntryA).code() == ErrorCode::Damaged);
    CHECK(field::decrypt(key, *blob, kEntryA).ok());
    CHECK(field::decrypt(key, *blobB, kEntryB).ok());
}

TEST_CASE("Changing any byte of a ciphertext is detected", "[crypto][field]")
{
    const SecureBytes key = newKey();
    auto blob = field::encrypt(key, "{\"text\":\"a few words\"}", kEntryA);
    REQUIRE(blob.ok());
    for (std::size_t i = 0; i < blob->size(); ++i) {
        auto tampered = *blob;
        tampered[i] ^= 0x01;
        auto result = field::decrypt(key, tampered, kEntryA);
        REQUIRE_FALSE(result.ok());
        CHECK(result.code() == ErrorCode::Damaged);
    }
    auto shorter = *blob;
    shorter.pop_back();
    CHECK(field::decrypt(key, shorter, kEntryA).code() == ErrorCode::Damaged);
    auto longer = *blob;
    longer.push_back(0);
    CHECK(field::decrypt(key, longer, kEntryA).code() == ErrorCode::Damaged);
    CHECK(field::decrypt(key, std::vector<std::uint8_t>{}, kEntryA).code() == ErrorCode::Damaged);
    CHECK(field::decrypt(key, std::vector<std::uint8_t>(field::kOverhead - 1, 1), kEntryA).code() ==
          ErrorCode::Damaged);
}

TEST_CASE("Another key cannot open a field", "[crypto][field]")
{
    const SecureBytes key = newKey();
    const SecureBytes other = newKey();
    auto blob = field::encrypt(key, "mine", kEntryA);
    REQUIRE(blob.ok());
    CHECK(field::decrypt(other, *blob, kEntryA).code() == ErrorCode::Damaged);
}

TEST_CASE("Plain JSON is never mistaken for a field ciphertext", "[crypto][field]")
{
    const auto json = bytesOf("{\"text\":\"plain text that is long enough to pass the size check\"}");
    CHECK_FALSE(field::looksEncrypted(json));
    CHECK(field::kVersion != '{');
}

TEST_CASE("Field encryption refuses a key of the wrong size", "[crypto][field]")
{
    auto shortKey = SecureBytes::random(16);
    REQUIRE(shortKey.ok());
    CHECK(field::encrypt(*shortKey, "x", kEntryA).code() == ErrorCode::InvalidInput);
    CHECK(field::decrypt(*shortKey, std::vector<std::uint8_t>(64, 1), kEntryA).code() == ErrorCode::InvalidInput);
}
