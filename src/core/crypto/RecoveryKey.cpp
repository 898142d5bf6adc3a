#include "tend/crypto/RecoveryKey.h"

#include <array>
#include <cstring>

#include <sodium.h>

namespace tend::crypto::recovery {

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford: no I, L, O, U
constexpr std::size_t kCheckBytes = 3;
constexpr std::size_t kRawBytes = kKeyBytes + kCheckBytes; // 35 bytes = 280 bits = 56 characters, no padding
constexpr std::size_t kChars = kRawBytes * 8 / 5;
constexpr std::size_t kGroup = 4;
constexpr std::string_view kCheckDomain = "tend-recovery-key-check-v1";

void checksum(const std::uint8_t* key, std::uint8_t* out)
{
    std::array<std::uint8_t, crypto_generichash_BYTES> digest{};
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, digest.size());
    crypto_generichash_update(&state, reinterpret_cast<const std::uint8_t*>(kCheckDomain.data()), kCheckDomain.size());
    crypto_generichash_update(&state, key, kKeyBytes);
    crypto_generichash_final(&state, digest.data(), digest.size());
    std::memcpy(out, digest.data(), kCheckBytes);
}

int decodeChar(char c)
{
    if (c >= 'a' && c <= 'z')
        c = static_cast<char>(c - 'a' + 'A');
    if (c == 'I' || c == 'L')
        c = '1';
    if (c == 'O')
        c = '0';
    const auto at = kAlphabet.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

} // namespace

CryptoResult<SecureBytes> generate()
{
    return SecureBytes::random(kKeyBytes);
}

CryptoResult<SecureBytes> format(const SecureBytes& key)
{
    if (key.size() != kKeyBytes)
        return makeCryptoError(ErrorCode::InvalidInput, "A recovery key has 32 bytes.");
    auto raw = SecureBytes::allocate(kRawBytes);
    if (!raw)
        return raw;
    std::memcpy(raw->mutableData(), key.data(), kKeyBytes);
    checksum(key.data(), raw->mutableData() + kKeyBytes);

    auto text = SecureBytes::allocate(kChars + kChars / kGroup - 1);
    if (!text)
        return text;
    char* out = reinterpret_cast<char*>(text->mutableData());
    std::size_t written = 0;
    for (std::size_t i = 0; i < kChars; ++i) {
        if (i > 0 && i % kGroup == 0)
            out[written++] = '-';
        // Character i takes bits [5i, 5i + 5) of the big-endian bit string.
        const std::size_t bit = i * 5;
        const std::size_t byte = bit / 8;
        const unsigned shift = static_cast<unsigned>(bit % 8);
        unsigned window = static_cast<unsigned>(raw->data()[byte]) << 8;
        if (byte + 1 < kRawBytes)
            window |= raw->data()[byte + 1];
        const unsigned value = (window >> (11 - shift)) & 0x1Fu;
        out[written++] = kAlphabet[value];
    }
    text->makeReadOnly();
    return text;
}

CryptoResult<SecureBytes> parse(std::string_view text)
{
    auto raw = SecureBytes::allocate(kRawBytes);
    if (!raw)
        return raw;
    std::size_t count = 0;
    unsigned buffer = 0;
    unsigned bits = 0;
    std::size_t written = 0;
    for (const char c : text) {
        if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r')
            continue;
        const int value = decodeChar(c);
        if (value < 0)
            return makeCryptoError(ErrorCode::InvalidInput,
                                   "The recovery key contains a character that no recovery key has. "
                                   "Check it against the printed copy.");
        ++count;
        if (count > kChars)
            break;
        buffer = ((buffer << 5) | static_cast<unsigned>(value)) & 0xFFFu;
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            raw->mutableData()[written++] = static_cast<std::uint8_t>((buffer >> bits) & 0xFFu);
        }
    }
    buffer = 0;
    if (count != kChars)
        return makeCryptoError(ErrorCode::InvalidInput, "A recovery key has 56 letters and digits; this one has " +
                                                            std::string(count > kChars ? "more" : "fewer") + ".");
    std::array<std::uint8_t, kCheckBytes> expected{};
    checksum(raw->data(), expected.data());
    if (sodium_memcmp(expected.data(), raw->data() + kKeyBytes, kCheckBytes) != 0)
        return makeCryptoError(ErrorCode::InvalidInput,
                               "The recovery key has a typo. Check each group against the printed copy.");
    auto key = SecureBytes::copyOf(std::span<const std::uint8_t>(raw->data(), kKeyBytes));
    if (key)
        key->makeReadOnly();
    return key;
}

} // namespace tend::crypto::recovery
