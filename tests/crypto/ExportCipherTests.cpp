#include <random>
#include <string>

#include <catch2/catch.hpp>
#include <sodium.h>

#include "CryptoTestSupport.h"
#include "tend/crypto/ExportCipher.h"

using namespace tend::crypto;
using tend::crypto::test::fastPolicy;

namespace {

constexpr std::uint32_t kChunk = 1024; // small chunks so tests cross many chunk boundaries
constexpr std::size_t kFullChunk = kChunk + 17;

std::vector<std::uint8_t> sampleBytes(std::size_t size, std::uint32_t seed = 7)
{
    std::mt19937 random(seed);
    std::vector<std::uint8_t> bytes(size);
    for (auto& b : bytes)
        b = static_cast<std::uint8_t>(random());
    return bytes;
}

std::vector<std::uint8_t> encrypted(const std::vector<std::uint8_t>& plain, std::string_view passphrase = "export pass")
{
    auto file = exportfile::encrypt(plain, passphrase, fastPolicy().passphrase, kChunk);
    REQUIRE(file.ok());
    return std::move(*file);
}

} // namespace

TEST_CASE("Encrypted exports round-trip at every size around chunk boundaries", "[crypto][export]")
{
    for (std::size_t size : {std::size_t{0}, std::size_t{1}, std::size_t{kChunk - 1}, std::size_t{kChunk},
                             std::size_t{kChunk + 1}, std::size_t{3 * kChunk}, std::size_t{3 * kChunk + 5}}) {
        INFO("size " << size);
        const auto plain = sampleBytes(size);
        const auto file = encrypted(plain);
        CHECK(exportfile::looksLikeExport(file));
        const std::size_t chunks = size / kChunk + 1 - (size > 0 && size % kChunk == 0 ? 1 : 0);
        CHECK(file.size() == exportfile::kHeaderBytes + size + chunks * 17);
        auto back = exportfile::decrypt(file, "export pass");
        REQUIRE(back.ok());
        CHECK(*back == plain);
    }
}

TEST_CASE("The default export helpers round-trip", "[crypto][export]")
{
    const auto plain = tend::crypto::test::bytesOf("{\"entries\":[]}");
    auto file = encryptExport(plain, "pass", fastPolicy().passphrase);
    REQUIRE(file.ok());
    auto back = decryptExport(*file, "pass");
    REQUIRE(back.ok());
    CHECK(*back == plain);
}

TEST_CASE("Streaming in pieces of any size gives the same result", "[crypto][export]")
{
    const auto plain = sampleBytes(5 * kChunk + 333, 11);
    std::vector<std::uint8_t> file;
    auto encryptor = exportfile::Encryptor::begin("pieces", file, fastPolicy().passphrase, kChunk);
    REQUIRE(encryptor.ok());
    std::mt19937 random(3);
    std::size_t at = 0;
    while (at < plain.size()) {
        const std::size_t piece = std::min<std::size_t>(random() % 2500, plain.size() - at);
        REQUIRE(encryptor->update(std::span(plain).subspan(at, piece), file).ok());
        at += piece;
    }
    REQUIRE(encryptor->finish(file).ok());
    CHECK(encryptor->update(plain, file).code() == ErrorCode::InvalidInput);

    exportfile::Decryptor decryptor("pieces");
    std::vector<std::uint8_t> back;
    at = 0;
    while (at < file.size()) {
        const std::size_t piece = std::min<std::size_t>(1 + random() % 1500, file.size() - at);
        REQUIRE(decryptor.update(std::span(file).subspan(at, piece), back).ok());
        at += piece;
    }
    REQUIRE(decryptor.finish(back).ok());
    CHECK(back == plain);
}

TEST_CASE("A wrong export passphrase is told apart from a damaged file", "[crypto][export]")
{
    const auto file = encrypted(sampleBytes(2 * kChunk));
    auto wrong = exportfile::decrypt(file, "not the pass");
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.code() == ErrorCode::WrongSecret);
    CHECK(exportfile::decrypt(file, "").code() == ErrorCode::InvalidInput);

    auto tamperedHeader = file;
    tamperedHeader[30] ^= 0x40; // inside the salt
    CHECK(exportfile::decrypt(tamperedHeader, "export pass").code() == ErrorCode::Damaged);
}

TEST_CASE("Cutting an export short is detected at every length", "[crypto][export]")
{
    const auto file = encrypted(sampleBytes(2 * kChunk + 100));
    for (std::size_t length = 0; length < file.size(); ++length) {
        const std::vector<std::uint8_t> cut(file.begin(), file.begin() + static_cast<std::ptrdiff_t>(length));
        auto result = exportfile::decrypt(cut, "export pass");
        INFO("length " << length);
        REQUIRE_FALSE(result.ok());
        const bool atBoundary =
            length >= exportfile::kHeaderBytes && (length - exportfile::kHeaderBytes) % kFullChunk == 0;
        if (length < exportfile::kHeaderBytes || atBoundary)
            CHECK(result.code() == ErrorCode::Truncated);
        else
            CHECK((result.code() == ErrorCode::Damaged || result.code() == ErrorCode::Truncated));
    }
}

TEST_CASE("Changing, reordering or appending export bytes is detected", "[crypto][export]")
{
    const auto file = encrypted(sampleBytes(3 * kChunk + 10));
    SECTION("any single byte")
    {
        for (std::size_t i = 0; i < file.size(); i += 7) {
            auto tampered = file;
            tampered[i] ^= 0x01;
            auto result = exportfile::decrypt(tampered, "export pass");
            INFO("byte " << i);
            REQUIRE_FALSE(result.ok());
            CHECK(result.code() != ErrorCode::WrongSecret);
        }
    }
    SECTION("two chunks swapped")
    {
        auto swapped = file;
        const auto first = swapped.begin() + exportfile::kHeaderBytes;
        std::swap_ranges(first, first + kFullChunk, first + kFullChunk);
        CHECK(exportfile::decrypt(swapped, "export pass").code() == ErrorCode::Damaged);
    }
    SECTION("a chunk dropped")
    {
        auto dropped = file;
        const auto first = dropped.begin() + exportfile::kHeaderBytes;
        dropped.erase(first, first + kFullChunk);
        CHECK(exportfile::decrypt(dropped, "export pass").code() == ErrorCode::Damaged);
    }
    SECTION("bytes after the end")
    {
        auto longer = file;
        longer.push_back(0);
        CHECK(exportfile::decrypt(longer, "export pass").code() == ErrorCode::Damaged);
        auto twice = file;
        twice.insert(twice.end(), file.begin() + exportfile::kHeaderBytes, file.end());
        CHECK(exportfile::decrypt(twice, "export pass").code() == ErrorCode::Damaged);
    }
}

TEST_CASE("Export headers: foreign files, newer versions, impossible values", "[crypto][export]")
{
    const auto file = encrypted(sampleBytes(10));
    auto header = exportfile::parseHeader(file);
    REQUIRE(header.ok());
    CHECK(header->chunkBytes == kChunk);
    CHECK(header->params.opsLimit == fastPolicy().passphrase.opsLimit);

    const auto json = tend::crypto::test::bytesOf("{\"format\":\"tend-export\"}");
    CHECK_FALSE(exportfile::looksLikeExport(json));
    CHECK(exportfile::decrypt(json, "x").code() == ErrorCode::Damaged);
    CHECK(exportfile::parseHeader(std::span(file).first(50)).code() == ErrorCode::Truncated);
    CHECK(exportfile::decrypt(std::vector<std::uint8_t>{}, "x").code() == ErrorCode::Truncated);

    auto newer = file;
    newer[8] = 2;
    CHECK(exportfile::decrypt(newer, "export pass").code() == ErrorCode::NewerFormat);

    // Costs beyond the bounds are refused before any derivation, even with a matching checksum.
    auto greedy = file;
    greedy[16 + 5] = 0x7f; // memlimit far above 4 GiB
    const auto sum = [&] {
        std::vector<std::uint8_t> head(greedy.begin(), greedy.begin() + 84);
        std::array<std::uint8_t, 16> out{};
        crypto_generichash(out.data(), out.size(), head.data(), head.size(), nullptr, 0);
        return out;
    }();
    std::copy(sum.begin(), sum.end(), greedy.begin() + 84);
    CHECK(exportfile::parseHeader(greedy).code() == ErrorCode::Damaged);
}

TEST_CASE("Export encryption refuses bad settings", "[crypto][export]")
{
    const auto plain = sampleBytes(10);
    CHECK(exportfile::encrypt(plain, "", fastPolicy().passphrase, kChunk).code() == ErrorCode::InvalidInput);
    CHECK(exportfile::encrypt(plain, "x", fastPolicy().passphrase, 0).code() == ErrorCode::InvalidInput);
    CHECK(exportfile::encrypt(plain, "x", fastPolicy().passphrase, 100).code() == ErrorCode::InvalidInput);
    PwhashParams weak = fastPolicy().passphrase;
    weak.algorithm = 1;
    CHECK(exportfile::encrypt(plain, "x", weak, kChunk).code() == ErrorCode::InvalidInput);
}

namespace {
// Rewrites an export header's cost fields and its (unkeyed) checksum, as a crafted file would.
std::vector<std::uint8_t> withCost(std::vector<std::uint8_t> file, std::uint32_t ops, std::uint64_t mem)
{
    for (int i = 0; i < 4; ++i)
        file[12 + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(ops >> (8 * i));
    for (int i = 0; i < 8; ++i)
        file[16 + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(mem >> (8 * i));
    crypto_generichash(file.data() + 84, 16, file.data(), 84, nullptr, 0);
    return file;
}
} // namespace

TEST_CASE("A crafted export header cannot ask for more than the production cost", "[crypto][export]")
{
    const auto file = encrypted(sampleBytes(100));
    // Above 256 MiB or above 4 passes: refused as damaged before any derivation (it once ran, then said
    // "wrong passphrase" after seconds and a gigabyte). 300 MiB x 5 keeps the old behaviour affordable here.
    auto costly = exportfile::parseHeader(withCost(file, 5, 300ull * 1024 * 1024));
    CHECK(costly.code() == ErrorCode::Damaged);
    auto tried = exportfile::decrypt(withCost(file, 5, 300ull * 1024 * 1024), "wrong");
    CHECK(tried.code() == ErrorCode::Damaged);
    CHECK(exportfile::parseHeader(withCost(file, 1, 4ull << 30)).code() == ErrorCode::Damaged);
    // A header at the production cost itself is fine.
    CHECK(exportfile::parseHeader(withCost(file, 4, 256ull * 1024 * 1024)).ok());
}

TEST_CASE("An export whose magic bytes are damaged is called a damaged export", "[crypto][export]")
{
    auto file = encrypted(sampleBytes(100));
    file[1] ^= 0x20;
    file[5] ^= 0x01;
    CHECK_FALSE(exportfile::looksLikeExport(file));
    CHECK(exportfile::resemblesDamagedExport(file));
    auto parsed = exportfile::parseHeader(file);
    CHECK(parsed.code() == ErrorCode::Damaged);
    CHECK(parsed.error().message.find("damaged") != std::string::npos);
    CHECK_FALSE(exportfile::resemblesDamagedExport(tend::crypto::test::bytesOf(std::string(200, '{'))));
    CHECK_FALSE(exportfile::resemblesDamagedExport(
        tend::crypto::test::bytesOf("{\"format\": \"tend-journal\", \"version\": 1}")));
}
