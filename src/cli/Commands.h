#pragma once

#include <filesystem>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "cli/Args.h"
#include "cli/OptionHelp.h"
#include "tend/report/Report.h"

namespace tend::cli {

/// Exit codes shared by every subcommand.
enum ExitCode : int { kExitOk = 0, kExitFailure = 1, kExitUsage = 2 };

/// What a subcommand gets: the global options, its own words, and where to write.
struct Invocation {
    GlobalOptions globals;
    std::vector<std::string> words; ///< everything after the subcommand name
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
};

using CommandFunction = int (*)(Invocation&);

struct Command {
    std::string_view name;
    std::string_view usage;          ///< e.g. "export [--format json|markdown] [--session ID] [--out FILE]"
    std::string_view summary;        ///< one line for --help
    std::vector<OptionHelp> options; ///< everything it accepts besides the global options
    CommandFunction run;
};

/// Every headless subcommand, in the order --help lists them.
const std::vector<Command>& commands();
const Command* findCommand(std::string_view name);

// One function per subcommand, each in its own file.
int runValidateContent(Invocation& call);
int runAnalyze(Invocation& call);
int runExport(Invocation& call);
int runImport(Invocation& call);
int runSearch(Invocation& call);
int runBackup(Invocation& call);
int runCheck(Invocation& call);
int runReport(Invocation& call);

/// Lays a report out as a PDF file. The command line links no Qt, so the executable hands it the shell's writer
/// (ui/report/PdfReport.h) before running a command; without one, `tend report` says it cannot write PDFs.
using ReportWriter = Result<void> (*)(const report::Document& document, const std::filesystem::path& file);
void setReportWriter(ReportWriter writer);

/// Runs `command`, or prints its help and returns kExitOk when its words ask for --help (or -h).
int runCommand(const Command& command, Invocation& call);

/// What `command` accepts, read from its option rows.
Args::Spec specFor(const Command& command);

/// Parses `call.words` against the named command's options; on a usage error prints it and the usage line,
/// and the command returns kExitUsage.
Result<Args> parseOrExplain(Invocation& call, std::string_view commandName);

} // namespace tend::cli
