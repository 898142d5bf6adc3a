// Fuzzes the language coach's analysis with the shipped English coach file: any bytes must be analysed without
// crashing, with at most two hints and findings inside the text.
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string_view>

#include "tend/coach/Coach.h"

namespace {
const tend::coach::CoachContent& coach()
{
    static const tend::coach::CoachContent loaded = [] {
        // The source tree's content folder (not found from __FILE__, which a compiler cache may make relative).
        auto dir = std::filesystem::path(TEND_SOURCE_DIR) / "content";
        auto result = tend::coach::CoachContent::loadLocale(dir, "en");
        if (!result)
            std::abort();
        return *result;
    }();
    return loaded;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view text(reinterpret_cast<const char*>(data), size);
    auto analysis = tend::coach::analyze(text, coach());
    if (analysis.hints.size() > 2)
        std::abort();
    for (const auto& finding : analysis.findings) {
        if (finding.begin > finding.end || finding.end > size)
            std::abort();
    }
    return 0;
}
