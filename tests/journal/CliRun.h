#pragma once
// Runs one `tend` subcommand in-process, as the binary would, capturing its exit code and both streams.

#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "cli/Commands.h"

namespace tend::journal::testing {

struct CliRun {
    int code = -1;
    std::string out;
    std::string err;
};

/// `words` is the subcommand and its arguments; `contentDir` is passed on when given (demo mode seeds from it).
inline CliRun runCli(const std::filesystem::path& dataDir, std::vector<std::string> words, bool demo = false,
                     const std::filesystem::path& contentDir = {})
{
    const std::string name = words.front();
    words.erase(words.begin());
    std::istringstream in;
    std::ostringstream out;
    std::ostringstream err;
    tend::cli::GlobalOptions globals;
    globals.dataDir = dataDir;
    globals.demo = demo;
    if (!contentDir.empty())
        globals.contentDir = contentDir;
    tend::cli::Invocation call{globals, std::move(words), in, out, err};
    const auto* command = tend::cli::findCommand(name);
    REQUIRE(command);
    CliRun result;
    result.code = command->run(call);
    result.out = out.str();
    result.err = err.str();
    return result;
}

} // namespace tend::journal::testing
