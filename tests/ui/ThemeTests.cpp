#include <catch2/catch.hpp>

#include <QApplication>
#include <QPushButton>

#include "UiTestSupport.h"
#include "ui/app/Settings.h"
#include "ui/theme/Theme.h"
#include "ui/widgets/Widgets.h"

using namespace tend;

TEST_CASE("both palettes keep text readable (WCAG AA)")
{
    for (bool dark : {false, true}) {
        INFO((dark ? "dark" : "light"));
        const QPalette p = ui::Theme::makePalette(dark);
        auto ratio = [&](QPalette::ColorRole fg, QPalette::ColorRole bg) {
            return ui::Theme::contrast(p.color(QPalette::Active, fg), p.color(QPalette::Active, bg));
        };
        CHECK(ratio(QPalette::WindowText, QPalette::Window) >= 7.0);
        CHECK(ratio(QPalette::Text, QPalette::Base) >= 7.0);
        CHECK(ratio(QPalette::ButtonText, QPalette::Button) >= 4.5);
        CHECK(ratio(QPalette::HighlightedText, QPalette::Highlight) >= 4.5);
        CHECK(ratio(QPalette::PlaceholderText, QPalette::Base) >= 4.5);
        CHECK(ratio(QPalette::Link, QPalette::Base) >= 4.5);
    }
}

TEST_CASE("the theme follows the setting and scales the system font")
{
    ui::Settings settings(QString{});
    ui::Theme theme(&settings);
    settings.setTheme(ui::ThemeMode::Dark);
    CHECK(theme.isDark());
    CHECK(QApplication::palette().color(QPalette::Window).lightness() < 80);
    settings.setTheme(ui::ThemeMode::Light);
    CHECK_FALSE(theme.isDark());
    const double normal = QApplication::font().pointSizeF();
    settings.setTextSize(ui::TextSize::Largest);
    CHECK(QApplication::font().pointSizeF() == Approx(normal * 1.3).epsilon(0.02));
    settings.setTextSize(ui::TextSize::Normal);
    // Muted text and the warm help colour stay readable on the page in both themes.
    for (ui::ThemeMode mode : {ui::ThemeMode::Light, ui::ThemeMode::Dark}) {
        settings.setTheme(mode);
        const QColor window = QApplication::palette().color(QPalette::Window);
        CHECK(ui::Theme::contrast(theme.color(ui::Theme::Extra::Muted), window) >= 4.5);
        CHECK(ui::Theme::contrast(QApplication::palette().color(QPalette::WindowText),
                                  theme.color(ui::Theme::Extra::WarmSoft)) >= 7.0);
    }
}

TEST_CASE("a quiet button that cannot be used looks it in both themes")
{
    test::UiApp t;
    for (const ui::ThemeMode mode : {ui::ThemeMode::Light, ui::ThemeMode::Dark}) {
        INFO((mode == ui::ThemeMode::Dark ? "dark" : "light"));
        t.app()->settings()->setTheme(mode);
        QWidget host;
        QPushButton* usable = ui::makeButton(QStringLiteral("Next step"), QStringLiteral("usable"), &host, "quiet");
        QPushButton* unusable = ui::makeButton(QStringLiteral("Next step"), QStringLiteral("unusable"), &host, "quiet");
        unusable->setEnabled(false);
        for (QPushButton* b : {usable, unusable}) {
            b->setFocusPolicy(Qt::NoFocus); // a focus ring would tell them apart on its own
            b->setGeometry(0, b == usable ? 0 : 50, 140, 40);
        }
        host.resize(140, 90);
        host.show();
        test::settle();
        // The words are drawn in the quieter disabled colour, not the ordinary text colour.
        CHECK(usable->grab().toImage() != unusable->grab().toImage());
    }
    t.app()->settings()->setTheme(ui::ThemeMode::Light);
}
