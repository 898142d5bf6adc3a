#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSlider>
#include <QTextDocument>
#include <cstdio>

#include "SessionWalk.h"
#include "UiTestSupport.h"
#include "tend/engine/Session.h"
#include "ui/app/JournalService.h"
#include "ui/app/SessionController.h"
#include "ui/app/Settings.h"
#include "ui/cards/CardWidget.h"
#include "ui/screens/JournalScreen.h"
#include "ui/screens/SessionScreen.h"
#include "ui/widgets/SavedIndicator.h"
#include "ui/widgets/StepRail.h"

using namespace tend;
using namespace tend::test;
using namespace tend::test::walking;
using nlohmann::json;

namespace {

ui::SessionScreen* sessionOf(UiApp& t)
{
    return t.window()->sessionScreen();
}

void turnsExchange(ui::MainWindow* w, ui::SessionScreen* s, UiApp& t)
{
    for (int speaker : {0, 1}) {
        clickOn(w, QStringLiteral("turnsFirst-") + qidOf(t, speaker));
        typeInto(w, QStringLiteral("turnsShared"), QStringLiteral("My chest went tight and I felt alone."));
        clickOn(w, QStringLiteral("turnsToReflect"));
        // Who is writing follows the roles: now the listener.
        CHECK(s->writer() == idOf(t, 1 - speaker));
        typeInto(w, QStringLiteral("turnsReflected"), QStringLiteral("You felt alone, and it hurt."));
        typeInto(w, QStringLiteral("turnsNoticed"), QStringLiteral("My shoulders dropped."));
        clickOn(w, QStringLiteral("turnsToConfirm"));
        if (speaker == 0) {
            // A correction starts another round with the same speaker.
            clickOn(w, QStringLiteral("turnsNotQuite"));
            typeInto(w, QStringLiteral("turnsCorrection"), QStringLiteral("And scared, too."));
            clickOn(w, QStringLiteral("turnsAnotherRound"));
            clickOn(w, QStringLiteral("turnsToReflect"));
            clickOn(w, QStringLiteral("turnsToConfirm"));
        }
        clickOn(w, QStringLiteral("turnsYes"));
        if (speaker == 0) {
            // Once begun, both turns are needed before moving on.
            pressNext(w);
            CHECK(cardOf(s) == QStringLiteral("turns"));
            CHECK(s->message().contains(QStringLiteral("Alex")));
        }
    }
}

} // namespace

TEST_CASE("a couple goes through all five steps together, loops back once, pauses across a restart")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    const QString sam = qidOf(t, 0);
    const QString alex = qidOf(t, 1);

    // Two clicks at most from launch: one here.
    clickOn(w, QStringLiteral("homeStartTogether"));
    REQUIRE(w->currentScreenId() == ui::ScreenId::Session);
    ui::SessionScreen* s = sessionOf(t);
    CHECK(need<QLabel>(w, QStringLiteral("stepEyebrow"))->text().contains(QStringLiteral("SAM'S OWN WORK")));
    CHECK(s->writer() == idOf(t, 0));

    // "Why this step" shows the step's purpose.
    clickOn(w, QStringLiteral("whyThisStep"));
    CHECK(need<QLabel>(w, QStringLiteral("stepPurpose"))->isVisible());

    // Back keeps answers: go one card on, come back with the keyboard.
    pressNext(w);
    const QString second = cardOf(s);
    pressBack(w);
    CHECK(cardOf(s) == QStringLiteral("rupture-is-normal"));
    pressNext(w);
    CHECK(cardOf(s) == second);

    // Sam works through steps 1 and 2 and starts writing in step 3.
    walkOwnSteps(w, s, QStringLiteral("Sam"), QStringLiteral("feel-and-express"));
    REQUIRE(cardOf(s) == QStringLiteral("feel-and-express"));
    typeInto(s->currentCard(), QStringLiteral("promptEditor"), QStringLiteral("Sam's unfinished words"));
    // A draft is saved after a short pause in typing: wait for that, not for a fixed time.
    auto* saved = need<ui::SavedIndicator>(s->currentCard(), QStringLiteral("savedIndicator"));
    CHECK(QTest::qWaitFor([&] { return saved->state() == ui::SavedIndicator::State::Saved; }, 5000));
    settle(50);
    CHECK(saved->state() == ui::SavedIndicator::State::Saved);
    CHECK(saved->text().startsWith(QStringLiteral("Saved")));
    const std::string sessionId = s->controller()->row().id;
    bool draftFound = false;
    for (const auto& draft : t.app()->journal()->drafts(sessionId))
        draftFound = draftFound || draft.payload.find("Sam's unfinished words") != std::string::npos;
    CHECK(draftFound);

    // The rail shows where each partner is while they work on their own.
    const QStringList rail = s->rail()->rowTexts();
    REQUIRE(rail.size() == 5);
    CHECK(rail[0].contains(QStringLiteral("Sam: done")));
    CHECK(rail[0].contains(QStringLiteral("Alex: in progress")));

    // Pause with Ctrl+P: why, when and where to come back.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
    settle();
    QWidget* dialog = QApplication::activeModalWidget();
    REQUIRE(dialog);
    clickOn(dialog, QStringLiteral("pauseReason-space"));
    clickOn(dialog, QStringLiteral("pauseSuggest0"));
    typeInto(dialog, QStringLiteral("pausePlace"), QStringLiteral("the kitchen table"));
    clickOn(dialog, QStringLiteral("pauseConfirm"));
    CHECK(s->view() == ui::SessionScreen::View::Paused);
    CHECK(need<QLabel>(w, QStringLiteral("pausedText"))->text().contains(QStringLiteral("the kitchen table")));

    // Quit and launch again on the same data folder.
    t.restart();
    w = t.window();
    CHECK(w->currentScreenId() == ui::ScreenId::Home);
    auto* resume = need<QLabel>(w, QStringLiteral("continueText"));
    CHECK(resume->isVisible());
    CHECK(resume->text().contains(QStringLiteral("the kitchen table")));
    clickOn(w, QStringLiteral("homeContinue"));
    s = sessionOf(t);
    REQUIRE(s->view() == ui::SessionScreen::View::Card);
    CHECK(cardOf(s) == QStringLiteral("feel-and-express"));
    // The unfinished words came back from the draft.
    CHECK(need<QPlainTextEdit>(s->currentCard(), QStringLiteral("promptEditor"))->toPlainText() ==
          QStringLiteral("Sam's unfinished words"));

    // Sam finishes steps 3 and 4 and waits for Alex.
    pressNext(w);
    walkOwnSteps(w, s, QStringLiteral("Sam"));
    REQUIRE(s->view() == ui::SessionScreen::View::Waiting);
    clickOn(w, QStringLiteral("switchTo-") + alex);
    // The keyboard changes hands behind the privacy curtain.
    CHECK(s->view() == ui::SessionScreen::View::Curtain);
    clickOn(s, QStringLiteral("curtainConfirm"));
    CHECK(s->writer() == idOf(t, 1));
    walkOwnSteps(w, s, QStringLiteral("Alex"));

    // Step 5 opens for both.
    REQUIRE(s->view() == ui::SessionScreen::View::Card);
    CHECK(cardOf(s) == QStringLiteral("leftover-check"));
    CHECK(need<QLabel>(w, QStringLiteral("stepEyebrow"))->text().contains(QStringLiteral("TOGETHER")));
    CHECK(need<QWidget>(w, QStringLiteral("writerSwitch"))->isVisible());
    answerAndGoOn(w, s, {});                                                  // leftover check
    answerAndGoOn(w, s, {});                                                  // choose the space
    clickOn(w, QStringLiteral("writer-") + sam);                              // who is writing now
    answerAndGoOn(w, s, QStringLiteral("We both want to feel close again.")); // shared intention
    answerAndGoOn(w, s, {});                                                  // agreements
    answerAndGoOn(w, s, {});                                                  // showing feelings
    REQUIRE(cardOf(s) == QStringLiteral("turns"));
    turnsExchange(w, s, t);
    pressNext(w);
    REQUIRE(cardOf(s) == QStringLiteral("apology"));
    answerAndGoOn(w, s, {});                                                                   // an apology, if ready
    answerAndGoOn(w, s, QStringLiteral("I need us to check in before bed."));                  // needs and requests
    answerAndGoOn(w, s, QStringLiteral("Phones away at dinner\n- A walk together on Sunday")); // new commitments
    REQUIRE(cardOf(s) == QStringLiteral("shake-it-off"));
    pressNext(w); // the timer is optional

    // "Are we clear?": one says not yet → back to the start of step 5.
    REQUIRE(cardOf(s) == QStringLiteral("clear"));
    clickOn(w, QStringLiteral("gate-") + sam + QStringLiteral("-yes"));
    clickOn(w, QStringLiteral("gate-") + alex + QStringLiteral("-no"));
    pressNext(w);
    CHECK(cardOf(s) == QStringLiteral("leftover-check"));
    CHECK(need<QLabel>(w, QStringLiteral("stepEyebrow"))->text().contains(QStringLiteral("ROUND 2")));

    // Second time through: lighter, then both are clear.
    // Both turns are needed again; round 1's commitments are shown as kept, and only a new one is written.
    for (int guard = 0; guard < 20 && cardOf(s) != QStringLiteral("clear"); ++guard) {
        if (cardOf(s) == QStringLiteral("turns")) {
            turnsExchange(w, s, t);
            pressNext(w);
        } else if (cardOf(s) == QStringLiteral("new-commitments")) {
            auto* earlier = need<QWidget>(s, QStringLiteral("earlierCommitments"));
            CHECK(earlier->isVisible());
            bool listed = false;
            for (QLabel* label : earlier->findChildren<QLabel*>())
                listed = listed || label->text().contains(QStringLiteral("A walk together on Sunday"));
            CHECK(listed);
            answerAndGoOn(w, s, QStringLiteral("A new one from round two"));
        } else {
            pressNext(w);
        }
    }
    REQUIRE(cardOf(s) == QStringLiteral("clear"));
    clickOn(w, QStringLiteral("gate-") + sam + QStringLiteral("-yes"));
    clickOn(w, QStringLiteral("gate-") + alex + QStringLiteral("-yes"));
    pressNext(w);
    CHECK(cardOf(s) == QStringLiteral("rebond-ideas"));
    for (int guard = 0; guard < 10 && s->view() == ui::SessionScreen::View::Card; ++guard)
        pressNext(w);
    REQUIRE(s->view() == ui::SessionScreen::View::Completed);

    // The journal holds it all.
    t.app()->journal()->flush();
    auto* journal = t.app()->journal();
    const auto row = journal->session(sessionId);
    REQUIRE(row);
    CHECK(row->status == journal::SessionStatus::Completed);
    const auto entries = journal->entries(sessionId, journal::Viewer::everything());
    auto has = [&](const std::string& card, const std::optional<std::string>& who, const std::string& text, int round) {
        for (const auto& e : entries) {
            const json payload = json::parse(e.payload);
            if (e.card == card && e.partnerId == who && e.payload.find(text) != std::string::npos &&
                payload.value("round", 1) == round)
                return true;
        }
        return false;
    };
    CHECK(has("give-voice", idOf(t, 0), "Sam writes", 1));
    CHECK(has("give-voice", idOf(t, 1), "Alex writes", 1));
    CHECK(has("feel-and-express", idOf(t, 0), "Sam's unfinished words", 1));
    CHECK(has("shared-intention", std::nullopt, "feel close again", 1));
    CHECK(has("turns", std::nullopt, "And scared, too.", 1));
    CHECK(has("clear", std::nullopt, "no", 1));
    CHECK(has("clear", std::nullopt, "yes", 2));
    CHECK(journal->drafts(sessionId).empty()); // every draft became an entry

    const auto commitments = journal->commitments(t.app()->profile().coupleId);
    std::vector<std::string> texts;
    for (const auto& c : commitments)
        texts.push_back(json::parse(c.payload).value("text", std::string()));
    CHECK(std::find(texts.begin(), texts.end(), "Phones away at dinner") != texts.end());
    CHECK(std::find(texts.begin(), texts.end(), "A walk together on Sunday") != texts.end());
    CHECK(std::find(texts.begin(), texts.end(), "A new one from round two") != texts.end());
    CHECK(texts.size() == 3); // round 1's two lines are kept, once each

    // And the journal screen shows the record.
    clickOn(w, QStringLiteral("sessionOpenJournal"));
    auto* journalScreen = static_cast<ui::JournalScreen*>(w->screen(ui::ScreenId::Journal));
    CHECK(journalScreen->recordHtml().contains(QStringLiteral("feel close again")));
    journalScreen->focusSearch();
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("close"));
    journalScreen->runSearch();
    // The match is highlighted in the snippet, and shared answers are found from the shared view.
    CHECK(journalScreen->resultsHtml().contains(QStringLiteral("again")));
    CHECK(journalScreen->resultsHtml().contains(QStringLiteral("underline")));

    // Both read as words for people: titles, labels and names, never the ids, kinds, rounds or JSON a payload holds.
    for (const QString& html : {journalScreen->recordHtml(), journalScreen->resultsHtml()}) {
        QTextDocument document;
        document.setHtml(html);
        // What the couple wrote may say anything ("A new one from round two"): only the rest is checked here.
        const QString text = document.toPlainText().remove(QStringLiteral("A new one from round two"));
        INFO(text.toStdString());
        CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"))));
        CHECK_FALSE(
            text.contains(QRegularExpression(QStringLiteral("\\b(prompt|gate|checklist|kind|round|Round)\\b"))));
        CHECK_FALSE(text.contains(QLatin1Char('{')));
        for (const char* id : {"notice-body", "speak-or-settle", "can-speak", "checkin-before", "new-commitments"})
            CHECK_FALSE(text.contains(QLatin1String(id)));
    }
    QTextDocument record;
    record.setHtml(journalScreen->recordHtml());
    CHECK(record.toPlainText().contains(QStringLiteral("Notice it in your body")));
    CHECK(record.toPlainText().contains(QStringLiteral("Sam")));
}

TEST_CASE("private answers stay out of the partner's view of the journal")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    clickOn(w, QStringLiteral("homeStartTogether"));
    ui::SessionScreen* s = sessionOf(t);
    walkOwnSteps(w, s, QStringLiteral("Sam"), QStringLiteral("give-voice"));
    REQUIRE(cardOf(s) == QStringLiteral("give-voice"));
    typeInto(s->currentCard(), QStringLiteral("promptEditor"), QStringLiteral("only for me"));
    clickOn(s->currentCard(), QStringLiteral("keepPrivate"));
    pressNext(w);
    t.app()->journal()->flush();
    const std::string sessionId = s->controller()->row().id;
    auto* journal = t.app()->journal();
    auto seen = [&](const journal::Viewer& viewer) {
        for (const auto& e : journal->entries(sessionId, viewer))
            if (e.payload.find("only for me") != std::string::npos)
                return true;
        return false;
    };
    CHECK(seen(journal::Viewer::partner(idOf(t, 0))));
    CHECK_FALSE(seen(journal::Viewer::partner(idOf(t, 1))));
    CHECK_FALSE(seen(journal::Viewer::sharedOnly()));
}

TEST_CASE("on my own: one click from Home for a solo profile, and steps go straight on")
{
    UiApp t;
    ui::Profile profile;
    profile.solo = true;
    profile.partners = {{"", QStringLiteral("Robin"), {}}};
    t.app()->setProfile(profile);
    t.app()->settings()->setSetupComplete(true);
    t.window()->showScreen(ui::ScreenId::Home, false);
    CHECK_FALSE(need<QWidget>(t.window(), QStringLiteral("homeStartTogether"))->isVisible());
    clickOn(t.window(), QStringLiteral("homeStartAlone"));
    REQUIRE(t.window()->currentScreenId() == ui::ScreenId::Session);
    ui::SessionScreen* s = sessionOf(t);
    CHECK_FALSE(need<QWidget>(t.window(), QStringLiteral("writerSwitch"))->isVisible());
    CHECK(cardOf(s) == QStringLiteral("rupture-is-normal"));
}

TEST_CASE("a repair reads the app's one clock: the journal's start and the engine's time agree with it")
{
    UiApp t(true);
    const QDateTime start(QDate(2026, 3, 14), QTime(9, 26, 53), Qt::UTC);
    QDateTime clock = start;
    t.app()->now = [&clock] { return clock; };
    ui::SessionScreen* s = t.window()->sessionScreen();
    REQUIRE(s->startNew({QString::fromStdString(t.app()->profile().partners[0].id)}, false));
    settle();
    ui::SessionController* controller = s->controller();
    CHECK(controller->row().startedAt == "2026-03-14T09:26:53.000Z");
    // Five minutes on, moving on stamps the row's last change by the same clock.
    clock = start.addSecs(300);
    REQUIRE(s->goNext());
    settle();
    const std::string later = "2026-03-14T09:31:53";
    CHECK(controller->row().updatedAt.rfind(later, 0) == 0);
    // The engine's own record (what a paused repair restores from) carries the same times.
    const std::string state = controller->session().toJson().dump();
    CHECK(state.find("2026-03-14T09:26:53") != std::string::npos);

    // The rows an answer and a check-in make are stamped by it too, not by the computer's clock: an answer when it
    // is given (here, five minutes in), a check-in when the person moves on from it.
    REQUIRE(s->currentCard());
    REQUIRE(s->currentCard()->cardId() == QStringLiteral("notice-body"));
    s->currentCard()->setAnswer(engine::Answer::array({"heat"}));
    Q_EMIT s->currentCard()->answerChanged();
    clock = start.addSecs(600);
    REQUIRE(s->goNext());
    settle();
    QString error;
    const std::string writer = t.app()->profile().partners[0].id;
    REQUIRE(controller->jumpTo(writer, "checkin-before", error));
    settle();
    REQUIRE(s->currentCard());
    s->currentCard()->setAnswer({{"level", 5}, {"state", "racing"}});
    Q_EMIT s->currentCard()->answerChanged();
    clock = start.addSecs(900);
    REQUIRE(s->goNext());
    settle();
    t.app()->journal()->flush();
    const std::string sessionId = controller->row().id;
    bool sawEntry = false;
    for (const journal::Entry& entry : t.app()->journal()->entries(sessionId, journal::Viewer::everything())) {
        if (entry.card == "notice-body") {
            sawEntry = true;
            INFO(entry.createdAt);
            CHECK(entry.createdAt.rfind("2026-03-14T09:31:53", 0) == 0);
        }
    }
    CHECK(sawEntry);
    const auto checkIns = t.app()->journal()->reader().checkIns(sessionId).value();
    REQUIRE(checkIns.size() == 1);
    CHECK(checkIns.front().createdAt.rfind("2026-03-14T09:41:53", 0) == 0);
}
