#pragma once
// Shared helpers for the crypto tests: fast key derivation and byte/text conversions.

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tend/crypto/KdfParams.h"

namespace tend::crypto::test {

/// Minimum Argon2id cost so each derivation takes microseconds; production costs are checked separately.
inline const KdfPolicy& fastPolicy()
{
    static const KdfPolicy policy = KdfPolicy::minimum();
    return policy;
}

inline std::vector<std::uint8_t> bytesOf(std::string_view text)
{
    return {text.begin(), text.end()};
}

inline std::string textOf(std::span<const std::uint8_t> bytes)
{
    return {bytes.begin(), bytes.end()};
}

} // namespace tend::crypto::test
