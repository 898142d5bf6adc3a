// Tend's entry point: headless subcommands run without any QApplication; otherwise the window opens.
#include <cstdio>
#include <iostream>

#include <QApplication>
#include <QCommandLineParser>
#include <QStandardPaths>

#include "cli/Commands.h"
#include "cli/HelpText.h"
#include "tend/common/Log.h"
#include "tend/common/Paths.h"
#include "tend/common/Version.h"
#include "tend/crypto/ProcessHygiene.h"
#include "tend/journal/SingleInstance.h"
#include "ui/FirstFrameProbe.h"
#include "ui/MainWindow.h"
#include "ui/QtLogBridge.h"
#include "ui/app/AppContext.h"
#include "ui/app/Language.h"
#include "ui/report/PdfReport.h"

namespace {

bool takesValue(const QString& option)
{
    for (const auto& global : tend::cli::globalOptions()) {
        if (!global.value.empty() && option == QLatin1String(global.name.data(), qsizetype(global.name.size())))
            return true;
    }
    return false;
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
    // The options come from the table that --help and the man page are written from (cli/Commands.cpp).
    for (const auto& global : tend::cli::globalOptions()) {
        QStringList names{QString::fromUtf8(global.name.substr(2))};
        if (!global.alias.empty())
            names.prepend(QString::fromUtf8(global.alias.substr(1)));
        parser.addOption(QCommandLineOption(names, QString::fromUtf8(global.help), QString::fromUtf8(global.value)));
    }
    const QString helpOption = QStringLiteral("help");
    const QString versionOption = QStringLiteral("version");
    const QString dataDirOption = QStringLiteral("data-dir");
    const QString contentDirOption = QStringLiteral("content-dir");
    const QString verboseOption = QStringLiteral("verbose");
    const QString demoOption = QStringLiteral("demo");
    const QString newRepairOption = QStringLiteral("new-repair");
    const QString localeOption = QStringLiteral("locale");

    const QStringList globalWords = commandIndex < 0 ? args : args.mid(0, commandIndex);
    if (!parser.parse(globalWords)) {
        std::cerr << "tend: " << parser.errorText().toStdString() << "\nTry 'tend --help'.\n";
        return tend::cli::kExitUsage;
    }
    if (parser.isSet(helpOption)) {
        std::cout << tend::cli::mainHelp();
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
    if (parser.isSet(localeOption)) {
        globals.locale = parser.value(localeOption).toStdString();
        QStringList known = tend::ui::Language::shipped();
        if (tend::ui::Language::pseudoAvailable())
            known << tend::ui::Language::pseudoCode();
        if (!known.contains(parser.value(localeOption))) {
            std::cerr << "tend: --locale takes one of " << known.join(QStringLiteral(", ")).toStdString() << ", not '"
                      << globals.locale << "'\nTry 'tend --help'.\n";
            return tend::cli::kExitUsage;
        }
    }

    if (commandIndex >= 0) {
        if (globals.locale == tend::ui::Language::pseudoCode().toStdString())
            globals.locale.clear(); // headless commands have no interface to dress; their content is English
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
        if (globals.verbose)
            std::cerr << "tend: detailed logging is on (--verbose)\n";
        tend::cli::setReportWriter(&tend::ui::report::writePdfHeadless);
        tend::cli::Invocation call{globals, std::move(words), std::cin, std::cout, std::cerr};
        const int code = tend::cli::runCommand(*command, call);
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

    // Wayland's app id, so the compositor matches the window to its .desktop file (icon, name, actions).
    QGuiApplication::setDesktopFileName(QString::fromLatin1(tend::kAppId));
    QApplication app(argc, argv);
    tend::log::initialize({globals.demo ? std::filesystem::path() : globals.dataDir / "logs", globals.verbose});
    tend::ui::installQtMessageBridge();

    // One Tend per data folder: a second launch raises the first window and leaves. The claim is a
    // kernel lock plus a socket (no network), cheap enough to take before the first frame.
    tend::ui::AppOptions options;
    options.dataDir = globals.dataDir;
    options.contentDir = globals.contentDir;
    options.demo = globals.demo;
    options.openAtNewRepair = parser.isSet(newRepairOption);
    options.locale = globals.locale; // empty: the Language setting decides (AppContext, before the first frame)
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
