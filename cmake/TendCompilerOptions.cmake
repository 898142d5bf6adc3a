# Warning and sanitizer flags shared by every Tend target, applied through tend_warnings.
add_library(tend_warnings INTERFACE)
target_compile_options(tend_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wformat=2 -Wimplicit-fallthrough)
if(TEND_WERROR)
    target_compile_options(tend_warnings INTERFACE -Werror)
endif()

if(TEND_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# Hardening that costs nothing at run time.
add_compile_options(-fstack-protector-strong)
if(NOT TEND_SANITIZE AND NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    add_compile_definitions(_FORTIFY_SOURCE=2)
endif()

# Fuzz builds instrument all code for coverage so libFuzzer can steer into the core's parsers.
if(TEND_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
