#include <catch2/catch.hpp>

#include <QLabel>

#include <fstream>

#include "UiTestSupport.h"
#include "tend/safety/HelpResources.h"
#include "ui/app/JournalService.h"
#include "ui/app/Settings.h"
#include "ui/safety/HelpBlock.h"
#include "ui/screens/HomeScreen.h"
#include "ui/screens/SafetyCheckScreen.h"

using namespace tend;
using namespace tend::test;
using nlohmann::json;

namespace {

json load(const std::filesystem::path& file)
{
    std::ifstream in(file);
    return json::parse(in);
}

} // namespace

TEST_CASE("help shows the country's numbers, always with the fallback and the directory")
{
    safety::HelpResources help(load(contentDir() / "help" / "resources.json"));
    REQUIRE(help.isValid());

    for (const char* code : {"GB", "IT", "JP", ""}) {
        INFO(code);
        std::unique_ptr<QWidget> block(ui::makeHelpBlock(help, QString::fromLatin1(code), {}, nullptr));
        CHECK(need<QLabel>(block.get(), QStringLiteral("helpFallback"))->text().contains(QStringLiteral("emergency")));
        CHECK(block->findChild<QWidget*>(QStringLiteral("directoryBox")));
        CHECK(block->findChild<QLabel*>(QStringLiteral("lastVerified")));
        const bool listed = qstrcmp(code, "GB") == 0;
        const bool eu = qstrcmp(code, "IT") == 0;
        auto* number = block->findChild<QLabel*>(QStringLiteral("emergencyNumber"));
        if (listed)
            CHECK(number->text() == QStringLiteral("999"));
        else if (eu)
            CHECK(number->text() == QStringLiteral("112"));
        else
            CHECK(number == nullptr); // never a guessed number
    }
}

TEST_CASE("a private check routes one person away from joint work without telling the partner why")
{
    UiApp t;
    ui::Profile profile;
    profile.partners = {{"", QStringLiteral("Sam"), {}}, {"", QStringLiteral("Alex"), {}}};
    t.app()->setProfile(profile);
    t.app()->settings()->setCountry(QStringLiteral("GB"));
    auto* check = static_cast<ui::SafetyCheckScreen*>(t.window()->screen(ui::ScreenId::SafetyCheck));
    check->start(t.app()->profile().partners, ui::ScreenId::Home);
    t.window()->showScreen(ui::ScreenId::SafetyCheck, false);
    ui::MainWindow* w = t.window();

    // Sam: afraid sometimes → R2.
    clickOn(w, QStringLiteral("safetyAlone-alone"));
    clickOn(w, QStringLiteral("safetyOption-no")); // danger now
    clickOn(w, QStringLiteral("safetyOption-sometimes"));
    while (check->stage() == ui::SafetyCheckScreen::Stage::Question) {
        if (w->findChild<QAbstractButton*>(QStringLiteral("safetyOption-none"))) {
            clickOn(w, QStringLiteral("safetyOption-none"));
            clickOn(w, QStringLiteral("safetyContinue"));
        } else if (check->currentQuestionId() == QLatin1String("safe-together")) {
            clickOn(w, QStringLiteral("safetyOption-yes"));
        } else {
            clickOn(w, QStringLiteral("safetyOption-no"));
        }
    }
    CHECK(check->currentRouteId() == QStringLiteral("r2"));
    CHECK(need<QLabel>(w, QStringLiteral("emergencyNumber"))->text() == QStringLiteral("999"));
    clickOn(w, QStringLiteral("safetyAction-continue"));

    // Alex: postpones.
    CHECK(check->stage() == ui::SafetyCheckScreen::Stage::Handover);
    clickOn(w, QStringLiteral("safetyHandoverBegin"));
    clickOn(w, QStringLiteral("safetyAlone-later"));
    clickOn(w, QStringLiteral("safetyContinue"));
    CHECK(w->currentScreenId() == ui::ScreenId::Home);

    const ui::PartnerInfo sam = t.app()->profile().partners[0];
    CHECK(t.app()->safetyStatus(sam.id).jointLocked);
    CHECK(t.app()->safetyStatus(sam.id).takeSpaceOff);
    CHECK_FALSE(t.app()->jointAllowed());
    // The ten-minute repair is done together: Home no longer offers it.
    CHECK_FALSE(need<QWidget>(w, QStringLiteral("homeStartQuick"))->isVisible());
    // Home shows the same neutral words whatever the reason, and no route name or answer.
    auto* notice = need<QLabel>(w, QStringLiteral("neutralNotice"));
    CHECK(notice->isVisible());
    CHECK_FALSE(notice->text().contains(QStringLiteral("afraid"), Qt::CaseInsensitive));
    CHECK_FALSE(need<QAbstractButton>(w, QStringLiteral("homeStartTogether"))->isEnabled());

    // Only the outcome is stored, for that person alone: no answers.
    t.app()->journal()->flush();
    const json record = t.app()->journal()->latestSafetyRecord(sam.id);
    CHECK(record["routes"] == json({"r2"}));
    CHECK_FALSE(record.contains("answers"));
    CHECK(record.dump().find("sometimes") == std::string::npos);

    // It survives a restart.
    t.restart();
    CHECK(t.app()->safetyStatus(t.app()->profile().partners[0].id).jointLocked);
}

TEST_CASE("danger right now shows the crisis screen at once, covering the window")
{
    UiApp t(true);
    auto* check = static_cast<ui::SafetyCheckScreen*>(t.window()->screen(ui::ScreenId::SafetyCheck));
    check->start({t.app()->profile().partners[0]}, ui::ScreenId::Home);
    t.window()->showScreen(ui::ScreenId::SafetyCheck, false);
    clickOn(t.window(), QStringLiteral("safetyAlone-alone"));
    clickOn(t.window(), QStringLiteral("safetyOption-yes"));
    CHECK(check->currentRouteId() == QStringLiteral("r1"));
    CHECK(check->coversWindow());
    CHECK_FALSE(need<QWidget>(t.window(), QStringLiteral("header"))->isVisible());
    clickOn(t.window(), QStringLiteral("safetyAction-safe-now"));
    CHECK(check->stage() == ui::SafetyCheckScreen::Stage::AfterDismiss);
    CHECK(need<QWidget>(t.window(), QStringLiteral("header"))->isVisible());
    clickOn(t.window(), QStringLiteral("safetyFinish"));
    CHECK(t.app()->safetyStatus(t.app()->profile().partners[0].id).jointLocked);
}

TEST_CASE("nothing about earlier answers shows before the person has said they are alone")
{
    UiApp t(true);
    const ui::PartnerInfo sam = t.app()->profile().partners[0];
    // Sam's last check routed to R3, whose screen leaves a line for the next check.
    t.app()->recordSafetyCheck(sam.id, {{"status", "done"},
                                        {"routes", {"r3"}},
                                        {"effects", {{"joint", "open"}, {"recheck_days", 0}}},
                                        {"next_time", "r3"},
                                        {"checked_at", "2026-11-22T16:10:00Z"}});
    auto* check = static_cast<ui::SafetyCheckScreen*>(t.window()->screen(ui::ScreenId::SafetyCheck));
    check->start({sam}, ui::ScreenId::Home);
    t.window()->showScreen(ui::ScreenId::SafetyCheck, false);
    ui::MainWindow* w = t.window();
    REQUIRE(check->stage() == ui::SafetyCheckScreen::Stage::Start);

    auto shownText = [w] {
        QStringList all;
        for (QLabel* label : w->findChildren<QLabel*>())
            if (label->isVisible())
                all << label->text();
        return all.join(QLatin1Char('\n'));
    };
    // The opening screen, where the partner may still be looking: not a word of it.
    CHECK_FALSE(shownText().contains(QStringLiteral("Last time")));
    CHECK_FALSE(shownText().contains(QStringLiteral("ending your life")));
    CHECK(w->findChild<QLabel*>(QStringLiteral("safetyNextTime")) == nullptr);

    // "I'm alone": now the gentle line shows, above the first question.
    clickOn(w, QStringLiteral("safetyAlone-alone"));
    REQUIRE(check->stage() == ui::SafetyCheckScreen::Stage::Question);
    auto* carried = need<QLabel>(w, QStringLiteral("safetyNextTime"));
    CHECK(carried->isVisible());
    CHECK(carried->text().contains(QStringLiteral("Last time")));
}
