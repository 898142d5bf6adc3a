// Fuzzes the coach file loader: any bytes must be refused with an error or loaded, never crash; what loads must
// analyse a line safely.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "tend/coach/Coach.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    std::string_view json(reinterpret_cast<const char*>(data), size);
    auto coach = tend::coach::CoachContent::parse(json, "fuzz.json");
    if (coach) {
        auto analysis = tend::coach::analyze("You never listen, I'm scared right now. \"so\" 'busy'", *coach);
        if (analysis.hints.size() > 2)
            std::abort();
    }
    return 0;
}
