#pragma once

#include <string>
#include <string_view>

#include "cli/Commands.h"

namespace tend::cli {

/// `tend --help`: usage, the global options, the commands, the environment.
std::string mainHelp();

/// `tend COMMAND --help`: its usage line, summary and every option it accepts.
std::string commandHelp(const Command& command);

/// tend.1 in man(7) format, from the same tables as the two above, so the two cannot drift apart.
/// `date` is the release date (YYYY-MM-DD): a build of the same release always makes the same page.
std::string manPage(std::string_view version, std::string_view date);

} // namespace tend::cli
