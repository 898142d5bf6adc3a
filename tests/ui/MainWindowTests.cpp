#include <catch2/catch.hpp>

#include "ui/MainWindow.h"

TEST_CASE("the main window is titled Tend")
{
    tend::ui::MainWindow window;
    CHECK(window.windowTitle() == QStringLiteral("Tend"));
}
