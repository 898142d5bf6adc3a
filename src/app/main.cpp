// Tend's entry point: headless subcommands run without any QApplication; otherwise the window opens.
#include <cstdio>
#include <iostream>

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>

#include "cli/Commands.h"
#include "tend/common/Log.h"
#include "tend/common/Paths.h"
#include "tend/common/Version.h"
#include "tend/crypto/ProcessHygiene.h"
#include "tend/journal/SingleInstance.h"
#include "ui/FirstFrameProbe.h"
#include "ui/MainWindow.h"
#include "ui/QtLogBridge.h"
#include "ui/app/AppContext.h"

namespace {

bool takesValue(const QString& option)
{
    return option == QLatin1String("--data-dir") || option == QLatin1String("--content-dir");
}

// Index of the first positional word (the subcommand), or -1.
int findSubcommand(const QStringList& args)
{
    for (int i = 1; i < args.size(); ++i) {
        const QString& word = args.at(i);
        if (word == QLatin1String("--"))
            return i + 1 < args.size() ? i + 1 : -1;
        if (takesValue(word)) {
            ++i;
            continue;
        }
        if (!word.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

void printHelp(const QCommandLineParser& parser)
{
    std::string text = "Usage: tend [options] [command [command options]]\n\n"
                       "Tend guides couples through repairing a rupture, one step at a time.\n"
                       "With no command it opens the app window.\n\n";
    // helpText() begins with its own usage line built from the binary path; keep only the option table.
    const QString options = parser.helpText();
    const qsizetype start = options.indexOf(QLatin1String("Options:"));
    text += (start >= 0 ? options.mid(start) : options).toStdString();
    text += "\nCommands (run without a display):\n";
    for (const auto& command : tend::cli::commands()) {
        std::string usage(command.usage);
        text += "  " + usage + std::string(usage.size() < 58 ? 60 - usage.size() : 2, ' ') +
                std::string(command.summary) + "\n";
    }
    text += "\nEnvironment: TEND_DATA_DIR sets the data folder; TEND_CONTENT_DIR the content folder.\n";
    std::cout << text;
}

std::filesystem::path defaultDataDir()
{
    if (!qEnvironmentVariableIsEmpty("TEND_DATA_DIR"))
        return qEnvironmentVariable("TEND_DATA_DIR").toStdString();
    const QString location = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return location.isEmpty() ? tend::paths::defaultDataDir() : std::filesystem::path(location.toStdString());
}

bool displayAvailable()
{
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

} // namespace

int main(int argc, char* argv[])
{
    // A core dump would carry whatever intimate text or key was in memory; never write one.
    (void)tend::crypto::disableCoreDumps();
    QCoreApplication::setApplicationName(QStringLiteral("Tend"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tend"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(tend::kVersion));

    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);

    const int commandIndex = findSubcommand(args);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tend"));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help and exit."));
    const QCommandLineOption versionOption(QStringLiteral("version"), QStringLiteral("Print the version and exit."));
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"), QStringLiteral("Keep the journal and settings in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption contentDirOption(
        QStringLiteral("content-dir"), QStringLiteral("Read programs and practices from DIR."), QStringLiteral("DIR"));
    const QCommandLineOption verboseOption(QStringLiteral("verbose"), QStringLiteral("Log debug detail to stderr."));
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QStringLiteral("Use a sample journal in memory; write nothing to disk."));
    parser.addOptions({helpOption, versionOption, dataDirOption, contentDirOption, verboseOption, demoOption});

    const QStringList globalWords = commandIndex < 0 ? args : args.mid(0, commandIndex);
    if (!parser.parse(globalWords)) {
        std::cerr << "tend: " << parser.errorText().toStdString() << "\nTry 'tend --help'.\n";
        return tend::cli::kExitUsage;
    }
    if (parser.isSet(helpOption)) {
        printHelp(parser);
        return tend::cli::kExitOk;
    }
    if (parser.isSet(versionOption)) {
        std::cout << "Tend " << tend::kVersion << '\n';
        return tend::cli::kExitOk;
    }

    tend::cli::GlobalOptions globals;
    globals.verbose = parser.isSet(verboseOption);
    globals.demo = parser.isSet(demoOption);
    globals.dataDir = parser.isSet(dataDirOption) ? std::filesystem::path(parser.value(dataDirOption).toStdString())
                                                  : defaultDataDir();
    globals.contentDir = parser.isSet(contentDirOption)
                             ? std::filesystem::path(parser.value(contentDirOption).toStdString())
                             : tend::paths::defaultContentDir(argv[0]);

    if (commandIndex >= 0) {
        const std::string name = args.at(commandIndex).toStdString();
        const tend::cli::Command* command = tend::cli::findCommand(name);
        if (!command) {
            std::cerr << "tend: unknown command '" << name << "'\nTry 'tend --help'.\n";
            return tend::cli::kExitUsage;
        }
        std::vector<std::string> words;
        for (int i = commandIndex + 1; i < args.size(); ++i)
            words.push_back(args.at(i).toStdString());
        tend::log::initialize({globals.demo ? std::filesystem::path() : globals.dataDir / "logs", globals.verbose});
        tend::cli::Invocation call{globals, std::move(words), std::cin, std::cout, std::cerr};
        const int code = command->run(call);
        tend::log::shutdown();
        return code;
    }

    if (!displayAvailable()) {
        std::cerr << "tend: no display found.\n"
                     "  To open the window without a screen, run it under a virtual display:\n"
                     "      xvfb-run -a build/bin/tend\n"
                     "  or render off-screen:\n"
                     "      QT_QPA_PLATFORM=offscreen build/bin/tend\n"
                     "  The headless commands (see 'tend --help') need no display.\n";
        return tend::cli::kExitFailure;
    }

    QApplication app(argc, argv);
    tend::log::initialize({globals.demo ? std::filesystem::path() : globals.dataDir / "logs", globals.verbose});
    tend::ui::installQtMessageBridge();

    // One Tend per data folder: a second launch raises the first window and leaves. The claim is a
    // kernel lock plus a socket (no network), cheap enough to take before the first frame.
    tend::ui::AppOptions options;
    options.dataDir = globals.dataDir;
    options.contentDir = globals.contentDir;
    options.demo = globals.demo;
    if (!globals.demo && tend::paths::ensurePrivateDirectory(globals.dataDir)) {
        if (auto claim = tend::journal::SingleInstance::claim(globals.dataDir); claim) {
            if (!(*claim)->isPrimary() && (*claim)->notifyRunning()) {
                std::cerr << "tend: already open for this data folder; brought it to the front.\n";
                tend::log::shutdown();
                return tend::cli::kExitOk;
            }
            // Held by something that has no window to raise (a command-line import): the window opens and says
            // so on its own screen, with "Try again" (the journal then reports InUse).
            options.instance = std::move(claim.value());
        }
    }

    tend::ui::AppContext context(options);
    tend::ui::MainWindow window(&context);
    if (tend::ui::FirstFrameProbe::requested())
        new tend::ui::FirstFrameProbe(&window);
    window.show();
    const int code = QApplication::exec();
    tend::log::shutdown();
    return code;
}
