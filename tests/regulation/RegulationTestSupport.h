#pragma once

#include <filesystem>
#include <string>

#include "tend/regulation/RegulationLibrary.h"

namespace tend::regulation::test {

/// The shipped regulation library when it exists, else the test fixture; every timing test covers all its patterns.
inline std::filesystem::path regulationLibraryFile()
{
    const std::filesystem::path shipped =
        std::filesystem::path(TEND_SOURCE_DIR) / "content/practices/regulation.en.json";
    if (std::filesystem::exists(shipped))
        return shipped;
    return std::filesystem::path(TEND_SOURCE_DIR) / "tests/data/regulation/patterns-fixture.json";
}

inline std::filesystem::path fixtureFile()
{
    return std::filesystem::path(TEND_SOURCE_DIR) / "tests/data/regulation/patterns-fixture.json";
}

inline std::filesystem::path textsFile()
{
    return std::filesystem::path(TEND_SOURCE_DIR) / "content/practices/regulation-texts.en.json";
}

} // namespace tend::regulation::test
