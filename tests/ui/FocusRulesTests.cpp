// Focus rules (docs/focus-and-input.md): where focus lands on every card and screen, Enter, scrolling into view,
// and keyboard-reached actions that end a repair.
#include <catch2/catch.hpp>

#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSlider>

#include "SessionWalk.h"
#include "UiTestSupport.h"
#include "ui/screens/SafetyCheckScreen.h"
#include "ui/screens/WelcomeScreen.h"
#include "ui/widgets/FocusRules.h"
#include "ui/widgets/PrivacyCurtain.h"

using namespace tend;
using namespace tend::test;
using namespace tend::test::walking;

namespace {

/// The controls focus must never land on by itself: they end, leave or hand over what is on screen.
bool forbidden(const QWidget* w)
{
    const QString name = w ? w->objectName() : QString();
    return name == QLatin1String("headerHome") || name == QLatin1String("headerPause") ||
           name == QLatin1String("headerLock") || name == QLatin1String("headerHelp") ||
           name == QLatin1String("sessionUnsafe") || name.startsWith(QLatin1String("writer-")) ||
           name.startsWith(QLatin1String("safetyOption-"));
}

QString focusName()
{
    const QWidget* f = QApplication::focusWidget();
    return f ? f->objectName() + QStringLiteral(" (") + QLatin1String(f->metaObject()->className()) +
                   QStringLiteral(")")
             : QStringLiteral("nothing");
}

/// Focus sits on a control of the current card, or on Next when the card has nothing to fill in.
void expectCardFocus(ui::MainWindow* w, ui::SessionScreen* s)
{
    INFO("card " << cardOf(s).toStdString() << ", focus on " << focusName().toStdString());
    QWidget* focused = QApplication::focusWidget();
    REQUIRE(focused);
    CHECK_FALSE(forbidden(focused));
    const bool inCard = s->currentCard() && s->currentCard()->isAncestorOf(focused);
    CHECK((inCard || focused == need<QWidget>(w, QStringLiteral("sessionNext"))));
}

void key(int k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget* target = QApplication::focusWidget();
    REQUIRE(target);
    QTest::keyClick(target, Qt::Key(k), modifiers);
    settle();
}

ui::SessionScreen* startTogether(UiApp& t)
{
    clickOn(t.window(), QStringLiteral("homeStartTogether"));
    return t.window()->sessionScreen();
}

} // namespace

TEST_CASE("focus on every card of the program, for both partners, is its own first input or Next, never a way out")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    ui::SessionScreen* s = startTogether(t);
    for (const char* who : {"Sam", "Alex"}) {
        for (int guard = 0; guard < 80 && s->view() == ui::SessionScreen::View::Card &&
                            s->controller()->session().position(s->writer()).place != engine::PartnerPlace::Together;
             ++guard) {
            expectCardFocus(w, s);
            answerAndGoOn(w, s, QStringLiteral("%1 writes").arg(QLatin1String(who)));
        }
        if (s->view() == ui::SessionScreen::View::Waiting) {
            // The panel's own first action, never Home or the partner switch.
            CHECK(QApplication::focusWidget() == need<QWidget>(w, QStringLiteral("switchTo-") + qidOf(t, 1)));
            key(Qt::Key_Return); // Enter presses the focused button: the curtain comes down
            REQUIRE(s->curtain()->isUp());
            key(Qt::Key_Return); // and Enter lifts it for Alex
            REQUIRE(s->writer() == idOf(t, 1));
        }
    }
    // Step 5, together: every card.
    for (int guard = 0; guard < 20 && s->view() == ui::SessionScreen::View::Card && cardOf(s) != QLatin1String("clear");
         ++guard) {
        expectCardFocus(w, s);
        const QString card = cardOf(s);
        if (card == QLatin1String("turns")) {
            bothTurns(w, s, t);
            pressNext(w);
        } else if (card == QLatin1String("shake-it-off") || card == QLatin1String("showing-feelings")) {
            pressNext(w);
        } else {
            answerAndGoOn(w, s, QStringLiteral("We both want to feel close again."));
        }
    }
    REQUIRE(cardOf(s) == QStringLiteral("clear"));
    expectCardFocus(w, s);
}

TEST_CASE("a second repair does not start with focus on a way out")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    ui::SessionScreen* s = startTogether(t);
    answerAndGoOn(w, s, QString());
    clickOn(w, QStringLiteral("headerHome"));
    clickOn(w, QStringLiteral("homeStartTogether"));
    REQUIRE(w->currentScreenId() == ui::ScreenId::Session);
    expectCardFocus(w, s);
}

TEST_CASE("the private check's questions start on the question, never on an answer")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    auto* check = static_cast<ui::SafetyCheckScreen*>(w->screen(ui::ScreenId::SafetyCheck));
    check->start({t.app()->profile().partners.front()}, ui::ScreenId::Home);
    w->showScreen(ui::ScreenId::SafetyCheck, false);
    clickOn(w, QStringLiteral("safetyAlone-alone"));
    REQUIRE(check->currentQuestionId() == QStringLiteral("danger-now"));
    INFO("focus on " << focusName().toStdString());
    CHECK(QApplication::focusWidget() == need<QWidget>(w, QStringLiteral("safetyQuestion")));
    // A stray Space there answers nothing.
    key(Qt::Key_Space);
    CHECK(check->currentQuestionId() == QStringLiteral("danger-now"));
    // Tab reaches the answers in reading order.
    key(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == need<QWidget>(w, QStringLiteral("safetyOption-yes")));
}

TEST_CASE(
    "Enter moves on from the welcome, the set-up, a card's slider and a waiting panel, and it writes a new line in a "
    "text")
{
    {
        UiApp t(false);
        ui::MainWindow* w = t.window();
        auto* welcome = static_cast<ui::WelcomeScreen*>(w->screen(ui::ScreenId::Welcome));
        REQUIRE(w->currentScreenId() == ui::ScreenId::Welcome);
        CHECK(QApplication::focusWidget() == need<QWidget>(w, QStringLiteral("welcomeBegin")));
        key(Qt::Key_Return);
        REQUIRE(welcome->page() == 1);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Sam"));
        key(Qt::Key_Tab);
        while (QApplication::focusWidget() && !qobject_cast<QLineEdit*>(QApplication::focusWidget()))
            key(Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Alex"));
        key(Qt::Key_Enter); // Enter in a name field: the page's Continue
        CHECK(welcome->page() != 1);
    }

    UiApp couple(true);
    ui::SessionScreen* s = startTogether(couple);
    walkOwnSteps(couple.window(), s, QStringLiteral("Sam"), QStringLiteral("checkin-before"));
    auto* slider = need<QSlider>(s->currentCard(), QStringLiteral("scaleSlider"));
    REQUIRE(slider->hasFocus());
    key(Qt::Key_Right);
    key(Qt::Key_Return);
    CHECK(cardOf(s) != QStringLiteral("checkin-before"));
}

TEST_CASE("a text card keeps Enter for new lines")
{
    UiApp t(true);
    ui::SessionScreen* s = startTogether(t);
    walkOwnSteps(t.window(), s, QStringLiteral("Sam"), QStringLiteral("give-voice"));
    auto* editor = qobject_cast<QPlainTextEdit*>(QApplication::focusWidget());
    REQUIRE(editor);
    QTest::keyClicks(editor, QStringLiteral("one"));
    key(Qt::Key_Return);
    QTest::keyClicks(editor, QStringLiteral("two"));
    CHECK(cardOf(s) == QStringLiteral("give-voice"));
    CHECK(editor->toPlainText() == QStringLiteral("one\ntwo"));
}

TEST_CASE("Pause — I feel unsafe reached by keyboard asks once, and a click stops at once")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    ui::SessionScreen* s = startTogether(t);
    QApplication::setActiveWindow(w); // offscreen, a window shown after another closed is not always made active
    auto* unsafe = need<QPushButton>(w, QStringLiteral("sessionUnsafe"));
    unsafe->setFocus(Qt::TabFocusReason);
    INFO("focus on " << focusName().toStdString());
    REQUIRE(unsafe->hasFocus());
    key(Qt::Key_Space);
    auto* ask = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    REQUIRE(ask);
    CHECK(ask->objectName() == QStringLiteral("confirmEnding"));
    CHECK(s->view() == ui::SessionScreen::View::Card); // nothing stopped yet
    // Enter takes the safe answer.
    QTest::keyClick(ask, Qt::Key_Return);
    settle();
    CHECK_FALSE(QApplication::activeModalWidget());
    CHECK(s->view() == ui::SessionScreen::View::Card);

    QApplication::setActiveWindow(w); // offscreen, the window does not take activation back from a closed dialog
    unsafe->setFocus(Qt::TabFocusReason);
    key(Qt::Key_Space);
    ask = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    REQUIRE(ask);
    auto* yes = need<QPushButton>(ask, QStringLiteral("confirmEndingYes"));
    yes->setFocus();
    QTest::keyClick(yes, Qt::Key_Space);
    settle();
    CHECK(s->view() == ui::SessionScreen::View::Unsafe);

    // A mouse click: no question.
    REQUIRE(s->continueStored());
    REQUIRE(s->view() == ui::SessionScreen::View::Card);
    clickOn(w, QStringLiteral("sessionUnsafe"));
    CHECK_FALSE(QApplication::activeModalWidget());
    CHECK(s->view() == ui::SessionScreen::View::Unsafe);
}

TEST_CASE("focus moving below the fold scrolls the page to it")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    w->resize(800, 600);
    ui::SessionScreen* s = startTogether(t);
    walkOwnSteps(w, s, QStringLiteral("Sam"), QStringLiteral("checkin-before"));
    int checked = 0;
    for (int i = 0; i < 12; ++i) {
        key(Qt::Key_Tab);
        QWidget* focused = QApplication::focusWidget();
        auto* card = s->currentCard();
        if (!card || !card->isAncestorOf(focused))
            continue;
        QScrollArea* area = nullptr;
        for (QWidget* p = focused->parentWidget(); p && !area; p = p->parentWidget())
            area = qobject_cast<QScrollArea*>(p);
        REQUIRE(area);
        const QRect inPort(focused->mapTo(area->viewport(), QPoint(0, 0)), focused->size());
        INFO("focus on " << focusName().toStdString() << " at y " << inPort.top() << ".." << inPort.bottom() << " of "
                         << area->viewport()->height());
        CHECK(area->viewport()->rect().contains(inPort));
        ++checked;
    }
    CHECK(checked > 4);
}
