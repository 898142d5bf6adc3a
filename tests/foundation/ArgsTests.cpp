#include <catch2/catch.hpp>

#include "cli/Args.h"
#include "cli/Commands.h"

using tend::cli::Args;
using tend::cli::GlobalOptions;

TEST_CASE("Args separates options, flags, positionals and globals")
{
    GlobalOptions globals;
    Args::Spec spec{{"--format", "--out"}, {"--json"}};
    auto parsed = Args::parse({"--format", "markdown", "query words", "--json", "--data-dir=/tmp/x", "--out", "f.md"},
                              spec, globals);
    REQUIRE(parsed.ok());
    CHECK(parsed->value("--format") == "markdown");
    CHECK(parsed->value("--out") == "f.md");
    CHECK(parsed->has("--json"));
    CHECK(parsed->positional() == std::vector<std::string>{"query words"});
    CHECK(globals.dataDir == "/tmp/x");
    CHECK_FALSE(parsed->value("--session").has_value());
}

TEST_CASE("Args rejects unknown options and missing values with a sentence")
{
    GlobalOptions globals;
    Args::Spec spec{{"--format"}, {}};
    auto unknown = Args::parse({"--bogus"}, spec, globals);
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().message == "unknown option --bogus");

    auto missing = Args::parse({"--format"}, spec, globals);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message == "option --format needs a value");

    auto flagWithValue = Args::parse({"--demo=yes"}, spec, globals);
    REQUIRE_FALSE(flagWithValue.ok());
}

TEST_CASE("Args treats everything after -- as positional")
{
    GlobalOptions globals;
    auto parsed = Args::parse({"--", "--not-an-option"}, {}, globals);
    REQUIRE(parsed.ok());
    CHECK(parsed->positional() == std::vector<std::string>{"--not-an-option"});
}

TEST_CASE("every registered command can be found by name")
{
    for (const auto& command : tend::cli::commands()) {
        const auto* found = tend::cli::findCommand(command.name);
        REQUIRE(found != nullptr);
        CHECK(found->run != nullptr);
        CHECK_FALSE(command.usage.empty());
    }
    CHECK(tend::cli::findCommand("bogus") == nullptr);
}
