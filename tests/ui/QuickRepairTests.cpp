// The ten-minute repair, as a couple meets it: offered first on Home, started with the keyboard, and, when it turns
// out bigger, switched to the full repair with what was written carried along and the short one kept in the journal.
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QPlainTextEdit>

#include "SessionWalk.h"
#include "tend/modes/ProgramSwitch.h"
#include "ui/app/JournalService.h"
#include "ui/app/Settings.h"

using namespace tend;
using namespace tend::test;
using namespace tend::test::walking;

namespace {

ui::SessionScreen* startQuickByKeyboard(UiApp& t)
{
    ui::MainWindow* w = t.window();
    w->showScreen(ui::ScreenId::Home);
    settle();
    // Offered first: with nothing to continue, focus starts on it, and Space starts it.
    QWidget* focus = QApplication::focusWidget();
    REQUIRE(focus);
    REQUIRE(focus->objectName() == QStringLiteral("homeStartQuick"));
    QTest::keyClick(focus, Qt::Key_Space);
    settle();
    REQUIRE(w->currentScreenId() == ui::ScreenId::Session);
    return w->sessionScreen();
}

} // namespace

TEST_CASE("Home offers the ten-minute repair first and starts it together at once, with no look back first")
{
    UiApp t(true);
    // An agreement from last time would open the full repair with "did we keep this?"; ten minutes starts at once.
    modes::NewCommitments made;
    made.coupleId = t.app()->profile().coupleId;
    made.createdAt = "2026-11-01T18:00:00Z";
    t.app()->journal()->recordCommitments(made, {{"new-commitments", "", true, "Phones away at dinner"}});
    t.app()->journal()->flush();

    ui::SessionScreen* s = startQuickByKeyboard(t);
    CHECK(s->controller()->row().programId == modes::kQuickRepairProgramId);
    CHECK(s->controller()->together());
    CHECK(t.window()->findChild<QWidget*>(QStringLiteral("commitmentReview")) == nullptr);
    REQUIRE(s->view() == ui::SessionScreen::View::Card);
    CHECK(cardOf(s) == QStringLiteral("quick-start"));
    CHECK(s->title() == QStringLiteral("Repair together")); // a repair, not a practice
}

TEST_CASE(
    "a ten-minute repair that turns out bigger moves to the full repair, carries what was written, keeps the short one")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    ui::SessionScreen* s = startQuickByKeyboard(t);
    const std::string quickId = s->controller()->row().id;

    pressNext(w); // the opening words
    REQUIRE(cardOf(s) == QStringLiteral("notice-body"));
    clickOn(s->currentCard(), QStringLiteral("item-heat"));
    clickOn(s->currentCard(), QStringLiteral("item-clenched-jaw"));
    pressNext(w);
    REQUIRE(cardOf(s) == QStringLiteral("still-small"));
    clickOn(s->currentCard(), QStringLiteral("gate-bigger")); // a gate's answer moves on by itself
    settle();

    // The full repair, with the same two people, at its start.
    REQUIRE(s->controller()->row().programId == modes::kRepairProgramId);
    CHECK(s->controller()->together());
    CHECK(s->controller()->session().partners().size() == 2);
    CHECK(s->controller()->row().id != quickId);
    auto* notice = need<QWidget>(w, QStringLiteral("switchNotice"));
    CHECK(notice->isVisible());
    CHECK(notice->findChild<QLabel*>()->text().contains(QStringLiteral("carried over")));

    // Walking on to "notice it in your body", the boxes ticked in the short repair are ticked here.
    for (int guard = 0; guard < 5 && cardOf(s) != QStringLiteral("notice-body"); ++guard)
        pressNext(w);
    REQUIRE(cardOf(s) == QStringLiteral("notice-body"));
    CHECK(w->findChild<QWidget*>(QStringLiteral("switchNotice")) == nullptr); // said once, gone on moving
    CHECK(need<QCheckBox>(s->currentCard(), QStringLiteral("item-heat"))->isChecked());
    CHECK(need<QCheckBox>(s->currentCard(), QStringLiteral("item-clenched-jaw"))->isChecked());
    CHECK_FALSE(need<QCheckBox>(s->currentCard(), QStringLiteral("item-numb"))->isChecked());

    // Nothing is lost: the short repair stays in the journal, set aside, with its answers.
    t.app()->journal()->flush();
    bool found = false;
    for (const auto& summary : t.app()->journal()->sessions(t.app()->profile().coupleId)) {
        if (summary.session.id != quickId)
            continue;
        found = true;
        CHECK(summary.session.status == journal::SessionStatus::Abandoned);
        CHECK(summary.session.programId == modes::kQuickRepairProgramId);
        CHECK(summary.entryCount >= 2);
    }
    CHECK(found);
}

TEST_CASE("the hug timer comes only when a hug was chosen, and the ways the couple chose are shown instead")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    ui::SessionScreen* s = startTogetherFor(t);
    REQUIRE(s->jumpTo("rebond-ideas"));

    // Sitting close and kind words, no hug: no timer, but the chosen ways, in words.
    clickOn(s->currentCard(), QStringLiteral("option-sit-close"));
    clickOn(s->currentCard(), QStringLiteral("option-kind-words"));
    pressNext(w);
    REQUIRE(cardOf(s) == QStringLiteral("reconnect-now"));
    auto* chosen = need<QLabel>(w, QStringLiteral("recallText"));
    CHECK(chosen->text().contains(QStringLiteral("Sit close in silence"))); // the rebonding list's own words
    CHECK(chosen->text().contains(QStringLiteral("Kind words")));
    CHECK_FALSE(chosen->text().contains(QStringLiteral("sit-close"))); // words, never ids

    // Back, and a hug as well: the half-minute timer, with everything chosen above it.
    pressBack(w);
    REQUIRE(cardOf(s) == QStringLiteral("rebond-ideas"));
    clickOn(s->currentCard(), QStringLiteral("option-long-hug"));
    pressNext(w);
    REQUIRE(cardOf(s) == QStringLiteral("hug-timer"));
    chosen = need<QLabel>(w, QStringLiteral("recallText"));
    CHECK(chosen->text().contains(QStringLiteral("A long hug")));
    CHECK(chosen->text().contains(QStringLiteral("Kind words")));
    pressNext(w);
    CHECK(cardOf(s) == QStringLiteral("closing")); // and no second closing card after the timer
}
