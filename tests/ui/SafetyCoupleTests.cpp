// When anyone's private check turns take-space off, the come-back plan is off for the whole couple: time-outs
// used as control come from the other partner. The partner sees the neutral notice and nothing more.
#include <catch2/catch.hpp>

#include <QDateTimeEdit>
#include <QLabel>

#include "UiTestSupport.h"
#include "tend/engine/Session.h"
#include "ui/ReturnWatch.h"
#include "ui/app/ReturnReminders.h"
#include "ui/app/SessionController.h"
#include "ui/cards/CardWidget.h"
#include "ui/regulation/ReminderService.h"
#include "ui/screens/SessionScreen.h"

using namespace tend;
using namespace tend::test;
using nlohmann::json;

namespace {

const QDateTime kStart(QDate(2026, 11, 22), QTime(16, 10));

json r2Record()
{
    return {
        {"status", "done"},
        {"routes", {"r2"}},
        {"effects", {{"joint", "locked"}, {"programs", "calming-only"}, {"take_space", "off"}, {"recheck_days", 28}}},
        {"checked_at", kStart.toUTC().toString(Qt::ISODate).toStdString()}};
}

json clearRecord()
{
    return {{"status", "done"},
            {"routes", json::array()},
            {"effects", {{"joint", "open"}, {"take_space", "on"}, {"recheck_days", 28}}},
            {"checked_at", kStart.toUTC().toString(Qt::ISODate).toStdString()}};
}

QString cardId(ui::SessionScreen* s)
{
    return s->currentCard() ? s->currentCard()->cardId() : QString();
}

/// Starts `who`'s own session from Home.
ui::SessionScreen* startAlone(UiApp& t, const ui::PartnerInfo& who)
{
    ui::MainWindow* w = t.window();
    w->showScreen(ui::ScreenId::Home, false);
    clickOn(w, QStringLiteral("homeStartAlone"));
    clickOn(w, QStringLiteral("startAloneAs-") + QString::fromStdString(who.id));
    REQUIRE(w->currentScreenId() == ui::ScreenId::Session);
    return w->sessionScreen();
}

/// Answers step 1 asking for space, until `stopAt`; returns every card shown on the way.
QStringList walkAskingForSpace(ui::MainWindow* w, ui::SessionScreen* s, const QString& stopAt)
{
    QStringList seen;
    for (int guard = 0; guard < 30; ++guard) {
        settle();
        REQUIRE(s->view() == ui::SessionScreen::View::Card);
        ui::CardWidget* card = s->currentCard();
        const QString id = card->cardId();
        seen << id;
        if (id == stopAt)
            return seen;
        if (id == QLatin1String("speak-or-settle")) {
            clickOn(card, QStringLiteral("gate-can-speak"));
            continue;
        }
        if (card->kind() == QLatin1String("prompt"))
            typeInto(card, QStringLiteral("promptEditor"), QStringLiteral("A few words."));
        else if (id == QLatin1String("needs"))
            clickOn(card, QStringLiteral("option-space"));
        pressNext(w);
    }
    FAIL("did not reach " << stopAt.toStdString());
    return seen;
}

} // namespace

TEST_CASE("a route for one partner removes the come-back card from the other partner's own session")
{
    UiApp t(true);
    t.now = [] { return kStart; };
    t.app()->now = t.now;
    const ui::PartnerInfo sam = t.app()->profile().partners[0];
    const ui::PartnerInfo alex = t.app()->profile().partners[1];

    SECTION("with both checks clear, asking for space brings the come-back card (the baseline)")
    {
        ui::SessionScreen* s = startAlone(t, alex);
        CHECK(walkAskingForSpace(t.window(), s, QStringLiteral("come-back-plan"))
                  .contains(QStringLiteral("come-back-plan")));
    }
    SECTION("with Sam's check at R2, Alex is never asked when to come back, and Back still goes back past it")
    {
        t.app()->recordSafetyCheck(sam.id, r2Record());
        CHECK_FALSE(t.app()->comeBackPlanAllowed());
        ui::SessionScreen* s = startAlone(t, alex);
        const QStringList seen = walkAskingForSpace(t.window(), s, QStringLiteral("if-partner-needs-space"));
        CHECK_FALSE(seen.contains(QStringLiteral("come-back-plan")));
        CHECK(t.app()->reminders()->pending().empty());
        pressBack(t.window());
        settle();
        CHECK(cardId(s) == QStringLiteral("ask-for-it"));
    }
}

TEST_CASE("a come-back time agreed before the other partner's check is neither reminded nor shown on Home")
{
    UiApp t(true);
    t.now = [] { return kStart; };
    t.app()->now = t.now;
    ui::MainWindow* w = t.window();
    const ui::PartnerInfo sam = t.app()->profile().partners[0];
    const ui::PartnerInfo alex = t.app()->profile().partners[1];

    // Alex pauses their own session with a time to come back.
    ui::SessionScreen* s = startAlone(t, alex);
    walkAskingForSpace(w, s, QStringLiteral("ask-for-it"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
    settle();
    QWidget* dialog = QApplication::activeModalWidget();
    REQUIRE(dialog);
    clickOn(dialog, QStringLiteral("pauseSuggest0"));
    typeInto(dialog, QStringLiteral("pausePlace"), QStringLiteral("the sofa"));
    clickOn(dialog, QStringLiteral("pauseConfirm"));
    REQUIRE(s->view() == ui::SessionScreen::View::Paused);
    REQUIRE(t.app()->reminders()->pending().size() == 1);
    w->showScreen(ui::ScreenId::Home, false);
    settle();
    CHECK(need<QLabel>(w, QStringLiteral("continueText"))->text().contains(QStringLiteral("come back")));

    // Then Sam's private check routes to R2.
    t.app()->recordSafetyCheck(sam.id, r2Record());
    w->showScreen(ui::ScreenId::Home, false);
    settle();
    const QString home = need<QLabel>(w, QStringLiteral("continueText"))->text();
    CHECK_FALSE(home.contains(QStringLiteral("come back")));
    CHECK_FALSE(home.contains(QStringLiteral("the sofa")));
    CHECK(need<QLabel>(w, QStringLiteral("neutralNotice"))->isVisible());

    // The agreed time comes: no banner, for anyone at the screen.
    REQUIRE(w->returnWatch());
    t.app()->now = [] { return kStart.addSecs(3 * 3600); };
    t.now = t.app()->now;
    w->returnWatch()->service()->poll();
    CHECK_FALSE(need<QWidget>(w, QStringLiteral("returnBanner"))->isVisible());

    // After Sam takes the check again and it is clear, the plan may be offered again.
    t.app()->recordSafetyCheck(sam.id, clearRecord());
    CHECK(t.app()->comeBackPlanAllowed());
}
