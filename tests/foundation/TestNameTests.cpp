// CTest runs each Catch2 test case by name. A ';' in a name is a list separator to CMake: the name is cut there,
// selects no test, and the case silently never runs. Keep every name free of it.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

TEST_CASE("no test case name holds a semicolon, so CTest runs every one of them")
{
    const std::filesystem::path root = std::filesystem::path(TEND_SOURCE_DIR) / "tests";
    REQUIRE(std::filesystem::is_directory(root));
    const std::regex name(R"(TEST_CASE\(\s*"([^"]*)\")");
    int cases = 0;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        if (entry.path().extension() != ".cpp")
            continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        const std::string source = text.str();
        for (auto it = std::sregex_iterator(source.begin(), source.end(), name); it != std::sregex_iterator(); ++it) {
            ++cases;
            INFO(entry.path().filename().string() << ": " << (*it)[1].str());
            CHECK((*it)[1].str().find(';') == std::string::npos);
        }
    }
    CHECK(cases > 100);
}
