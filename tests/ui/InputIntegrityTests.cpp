// Input integrity: scrolling never changes an answer, a check-in keeps one value per card, and nothing the person
// did not choose is stored as if they had.
#include <catch2/catch.hpp>

#include <QComboBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QWheelEvent>

#include "SessionWalk.h"
#include "UiTestSupport.h"
#include "tend/content/Loader.h"
#include "tend/journal/Journal.h"
#include "ui/app/InputRules.h"
#include "ui/app/JournalService.h"
#include "ui/cards/ScaleCards.h"
#include "ui/widgets/CountryPicker.h"

using namespace tend;
using namespace tend::test;
using namespace tend::test::walking;

namespace {

/// One notch of the mouse wheel, turned towards the person (down the page), over the middle of `widget`.
void wheelDownOver(QWidget* widget)
{
    const QPointF local = QRectF(widget->rect()).center();
    QWheelEvent wheel(local, widget->mapToGlobal(local), QPoint(), QPoint(0, -120), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &wheel);
    QApplication::processEvents();
}

QScrollBar* pageBarOf(QWidget* widget)
{
    for (QWidget* w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (auto* area = qobject_cast<QScrollArea*>(w))
            return area->verticalScrollBar();
    }
    return nullptr;
}

ui::SessionScreen* startTogetherAt(UiApp& t, const QString& cardId)
{
    clickOn(t.window(), QStringLiteral("homeStartTogether"));
    ui::SessionScreen* s = t.window()->sessionScreen();
    walkOwnSteps(t.window(), s, QStringLiteral("Sam"), cardId);
    REQUIRE(cardOf(s) == cardId);
    return s;
}

} // namespace

TEST_CASE("the wheel over an unfocused slider, spin box or combo box scrolls the page and changes nothing")
{
    ui::installInputRules();
    QScrollArea area;
    area.setWidgetResizable(true);
    auto* column = new QWidget();
    auto* layout = new QVBoxLayout(column);
    auto* slider = new QSlider(Qt::Horizontal, column);
    slider->setRange(0, 10);
    slider->setValue(4);
    auto* spin = new QSpinBox(column);
    spin->setValue(30);
    auto* combo = new QComboBox(column);
    combo->addItems({QStringLiteral("Germany"), QStringLiteral("Gibraltar"), QStringLiteral("Greece")});
    auto* first = new QPushButton(QStringLiteral("elsewhere"), column);
    layout->addWidget(first);
    for (QWidget* w : {static_cast<QWidget*>(slider), static_cast<QWidget*>(spin), static_cast<QWidget*>(combo)}) {
        layout->addWidget(w);
        layout->addSpacing(400); // a page taller than the window, so there is somewhere to scroll
    }
    area.setWidget(column);
    area.resize(300, 300);
    area.show();
    first->setFocus();
    QApplication::processEvents();

    for (QWidget* control :
         {static_cast<QWidget*>(slider), static_cast<QWidget*>(spin), static_cast<QWidget*>(combo)}) {
        INFO(control->metaObject()->className());
        area.ensureWidgetVisible(control);
        first->setFocus();
        const int before = area.verticalScrollBar()->value();
        wheelDownOver(control);
        CHECK(area.verticalScrollBar()->value() > before);
        CHECK_FALSE(control->hasFocus());
    }
    CHECK(slider->value() == 4);
    CHECK(spin->value() == 30);
    CHECK(combo->currentText() == QStringLiteral("Germany"));

    // With focus, the wheel is the person's own choice of input and still works.
    slider->setFocus();
    wheelDownOver(slider);
    CHECK(slider->value() != 4);
}

TEST_CASE("the wheel over the check-in slider leaves the answer alone and scrolls the card")
{
    UiApp t(true);
    t.window()->resize(800, 600);
    ui::SessionScreen* s = startTogetherAt(t, QStringLiteral("checkin-before"));
    auto* slider = need<QSlider>(s->currentCard(), QStringLiteral("scaleSlider"));
    need<QWidget>(t.window(), QStringLiteral("sessionNext"))->setFocus();
    QScrollBar* bar = pageBarOf(slider);
    REQUIRE(bar);
    bar->setValue(0);
    const int before = bar->value();
    wheelDownOver(slider);
    CHECK(bar->value() > before);
    CHECK(s->currentCard()->answer().is_null()); // still "not answered yet"
}

TEST_CASE("the wheel over Settings' country box keeps the country")
{
    UiApp t(true);
    t.window()->resize(800, 600);
    t.window()->showScreen(ui::ScreenId::Settings, false);
    settle();
    auto* country = need<ui::CountryPicker>(t.window(), QStringLiteral("countryPicker"));
    need<QWidget>(t.window(), QStringLiteral("coachEnabled"))->setFocus();
    QScrollBar* bar = pageBarOf(country);
    REQUIRE(bar);
    const int before = bar->value();
    wheelDownOver(country);
    wheelDownOver(country);
    CHECK(country->code() == QStringLiteral("GB"));
    CHECK(bar->value() > before);
}

TEST_CASE("a check-in answered with ten arrow presses is kept as one check-in, with no body state invented")
{
    UiApp t(true);
    ui::SessionScreen* s = startTogetherAt(t, QStringLiteral("checkin-before"));
    auto* slider = need<QSlider>(s->currentCard(), QStringLiteral("scaleSlider"));
    slider->setFocus();
    for (int i = 0; i < 10; ++i)
        QTest::keyClick(slider, i < 5 ? Qt::Key_Right : Qt::Key_Left);
    QTest::keyClick(slider, Qt::Key_Right);
    settle();
    clickOn(s->currentCard(), QStringLiteral("state-racing"));
    pressNext(t.window());
    t.app()->journal()->flush();
    const std::string sessionId = s->controller()->row().id;
    auto stored = t.app()->journal()->reader().checkIns(sessionId);
    REQUIRE(stored.ok());
    REQUIRE(stored.value().size() == 1);
    CHECK(stored.value().front().level == 6);
    CHECK(stored.value().front().state == journal::BodyState::Racing);

    // Back and on again with the same answer adds nothing.
    pressBack(t.window());
    REQUIRE(cardOf(s) == QStringLiteral("checkin-before"));
    pressNext(t.window());
    t.app()->journal()->flush();
    CHECK(t.app()->journal()->reader().checkIns(sessionId).value().size() == 1);
}

TEST_CASE("a check-in with only a level stores no body state, and the change sentence claims none")
{
    UiApp t(true);
    ui::SessionScreen* s = startTogetherAt(t, QStringLiteral("checkin-before"));
    auto* slider = need<QSlider>(s->currentCard(), QStringLiteral("scaleSlider"));
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End); // 10: racing or not, the person has not said
    settle();
    CHECK_FALSE(s->currentCard()->answer().contains("state"));
    pressNext(t.window());
    t.app()->journal()->flush();
    const std::string sessionId = s->controller()->row().id;
    CHECK(t.app()->journal()->reader().checkIns(sessionId).value().empty());

    // An "after" check-in with only a level: the sentence says how the number moved and nothing about the body.
    const auto card = content::loadCardJson({{"id", "after"}, {"kind", "checkin"}, {"phase", "after"}});
    REQUIRE(card.ok());
    ui::CardContext context;
    context.regulationContent = &t.app()->regulationContent();
    context.earlierCheckin = {{"level", 8}, {"state", "racing"}};
    ui::CheckinCard after(*card.card, context);
    after.show();
    after.setAnswer({{"level", 4}});
    CHECK(after.changeText().contains(QStringLiteral("8 to 4")));
    CHECK_FALSE(after.changeText().contains(QStringLiteral("steadier")));
}
