// Safety limits in the flow: someone whose private check offers calming only is never taken
// through the program, and a together step never opens while anyone's check has closed joint work. The
// partner sees the same neutral words whatever the reason.
#include <catch2/catch.hpp>

#include <QLabel>
#include <QTemporaryDir>

#include <fstream>

#include "UiTestSupport.h"
#include "tend/engine/Session.h"
#include "ui/app/JournalService.h"
#include "ui/app/SessionController.h"
#include "ui/cards/CardWidget.h"
#include "ui/safety/CalmingOnly.h"
#include "ui/screens/SessionScreen.h"

using namespace tend;
using namespace tend::test;
using nlohmann::json;

namespace {

/// What the private check stores for someone routed to R2 (fear, abuse or control).
json r2Record()
{
    return {
        {"status", "done"},
        {"routes", {"r2"}},
        {"effects", {{"joint", "locked"}, {"programs", "calming-only"}, {"take_space", "off"}, {"recheck_days", 28}}},
        {"checked_at", QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toStdString()}};
}

/// Every piece of text on screen, to check that nothing says why.
QString visibleText(QWidget* root)
{
    QStringList all;
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (label->isVisible())
            all << label->text();
    }
    return all.join(QLatin1Char('\n'));
}

void checkSaysNothingOfWhy(QWidget* root)
{
    const QString text = visibleText(root);
    for (const char* word : {"afraid", "abuse", "safety check", "your answers", "r2"})
        CHECK_FALSE(text.contains(QString::fromLatin1(word), Qt::CaseInsensitive));
}

} // namespace

TEST_CASE("on my own, someone routed to calming only gets calming practices and help, never the program")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    const ui::PartnerInfo sam = t.app()->profile().partners[0];
    const ui::PartnerInfo alex = t.app()->profile().partners[1];
    t.app()->recordSafetyCheck(sam.id, r2Record());
    w->showScreen(ui::ScreenId::Home, false);
    CHECK_FALSE(need<QAbstractButton>(w, QStringLiteral("homeStartTogether"))->isEnabled());

    clickOn(w, QStringLiteral("homeStartAlone"));
    clickOn(w, QStringLiteral("startAloneAs-") + QString::fromStdString(sam.id));
    REQUIRE(w->currentScreenId() == ui::ScreenId::Session);
    ui::SessionScreen* s = w->sessionScreen();
    CHECK(s->view() == ui::SessionScreen::View::Calming);
    CHECK(s->currentCard() == nullptr);
    CHECK_FALSE(s->controller()->hasSession()); // nothing started, nothing stored
    CHECK(s->title() == QStringLiteral("Calming practices"));
    CHECK_FALSE(s->canPause());
    CHECK(need<QWidget>(w, QStringLiteral("card-calming-breathing"))->isVisible());
    CHECK(need<QWidget>(w, QStringLiteral("card-calming-practices"))->isVisible());
    CHECK_FALSE(need<QWidget>(w, QStringLiteral("sessionNext"))->isVisible());
    checkSaysNothingOfWhy(s);
    // Next does nothing here; the program stays closed.
    pressNext(w);
    CHECK(s->view() == ui::SessionScreen::View::Calming);
    CHECK_FALSE(s->controller()->hasSession());

    // The express practice is deep work too: closed the same way.
    CHECK(s->startNew({QString::fromStdString(sam.id)}, false, QStringLiteral("express-dont-describe")));
    CHECK(s->view() == ui::SessionScreen::View::Calming);
    CHECK_FALSE(s->controller()->hasSession());
    // A together start is refused for them from anywhere.
    CHECK_FALSE(s->startNew({QString::fromStdString(sam.id), QString::fromStdString(alex.id)}, true));
    settle(); // let the panels replaced above go

    clickOn(w, QStringLiteral("calmingHelp"));
    CHECK(w->currentScreenId() == ui::ScreenId::Help);

    t.app()->journal()->flush();
    CHECK(t.app()->journal()->sessionPage(t.app()->profile().coupleId, 0, 10).empty());

    // Alex's own steps are unchanged; the together step stays closed while Sam is part of the couple.
    w->showScreen(ui::ScreenId::Home, false);
    settle();
    if (!need<QWidget>(w, QStringLiteral("aloneChoices"))->isVisible()) // still open from before
        clickOn(w, QStringLiteral("homeStartAlone"));
    clickOn(w, QStringLiteral("startAloneAs-") + QString::fromStdString(alex.id));
    REQUIRE(s->view() == ui::SessionScreen::View::Card);
    CHECK(s->currentCard()->cardId() == QStringLiteral("rupture-is-normal"));
    CHECK(s->canPause());
    REQUIRE(s->controller()->session().jumpTo(alex.id, "my-part"));
    s->activated();
    settle();
    CHECK(s->view() == ui::SessionScreen::View::Card);
    REQUIRE(s->controller()->session().jumpTo(alex.id, "shared-intention"));
    s->activated();
    settle();
    CHECK(s->view() == ui::SessionScreen::View::Calming);
    CHECK(visibleText(s).contains(QStringLiteral("Together sessions aren't open right now")));
    checkSaysNothingOfWhy(s);
}

TEST_CASE("a together step never opens once someone's check closes joint work, even in a session begun before")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    const ui::PartnerInfo sam = t.app()->profile().partners[0];
    const ui::PartnerInfo alex = t.app()->profile().partners[1];
    w->showScreen(ui::ScreenId::Home, false);
    clickOn(w, QStringLiteral("homeStartTogether"));
    ui::SessionScreen* s = w->sessionScreen();
    REQUIRE(s->view() == ui::SessionScreen::View::Card);

    // Later, Sam takes the private check again and is routed to R2.
    t.app()->recordSafetyCheck(sam.id, r2Record());
    REQUIRE(s->controller()->session().jumpTo(sam.id, "leftover-check")); // step 5: both join there
    s->activated();
    settle();
    // Sam: calming only, nothing of step 5.
    CHECK(s->writer() == sam.id);
    CHECK(s->view() == ui::SessionScreen::View::Calming);
    CHECK(s->currentCard() == nullptr);
    CHECK_FALSE(need<QWidget>(w, QStringLiteral("sessionNext"))->isVisible());

    // Alex at the screen: the same step stays closed, in neutral words, with practices and help.
    s->setWriter(alex.id);
    settle();
    CHECK(s->view() == ui::SessionScreen::View::Calming);
    CHECK(s->currentCard() == nullptr);
    CHECK(visibleText(s).contains(QStringLiteral("Together sessions aren't open right now")));
    checkSaysNothingOfWhy(s);
    pressNext(w);
    CHECK(s->view() == ui::SessionScreen::View::Calming);
    CHECK(s->controller()->session().currentCard(alex.id)->id == "leftover-check"); // not moved on

    // Alex's own steps stay open to Alex.
    REQUIRE(s->controller()->session().jumpTo(alex.id, "inside-me"));
    s->activated();
    settle();
    CHECK(s->view() == ui::SessionScreen::View::Card);
    CHECK(s->currentCard()->cardId() == QStringLiteral("inside-me"));

    // Across a restart the stored session still does not open step 5.
    REQUIRE(s->controller()->session().jumpTo(alex.id, "turns"));
    s->saveEverything();
    t.app()->journal()->flush();
    t.restart();
    w = t.window();
    s = w->sessionScreen();
    REQUIRE(s->continueStored());
    w->showScreen(ui::ScreenId::Session, false);
    for (const ui::PartnerInfo& who : {alex, sam}) {
        s->setWriter(who.id);
        settle();
        CHECK(s->view() == ui::SessionScreen::View::Calming);
        CHECK(s->currentCard() == nullptr);
    }
}

TEST_CASE("a broken safety file, opened in the window: said on Home, the program closed, calming and help open")
{
    UiApp t(true);
    QTemporaryDir copy;
    const std::filesystem::path content = copyOfContent(copy);
    std::ofstream(content / "safety" / "safety-check.en.json", std::ios::trunc) << "[]";
    t.contentOverride = content;
    t.restart();
    ui::MainWindow* w = t.window();
    w->showScreen(ui::ScreenId::Home, false);
    settle();

    // Said where people look, naming the file, never an empty box.
    auto* problems = need<QLabel>(w, QStringLiteral("contentProblems"));
    CHECK(problems->isVisible());
    CHECK(problems->text().contains(QStringLiteral("safety-check.en.json")));
    CHECK(problems->text().contains(QStringLiteral("stay closed")));
    CHECK_FALSE(need<QAbstractButton>(w, QStringLiteral("homeStartTogether"))->isEnabled());

    // On one's own: calming practices and help, never the program.
    const ui::PartnerInfo sam = t.app()->profile().partners[0];
    clickOn(w, QStringLiteral("homeStartAlone"));
    clickOn(w, QStringLiteral("startAloneAs-") + QString::fromStdString(sam.id));
    REQUIRE(w->currentScreenId() == ui::ScreenId::Session);
    ui::SessionScreen* s = w->sessionScreen();
    CHECK(s->view() == ui::SessionScreen::View::Calming);
    CHECK_FALSE(s->controller()->hasSession());
    clickOn(w, QStringLiteral("calmingHelp"));
    CHECK(w->currentScreenId() == ui::ScreenId::Help);

    // Mended and reopened: everything is back.
    std::filesystem::copy_file(contentDir() / "safety" / "safety-check.en.json",
                               content / "safety" / "safety-check.en.json",
                               std::filesystem::copy_options::overwrite_existing);
    t.restart();
    w = t.window();
    w->showScreen(ui::ScreenId::Home, false);
    settle();
    CHECK(w->findChild<QLabel*>(QStringLiteral("contentProblems")) == nullptr);
    CHECK(need<QAbstractButton>(w, QStringLiteral("homeStartTogether"))->isEnabled());
}
