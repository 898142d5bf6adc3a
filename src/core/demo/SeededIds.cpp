#include "SeededIds.h"

#include <array>

namespace tend::demo::detail {

std::uint64_t SeededIds::nextNumber()
{
    std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::string SeededIds::nextId()
{
    std::array<unsigned char, 16> bytes{};
    for (std::size_t half = 0; half < 2; ++half) {
        std::uint64_t value = nextNumber();
        for (std::size_t i = 0; i < 8; ++i) {
            bytes[half * 8 + i] = static_cast<unsigned char>(value & 0xFFu);
            value >>= 8;
        }
    }
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0Fu) | 0x40u); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3Fu) | 0x80u); // RFC 4122 variant
    static constexpr char kHex[] = "0123456789abcdef";
    std::string id;
    id.reserve(36);
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            id.push_back('-');
        id.push_back(kHex[bytes[i] >> 4]);
        id.push_back(kHex[bytes[i] & 0x0Fu]);
    }
    return id;
}

int SeededIds::between(int low, int high)
{
    if (high <= low)
        return low;
    const auto span = static_cast<std::uint64_t>(high - low) + 1;
    return low + static_cast<int>(nextNumber() % span);
}

} // namespace tend::demo::detail
