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

TEST_CASE("the log folder is the owner's alone (0700) and log files are 0600, also after rotation")
{
    const fs::path dir = fs::temp_directory_path() / ("tend-log-perms-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    // A folder and a file left readable by an older version are tightened too.
    fs::create_directories(dir);
    fs::permissions(dir, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec | fs::perms::others_read |
                             fs::perms::others_exec);
    {
        std::ofstream(dir / "tend.log") << "old line\n";
    }
    fs::permissions(dir / "tend.log",
                    fs::perms::owner_read | fs::perms::owner_write | fs::perms::group_read | fs::perms::others_read);

    tend::log::initialize({dir, false});
    auto logger = tend::log::get("journal");
    CHECK((fs::status(dir).permissions() & fs::perms::all) == fs::perms::owner_all);
    CHECK((fs::status(dir / "tend.log").permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));

    // Past 1 MiB the file rotates; the new file and the rotated one stay owner-only.
    const std::string line(400, 'x');
    for (int i = 0; i < 3000; ++i)
        logger->info("{} {}", i, line);
    logger->flush();
    tend::log::shutdown();
    REQUIRE(fs::exists(dir / "tend.1.log"));
    for (const auto& entry : fs::directory_iterator(dir)) {
        INFO(entry.path().string());
        CHECK((entry.status().permissions() & fs::perms::all) == (fs::perms::owner_read | fs::perms::owner_write));
    }
    fs::remove_all(dir);
}

TEST_CASE("the file takes info and above by default, and debug lines only when verbose was asked for")
{
    const fs::path dir = fs::temp_directory_path() / ("tend-log-level-" + std::to_string(::getpid()));
    auto readLog = [&dir] {
        std::ifstream in(dir / "tend.log");
        std::stringstream text;
        text << in.rdbuf();
        return text.str();
    };
    fs::remove_all(dir);
    tend::log::initialize({dir, false});
    CHECK_FALSE(tend::log::verbose());
    tend::log::get("engine")->debug("detail line");
    tend::log::get("engine")->info("ordinary line");
    tend::log::shutdown();
    CHECK(readLog().find("ordinary line") != std::string::npos);
    CHECK(readLog().find("detail line") == std::string::npos);

    fs::remove_all(dir);
    tend::log::get("engine"); // created before initialisation, as at start-up
    tend::log::initialize({dir, true});
    CHECK(tend::log::verbose());
    tend::log::get("engine")->debug("detail line");
    tend::log::shutdown();
    CHECK(readLog().find("detail line") != std::string::npos);
    fs::remove_all(dir);
}
