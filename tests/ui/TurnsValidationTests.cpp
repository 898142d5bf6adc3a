// In the turns (#20): after reflecting back, the listener says what makes sense to them about how the speaker felt;
// an optional turn timer gives each speaker the same time and says, stopping nobody, when a turn runs long.
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDateTime>
#include <QLabel>

#include "SessionWalk.h"
#include "ui/app/SessionController.h"
#include "ui/cards/TurnsCard.h"

using namespace tend;
using namespace tend::test;
using namespace tend::test::walking;

TEST_CASE("the listener says what makes sense to them, and the speaker sees it before confirming")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    ui::SessionScreen* s = startTogetherFor(t);
    REQUIRE(s->jumpTo("turns"));
    settle();
    const QString sam = qidOf(t, 0);
    clickOn(w, QStringLiteral("turnsFirst-") + sam);
    typeInto(w, QStringLiteral("turnsShared"), QStringLiteral("I felt invisible at your parents' table."));
    clickOn(w, QStringLiteral("turnsToReflect"));
    auto* validated = need<QWidget>(w, QStringLiteral("turnsValidated"));
    CHECK(validated->isVisible());
    typeInto(w, QStringLiteral("turnsReflected"), QStringLiteral("You felt invisible."));
    typeInto(w, QStringLiteral("turnsNoticed"), QStringLiteral("My throat tightened."));
    typeInto(w, QStringLiteral("turnsValidated"), QStringLiteral("It makes sense: nobody asked you anything."));
    clickOn(w, QStringLiteral("turnsToConfirm"));
    auto* quote = need<QWidget>(w, QStringLiteral("turnsValidatedQuote"));
    CHECK(quote->isVisible());
    bool shown = false;
    for (QLabel* label : quote->findChildren<QLabel*>())
        shown = shown || label->text() == QStringLiteral("It makes sense: nobody asked you anything.");
    CHECK(shown);
    const auto answer = s->currentCard()->answer();
    CHECK(answer["turns"][0]["rounds"][0]["validated"] == "It makes sense: nobody asked you anything.");
}

TEST_CASE("the turn timer is off until ticked, says when a turn runs long, and shows each speaker's time")
{
    UiApp t(true);
    QDateTime clock = QDateTime::currentDateTime();
    t.app()->now = [&clock] { return clock; };
    ui::MainWindow* w = t.window();
    ui::SessionScreen* s = startTogetherFor(t);
    REQUIRE(s->jumpTo("turns"));
    settle();
    auto* card = qobject_cast<ui::TurnsCard*>(s->currentCard());
    REQUIRE(card);
    auto* toggle = need<QCheckBox>(w, QStringLiteral("turnsTimerToggle"));
    CHECK_FALSE(toggle->isChecked()); // offered, never imposed
    const QString sam = qidOf(t, 0);
    const QString alex = qidOf(t, 1);
    clickOn(w, QStringLiteral("turnsFirst-") + sam);
    CHECK_FALSE(w->findChild<QLabel*>(QStringLiteral("turnsTimer")));

    toggle->click(); // by keyboard it is Space on the box; the effect is the same
    settle();
    auto timerText = [&] {
        card->updateTimer();
        auto* line = need<QLabel>(w, QStringLiteral("turnsTimer"));
        return line->text();
    };
    INFO(timerText().toStdString());
    CHECK(timerText().startsWith(QStringLiteral("0:00 of 4 minutes")));
    clock = clock.addSecs(150);
    CHECK(timerText().startsWith(QStringLiteral("2:30 of 4 minutes")));
    clock = clock.addSecs(150); // 5:00, past the four minutes: said kindly, and Done still works
    CHECK(timerText().contains(QStringLiteral("run past 4 minutes (5:00)")));
    clickOn(w, QStringLiteral("turnsToReflect"));
    typeInto(w, QStringLiteral("turnsReflected"), QStringLiteral("You felt alone."));
    clickOn(w, QStringLiteral("turnsToConfirm"));
    clickOn(w, QStringLiteral("turnsYes"));

    clickOn(w, QStringLiteral("turnsFirst-") + alex);
    clock = clock.addSecs(200);
    CHECK(timerText().startsWith(QStringLiteral("3:20 of 4 minutes"))); // Alex's own clock, from zero
    clickOn(w, QStringLiteral("turnsToReflect"));
    typeInto(w, QStringLiteral("turnsReflected"), QStringLiteral("You were tired."));
    clickOn(w, QStringLiteral("turnsToConfirm"));
    clickOn(w, QStringLiteral("turnsYes"));
    REQUIRE(card->phase() == ui::TurnsCard::Phase::Done);
    const QString airtime = need<QLabel>(w, QStringLiteral("turnsAirtime"))->text();
    CHECK(airtime.contains(QStringLiteral("Sam 5:00")));
    CHECK(airtime.contains(QStringLiteral("Alex 3:20")));
}
