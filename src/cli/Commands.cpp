#include "cli/Commands.h"

#include <ostream>

#include "cli/HelpText.h"

namespace tend::cli {
namespace {

constexpr OptionHelp kPassphraseFile{"--passphrase-file", "FILE",
                                     "Read the journal's passphrase from FILE (never from the command line)."};
constexpr OptionHelp kViewer{"--viewer", "ID", "Show only what partner ID may see (their own and shared answers)."};
constexpr OptionHelp kSession{"--session", "ID", "Only the repair session ID."};

bool asksForHelp(const std::vector<std::string>& words)
{
    for (const std::string& word : words) {
        if (word == "--")
            return false;
        if (word == "--help" || word == "-h")
            return true;
    }
    return false;
}

} // namespace

const std::vector<OptionHelp>& globalOptions()
{
    static const std::vector<OptionHelp> all = {
        {"--help", "", "Show this help and exit (after a command: that command's help).", "-h"},
        {"--version", "", "Print the version and exit."},
        {"--data-dir", "DIR", "Keep the journal and settings in DIR."},
        {"--content-dir", "DIR", "Read programs and practices from DIR."},
        {"--verbose", "", "Log debug detail too (off by default; said on screen while on)."},
        {"--demo", "", "Use a sample journal in memory; write nothing to disk."},
        {"--new-repair", "", "Open the window where a new repair starts, not where you left off."},
        {"--locale", "LANG", "Use LANG (en, es, de) for the window and the content, whatever the setting says."},
    };
    return all;
}

const std::vector<Command>& commands()
{
    static const std::vector<Command> all = {
        {"validate-content",
         "validate-content [DIR|FILE ...]",
         "Check content files and report every problem (with --locale: also that the language can be chosen)",
         {},
         runValidateContent},
        {"analyze",
         "analyze [--locale en]",
         "Read one text per line on stdin, print the coach's notes as JSON lines",
         {{"--locale", "LOCALE", "Use the coach's word lists for LOCALE (default: en)."}},
         runAnalyze},
        {"export",
         "export [--format json|markdown] [--session ID] [--from DATE] [--to DATE] [--out FILE] "
         "[--passphrase-file FILE (--encrypt | --plain)]",
         "Write the journal out",
         {{"--format", "FORMAT", "json (default) or markdown."},
          kSession,
          {"--from", "DATE", "Only repairs started at or after DATE (ISO-8601, UTC)."},
          {"--to", "DATE", "Only repairs started before DATE (ISO-8601, UTC)."},
          {"--out", "FILE", "Write to FILE instead of standard output, atomically."},
          kViewer,
          kPassphraseFile,
          {"--encrypt", "", "Encrypt the export with the passphrase (needs --passphrase-file and --out)."},
          {"--plain", "", "Export a protected journal in clear text, knowingly."},
          {"--salvage", "", "Read what can still be read from a damaged journal file, without changing it."}},
         runExport},
        {"import",
         "import FILE [--merge] [--passphrase-file FILE [--plain]]",
         "Read a journal export (a file, pipe or FIFO) into this journal",
         {{"--merge", "", "Keep rows that are already here instead of refusing the whole import."},
          kPassphraseFile,
          {"--plain", "", "Import into a journal that is not protected although a passphrase file is given."}},
         runImport},
        {"search",
         "search QUERY [--json]",
         "Search the journal",
         {{"--json", "", "Print the hits as a JSON array."},
          kViewer,
          {"--partner", "ID", "Only entries written by partner ID (an empty ID: joint entries)."},
          {"--step", "STEP", "Only entries from the step STEP."},
          {"--from", "DATE", "Only entries written at or after DATE (ISO-8601, UTC)."},
          {"--to", "DATE", "Only entries written before DATE (ISO-8601, UTC)."},
          kSession,
          {"--limit", "N", "At most N hits (default: 50)."},
          kPassphraseFile},
         runSearch},
        {"report",
         "report --out FILE.pdf [--from DATE] [--to DATE] [--partner NAME | --couple] [--agreed NAME,...]",
         "Write a PDF report for a therapist, with each partner's agreement",
         {{"--out", "FILE", "Write the PDF to FILE (readable by you only)."},
          {"--from", "DATE", "From this day (2026-03-01), inclusive; default: the first repair."},
          {"--to", "DATE", "Up to and including this day; default: today."},
          {"--partner", "NAME", "Only this partner's own answers (nothing written together)."},
          {"--couple", "", "Both partners' shared answers (the default)."},
          {"--agreed", "NAMES", "Partners (comma-separated) who have agreed elsewhere; the rest are asked."},
          kPassphraseFile},
         runReport},
        {"backup", "backup", "Make a verified backup of the journal now", {kPassphraseFile}, runBackup},
        {"check",
         "check [--passphrase-file FILE]",
         "Check the journal's integrity (with the passphrase: every encrypted value too)",
         {kPassphraseFile},
         runCheck},
    };
    return all;
}

const Command* findCommand(std::string_view name)
{
    for (const Command& command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

int runCommand(const Command& command, Invocation& call)
{
    if (asksForHelp(call.words)) {
        call.out << commandHelp(command);
        return kExitOk;
    }
    return command.run(call);
}

Args::Spec specFor(const Command& command)
{
    Args::Spec spec;
    for (const OptionHelp& option : command.options)
        (option.value.empty() ? spec.flags : spec.valueOptions).insert(std::string(option.name));
    return spec;
}

Result<Args> parseOrExplain(Invocation& call, std::string_view commandName)
{
    const Command* command = findCommand(commandName);
    auto parsed = Args::parse(call.words, command ? specFor(*command) : Args::Spec{}, call.globals);
    if (!parsed) {
        call.err << "tend " << commandName << ": " << parsed.error().message << '\n';
        if (command)
            call.err << "usage: tend " << command->usage << "\nTry 'tend " << commandName << " --help'.\n";
    }
    return parsed;
}

} // namespace tend::cli
