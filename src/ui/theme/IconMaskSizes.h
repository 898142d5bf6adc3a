#pragma once

namespace tend::ui::icons {

/// Icon sizes in device pixels that are baked at build time: the sizes the screens draw (16, 18, 22, 24, 26
/// and 28 px) at 100 % and 200 %. Any other size renders from the SVG.
inline constexpr int kBakedSizes[] = {16, 18, 22, 24, 26, 28, 32, 36, 44, 48, 52, 56};

/// Rows of a mask are padded to four bytes, as QImage expects of the data it wraps.
constexpr int maskStride(int size)
{
    return (size + 3) / 4 * 4;
}

} // namespace tend::ui::icons
