#pragma once
// Small helpers shared by the crypto sources; not part of the public API.

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace tend::crypto::detail {

/// Builds unambiguous byte strings for associated data and checksums: integers little-endian, text length-prefixed.
class ByteWriter {
public:
    void u8(std::uint8_t value) { m_bytes.push_back(value); }
    void u32(std::uint32_t value)
    {
        for (int i = 0; i < 4; ++i)
            m_bytes.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
    }
    void u64(std::uint64_t value)
    {
        for (int i = 0; i < 8; ++i)
            m_bytes.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
    }
    void raw(std::span<const std::uint8_t> bytes) { m_bytes.insert(m_bytes.end(), bytes.begin(), bytes.end()); }
    void text(std::string_view value)
    {
        u32(static_cast<std::uint32_t>(value.size()));
        raw({reinterpret_cast<const std::uint8_t*>(value.data()), value.size()});
    }
    void blob(std::span<const std::uint8_t> bytes)
    {
        u32(static_cast<std::uint32_t>(bytes.size()));
        raw(bytes);
    }
    const std::vector<std::uint8_t>& bytes() const { return m_bytes; }
    std::vector<std::uint8_t> take() && { return std::move(m_bytes); }

private:
    std::vector<std::uint8_t> m_bytes;
};

inline std::uint32_t readU32(const std::uint8_t* at)
{
    std::uint32_t value = 0;
    for (int i = 3; i >= 0; --i)
        value = (value << 8) | at[i];
    return value;
}

inline std::uint64_t readU64(const std::uint8_t* at)
{
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i)
        value = (value << 8) | at[i];
    return value;
}

/// Standard base64 with padding.
std::string toBase64(std::span<const std::uint8_t> bytes);
/// Strict standard base64 (padding required, no whitespace) into exactly N bytes; nullopt otherwise.
template <std::size_t N> std::optional<std::array<std::uint8_t, N>> fromBase64(std::string_view text);
bool fromBase64Into(std::string_view text, std::uint8_t* out, std::size_t size);

template <std::size_t N> std::optional<std::array<std::uint8_t, N>> fromBase64(std::string_view text)
{
    std::array<std::uint8_t, N> out{};
    if (!fromBase64Into(text, out.data(), N))
        return std::nullopt;
    return out;
}

/// Unkeyed BLAKE2b-128 of `bytes`.
std::array<std::uint8_t, 16> checksum16(std::span<const std::uint8_t> bytes);

} // namespace tend::crypto::detail
