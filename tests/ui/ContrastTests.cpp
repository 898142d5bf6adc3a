// Check boxes and radio buttons are visible in both themes: the contrast of the rendered indicator ring against the
// page around it, measured from pixels, meets WCAG AA for UI components (3:1). docs/contrast.md lists the figures.
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QImage>
#include <QRadioButton>
#include <QStyleOptionButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cstdio>

#include "UiTestSupport.h"
#include "ui/app/Settings.h"
#include "ui/theme/Theme.h"

using namespace tend;

namespace {

/// The strongest contrast between the page colour and any pixel on the indicator's middle row, from its left edge
/// to its centre: the ring as it is drawn (anti-aliasing included), not as the code means it to be.
double ringContrast(QAbstractButton* button, bool radio)
{
    QStyleOptionButton option;
    option.initFrom(button);
    const QRect indicator = button->style()->subElementRect(
        radio ? QStyle::SE_RadioButtonIndicator : QStyle::SE_CheckBoxIndicator, &option, button);
    QWidget* page = button->parentWidget();
    const QImage shot = page->grab().toImage();
    const QPoint origin = button->mapTo(page, QPoint(0, 0));
    const QColor background = shot.pixelColor(shot.width() - 2, shot.height() - 2); // the bare page
    double best = 1.0;
    const int y = origin.y() + indicator.center().y();
    for (int x = origin.x() + indicator.left(); x <= origin.x() + indicator.center().x(); ++x)
        best = std::max(best, ui::Theme::contrast(shot.pixelColor(x, y), background));
    return best;
}

} // namespace

TEST_CASE("check boxes and radio buttons stand out from the page in both themes (3:1 or more, measured)")
{
    test::UiApp t;
    for (const ui::ThemeMode mode : {ui::ThemeMode::Light, ui::ThemeMode::Dark}) {
        const char* theme = mode == ui::ThemeMode::Dark ? "dark" : "light";
        INFO(theme);
        t.app()->settings()->setTheme(mode);
        QWidget page;
        page.setAutoFillBackground(true);
        auto* layout = new QVBoxLayout(&page);
        auto* offBox = new QCheckBox(QStringLiteral("Keep this to myself"), &page);
        auto* onBox = new QCheckBox(QStringLiteral("Keep this to myself"), &page);
        onBox->setChecked(true);
        auto* offRadio = new QRadioButton(QStringLiteral("Dark"), &page);
        auto* onRadio = new QRadioButton(QStringLiteral("Light"), &page);
        onRadio->setChecked(true);
        for (QWidget* w : {static_cast<QWidget*>(offBox), static_cast<QWidget*>(onBox), static_cast<QWidget*>(offRadio),
                           static_cast<QWidget*>(onRadio)})
            layout->addWidget(w);
        layout->addSpacing(12);
        page.resize(300, 220);
        page.show();
        test::settle();
        const double figures[] = {ringContrast(offBox, false), ringContrast(onBox, false), ringContrast(offRadio, true),
                                  ringContrast(onRadio, true)};
        std::printf("contrast (%s): check box %.2f:1 (chosen %.2f:1), radio button %.2f:1 (chosen %.2f:1)\n", theme,
                    figures[0], figures[1], figures[2], figures[3]);
        for (double figure : figures)
            CHECK(figure >= 3.0);
    }
    t.app()->settings()->setTheme(ui::ThemeMode::Light);
}
