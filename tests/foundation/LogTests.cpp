#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tend/common/Log.h"

namespace fs = std::filesystem;

TEST_CASE("module loggers write to the rotating file in the given folder")
{
    const fs::path dir = fs::temp_directory_path() / ("tend-log-test-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    tend::log::initialize({dir, false});
    auto journal = tend::log::get("journal");
    CHECK(journal == tend::log::get("journal"));
    journal->info("opened journal with {} sessions", 3);
    journal->flush();
    tend::log::shutdown();

    std::ifstream in(dir / "tend.log");
    std::stringstream text;
    text << in.rdbuf();
    CHECK(text.str().find("[journal]") != std::string::npos);
    CHECK(text.str().find("opened journal with 3 sessions") != std::string::npos);
    fs::remove_all(dir);
}

TEST_CASE("without a folder nothing is written to disk")
{
    const fs::path dir = fs::temp_directory_path() / ("tend-log-none-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    tend::log::initialize({fs::path(), false});
    tend::log::get("engine")->info("demo line");
    tend::log::shutdown();
    CHECK_FALSE(fs::exists(dir));
}
