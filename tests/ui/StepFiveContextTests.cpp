// Step 5 keeps the thread: needs and requests show what each wrote alone (shared answers only), and after "not yet"
// the couple reads why they are back, with their intention and agreements carried into the new round.
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>

#include "SessionWalk.h"
#include "UiTestSupport.h"
#include "tend/repair/RoundCommitments.h"
#include "ui/app/SessionController.h"

using namespace tend;
using namespace tend::test;
using namespace tend::test::walking;

TEST_CASE("step 5 shows each partner's shared needs, carries the intention into another round and says why")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    clickOn(w, QStringLiteral("homeStartTogether"));
    ui::SessionScreen* s = w->sessionScreen();
    walkOwnSteps(w, s, QStringLiteral("Sam"));
    clickOn(s, QStringLiteral("switchTo-") + qidOf(t, 1));
    clickOn(s, QStringLiteral("curtainConfirm"));
    // Alex keeps their needs and requests to themself.
    walkOwnSteps(w, s, QStringLiteral("Alex"), QStringLiteral("my-needs-requests"));
    typeInto(w, QStringLiteral("promptEditor"), QStringLiteral("Alex's private request"));
    clickOn(w, QStringLiteral("keepPrivate"));
    pressNext(w);
    walkOwnSteps(w, s, QStringLiteral("Alex"));

    for (int guard = 0; guard < 20 && cardOf(s) != QStringLiteral("needs-and-requests"); ++guard) {
        if (cardOf(s) == QStringLiteral("turns")) {
            bothTurns(w, s, t);
            pressNext(w);
        } else if (cardOf(s) == QStringLiteral("showing-feelings")) {
            pressNext(w);
        } else {
            answerAndGoOn(w, s, QStringLiteral("We want to feel like a team again."));
        }
    }
    REQUIRE(cardOf(s) == QStringLiteral("needs-and-requests"));
    auto* sams = need<QLabel>(w, QStringLiteral("lookBack-") + qidOf(t, 0));
    CHECK(sams->text().contains(QStringLiteral("Sam writes about my-needs-requests")));
    CHECK(sams->text().contains(QStringLiteral("Reassurance"))); // the need Sam chose in step 1
    // Alex's private request is not on the shared screen.
    for (QLabel* label : w->findChildren<QLabel*>())
        CHECK_FALSE(label->text().contains(QStringLiteral("Alex's private request")));

    // Round 1 ends with "not yet".
    stepFiveToClear(w, s, t, QStringLiteral("- Say when I need a break"));
    clickOn(w, QStringLiteral("gate-") + qidOf(t, 0) + QStringLiteral("-yes"));
    clickOn(w, QStringLiteral("gate-") + qidOf(t, 1) + QStringLiteral("-no"));
    pressNext(w);
    REQUIRE(cardOf(s) == QStringLiteral("leftover-check"));
    auto* why = need<QWidget>(w, QStringLiteral("roundAgain"));
    bool saysWhy = false;
    for (QLabel* label : why->findChildren<QLabel*>())
        saysWhy = saysWhy || label->text().contains(QStringLiteral("not yet"));
    CHECK(saysWhy);
    answerAndGoOn(w, s, QString()); // leftover-check
    answerAndGoOn(w, s, QString()); // choose-space
    REQUIRE(cardOf(s) == QStringLiteral("shared-intention"));
    CHECK(need<QPlainTextEdit>(w, QStringLiteral("promptEditor"))->toPlainText() ==
          QStringLiteral("We want to feel like a team again."));
    pressNext(w);
    REQUIRE(cardOf(s) == QStringLiteral("agreements"));
}

TEST_CASE("after the second not-yet in one repair a calm note suggests a couples therapist, never after the first")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    clickOn(w, QStringLiteral("homeStartTogether"));
    ui::SessionScreen* s = w->sessionScreen();
    walkOwnSteps(w, s, QStringLiteral("Sam"));
    clickOn(s, QStringLiteral("switchTo-") + qidOf(t, 1));
    clickOn(s, QStringLiteral("curtainConfirm"));
    walkOwnSteps(w, s, QStringLiteral("Alex"));

    auto notYet = [&] {
        stepFiveToClear(w, s, t, QString());
        clickOn(w, QStringLiteral("gate-") + qidOf(t, 0) + QStringLiteral("-no"));
        clickOn(w, QStringLiteral("gate-") + qidOf(t, 1) + QStringLiteral("-yes"));
        pressNext(w);
        REQUIRE(cardOf(s) == QStringLiteral("leftover-check"));
    };
    notYet();
    REQUIRE(w->findChild<QWidget*>(QStringLiteral("roundAgain")));
    CHECK(w->findChild<QWidget*>(QStringLiteral("referral")) == nullptr); // once is part of repairing

    notYet();
    auto* referral = need<QWidget>(w, QStringLiteral("referral"));
    CHECK(referral->isVisible());
    QString words;
    for (QLabel* label : referral->findChildren<QLabel*>())
        words += label->text() + QLatin1Char(' ');
    CHECK(words.contains(QStringLiteral("couples therapist")));
    CHECK_FALSE(words.contains(QStringLiteral("http"))); // Tend opens no links and shows none here
    // Moving on, the note goes; the round goes on as before.
    answerAndGoOn(w, s, QString());
    CHECK(w->findChild<QWidget*>(QStringLiteral("referral")) == nullptr);
}

TEST_CASE("marking an old hurt in a second repair brings a calm note about a therapist, never the first time")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    ui::SessionScreen* s = w->sessionScreen();
    const QString sam = qidOf(t, 0);

    // Sam's first repair on their own: an old hurt, marked; no note, since nothing came before.
    REQUIRE(s->startNew({sam}, false));
    w->showScreen(ui::ScreenId::Session, false);
    REQUIRE(s->jumpTo("echoes-familiar"));
    settle();
    clickOn(s->currentCard(), QStringLiteral("option-old-hurt"));
    settle();
    CHECK_FALSE(w->findChild<QWidget*>(QStringLiteral("oldPainReferral")));
    pressNext(w);
    t.app()->journal()->flush();
    settle();

    // A second repair: "partly" brings nothing; "it feels old" brings the note, below the card; changing the
    // answer takes it away again.
    REQUIRE(s->startNew({sam}, false));
    w->showScreen(ui::ScreenId::Session, false);
    REQUIRE(s->jumpTo("echoes-familiar"));
    settle();
    clickOn(s->currentCard(), QStringLiteral("option-partly"));
    settle();
    CHECK_FALSE(w->findChild<QWidget*>(QStringLiteral("oldPainReferral")));
    clickOn(s->currentCard(), QStringLiteral("option-old-hurt"));
    settle();
    auto* note = need<QWidget>(w, QStringLiteral("oldPainReferral"));
    CHECK(note->isVisible());
    bool therapist = false;
    for (QLabel* label : note->findChildren<QLabel*>())
        therapist = therapist || label->text().contains(QStringLiteral("therapist"));
    CHECK(therapist);
    clickOn(s->currentCard(), QStringLiteral("option-new"));
    settle(50);
    CHECK_FALSE(w->findChild<QWidget*>(QStringLiteral("oldPainReferral")));

    // Coming back to the card with the old hurt chosen shows it again.
    clickOn(s->currentCard(), QStringLiteral("option-old-hurt"));
    pressNext(w);
    pressBack(w);
    settle();
    REQUIRE(cardOf(s) == QStringLiteral("echoes-familiar"));
    CHECK(need<QWidget>(w, QStringLiteral("oldPainReferral"))->isVisible());
}
