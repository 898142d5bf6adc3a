# Runs tend_check_no_json_in_ui() on small probe projects and fails unless it accepts a UI target whose sources reach
# JSON only through the core's types, and refuses one whose source includes nlohmann/json directly (unless allowed).
# cmake -DHELPERS=<cmake/TendHelpers.cmake> -DWORK=<scratch folder> -P UiJsonCheck.cmake
include("${CMAKE_CURRENT_LIST_DIR}/ConfigureProbe.cmake")

function(probe name include allow expectOk)
    set(dir "${WORK}/${name}")
    file(REMOVE_RECURSE "${dir}")
    file(MAKE_DIRECTORY "${dir}/screens")
    file(WRITE "${dir}/screens/Card.h" "#pragma once\n${include}\nstruct Card {};\n")
    file(WRITE "${dir}/screens/Card.cpp" "#include \"screens/Card.h\"\n")
    file(WRITE "${dir}/CMakeLists.txt"
"cmake_minimum_required(VERSION 3.25)
project(ui_json_probe NONE)
include(\"${HELPERS}\")
add_library(probe_ui INTERFACE screens/Card.cpp screens/Card.h)
set_property(TARGET probe_ui PROPERTY SOURCES screens/Card.cpp screens/Card.h)
tend_check_no_json_in_ui(probe_ui ${allow})
")
    expect_configure(${name} "${dir}" ${expectOk} "includes nlohmann/json directly in: screens/Card.h")
endfunction()

probe(typed "#include \"tend/engine/Answer.h\"" "" TRUE)
probe(direct "#include <nlohmann/json.hpp>" "" FALSE)
probe(quoted "  #  include \"nlohmann/json_fwd.hpp\"" "" FALSE)
probe(allowed "#include <nlohmann/json.hpp>" "ALLOW screens/Card.h" TRUE)
