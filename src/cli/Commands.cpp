#include "cli/Commands.h"

#include <ostream>

namespace tend::cli {

const std::vector<Command>& commands()
{
    static const std::vector<Command> all = {
        {"validate-content", "validate-content [DIR|FILE ...]", "Check content files and report every problem",
         runValidateContent},
        {"analyze", "analyze [--locale en]", "Read one text per line on stdin, print the coach's notes as JSON lines",
         runAnalyze},
        {"export",
         "export [--format json|markdown] [--session ID] [--out FILE] [--passphrase-file FILE "
         "(--encrypt | --plain)]",
         "Write the journal out", runExport},
        {"import", "import FILE [--merge] [--passphrase-file FILE [--plain]]",
         "Read a journal export (a file, pipe or FIFO) into this journal", runImport},
        {"search", "search QUERY [--json]", "Search the journal", runSearch},
        {"backup", "backup", "Make a verified backup of the journal now", runBackup},
        {"check", "check [--passphrase-file FILE]",
         "Check the journal's integrity (with the passphrase: every encrypted value too)", runCheck},
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

Result<Args> parseOrExplain(Invocation& call, std::string_view commandName, const Args::Spec& spec)
{
    auto parsed = Args::parse(call.words, spec, call.globals);
    if (!parsed) {
        call.err << "tend " << commandName << ": " << parsed.error().message << '\n';
        if (const Command* command = findCommand(commandName))
            call.err << "usage: tend " << command->usage << '\n';
    }
    return parsed;
}

} // namespace tend::cli
