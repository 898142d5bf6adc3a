#include <algorithm>
#include <cstring>
#include <string>

#include <catch2/catch.hpp>

#include "tend/crypto/CryptoError.h"
#include "tend/crypto/SecureBytes.h"
#include "tend/crypto/Sodium.h"

using namespace tend::crypto;

namespace {

bool allZero(const std::uint8_t* data, std::size_t size)
{
    return std::all_of(data, data + size, [](std::uint8_t b) { return b == 0; });
}

} // namespace

TEST_CASE("libsodium initialises once and again", "[crypto][secure]")
{
    REQUIRE(initializeSodium().ok());
    REQUIRE(initializeSodium().ok());
}

TEST_CASE("Secure bytes start zeroed and random bytes differ", "[crypto][secure]")
{
    auto zeros = SecureBytes::allocate(64);
    REQUIRE(zeros.ok());
    CHECK(zeros->size() == 64);
    CHECK(allZero(zeros->data(), zeros->size()));

    auto a = SecureBytes::random(32);
    auto b = SecureBytes::random(32);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK_FALSE(a->equals(b->bytes()));
    CHECK(a->equals(a->bytes()));
}

TEST_CASE("Secure bytes move and leave the source empty", "[crypto][secure]")
{
    auto text = SecureBytes::copyOf(std::string_view("correct horse"));
    REQUIRE(text.ok());
    SecureBytes moved = std::move(*text);
    CHECK(moved.view() == "correct horse");
    CHECK(text->empty());
    CHECK(text->data() == nullptr);

    SecureBytes other;
    other = std::move(moved);
    CHECK(other.view() == "correct horse");
    CHECK(moved.empty());
}

TEST_CASE("Wiping a key leaves zeros in its memory", "[crypto][secure]")
{
    auto key = SecureBytes::random(32);
    REQUIRE(key.ok());
    key->makeReadOnly();
    const std::uint8_t* memory = key->data();
    CHECK_FALSE(allZero(memory, 32));
    key->wipe(); // the allocation stays, so the zeros can be observed
    CHECK(allZero(memory, 32));
    CHECK_FALSE(key->readOnly());
    key->reset();
    CHECK(key->empty());
}

TEST_CASE("Truncating zeroes the dropped tail", "[crypto][secure]")
{
    auto text = SecureBytes::copyOf(std::string_view("secret\n"));
    REQUIRE(text.ok());
    const std::uint8_t* memory = text->data();
    text->makeReadOnly();
    text->truncate(6);
    CHECK(text->view() == "secret");
    CHECK(memory[6] == 0);
    CHECK(text->readOnly());
}

TEST_CASE("Zero-sized secure bytes are valid and empty", "[crypto][secure]")
{
    auto none = SecureBytes::allocate(0);
    REQUIRE(none.ok());
    CHECK(none->empty());
    CHECK(none->equals({}));
    none->wipe();
    none->makeReadOnly();
}

TEST_CASE("Crypto errors have stable log names and convert to tend::Result", "[crypto][errors]")
{
    CHECK(std::string(codeName(ErrorCode::WrongSecret)) == "wrong-secret");
    CHECK(std::string(codeName(ErrorCode::DamagedKeyData)) == "damaged-key-data");
    CHECK(std::string(codeName(ErrorCode::Damaged)) == "damaged");
    CryptoResult<int> failed = makeCryptoError(ErrorCode::Truncated, "cut short");
    tend::Result<int> converted = std::move(failed).toResult();
    REQUIRE_FALSE(converted.ok());
    CHECK(converted.error().message == "cut short");
    CryptoResult<int> fine = 7;
    CHECK(*std::move(fine).toResult() == 7);
    CHECK(CryptoResult<void>().toResult().ok());
}
