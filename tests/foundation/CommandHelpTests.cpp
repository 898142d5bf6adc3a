// Every command explains itself, and what --help, `tend COMMAND --help` and the man page list is exactly what
// the parser accepts: they are all read from one table (cli/Commands.cpp).
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <sstream>
#include <string>
#include <sys/wait.h>

#include "cli/Commands.h"
#include "cli/HelpText.h"

using namespace tend::cli;

namespace {

struct Outcome {
    int exitCode;
    std::string output;
};

Outcome runTend(const std::string& arguments)
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

bool mentions(const std::string& text, std::string_view word)
{
    return text.find(word) != std::string::npos;
}

} // namespace

TEST_CASE("every subcommand answers --help with exit 0 and lists every option it accepts")
{
    for (const Command& command : commands()) {
        const std::string name(command.name);
        INFO("tend " << name << " --help");
        const Outcome outcome = runTend(name + " --help");
        CHECK(outcome.exitCode == 0);
        CHECK(mentions(outcome.output, "Usage: tend [options] " + std::string(command.usage)));
        for (const OptionHelp& option : command.options) {
            INFO(option.name);
            CHECK(mentions(outcome.output, option.name));
        }
        // -h works the same, and after other words too (global options stay where they were).
        CHECK(runTend("--demo " + name + " -h").exitCode == 0);
    }
}

TEST_CASE("tend export --help is help, not an unknown option")
{
    const Outcome outcome = runTend("export --help");
    CHECK(outcome.exitCode == 0);
    CHECK_FALSE(mentions(outcome.output, "unknown option"));
    CHECK(mentions(outcome.output, "--viewer ID"));
}

TEST_CASE("a command accepts exactly the options its help lists")
{
    for (const Command& command : commands()) {
        const Args::Spec spec = specFor(command);
        CHECK(spec.flags.size() + spec.valueOptions.size() == command.options.size());
        for (const OptionHelp& option : command.options) {
            INFO(command.name << ' ' << option.name);
            GlobalOptions globals;
            std::vector<std::string> words{std::string(option.name)};
            if (!option.value.empty())
                words.emplace_back("x");
            CHECK(Args::parse(words, spec, globals).ok());
            // A switch given a value, or an option left without one, is a usage error: the table's kind is real.
            if (option.value.empty())
                CHECK_FALSE(Args::parse({std::string(option.name) + "=x"}, spec, globals).ok());
            else
                CHECK_FALSE(Args::parse({std::string(option.name)}, spec, globals).ok());
        }
        GlobalOptions globals;
        CHECK_FALSE(Args::parse({"--not-listed-anywhere"}, spec, globals).ok());
    }
}

TEST_CASE("a usage error names the command's help")
{
    const Outcome outcome = runTend("search --bogus words");
    CHECK(outcome.exitCode == 2);
    CHECK(mentions(outcome.output, "unknown option --bogus"));
    CHECK(mentions(outcome.output, "Try 'tend search --help'"));
}

TEST_CASE("the man page and tend --help list the same options and commands")
{
    const std::string help = mainHelp();
    const std::string man = manPage("1.2.3", "2026-01-02");
    CHECK(mentions(man, ".TH TEND 1 \"2026-01-02\" \"Tend 1.2.3\""));
    // In roff a '-' is escaped, so compare each name as the page writes it.
    const auto roff = [](std::string_view text) {
        std::string out;
        for (char c : text)
            out += c == '-' ? std::string("\\-") : std::string(1, c);
        return out;
    };
    for (const OptionHelp& option : globalOptions()) {
        INFO(option.name);
        CHECK(mentions(help, option.name));
        CHECK(mentions(man, "\\fB" + roff(option.name) + "\\fR"));
    }
    for (const Command& command : commands()) {
        INFO(command.name);
        CHECK(mentions(help, command.usage));
        CHECK(mentions(man, ".SS \"tend " + roff(command.usage) + "\""));
        for (const OptionHelp& option : command.options)
            CHECK(mentions(man, "\\fB" + roff(option.name) + "\\fR"));
    }
}

TEST_CASE("the global options the table lists are the ones a command line accepts")
{
    const Outcome help = runTend("--help");
    REQUIRE(help.exitCode == 0);
    CHECK(help.output == mainHelp());
    for (const OptionHelp& option : globalOptions()) {
        INFO(option.name);
        // Each one parses before a command ("--version" and "--help" answer and leave; the rest go on to run it).
        const std::string value = option.value.empty() ? "" : std::string(option.name) == "--locale" ? " es" : " /tmp";
        const Outcome outcome = runTend(std::string(option.name) + value + " validate-content --help");
        CHECK(outcome.exitCode == 0);
    }
}
