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
endfunction()

# The core must never link Qt: fail at configure time if any Qt target sneaks in.
function(tend_assert_no_qt target)
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "INTERFACE_LIBRARY")
        get_target_property(libs ${target} INTERFACE_LINK_LIBRARIES)
    else()
        get_target_property(libs ${target} LINK_LIBRARIES)
    endif()
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
