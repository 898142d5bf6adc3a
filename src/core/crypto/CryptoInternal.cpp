#include "CryptoInternal.h"

#include <sodium.h>

namespace tend::crypto::detail {

std::string toBase64(std::span<const std::uint8_t> bytes)
{
    const std::size_t size = sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    std::string text(size, '\0');
    sodium_bin2base64(text.data(), size, bytes.data(), bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    text.resize(size - 1); // drop the terminating NUL
    return text;
}

bool fromBase64Into(std::string_view text, std::uint8_t* out, std::size_t size)
{
    // Exact encoded length first: rejects trailing garbage and short data before decoding.
    if (text.size() != sodium_base64_encoded_len(size, sodium_base64_VARIANT_ORIGINAL) - 1)
        return false;
    std::size_t decoded = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out, size, text.data(), text.size(), nullptr, &decoded, &end,
                          sodium_base64_VARIANT_ORIGINAL) != 0)
        return false;
    return decoded == size && end == text.data() + text.size();
}

std::array<std::uint8_t, 16> checksum16(std::span<const std::uint8_t> bytes)
{
    std::array<std::uint8_t, 16> digest{};
    crypto_generichash(digest.data(), digest.size(), bytes.data(), bytes.size(), nullptr, 0);
    return digest;
}

} // namespace tend::crypto::detail
