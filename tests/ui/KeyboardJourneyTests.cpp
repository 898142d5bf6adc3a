// The whole way through with the keyboard only: first launch (set-up, both private checks), a full repair, step 5
// once round and back ("not yet"), to the end. Every action is a key event sent to the focused widget — Tab,
// Shift+Tab, Space, Enter, arrows, typing, Ctrl+Enter — never a click or a slot called directly; and at each step
// the test says where focus must have landed.
#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QSlider>

#include "UiTestSupport.h"
#include "tend/engine/Session.h"
#include "ui/app/SessionController.h"
#include "ui/app/Settings.h"
#include "ui/cards/CardWidget.h"
#include "ui/screens/SafetyCheckScreen.h"
#include "ui/screens/SessionScreen.h"
#include "ui/widgets/PrivacyCurtain.h"

using namespace tend;
using namespace tend::test;

namespace {

QWidget* focused()
{
    QWidget* f = QApplication::focusWidget();
    REQUIRE(f);
    return f;
}

QString focusedName()
{
    QWidget* f = QApplication::focusWidget();
    return f ? f->objectName() : QStringLiteral("(nothing)");
}

void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), Qt::Key(key), modifiers);
    settle();
}

void type(const QString& text)
{
    QTest::keyClicks(focused(), text);
    settle();
}

bool inExclusiveGroup(const QAbstractButton* button)
{
    return button->autoExclusive() || (button->group() && button->group()->exclusive());
}

/// Tab forward until `name` has focus (as a person does), failing when it is not in the Tab chain. Options of one
/// single-answer question are one stop for Tab; within them, the arrow keys move (as the user guide says).
void tabTo(const QString& name)
{
    QWidget* target = focused()->window()->findChild<QWidget*>(name);
    for (int i = 0; i < 80 && focusedName() != name; ++i) {
        if (target && focused()->parentWidget() == target->parentWidget() && focused() != target &&
            qobject_cast<QAbstractButton*>(focused()) && inExclusiveGroup(qobject_cast<QAbstractButton*>(focused()))) {
            for (int j = 0; j < 12 && focusedName() != name; ++j)
                press(Qt::Key_Right);
            break;
        }
        press(Qt::Key_Tab);
    }
    INFO("tabbing to " << name.toStdString());
    REQUIRE(focusedName() == name);
}

void expectFocus(const QString& name)
{
    INFO("focus on " << focusedName().toStdString());
    CHECK(focusedName() == name);
}

QString cardOf(ui::SessionScreen* s)
{
    return s->currentCard() ? s->currentCard()->cardId() : QString();
}

/// One private check, from its first page to its last: safe together, and "no" (or "none of these") to the rest.
void privateCheckByKeyboard(ui::SafetyCheckScreen* check)
{
    expectFocus(QStringLiteral("safetyAlone-alone"));
    press(Qt::Key_Space);
    for (int guard = 0; guard < 30 && !check->currentQuestionId().isEmpty(); ++guard) {
        const QString question = check->currentQuestionId();
        INFO("question " << question.toStdString());
        expectFocus(QStringLiteral("safetyQuestion"));
        if (question == QLatin1String("other-crisis")) {
            tabTo(QStringLiteral("safetyOption-none"));
            press(Qt::Key_Space);
            tabTo(QStringLiteral("safetyContinue"));
            press(Qt::Key_Space);
        } else {
            tabTo(question == QLatin1String("safe-together") ? QStringLiteral("safetyOption-yes")
                                                             : QStringLiteral("safetyOption-no"));
            press(Qt::Key_Space);
        }
    }
    // "Thank you" with its one way on.
    expectFocus(QStringLiteral("safetyAction-continue"));
    press(Qt::Key_Return);
}

/// A card of a person's own steps (1–4), answered as a keyboard user would.
void ownCardByKeyboard(ui::SessionScreen* s, const QString& words)
{
    ui::CardWidget* card = s->currentCard();
    REQUIRE(card);
    const QString kind = card->kind();
    INFO("card " << card->cardId().toStdString() << " (" << kind.toStdString() << "), focus on "
                 << focusedName().toStdString());
    if (kind == QLatin1String("gate")) {
        const QString option = card->findChild<QWidget*>(QStringLiteral("gate-can-speak"))
                                   ? QStringLiteral("gate-can-speak")
                                   : QStringLiteral("gate-yes");
        CHECK(card->isAncestorOf(focused()));
        tabTo(option);
        press(Qt::Key_Space); // a gate's answer moves on by itself
        return;
    }
    if (kind == QLatin1String("prompt")) {
        expectFocus(QStringLiteral("promptEditor"));
        type(words);
    } else if (kind == QLatin1String("checklist")) {
        CHECK(qobject_cast<QCheckBox*>(focused()));
        press(Qt::Key_Space);
    } else if (kind == QLatin1String("choice")) {
        CHECK(card->isAncestorOf(focused()));
        const QString option =
            card->findChild<QWidget*>(QStringLiteral("option-assurance")) ? QStringLiteral("option-assurance")
            : card->findChild<QWidget*>(QStringLiteral("option-steady"))  ? QStringLiteral("option-steady")
                                                                          : focusedName();
        tabTo(option);
        press(Qt::Key_Space);
    } else if (kind == QLatin1String("checkin")) {
        expectFocus(QStringLiteral("scaleSlider"));
        press(Qt::Key_Left);
        press(Qt::Key_Left);
        // The body states are one question: Tab reaches the group, the arrow keys move within it.
        tabTo(QStringLiteral("state-steady"));
        press(Qt::Key_Space);
    } else {
        // Reading, a timer, a breathing practice: focus is on the card's own control or on Next.
        CHECK((card->isAncestorOf(focused()) || focusedName() == QLatin1String("sessionNext")));
    }
    press(Qt::Key_Return, Qt::ControlModifier);
}

void ownStepsByKeyboard(ui::SessionScreen* s, const QString& who)
{
    for (int guard = 0; guard < 60; ++guard) {
        if (s->view() != ui::SessionScreen::View::Card ||
            s->controller()->session().position(s->writer()).place == engine::PartnerPlace::Together)
            return;
        ownCardByKeyboard(s, who + QStringLiteral(" writes about ") + cardOf(s));
    }
    FAIL("the walk did not end");
}

/// Both turns of the speaker–listener exchange, by keyboard.
void turnsByKeyboard(ui::SessionScreen* s, const std::vector<std::string>& ids)
{
    for (std::size_t speaker = 0; speaker < 2; ++speaker) {
        const QString first = QStringLiteral("turnsFirst-") + QString::fromStdString(ids[speaker]);
        expectFocus(first);
        tabTo(first);
        press(Qt::Key_Space);
        expectFocus(QStringLiteral("turnsShared"));
        type(QStringLiteral("My chest went tight and I felt alone."));
        tabTo(QStringLiteral("turnsToReflect"));
        press(Qt::Key_Space);
        CHECK(s->writer() == ids[1 - speaker]);
        expectFocus(QStringLiteral("turnsReflected"));
        type(QStringLiteral("You felt alone, and it hurt."));
        tabTo(QStringLiteral("turnsNoticed"));
        type(QStringLiteral("My shoulders dropped."));
        tabTo(QStringLiteral("turnsToConfirm"));
        press(Qt::Key_Space);
        expectFocus(QStringLiteral("turnsYes"));
        press(Qt::Key_Space);
    }
}

/// Step 5 up to and including "are we clear?", where each answers `samClear` / `alexClear`.
void stepFiveByKeyboard(ui::SessionScreen* s, const std::vector<std::string>& ids, const char* samClear,
                        const char* alexClear)
{
    for (int guard = 0; guard < 20 && cardOf(s) != QLatin1String("clear"); ++guard) {
        const QString card = cardOf(s);
        INFO("step 5 card " << card.toStdString() << ", focus on " << focusedName().toStdString());
        if (card == QLatin1String("turns")) {
            turnsByKeyboard(s, ids);
            press(Qt::Key_Return, Qt::ControlModifier);
        } else {
            ownCardByKeyboard(s, QStringLiteral("We both want to feel close again."));
        }
    }
    REQUIRE(cardOf(s) == QStringLiteral("clear"));
    CHECK(s->currentCard()->isAncestorOf(focused()));
    tabTo(QStringLiteral("gate-%1-%2").arg(QString::fromStdString(ids[0]), QLatin1String(samClear)));
    press(Qt::Key_Space);
    tabTo(QStringLiteral("gate-%1-%2").arg(QString::fromStdString(ids[1]), QLatin1String(alexClear)));
    press(Qt::Key_Space);
    press(Qt::Key_Return, Qt::ControlModifier);
}

} // namespace

TEST_CASE("a couple goes from first launch to the end of a repair with the keyboard alone")
{
    UiApp t(false);
    ui::MainWindow* w = t.window();

    // Welcome: Enter moves on.
    REQUIRE(w->currentScreenId() == ui::ScreenId::Welcome);
    expectFocus(QStringLiteral("welcomeBegin"));
    press(Qt::Key_Return);

    // Set-up: two names and a country, typed; Enter in a field presses Continue.
    expectFocus(QStringLiteral("firstName"));
    type(QStringLiteral("Sam"));
    tabTo(QStringLiteral("secondName"));
    type(QStringLiteral("Alex"));
    tabTo(QStringLiteral("countryPicker"));
    type(QStringLiteral("Germany"));
    press(Qt::Key_Return);
    CHECK(t.app()->settings()->country() == QStringLiteral("DE"));

    // The passphrase offer: "Not now".
    tabTo(QStringLiteral("protectSkip"));
    press(Qt::Key_Space);

    // Both private checks, one after the other, with the handover between.
    REQUIRE(w->currentScreenId() == ui::ScreenId::SafetyCheck);
    auto* check = static_cast<ui::SafetyCheckScreen*>(w->screen(ui::ScreenId::SafetyCheck));
    privateCheckByKeyboard(check);
    expectFocus(QStringLiteral("safetyHandoverBegin"));
    press(Qt::Key_Return);
    privateCheckByKeyboard(check);
    REQUIRE(w->currentScreenId() == ui::ScreenId::Home);

    // Home: the ten-minute repair is offered first; the full repair together is one Tab further, then Enter.
    expectFocus(QStringLiteral("homeStartQuick"));
    tabTo(QStringLiteral("homeStartTogether"));
    press(Qt::Key_Return);
    REQUIRE(w->currentScreenId() == ui::ScreenId::Session);
    ui::SessionScreen* s = w->sessionScreen();
    std::vector<std::string> ids;
    for (const auto& p : t.app()->profile().partners)
        ids.push_back(p.id);

    // Sam's own steps, then the handover to Alex behind the curtain.
    ownStepsByKeyboard(s, QStringLiteral("Sam"));
    REQUIRE(s->view() == ui::SessionScreen::View::Waiting);
    expectFocus(QStringLiteral("switchTo-") + QString::fromStdString(ids[1]));
    press(Qt::Key_Return);
    REQUIRE(s->curtain()->isUp());
    expectFocus(QStringLiteral("curtainConfirm"));
    press(Qt::Key_Return);
    REQUIRE(s->writer() == ids[1]);
    ownStepsByKeyboard(s, QStringLiteral("Alex"));

    // Step 5, once with "not yet", then again to the end.
    stepFiveByKeyboard(s, ids, "yes", "no");
    REQUIRE(cardOf(s) != QStringLiteral("clear"));
    CHECK(s->controller()->session().roundOf("reengage", std::string()) == 2);
    stepFiveByKeyboard(s, ids, "yes", "yes");
    for (int guard = 0; guard < 6 && s->view() == ui::SessionScreen::View::Card; ++guard)
        ownCardByKeyboard(s, QString());
    REQUIRE(s->view() == ui::SessionScreen::View::Completed);
    expectFocus(QStringLiteral("sessionOpenJournal"));
}
