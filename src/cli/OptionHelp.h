#pragma once

#include <string_view>
#include <vector>

namespace tend::cli {

/// One option as --help and the man page describe it. The same rows declare what a command accepts,
/// so an option cannot be accepted without being listed (or listed without being accepted).
struct OptionHelp {
    std::string_view name;       ///< "--format"
    std::string_view value;      ///< "FORMAT" for an option that takes a value; empty for a switch
    std::string_view help;       ///< one sentence
    std::string_view alias = {}; ///< a one-letter spelling ("-h"), if any
};

/// The options of `tend` itself, accepted before any command; --data-dir, --content-dir, --verbose and --demo
/// after it too.
const std::vector<OptionHelp>& globalOptions();

} // namespace tend::cli
