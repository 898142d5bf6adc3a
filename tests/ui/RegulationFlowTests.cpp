// The regulation pieces wired into the shell, driven through the real window: check-ins that route the flow,
// the pacer, practice and hug cards, and come-back reminders agreed on a card, kept across restarts and delivered
// once.
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStyleOption>
#include <cstdio>

#include "UiTestSupport.h"
#include "tend/engine/Session.h"
#include "tend/regulation/RegulationLibrary.h"
#include "ui/ReturnWatch.h"
#include "ui/app/EventSound.h"
#include "ui/app/JournalService.h"
#include "ui/app/ReturnReminders.h"
#include "ui/app/SessionController.h"
#include "ui/app/Settings.h"
#include "ui/cards/CardWidget.h"
#include "ui/cards/RegulationCards.h"
#include "ui/cards/ScaleCards.h"
#include "ui/regulation/BreathingPacer.h"
#include "ui/regulation/HugTimer.h"
#include "ui/regulation/LiftPractice.h"
#include "ui/screens/ReturnScreen.h"
#include "ui/screens/SessionScreen.h"

using namespace tend;
using namespace tend::test;

namespace {

/// A fixed afternoon, so suggested and agreed times are the same on every run.
const QDateTime kStart(QDate(2026, 11, 22), QTime(16, 10));

QString cardId(ui::SessionScreen* s)
{
    return s->currentCard() ? s->currentCard()->cardId() : QString();
}

/// The practice's own step buttons are not the session's Back and Next: other words on screen and for a screen
/// reader, quiet, inside the practice's frame, and reached by their own keys without moving the session.
void checkPracticeStepButtons(ui::MainWindow* w, ui::PracticeCard* card)
{
    auto* practiceBack = need<QPushButton>(card, QStringLiteral("practiceBack"));
    auto* practiceNext = need<QPushButton>(card, QStringLiteral("practiceNext"));
    auto* sessionBack = need<QPushButton>(w, QStringLiteral("sessionBack"));
    auto* sessionNext = need<QPushButton>(w, QStringLiteral("sessionNext"));
    auto shown = [](const QPushButton* b) { return b->text().remove(QLatin1Char('&')); };
    for (const QPushButton* practice : {practiceBack, practiceNext}) {
        INFO(practice->objectName().toStdString());
        CHECK(practice->isVisible());
        for (const QPushButton* session : {sessionBack, sessionNext}) {
            CHECK(shown(practice) != shown(session));
            CHECK(practice->accessibleName() != session->accessibleName());
        }
        CHECK(shown(practice).contains(QStringLiteral("step")));
        CHECK(practice->accessibleName().contains(QStringLiteral("practice")));
        CHECK(practice->property("kind").toString() == QStringLiteral("quiet"));
        CHECK(need<QWidget>(card, QStringLiteral("practiceDetail"))->isAncestorOf(practice));
        CHECK(practice->focusPolicy() & Qt::TabFocus);
    }
    // Alt+N and Alt+V step through the practice; the session stays on the card.
    const QString cardBefore = card->cardId();
    const int step = card->guide()->currentStep();
    auto press = [w](Qt::Key key) {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : w;
        QTest::keyClick(target, key, Qt::AltModifier);
        settle(200); // a mnemonic "animates" its click for a moment
    };
    press(Qt::Key_N);
    CHECK(card->guide()->currentStep() == step + 1);
    press(Qt::Key_V);
    CHECK(card->guide()->currentStep() == step);
    CHECK(w->sessionScreen()->currentCard() == card);
    CHECK(card->cardId() == cardBefore);
}

/// Answers step 1's cards as a person would and stops at `stopAt`; `chosenNeed` is the need chosen on the needs card.
void walkTo(ui::MainWindow* w, ui::SessionScreen* s, const QString& stopAt,
            const QString& chosenNeed = QStringLiteral("assurance"))
{
    for (int guard = 0; guard < 30; ++guard) {
        REQUIRE(s->view() == ui::SessionScreen::View::Card);
        ui::CardWidget* card = s->currentCard();
        const QString id = card->cardId();
        if (id == stopAt)
            return;
        INFO("card " << id.toStdString());
        // Only the schedule card asks when to come back, and only after someone asked for space.
        if (chosenNeed != QLatin1String("space"))
            CHECK(id != QLatin1String("come-back-plan"));
        if (id == QLatin1String("speak-or-settle")) {
            clickOn(card, QStringLiteral("gate-can-speak"));
            continue;
        }
        if (card->kind() == QLatin1String("prompt"))
            typeInto(card, QStringLiteral("promptEditor"), QStringLiteral("A few words."));
        else if (id == QLatin1String("needs"))
            clickOn(card, QStringLiteral("option-") + chosenNeed);
        pressNext(w);
    }
    FAIL("did not reach " << stopAt.toStdString());
}

/// Sets a check-in card's level with the keyboard and picks the body state.
void checkIn(ui::CardWidget* card, int level, const QString& state)
{
    auto* slider = need<QSlider>(card, QStringLiteral("scaleSlider"));
    slider->setFocus();
    QTest::keyClick(slider, Qt::Key_End); // 10
    for (int i = 10; i > level; --i)
        QTest::keyClick(slider, Qt::Key_Left);
    REQUIRE(slider->value() == level);
    clickOn(card, QStringLiteral("state-") + state);
}

ui::SessionScreen* startTogether(UiApp& t)
{
    clickOn(t.window(), QStringLiteral("homeStartTogether"));
    REQUIRE(t.window()->currentScreenId() == ui::ScreenId::Session);
    return t.window()->sessionScreen();
}

std::size_t deliveredCount(UiApp& t)
{
    std::size_t delivered = 0;
    auto rows = t.app()->journal()->reader().reminders(t.app()->profile().coupleId);
    REQUIRE(rows.ok());
    for (const auto& row : rows.value())
        delivered += row.deliveredAt ? 1 : 0;
    return delivered;
}

} // namespace

TEST_CASE("check-ins route the flow in the window: racing settles, shut down lifts, still flooded offers time or a "
          "pause")
{
    UiApp t(true);
    t.app()->now = [] { return kStart; };
    ui::MainWindow* w = t.window();
    ui::SessionScreen* s = startTogether(t);
    walkTo(w, s, QStringLiteral("checkin-before"));

    // Racing: the next card is the breathing pacer, pacing the card's pattern.
    checkIn(s->currentCard(), 8, QStringLiteral("racing"));
    pressNext(w);
    REQUIRE(cardId(s) == QStringLiteral("settle-breathing"));
    auto* breathing = dynamic_cast<ui::BreathingCard*>(s->currentCard());
    REQUIRE(breathing);
    CHECK(breathing->pacer()->hasPattern());
    CHECK(breathing->pacer()->minutes() == 5);
    CHECK(breathing->pacer()->isVisible());
    CHECK(breathing->pacer()->reducedMotion()); // the test app's setting
    CHECK(need<QLabel>(breathing, QStringLiteral("breathingRhythm"))->text().contains(QStringLiteral("6 s")));
    CHECK(breathing->focusTarget() == need<QWidget>(breathing, QStringLiteral("pacerStartPause")));

    // Shut down: back to the check-in, another answer, and the lifting practices come instead.
    pressBack(w);
    REQUIRE(cardId(s) == QStringLiteral("checkin-before"));
    clickOn(s->currentCard(), QStringLiteral("state-shut-down"));
    pressNext(w);
    REQUIRE(cardId(s) == QStringLiteral("lift-practices"));
    auto* lift = dynamic_cast<ui::PracticeCard*>(s->currentCard());
    REQUIRE(lift);
    clickOn(lift, QStringLiteral("practice-shake-out"));
    REQUIRE(lift->guide());
    CHECK(lift->guide()->isVisible());
    CHECK(lift->currentPractice() == QStringLiteral("shake-out"));
    clickOn(lift, QStringLiteral("practiceStartPause"));
    CHECK(lift->answer() == nlohmann::json({{"practice", "shake-out"}, {"completed", false}}));
    checkPracticeStepButtons(w, lift);

    // Steady: the person is asked what would help.
    pressBack(w);
    REQUIRE(cardId(s) == QStringLiteral("checkin-before"));
    clickOn(s->currentCard(), QStringLiteral("state-steady"));
    pressNext(w);
    CHECK(cardId(s) == QStringLiteral("settle-or-lift"));

    // Racing again, through the settling cards to the second check-in.
    pressBack(w);
    clickOn(s->currentCard(), QStringLiteral("state-racing"));
    pressNext(w);
    REQUIRE(cardId(s) == QStringLiteral("settle-breathing"));
    pressNext(w);
    REQUIRE(cardId(s) == QStringLiteral("settle-practices"));
    pressNext(w);
    REQUIRE(cardId(s) == QStringLiteral("checkin-after"));

    // The change shows as the person answers: down from 8 to 4, and steadier.
    auto* after = dynamic_cast<ui::CheckinCard*>(s->currentCard());
    REQUIRE(after);
    CHECK(after->changeText().isEmpty()); // nothing to compare before a level is given
    checkIn(after, 4, QStringLiteral("steady"));
    CHECK(after->changeText().startsWith(QStringLiteral("You came down from 8 to 4.")));
    CHECK(after->changeText().contains(QStringLiteral("steadier")));
    CHECK(need<QLabel>(after, QStringLiteral("checkinChange"))->isVisible());

    // Still flooded: 8 again. The sentence says so and the next card offers more time or a pause.
    checkIn(after, 8, QStringLiteral("racing"));
    CHECK(after->changeText().contains(QStringLiteral("About the same")));
    CHECK(after->changeText().contains(QStringLiteral("pause")));
    pressNext(w);
    REQUIRE(cardId(s) == QStringLiteral("still-flooded"));
    for (const char* option : {"gate-settle-more", "gate-lift-more", "gate-pause"})
        CHECK(need<QWidget>(s->currentCard(), QString::fromLatin1(option))->isVisible());
    clickOn(s->currentCard(), QStringLiteral("gate-settle-more"));
    REQUIRE(cardId(s) == QStringLiteral("more-settle-breathing"));
    CHECK(dynamic_cast<ui::BreathingCard*>(s->currentCard()));

    // Once more still flooded, and this time a pause: the dialog asks when to come back, and the reminder is kept.
    pressNext(w);
    REQUIRE(cardId(s) == QStringLiteral("more-settle-practices"));
    pressNext(w);
    REQUIRE(cardId(s) == QStringLiteral("checkin-after"));
    checkIn(s->currentCard(), 9, QStringLiteral("racing"));
    pressNext(w);
    REQUIRE(cardId(s) == QStringLiteral("still-flooded"));
    clickOn(s->currentCard(), QStringLiteral("gate-pause"));
    settle(50);
    QWidget* dialog = QApplication::activeModalWidget();
    REQUIRE(dialog);
    typeInto(dialog, QStringLiteral("pausePlace"), QStringLiteral("the bench in the park"));
    clickOn(dialog, QStringLiteral("pauseConfirm"));
    CHECK(s->view() == ui::SessionScreen::View::Paused);
    const auto pending = t.app()->reminders()->pending();
    REQUIRE(pending.size() == 1);
    CHECK(pending.front().place == "the bench in the park");
    CHECK(pending.front().sessionId == s->controller()->row().id);
    // The suggestion: half an hour on, rounded up to the quarter hour (16:10 -> 16:45).
    CHECK(QDateTime::fromSecsSinceEpoch(pending.front().due.time_since_epoch().count()) ==
          QDateTime(QDate(2026, 11, 22), QTime(16, 45)));
}

TEST_CASE("a come-back time agreed on the schedule card survives a restart and is delivered once, first at launch")
{
    UiApp t(true);
    t.now = [] { return kStart; };
    t.app()->now = t.now;
    ui::MainWindow* w = t.window();
    ui::SessionScreen* s = startTogether(t);
    walkTo(w, s, QStringLiteral("come-back-plan"), QStringLiteral("space"));
    ui::CardWidget* card = s->currentCard();
    const std::string sessionId = s->controller()->row().id;

    // Too soon: the scheduler's sentence shows and the card stays.
    auto* when = need<QDateTimeEdit>(card, QStringLiteral("scheduleWhen"));
    CHECK(when->dateTime() == QDateTime(QDate(2026, 11, 22), QTime(16, 45))); // the suggestion
    when->setDateTime(kStart.addSecs(10 * 60));
    CHECK(need<QLabel>(card, QStringLiteral("scheduleAdvice"))->text().contains(QStringLiteral("at least 20")));
    typeInto(card, QStringLiteral("schedulePlace"), QStringLiteral("the kitchen table"));
    pressNext(w);
    CHECK(cardId(s) == QStringLiteral("come-back-plan"));
    CHECK(s->message().contains(QStringLiteral("at least 20 minutes")));
    CHECK(t.app()->reminders()->pending().empty());

    // A suggestion inside the window: stored, once, even when the card is passed again.
    clickOn(card, QStringLiteral("suggestTime1")); // in an hour
    pressNext(w);
    REQUIRE(cardId(s) == QStringLiteral("if-partner-needs-space"));
    pressBack(w);
    pressNext(w);
    auto pending = t.app()->reminders()->pending();
    REQUIRE(pending.size() == 1);
    CHECK(pending.front().place == "the kitchen table");
    CHECK(pending.front().sessionId == sessionId);

    // Choosing another time replaces it rather than adding a second reminder.
    pressBack(w);
    REQUIRE(cardId(s) == QStringLiteral("come-back-plan"));
    clickOn(s->currentCard(), QStringLiteral("suggestTime0"));
    pressNext(w);
    pending = t.app()->reminders()->pending();
    REQUIRE(pending.size() == 1);
    const auto due = pending.front().due;
    CHECK(QDateTime::fromSecsSinceEpoch(due.time_since_epoch().count()) >= kStart.addSecs(20 * 60));

    // Tend is closed; three hours later it opens on the return, before anything else.
    t.now = [] { return kStart.addSecs(3 * 3600); };
    t.restart();
    w = t.window();
    REQUIRE(w->currentScreenId() == ui::ScreenId::Return);
    auto* screen = static_cast<ui::ReturnScreen*>(w->screen(ui::ScreenId::Return));
    REQUIRE(screen->notices().size() == 1);
    CHECK(screen->notices().front().overdue);
    CHECK(need<QLabel>(w, QStringLiteral("returnPlace"))->text().contains(QStringLiteral("the kitchen table")));
    CHECK(need<QLabel>(w, QStringLiteral("returnBody"))->text().startsWith(QStringLiteral("You had agreed")));
    CHECK(QApplication::focusWidget() == need<QWidget>(w, QStringLiteral("returnOpen0")));
    // Only the last agreement: the replaced time never fires.
    CHECK(screen->notices().front().due.toSecsSinceEpoch() == due.time_since_epoch().count());
    CHECK(t.app()->reminders()->pending().empty());
    // From there straight into the repair.
    clickOn(w, QStringLiteral("returnOpen0"));
    CHECK(w->currentScreenId() == ui::ScreenId::Session);
    CHECK(w->sessionScreen()->controller()->row().id == sessionId);

    // Opened again: delivered already, so no return screen and no second notice.
    t.restart();
    w = t.window();
    CHECK(w->currentScreenId() != ui::ScreenId::Return);
    REQUIRE(w->returnWatch());
    w->returnWatch()->service()->poll();
    CHECK_FALSE(need<QWidget>(w, QStringLiteral("returnBanner"))->isVisible());
    CHECK(t.app()->reminders()->pending().empty());
}

TEST_CASE("a return that falls due while Tend is open shows a banner once, and not again after a restart")
{
    UiApp t(true);
    t.now = [] { return kStart; };
    t.app()->now = t.now;
    ui::MainWindow* w = t.window();
    ui::SessionScreen* s = startTogether(t);
    walkTo(w, s, QStringLiteral("give-voice"));

    // Pause from the header with a time and place.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
    settle();
    QWidget* dialog = QApplication::activeModalWidget();
    REQUIRE(dialog);
    // A time outside the window keeps the dialog open with the reason.
    need<QDateTimeEdit>(dialog, QStringLiteral("pauseWhen"))->setDateTime(kStart.addSecs(26 * 3600));
    typeInto(dialog, QStringLiteral("pausePlace"), QStringLiteral("the sofa"));
    clickOn(dialog, QStringLiteral("pauseConfirm"));
    REQUIRE(QApplication::activeModalWidget() == dialog);
    CHECK(need<QLabel>(dialog, QStringLiteral("pauseTimeProblem"))->text().contains(QStringLiteral("within")));
    clickOn(dialog, QStringLiteral("pauseSuggest0"));
    clickOn(dialog, QStringLiteral("pauseConfirm"));
    REQUIRE(s->view() == ui::SessionScreen::View::Paused);
    REQUIRE(t.app()->reminders()->pending().size() == 1);

    // Not yet due: nothing. Then the agreed time comes while the window is open.
    ui::regulation::ReminderService* service = w->returnWatch()->service();
    service->poll();
    CHECK_FALSE(need<QWidget>(w, QStringLiteral("returnBanner"))->isVisible());
    t.app()->now = [] { return kStart.addSecs(2 * 3600); };
    t.now = t.app()->now;
    service->poll();
    CHECK(need<QWidget>(w, QStringLiteral("returnBanner"))->isVisible());
    CHECK(need<QLabel>(w, QStringLiteral("returnBannerText"))->text().contains(QStringLiteral("the sofa")));
    clickOn(w, QStringLiteral("returnBannerDismiss"));
    service->poll();
    CHECK_FALSE(need<QWidget>(w, QStringLiteral("returnBanner"))->isVisible());
    CHECK(deliveredCount(t) == 1);

    // Delivered while open: the next launch goes on as usual.
    t.restart();
    CHECK(t.window()->currentScreenId() != ui::ScreenId::Return);
    CHECK(deliveredCount(t) == 1);
}

TEST_CASE("coming back early to a paused repair means its reminder will not fire")
{
    UiApp t(true);
    t.app()->now = [] { return kStart; };
    ui::MainWindow* w = t.window();
    ui::SessionScreen* s = startTogether(t);
    walkTo(w, s, QStringLiteral("give-voice"));
    s->requestPause();
    settle();
    QWidget* dialog = QApplication::activeModalWidget();
    REQUIRE(dialog);
    clickOn(dialog, QStringLiteral("pauseSuggest0"));
    clickOn(dialog, QStringLiteral("pauseConfirm"));
    REQUIRE(t.app()->reminders()->pending().size() == 1);
    clickOn(w, QStringLiteral("sessionResume"));
    CHECK(s->view() == ui::SessionScreen::View::Card);
    CHECK(t.app()->reminders()->pending().empty());
}

TEST_CASE("the hug timer's length box has room for its longest value and for its arrows at every text size")
{
    UiApp t(true);
    for (const ui::TextSize size : {ui::TextSize::Normal, ui::TextSize::Largest}) {
        INFO("text size " << int(size));
        t.app()->settings()->setTextSize(size);
        ui::regulation::HugTimer hug;
        hug.setSeconds(ui::regulation::HugTimer::kMaxSeconds);
        hug.show();
        settle();
        auto* box = need<QSpinBox>(&hug, QStringLiteral("hugLength"));
        QStyleOptionSpinBox option;
        option.initFrom(box);
        option.subControls = QStyle::SC_All;
        option.buttonSymbols = box->buttonSymbols();
        option.frame = box->hasFrame();
        option.rect = box->rect();
        const QRect up = box->style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxUp, box);
        const QRect down = box->style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxDown, box);
        const QRect field = box->style()->subControlRect(QStyle::CC_SpinBox, &option, QStyle::SC_SpinBoxEditField, box);
        INFO("up " << up.width() << "x" << up.height() << " field " << field.width() << " box " << box->width());
        // Arrows a finger or a pointer can find, each half of the box.
        CHECK(up.width() >= 24);
        CHECK(down.width() >= 24);
        CHECK(up.height() >= box->height() / 3);
        // The number never runs under the arrows, and "120 seconds" fits whole.
        CHECK(field.right() < up.left());
        CHECK(field.width() >= box->fontMetrics().horizontalAdvance(box->text()));
        CHECK(box->width() >= box->sizeHint().width());
    }
    // The stylesheet's arrow images are in the resources (a missing one leaves the buttons blank).
    for (const char* arrow : {"spin-up", "spin-down", "spin-up-off", "spin-down-off"})
        CHECK(QFile::exists(QStringLiteral(":/controls/%1.svg").arg(QLatin1String(arrow))));
    t.app()->settings()->setTextSize(ui::TextSize::Normal);
}

TEST_CASE("the hug and the breathing practice end with one soft sound, none when it is off, and always a visible note")
{
    UiApp t(true);
    QStringList played;
    ui::sound::setPlayerForTesting([&](const QString& description) {
        played << description;
        return true;
    });
    ui::MainWindow* w = t.window();
    QStringList ids;
    for (const ui::PartnerInfo& p : t.app()->profile().partners)
        ids << QString::fromStdString(p.id);
    ui::SessionScreen* s = w->sessionScreen();
    REQUIRE(s->startNew(ids, true));
    w->showScreen(ui::ScreenId::Session, false);

    for (const bool soundOn : {true, false}) {
        INFO("sound " << (soundOn ? "on" : "off"));
        t.app()->settings()->setTimerSound(soundOn);
        played.clear();
        REQUIRE(s->jumpTo("hug-timer"));
        auto* hug = qobject_cast<ui::HugTimerCard*>(s->currentCard());
        REQUIRE(hug);
        Q_EMIT hug->timer()->finished(30.0);
        settle();
        CHECK(played.size() == (soundOn ? 1 : 0));
        // Seen as well as heard, for people who cannot hear it or have the sound off.
        CHECK(need<QLabel>(hug, QStringLiteral("timeUp"))->isVisible());

        REQUIRE(s->jumpTo("settle-breathing"));
        auto* pacer = need<ui::regulation::BreathingPacer>(s->currentCard(), QStringLiteral("breathingPacer"));
        Q_EMIT pacer->finished(300.0);
        settle();
        CHECK(played.size() == (soundOn ? 2 : 0));
        CHECK(need<QLabel>(s->currentCard(), QStringLiteral("timeUp"))->isVisible());
    }
    ui::sound::setPlayerForTesting({});
    t.app()->settings()->setTimerSound(true);
}
