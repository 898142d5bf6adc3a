// The ways to practise between repairs (#20): our cycle and repair attempts together from Home, starting gently on
// one's own; what each wrote about their own pattern comes back in "our cycle", and the cycle's name stays on Home.
#include <catch2/catch.hpp>

#include <QApplication>
#include <QDateTime>
#include <QLabel>
#include <QPushButton>

#include "SessionWalk.h"
#include "tend/content/ContentLibrary.h"
#include "tend/modes/ProgramSwitch.h"
#include "ui/app/JournalService.h"
#include "ui/app/SessionController.h"
#include "ui/widgets/PrivacyCurtain.h"

using namespace tend;
using namespace tend::test;
using namespace tend::test::walking;

namespace {

QString programOf(ui::SessionScreen* s)
{
    return QString::fromStdString(s->currentProgramId());
}

} // namespace

TEST_CASE("Home offers our cycle and repair attempts together, and starting gently on one's own")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    w->showScreen(ui::ScreenId::Home, false);
    settle();
    for (const char* id : {"homePractice-our-cycle", "homePractice-repair-attempts", "homePractice-starting-gently",
                           "homePractice-express-dont-describe"}) {
        INFO(id);
        CHECK(need<QWidget>(w, QString::fromLatin1(id))->isVisibleTo(w));
    }

    // Together: both partners at once, straight into the first card (no look back at earlier agreements).
    clickOn(w, QStringLiteral("homePractice-repair-attempts"));
    settle();
    REQUIRE(w->currentScreenId() == ui::ScreenId::Session);
    ui::SessionScreen* s = w->sessionScreen();
    CHECK(programOf(s) == QStringLiteral("repair-attempts"));
    CHECK(s->view() == ui::SessionScreen::View::Card);
    CHECK(s->controller()->session().partners().size() == 2);
    // Its rail does not call its two steps five.
    CHECK(need<QLabel>(w, QStringLiteral("stepRailHeading"))->text() == QStringLiteral("STEPS"));

    // On one's own: "who is practising?", then that person only.
    w->showScreen(ui::ScreenId::Home, false);
    clickOn(w, QStringLiteral("homePractice-starting-gently"));
    const QString alex = qidOf(t, 1);
    clickOn(w, QStringLiteral("practiceAs-") + alex);
    settle();
    REQUIRE(w->currentScreenId() == ui::ScreenId::Session);
    CHECK(programOf(s) == QStringLiteral("starting-gently"));
    CHECK(s->controller()->session().partners() == std::vector<std::string>{idOf(t, 1)});
}

TEST_CASE("the together practices are not offered while a private check keeps joint work closed")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    ui::AppContext* app = t.app();
    // Sam's check routes away from joint exercises: the same rule as Together.
    app->recordSafetyCheck(
        idOf(t, 0),
        {{"status", "done"},
         {"routes", {"r2"}},
         {"effects", {{"joint", "locked"}, {"programs", "calming-only"}, {"take_space", "off"}, {"recheck_days", 28}}},
         {"checked_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()}});
    settle();
    REQUIRE_FALSE(app->jointAllowed());
    w->showScreen(ui::ScreenId::Home, false);
    settle();
    CHECK_FALSE(need<QWidget>(w, QStringLiteral("homePractice-our-cycle"))->isVisibleTo(w));
    CHECK_FALSE(need<QWidget>(w, QStringLiteral("homePractice-repair-attempts"))->isVisibleTo(w));
    CHECK(need<QWidget>(w, QStringLiteral("homePractice-starting-gently"))->isVisibleTo(w));
}

TEST_CASE("our cycle shows what each wrote about their own pattern before, and Home keeps the cycle's name")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    const QString sam = qidOf(t, 0);
    const QString alex = qidOf(t, 1);

    // An earlier repair: Sam shares what they do when things feel shaky; Alex keeps theirs private.
    ui::SessionScreen* s = w->sessionScreen();
    REQUIRE(s->startNew({sam}, false));
    w->showScreen(ui::ScreenId::Session, false);
    REQUIRE(s->jumpTo("my-pattern"));
    answerAndGoOn(w, s, QStringLiteral("I go quiet and start tidying."));
    REQUIRE(s->startNew({alex}, false));
    w->showScreen(ui::ScreenId::Session, false);
    REQUIRE(s->jumpTo("my-pattern"));
    typeInto(s->currentCard(), QStringLiteral("promptEditor"), QStringLiteral("Alex's private words"));
    INFO("keep private");
    clickOn(s->currentCard(), QStringLiteral("keepPrivate"));
    pressNext(w);
    t.app()->journal()->flush();
    settle();

    // Our cycle, together: at "when things feel shaky, I usually…" each sees their own shared words from before.
    w->showScreen(ui::ScreenId::Home, false);
    settle();
    CHECK_FALSE(need<QWidget>(w, QStringLiteral("homeCycle"))->isVisibleTo(w)); // no cycle named yet
    INFO("our cycle from Home");
    clickOn(w, QStringLiteral("homePractice-our-cycle"));
    settle();
    REQUIRE(programOf(s) == QStringLiteral("our-cycle"));
    // Each partner at the keyboard in turn, at "my moves".
    auto at = [&](const QString& person) {
        if (s->writer() != person.toStdString()) {
            clickOn(w, QStringLiteral("writer-") + person);
            if (s->curtain()->isUp())
                s->curtain()->confirmButton()->click(); // "it's me"
            settle();
        }
        REQUIRE(s->writer() == person.toStdString());
        REQUIRE(s->jumpTo("my-moves"));
        settle();
        REQUIRE(cardOf(s) == QStringLiteral("my-moves"));
    };
    at(sam);
    auto* earlier = need<QLabel>(w, QStringLiteral("earlierAnswer-") + sam);
    CHECK(earlier->text() == QStringLiteral("I go quiet and start tidying."));
    at(alex);
    CHECK_FALSE(w->findChild<QLabel*>(QStringLiteral("earlierAnswer-") + alex)); // private stays private
    CHECK_FALSE(w->findChild<QWidget*>(QStringLiteral("earlierAnswers")));

    // Naming the cycle together: Home keeps it.
    REQUIRE(s->jumpTo("name-it"));
    settle();
    REQUIRE(cardOf(s) == QStringLiteral("name-it"));
    answerAndGoOn(w, s, QStringLiteral("The fog"));
    t.app()->journal()->flush();
    settle();
    w->showScreen(ui::ScreenId::Home, false);
    settle();
    CHECK(need<QWidget>(w, QStringLiteral("homeCycle"))->isVisibleTo(w));
    CHECK(need<QLabel>(w, QStringLiteral("homeCycleName"))->text() == QStringLiteral("“The fog”"));
}

TEST_CASE("the end of a repair together offers the repair-attempts practice, which starts with the same people")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    ui::SessionScreen* s = startTogetherFor(t);
    REQUIRE(s->jumpTo("closing"));
    for (int guard = 0; guard < 5 && s->view() == ui::SessionScreen::View::Card; ++guard)
        pressNext(w);
    REQUIRE(s->view() == ui::SessionScreen::View::Completed);
    const auto program = t.app()->library()->programPreferring("repair-attempts", "en");
    REQUIRE(program);
    CHECK(need<QLabel>(w, QStringLiteral("repairAttemptsOffer"))
              ->text()
              .contains(QString::fromStdString(program->title)));
    clickOn(w, QStringLiteral("sessionStartRepairAttempts"));
    settle();
    CHECK(programOf(s) == QStringLiteral("repair-attempts"));
    CHECK(s->view() == ui::SessionScreen::View::Card);
    CHECK(s->controller()->session().partners().size() == 2);
}

TEST_CASE("the repair-attempts ledger notes who reached back and whether it was taken, and can take it back")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    w->showScreen(ui::ScreenId::Commitments, false);
    settle();
    auto* tally = need<QLabel>(w, QStringLiteral("repairAttemptsTally"));
    CHECK(tally->text().startsWith(QStringLiteral("Nothing noted")));
    auto* taken = need<QPushButton>(w, QStringLiteral("attemptTaken"));
    CHECK_FALSE(taken->isEnabled()); // who reached back comes first

    const QString sam = qidOf(t, 0);
    const QString alex = qidOf(t, 1);
    clickOn(w, QStringLiteral("attemptBy-") + sam);
    CHECK(taken->isEnabled());
    // By keyboard, in reading order: from the person to "It was taken", then "Not this time" (found by hand:
    // the buttons came before the people in the Tab order).
    need<QWidget>(w, QStringLiteral("attemptBy-") + sam)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == static_cast<QWidget*>(taken));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == need<QWidget>(w, QStringLiteral("attemptNotTaken")));
    clickOn(w, QStringLiteral("attemptTaken"));
    t.app()->journal()->flush();
    settle(50);
    clickOn(w, QStringLiteral("attemptBy-") + alex);
    clickOn(w, QStringLiteral("attemptNotTaken"));
    t.app()->journal()->flush();
    settle(50);
    CHECK(tally->text().contains(QStringLiteral("Sam reached back once, taken once")));
    CHECK(tally->text().contains(QStringLiteral("Alex reached back once, none taken yet")));
    const auto rows = t.app()->journal()->repairAttempts(t.app()->profile().coupleId);
    REQUIRE(rows.size() == 2);
    CHECK(rows.front().madeBy == idOf(t, 1));
    CHECK_FALSE(rows.front().taken);

    // Noted by mistake: undo takes back the last one only.
    clickOn(w, QStringLiteral("attemptUndo"));
    t.app()->journal()->flush();
    settle(50);
    CHECK(t.app()->journal()->repairAttempts(t.app()->profile().coupleId).size() == 1);
    CHECK_FALSE(tally->text().contains(QStringLiteral("Alex")));

    // Kept across a restart.
    t.restart();
    t.window()->showScreen(ui::ScreenId::Commitments, false);
    settle();
    CHECK(need<QLabel>(t.window(), QStringLiteral("repairAttemptsTally"))
              ->text()
              .contains(QStringLiteral("Sam reached back once, taken once")));
}
