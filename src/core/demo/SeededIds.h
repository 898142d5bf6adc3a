#pragma once
// Internal: a seeded source of UUID-shaped ids and small numbers, so the demo journal is the same every time.

#include <cstdint>
#include <string>

namespace tend::demo::detail {

/// SplitMix64: tiny, fast and fully determined by its seed (not for anything secret).
class SeededIds {
public:
    explicit SeededIds(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t nextNumber();
    /// A lower-case UUID version 4 string, as journal::isValidId expects.
    std::string nextId();
    /// A whole number from `low` to `high` inclusive.
    int between(int low, int high);

private:
    std::uint64_t m_state;
};

} // namespace tend::demo::detail
