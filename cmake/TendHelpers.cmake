# tend_core_module(NAME <name> [SOURCES ...] [DEPENDS ...])
# Declares one module of the Qt-free core as static library tend_<name>. A module
# without sources yet becomes an INTERFACE library so the tree always configures.
function(tend_core_module)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;DEPENDS" ${ARGN})
    set(target tend_${ARG_NAME})
    if(ARG_SOURCES)
        add_library(${target} STATIC ${ARG_SOURCES})
        target_include_directories(${target} PUBLIC
            "${PROJECT_SOURCE_DIR}/include" "${CMAKE_BINARY_DIR}/generated")
        target_link_libraries(${target} PUBLIC ${ARG_DEPENDS} PRIVATE tend_warnings)
    else()
        add_library(${target} INTERFACE)
        target_include_directories(${target} INTERFACE
            "${PROJECT_SOURCE_DIR}/include" "${CMAKE_BINARY_DIR}/generated")
        target_link_libraries(${target} INTERFACE ${ARG_DEPENDS})
    endif()
    tend_assert_no_qt(${target})
    set_property(GLOBAL APPEND PROPERTY TEND_CORE_MODULES ${target})
endfunction()

# The core's layers are written down once, in docs/architecture.md: the tree under "tend_core (src/core" lists the
# modules from the foundation up. A module may use only modules listed before it; the configure fails otherwise, and
# when a module is missing from the list, so the picture in the docs cannot drift from the build.
function(tend_check_core_layers)
    file(STRINGS "${PROJECT_SOURCE_DIR}/docs/architecture.md" lines ENCODING UTF-8)
    set(inCore OFF)
    set(order "")
    foreach(line IN LISTS lines)
        if(line MATCHES "tend_core \\(src/core")
            set(inCore ON)
        elseif(inCore AND line MATCHES "^```")
            break()
        elseif(inCore AND line MATCHES "── (tend_[a-z_]+)")
            list(APPEND order ${CMAKE_MATCH_1})
        endif()
    endforeach()
    get_property(modules GLOBAL PROPERTY TEND_CORE_MODULES)
    foreach(module IN LISTS modules)
        list(FIND order ${module} level)
        if(level EQUAL -1)
            message(FATAL_ERROR "${module} is not in the core's layer list in docs/architecture.md; add it there")
        endif()
        tend_linked_libraries(${module} deps)
        foreach(dep IN LISTS deps)
            list(FIND modules ${dep} isModule)
            if(isModule EQUAL -1)
                continue()
            endif()
            list(FIND order ${dep} depLevel)
            if(NOT depLevel LESS level)
                message(FATAL_ERROR "${module} depends on ${dep}, which docs/architecture.md lists after it "
                                    "(a module may use only the modules listed before it)")
            endif()
        endforeach()
    endforeach()
endfunction()

# What `target` links, whether it is a compiled or an INTERFACE library.
function(tend_linked_libraries target outVar)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "INTERFACE_LIBRARY")
        get_target_property(libs ${target} INTERFACE_LINK_LIBRARIES)
    else()
        get_target_property(libs ${target} LINK_LIBRARIES)
    endif()
    set(${outVar} "${libs}" PARENT_SCOPE)
endfunction()

# The core must never link Qt: fail at configure time if any Qt target sneaks in.
function(tend_assert_no_qt target)
    tend_linked_libraries(${target} libs)
    foreach(lib IN LISTS libs)
        if(lib MATCHES "^Qt[56]?::" OR lib MATCHES "tend_ui")
            message(FATAL_ERROR "${target} is part of the Qt-free core but links ${lib}")
        endif()
    endforeach()
endfunction()

# tend_add_test(NAME <exe> SOURCES ... LIBS ... [UI])
# Builds a Catch2 test executable in build/bin and registers each TEST_CASE with CTest.
function(tend_add_test)
    cmake_parse_arguments(ARG "UI" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    if(ARG_UI)
        target_link_libraries(${ARG_NAME} PRIVATE tend_ui_test_main ${ARG_LIBS} tend_warnings)
    else()
        target_link_libraries(${ARG_NAME} PRIVATE tend_test_main ${ARG_LIBS} tend_warnings)
    endif()
    target_compile_definitions(${ARG_NAME} PRIVATE
        TEND_SOURCE_DIR="${PROJECT_SOURCE_DIR}" TEND_BINARY_DIR="${CMAKE_BINARY_DIR}")
    # Each TEST_CASE runs as its own CTest test, selected by name. --warn NoTests makes a name that selects nothing
    # a failure rather than a silent pass (a ';' in a test's name once cut it short and hid 22 tests from CTest;
    # the foundation tests refuse such names).
    catch_discover_tests(${ARG_NAME}
        TEST_PREFIX "${ARG_NAME}:"
        EXTRA_ARGS --warn NoTests
        PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen;TEND_SOURCE_DIR=${PROJECT_SOURCE_DIR}")
endfunction()

# The Qt layer presents typed models from the core; it never reads JSON itself. Fails the configure when a source of
# `target` includes nlohmann/json directly. `ALLOW` names files (relative to the target's folder) still being moved
# over; each must say why in the caller, and the list only shrinks.
function(tend_check_no_json_in_ui target)
    cmake_parse_arguments(ARG "" "" "ALLOW" ${ARGN})
    get_target_property(sources ${target} SOURCES)
    get_target_property(dir ${target} SOURCE_DIR)
    set(offenders "")
    foreach(source IN LISTS sources)
        if(IS_ABSOLUTE "${source}")
            set(file "${source}")
        else()
            set(file "${dir}/${source}")
        endif()
        if(NOT EXISTS "${file}" OR IS_DIRECTORY "${file}")
            continue()
        endif()
        file(RELATIVE_PATH relative "${dir}" "${file}")
        if(relative IN_LIST ARG_ALLOW)
            continue()
        endif()
        file(STRINGS "${file}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]nlohmann/")
        if(lines)
            list(APPEND offenders "${relative}")
        endif()
    endforeach()
    if(offenders)
        list(JOIN offenders ", " named)
        message(FATAL_ERROR "${target} includes nlohmann/json directly in: ${named}. The Qt layer reads typed models "
                            "from the core (content::Card, engine::Answer...), not JSON")
    endif()
endfunction()
