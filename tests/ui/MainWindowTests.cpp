#include <catch2/catch.hpp>

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>

#include <sys/stat.h>

#include "UiTestSupport.h"
#include "ui/app/Settings.h"
#include "ui/screens/WelcomeScreen.h"

using namespace tend;
using namespace tend::test;

TEST_CASE("the main window is titled Tend")
{
    ui::MainWindow window;
    CHECK(window.windowTitle().contains(QStringLiteral("Tend")));
}

TEST_CASE("a first launch shows the welcome, then set-up, then the private check")
{
    UiApp t;
    ui::MainWindow* w = t.window();
    CHECK(w->currentScreenId() == ui::ScreenId::Welcome);
    auto* intro = need<QLabel>(w, QStringLiteral("welcomeTitle"));
    CHECK(intro->isVisible());
    clickOn(w, QStringLiteral("welcomeBegin"));
    auto* next = need<QAbstractButton>(w, QStringLiteral("setupContinue"));
    CHECK_FALSE(next->isEnabled()); // names first
    typeInto(w, QStringLiteral("firstName"), QStringLiteral("Sam"));
    typeInto(w, QStringLiteral("secondName"), QStringLiteral("Alex"));
    CHECK(next->isEnabled());
    clickOn(w, QStringLiteral("setupContinue"));
    // The journal passphrase is offered (recommended, skippable) before the check.
    clickOn(w, QStringLiteral("protectSkip"));
    CHECK(w->currentScreenId() == ui::ScreenId::SafetyCheck);
    REQUIRE(t.app()->profile().partners.size() == 2);
    CHECK(t.app()->profile().partners[0].name == QStringLiteral("Sam"));
    CHECK_FALSE(t.app()->profile().partners[0].id.empty()); // ids come from the journal
}

TEST_CASE("settings live in the data folder, owner-only, and the window comes back where it was")
{
    UiApp t(true);
    t.window()->showScreen(ui::ScreenId::Journal, false);
    t.window()->resize(780, 560); // inside the off-screen platform's 800×600 screen: restored sizes are clamped to it
    t.window()->saveState();
    const QString file = QString::fromStdString((t.dataDir() / "settings.ini").string());
    REQUIRE(QFile::exists(file));
    struct stat info {};
    REQUIRE(::stat(file.toLocal8Bit().constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(t.app()->settings()->filePath() == file);

    t.restart();
    CHECK(t.window()->currentScreenId() == ui::ScreenId::Journal);
    CHECK(t.window()->size() == QSize(780, 560));
    CHECK(t.app()->profile().partners.size() == 2); // from the journal, not from settings
}

TEST_CASE("get help now is one click from every screen and comes back with Back")
{
    UiApp t(true);
    for (ui::ScreenId id :
         {ui::ScreenId::Home, ui::ScreenId::Journal, ui::ScreenId::Settings, ui::ScreenId::Commitments}) {
        t.window()->showScreen(id, false);
        clickOn(t.window(), QStringLiteral("headerHelp"));
        CHECK(t.window()->currentScreenId() == ui::ScreenId::Help);
        clickOn(t.window(), QStringLiteral("helpBack"));
        CHECK(t.window()->currentScreenId() == id);
    }
    // F1 opens it too.
    QTest::keyClick(t.window(), Qt::Key_F1);
    settle();
    CHECK(t.window()->currentScreenId() == ui::ScreenId::Help);
}

TEST_CASE("the first frame needs only one screen, content and journal wait for finishStartup")
{
    QTemporaryDir dir;
    ui::AppOptions options;
    options.dataDir = dir.path().toStdString();
    options.contentDir = contentDir();
    ui::AppContext app(options);
    ui::MainWindow window(&app);
    window.show();
    CHECK_FALSE(app.isReady());
    CHECK(app.journal() == nullptr);
    CHECK(window.findChild<QStackedWidget*>(QStringLiteral("screenStack"))->count() == 1);
    CHECK_FALSE(std::filesystem::exists(dir.path().toStdString() + "/tend.db"));
    window.finishStartup();
    CHECK(app.isReady());
    CHECK(app.journal() != nullptr);
}

TEST_CASE("colours chosen at set-up come back after a restart, on Settings' swatches")
{
    UiApp t;
    ui::MainWindow* w = t.window();
    clickOn(w, QStringLiteral("welcomeBegin"));
    typeInto(w, QStringLiteral("firstName"), QStringLiteral("Sam"));
    clickOn(w, QStringLiteral("firstColour-sage"));
    typeInto(w, QStringLiteral("secondName"), QStringLiteral("Alex"));
    clickOn(w, QStringLiteral("secondColour-clay"));
    clickOn(w, QStringLiteral("setupContinue"));
    clickOn(w, QStringLiteral("protectSkip"));
    REQUIRE(t.app()->profile().partners.size() == 2);
    CHECK(t.app()->profile().partners[0].colour == QStringLiteral("sage"));

    t.restart();
    REQUIRE(t.app()->profile().partners.size() == 2);
    CHECK(t.app()->profile().partners[0].colour == QStringLiteral("sage"));
    CHECK(t.app()->profile().partners[1].colour == QStringLiteral("clay"));
    t.window()->showScreen(ui::ScreenId::Settings, false);
    settle();
    CHECK(need<QAbstractButton>(t.window(), QStringLiteral("settingsFirstColour-sage"))->isChecked());
    CHECK(need<QAbstractButton>(t.window(), QStringLiteral("settingsSecondColour-clay"))->isChecked());
    CHECK_FALSE(need<QAbstractButton>(t.window(), QStringLiteral("settingsFirstColour-clay"))->isChecked());
}
