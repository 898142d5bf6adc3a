// Catch2 main for the Qt-free core tests.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
