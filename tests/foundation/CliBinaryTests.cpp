// Runs the real tend binary the way a user or script would.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <string>
#include <sys/wait.h>

namespace {
struct Outcome {
    int exitCode;
    std::string output;
};

Outcome run(const std::string& arguments)
{
    const std::string command = "env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM TEND_DATA_DIR=$(mktemp -d) " +
                                std::string(TEND_BINARY) + " " + arguments + " 2>&1";
    Outcome outcome{-1, {}};
    FILE* pipe = popen(command.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buffer{};
    while (std::size_t n = fread(buffer.data(), 1, buffer.size(), pipe))
        outcome.output.append(buffer.data(), n);
    const int status = pclose(pipe);
    outcome.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return outcome;
}
} // namespace

TEST_CASE("tend --version prints the version")
{
    auto outcome = run("--version");
    CHECK(outcome.exitCode == 0);
    CHECK(outcome.output.rfind("Tend ", 0) == 0);
}

TEST_CASE("tend --help lists the options and the commands")
{
    auto outcome = run("--help");
    CHECK(outcome.exitCode == 0);
    CHECK(outcome.output.find("--data-dir") != std::string::npos);
    CHECK(outcome.output.find("--content-dir") != std::string::npos);
    CHECK(outcome.output.find("validate-content") != std::string::npos);
}

TEST_CASE("unknown commands and options exit 2 with usage")
{
    auto bogus = run("bogus");
    CHECK(bogus.exitCode == 2);
    CHECK(bogus.output.find("unknown command 'bogus'") != std::string::npos);

    auto badOption = run("--no-such-option");
    CHECK(badOption.exitCode == 2);
    CHECK(badOption.output.find("Try 'tend --help'") != std::string::npos);
}

TEST_CASE("without a display the app explains how to run instead of crashing")
{
    auto outcome = run("");
    CHECK(outcome.exitCode == 1);
    CHECK(outcome.output.find("xvfb-run") != std::string::npos);
    CHECK(outcome.output.find("QT_QPA_PLATFORM=offscreen") != std::string::npos);
}
