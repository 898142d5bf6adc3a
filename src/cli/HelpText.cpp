#include "cli/HelpText.h"

namespace tend::cli {
namespace {

constexpr std::string_view kEnvironment = "TEND_DATA_DIR sets the data folder; TEND_CONTENT_DIR the content folder.";

// "  -h, --help DIR" padded to a column, then the sentence.
std::string optionLine(const OptionHelp& option)
{
    std::string left = "  ";
    left += option.alias.empty() ? std::string("    ") : std::string(option.alias) + ", ";
    left += option.name;
    if (!option.value.empty())
        left += " " + std::string(option.value);
    constexpr std::size_t kColumn = 30;
    left += left.size() < kColumn ? std::string(kColumn - left.size(), ' ') : std::string("  ");
    return left + std::string(option.help) + "\n";
}

// man(7) wants its hyphens escaped, or they may be typeset as Unicode hyphens and not be searchable.
std::string roff(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (c == '-' || c == '\\')
            out += '\\';
        out += c;
    }
    if (!out.empty() && (out.front() == '.' || out.front() == '\''))
        out.insert(0, "\\&");
    return out;
}

std::string manOption(const OptionHelp& option)
{
    std::string text = ".TP\n";
    if (!option.alias.empty())
        text += "\\fB" + roff(option.alias) + "\\fR, ";
    text += "\\fB" + roff(option.name) + "\\fR";
    if (!option.value.empty())
        text += " \\fI" + roff(option.value) + "\\fR";
    return text + "\n" + roff(option.help) + "\n";
}

} // namespace

std::string mainHelp()
{
    std::string text = "Usage: tend [options] [command [command options]]\n\n"
                       "Tend guides couples through repairing a rupture, one step at a time.\n"
                       "With no command it opens the app window.\n\nOptions:\n";
    for (const OptionHelp& option : globalOptions())
        text += optionLine(option);
    text += "\nCommands (run without a display; 'tend COMMAND --help' lists each one's options):\n";
    for (const Command& command : commands()) {
        std::string usage(command.usage);
        text += "  " + usage + std::string(usage.size() < 58 ? 60 - usage.size() : 2, ' ') +
                std::string(command.summary) + "\n";
    }
    text += "\nEnvironment: " + std::string(kEnvironment) + "\n";
    return text;
}

std::string commandHelp(const Command& command)
{
    std::string text =
        "Usage: tend [options] " + std::string(command.usage) + "\n\n" + std::string(command.summary) + ".\n";
    if (!command.options.empty()) {
        text += "\nOptions:\n";
        for (const OptionHelp& option : command.options)
            text += optionLine(option);
    }
    text += "\nThe global options (--data-dir, --content-dir, --verbose, --demo) work here too; see 'tend --help'.\n";
    return text;
}

std::string manPage(std::string_view version, std::string_view date)
{
    std::string text = ".TH TEND 1 \"" + std::string(date) + "\" \"Tend " + std::string(version) +
                       "\" \"User Commands\"\n"
                       ".SH NAME\n"
                       "tend \\- guided rupture\\-to\\-repair practice for couples\n"
                       ".SH SYNOPSIS\n"
                       ".B tend\n"
                       "[\\fIoptions\\fR]\n"
                       ".br\n"
                       ".B tend\n"
                       "[\\fIoptions\\fR] \\fIcommand\\fR [\\fIcommand options\\fR]\n"
                       ".SH DESCRIPTION\n"
                       "Tend is a calm desktop companion for couples repairing a rupture \\(em a fight, a "
                       "misattunement, a hurt \\(em one step at a time. With no command it opens the app window. "
                       "The commands below run without a display. Everything stays on this computer: Tend has no "
                       "network code.\n"
                       ".PP\n"
                       "Self\\-help practice, not therapy.\n"
                       ".SH OPTIONS\n";
    for (const OptionHelp& option : globalOptions())
        text += manOption(option);
    text += ".SH COMMANDS\n";
    for (const Command& command : commands()) {
        text += ".SS \"tend " + roff(command.usage) + "\"\n" + roff(command.summary) + ".\n";
        if (!command.options.empty()) {
            text += ".RS\n";
            for (const OptionHelp& option : command.options)
                text += manOption(option);
            text += ".RE\n";
        }
    }
    text += ".SH EXIT STATUS\n"
            "0 on success, 1 on a failure (with a sentence on standard error), 2 on a usage error.\n"
            ".SH ENVIRONMENT\n" +
            roff(kEnvironment) +
            "\n"
            ".SH FILES\n"
            ".TP\n"
            ".I ~/.local/share/Tend\n"
            "The journal, settings and logs (or \\fI$XDG_DATA_HOME/Tend\\fR).\n"
            ".TP\n"
            ".I /usr/share/tend/content\n"
            "Programs, practices and the coach's word lists, found relative to the binary "
            "(\\fI../share/tend/content\\fR).\n"
            ".SH SEE ALSO\n"
            "The user guide: \\fI/usr/share/doc/tend\\fR.\n";
    return text;
}

} // namespace tend::cli
