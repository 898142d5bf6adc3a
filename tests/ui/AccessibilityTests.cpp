#include <catch2/catch.hpp>

#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QButtonGroup>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextEdit>

#include "UiTestSupport.h"
#include "tend/engine/Session.h"
#include "tend/regulation/RegulationLibrary.h"
#include "ui/app/SessionController.h"
#include "ui/screens/SafetyCheckScreen.h"
#include "ui/screens/SessionScreen.h"
#include "ui/screens/WelcomeScreen.h"
#include "ui/widgets/Chip.h"
#include "ui/widgets/StepRail.h"

using namespace tend;
using namespace tend::test;

namespace {

bool insideCompound(QWidget* widget)
{
    // Parts of a compound control (a combo box's list, a date edit's line edit) are named by it.
    for (QWidget* p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<QComboBox*>(p) || qobject_cast<QAbstractSpinBox*>(p) || qobject_cast<QCalendarWidget*>(p) ||
            qobject_cast<QLineEdit*>(p))
            return true;
    }
    return false;
}

bool interactive(QWidget* w)
{
    if (qobject_cast<QScrollBar*>(w) || w->objectName().startsWith(QLatin1String("qt_")) || insideCompound(w))
        return false;
    return qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QPlainTextEdit*>(w) ||
           qobject_cast<QTextEdit*>(w) || qobject_cast<QAbstractSlider*>(w) || qobject_cast<QComboBox*>(w) ||
           qobject_cast<QAbstractItemView*>(w) || qobject_cast<QAbstractSpinBox*>(w);
}

QStringList audit(QWidget* root, const QString& where)
{
    QStringList problems;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (!interactive(w))
            continue;
        const QString id = where + QStringLiteral(": ") + QString::fromLatin1(w->metaObject()->className()) +
                           QStringLiteral(" '") + w->objectName() + QLatin1Char('\'');
        if (w->accessibleName().trimmed().isEmpty())
            problems << id + QStringLiteral(" has no accessible name");
        if (w->objectName().isEmpty())
            problems << id + QStringLiteral(" has no object name");
        // In an exclusive group only the chosen option sits in the Tab chain; arrow keys move between them.
        auto* button = qobject_cast<QAbstractButton*>(w);
        bool grouped = false;
        if (button && button->group() && button->group()->exclusive()) {
            for (QAbstractButton* other : button->group()->buttons())
                grouped = grouped || (other->focusPolicy() & Qt::TabFocus);
        }
        if (!(w->focusPolicy() & Qt::TabFocus) && !grouped)
            problems << id + QStringLiteral(" cannot be reached with Tab");
        // A checked chip shows a tick as well as its colour.
        if (auto* chip = qobject_cast<ui::Chip*>(w);
            chip && chip->isCheckable() && chip->isChecked() && chip->icon().isNull())
            problems << id + QStringLiteral(" shows its state by colour only");
    }
    return problems;
}

void expectClean(QWidget* root, const QString& where)
{
    settle(5);
    const QStringList problems = audit(root, where);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

} // namespace

TEST_CASE("every interactive control on every screen has an accessible name and takes focus")
{
    UiApp t;
    ui::MainWindow* w = t.window();
    // First run.
    expectClean(w, QStringLiteral("welcome"));
    static_cast<ui::WelcomeScreen*>(w->screen(ui::ScreenId::Welcome))->setPage(1);
    expectClean(w, QStringLiteral("set-up"));

    t.makeCouple();
    // The private check: start, a question, a multiple-choice question, a route page, the crisis screen.
    auto* check = static_cast<ui::SafetyCheckScreen*>(w->screen(ui::ScreenId::SafetyCheck));
    check->start(t.app()->profile().partners, ui::ScreenId::Home);
    w->showScreen(ui::ScreenId::SafetyCheck, false);
    expectClean(w, QStringLiteral("safety start"));
    clickOn(w, QStringLiteral("safetyAlone-alone"));
    expectClean(w, QStringLiteral("safety question"));
    clickOn(w, QStringLiteral("safetyOption-no"));
    clickOn(w, QStringLiteral("safetyOption-yes")); // afraid
    while (check->stage() == ui::SafetyCheckScreen::Stage::Question) {
        expectClean(w, QStringLiteral("safety ") + check->currentQuestionId());
        if (w->findChild<QAbstractButton*>(QStringLiteral("safetyOption-none"))) {
            clickOn(w, QStringLiteral("safetyOption-none"));
            clickOn(w, QStringLiteral("safetyContinue"));
        } else {
            clickOn(w, QStringLiteral("safetyOption-no"));
        }
    }
    expectClean(w, QStringLiteral("safety route ") + check->currentRouteId());
    clickOn(w, QStringLiteral("safetyAction-practices"));
    expectClean(w, QStringLiteral("safety practices"));
    {
        // The page offers every settling practice of the library, by its own title.
        const auto settling = t.app()->regulationContent().library.practicesTagged("settle");
        REQUIRE(settling.size() > 1);
        auto* picker = w->findChild<QWidget*>(QStringLiteral("practicePicker"));
        REQUIRE(picker);
        CHECK(picker->findChildren<ui::Chip*>().size() == qsizetype(settling.size()));
        CHECK(picker->findChild<ui::Chip*>(QStringLiteral("practice-") + QString::fromStdString(settling.front()->id)));
    }
    clickOn(w, QStringLiteral("safetyPracticesBack"));
    clickOn(w, QStringLiteral("safetyAction-continue"));
    expectClean(w, QStringLiteral("safety handover"));
    clickOn(w, QStringLiteral("safetyHandoverBegin"));
    clickOn(w, QStringLiteral("safetyAlone-alone"));
    clickOn(w, QStringLiteral("safetyOption-yes"));
    expectClean(w, QStringLiteral("crisis"));
    t.makeCouple();

    for (ui::ScreenId id : {ui::ScreenId::Home, ui::ScreenId::Help, ui::ScreenId::Settings, ui::ScreenId::Journal,
                            ui::ScreenId::Commitments}) {
        w->showScreen(id, false);
        expectClean(w, ui::screenKey(id));
    }

    // A session: every card of the program, together (for the shared cards) and each.
    QStringList ids;
    for (const auto& p : t.app()->profile().partners)
        ids << QString::fromStdString(p.id);
    ui::SessionScreen* session = w->sessionScreen();
    REQUIRE(session->startNew(ids, true));
    w->showScreen(ui::ScreenId::Session, false);
    for (const auto& step : session->controller()->session().program().steps) {
        for (const auto& card : step.cards) {
            REQUIRE(session->controller()->session().jumpTo(session->writer(), card.id));
            session->activated();
            expectClean(w, QStringLiteral("card ") + QString::fromStdString(card.id));
        }
    }
    // The rail says where each step stands in words, not by colour or shape alone.
    for (const QString& row : session->rail()->rowTexts())
        CHECK((row.contains(QStringLiteral("done")) || row.contains(QStringLiteral("you are here")) ||
               row.contains(QStringLiteral("in progress")) || row.contains(QStringLiteral("not started")) ||
               row.contains(QStringLiteral("opens when"))));

    session->requestPause();
    settle();
    QWidget* dialog = QApplication::activeModalWidget();
    REQUIRE(dialog);
    expectClean(dialog, QStringLiteral("pause dialog"));
    clickOn(dialog, QStringLiteral("pauseConfirm"));
    expectClean(w, QStringLiteral("paused"));
    clickOn(w, QStringLiteral("sessionResume"));
    clickOn(w, QStringLiteral("sessionUnsafe"));
    expectClean(w, QStringLiteral("unsafe"));
}
