# Runs tend_check_core_layers() on small probe projects and fails unless it accepts a module that uses one listed
# before it, and refuses one that uses a module listed after it or a module missing from the list.
# cmake -DHELPERS=<cmake/TendHelpers.cmake> -DWORK=<scratch folder> -P CoreLayersCheck.cmake
include("${CMAKE_CURRENT_LIST_DIR}/ConfigureProbe.cmake")

function(probe name doc deps expectOk expectedText)
    set(dir "${WORK}/${name}")
    file(REMOVE_RECURSE "${dir}")
    file(MAKE_DIRECTORY "${dir}/docs")
    file(WRITE "${dir}/docs/architecture.md" "${doc}")
    file(WRITE "${dir}/CMakeLists.txt"
"cmake_minimum_required(VERSION 3.25)
project(layers_probe NONE)
include(\"${HELPERS}\")
tend_core_module(NAME low)
tend_core_module(NAME high DEPENDS ${deps})
tend_check_core_layers()
")
    expect_configure(${name} "${dir}" ${expectOk} "${expectedText}")
endfunction()

set(head "```\n         └── tend_core (src/core, include/tend)\n")
probe(allowed "${head}               ├── tend_low\n               └── tend_high\n```\n" tend_low TRUE "")
probe(upward "${head}               ├── tend_high\n               └── tend_low\n```\n" tend_low FALSE
      "tend_high depends on tend_low, which docs/architecture.md lists after it")
probe(unlisted "${head}               └── tend_low\n```\n" tend_low FALSE
      "tend_high is not in the core's layer list")
