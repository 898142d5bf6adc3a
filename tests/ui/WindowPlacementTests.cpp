// The window's size and position, remembered per screen and always brought back inside the screen.
#include <catch2/catch.hpp>

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include "ui/app/Settings.h"
#include "ui/app/WindowPlacement.h"

using namespace tend::ui;

TEST_CASE("clampedTo keeps a window that fits and moves or shrinks one that does not")
{
    const QRect screen(0, 0, 800, 600);
    CHECK(placement::clampedTo(QRect(40, 30, 500, 400), screen) == QRect(40, 30, 500, 400));
    CHECK(placement::clampedTo(QRect(600, 500, 500, 400), screen) == QRect(300, 200, 500, 400));
    CHECK(placement::clampedTo(QRect(-90, -50, 500, 400), screen) == QRect(0, 0, 500, 400));
    CHECK(placement::clampedTo(QRect(100, 100, 1920, 1080), screen) == screen);
    // A second screen to the right, with a panel on its left: the same rules in its own coordinates.
    const QRect right(1864, 0, 1056, 1080);
    CHECK(placement::clampedTo(QRect(0, 0, 1100, 720), right) == QRect(1864, 0, 1056, 720));
}

TEST_CASE("the window comes back where it was on the screen it was on")
{
    Settings settings{QString()};
    QWidget window;
    window.setGeometry(40, 30, 500, 400);
    placement::save(window, settings);
    REQUIRE(window.screen() != nullptr);
    const QVariantMap saved = settings.windowPlacement();
    CHECK(saved.contains(placement::screenKey(*window.screen())));

    QWidget again;
    REQUIRE(placement::restore(again, settings));
    CHECK(again.geometry() == QRect(40, 30, 500, 400));
    CHECK_FALSE(again.windowState().testFlag(Qt::WindowMaximized));
}

TEST_CASE("a remembered window too large for the screen, or off it, comes back inside its available area")
{
    QScreen* screen = QGuiApplication::primaryScreen();
    REQUIRE(screen != nullptr);
    const QString key = placement::screenKey(*screen);
    Settings settings{QString()};
    settings.setWindowPlacement(
        {{key, QVariantList{QRect(5000, -300, 4000, 3000), true}}, {QStringLiteral("lastScreen"), key}});
    QWidget window;
    REQUIRE(placement::restore(window, settings));
    const QRect available = screen->availableGeometry();
    CHECK(available.contains(window.geometry()));
    CHECK(window.size() == available.size());
    CHECK(window.windowState().testFlag(Qt::WindowMaximized));
}

TEST_CASE("when the last screen is gone the primary screen's place is used, and with none a first size is chosen")
{
    QScreen* screen = QGuiApplication::primaryScreen();
    REQUIRE(screen != nullptr);
    Settings settings{QString()};
    settings.setWindowPlacement(
        {{QStringLiteral("HDMI-9_3840x2160"), QVariantList{QRect(3000, 100, 2000, 1500), false}},
         {QStringLiteral("lastScreen"), QStringLiteral("HDMI-9_3840x2160")}});
    QWidget window;
    CHECK_FALSE(placement::restore(window, settings)); // nothing was ever saved for this screen

    QVariantMap placementMap = settings.windowPlacement();
    placementMap.insert(placement::screenKey(*screen), QVariantList{QRect(20, 20, 300, 200), false});
    settings.setWindowPlacement(placementMap);
    REQUIRE(placement::restore(window, settings));
    CHECK(window.geometry() == QRect(20, 20, 300, 200));
}
