#pragma once

#include <span>

namespace tend::ui::icons {

/// One icon's shape at one size: 8-bit coverage, rows padded to maskStride(size) bytes.
struct BakedMask {
    const char* name;
    int size;
    const unsigned char* alpha;
};

/// Every baked mask (generated at build time by tend_iconbake into IconMasks.cpp).
std::span<const BakedMask> bakedMasks();

} // namespace tend::ui::icons
