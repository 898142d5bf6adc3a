// Therapists' own programs: files dropped into the user content folder appear after "Reload programs";
// files with problems are listed with the validator's messages instead of being loaded.
#include <catch2/catch.hpp>

#include <QLabel>
#include <QPushButton>

#include <fstream>

#include <nlohmann/json.hpp>

#include "UiTestSupport.h"
#include "tend/content/ContentLibrary.h"
#include "tend/modes/UserContent.h"
#include "ui/app/SessionController.h"
#include "ui/app/Settings.h"
#include "ui/presenter/UserProgramsSection.h"
#include "ui/screens/SessionScreen.h"

using namespace tend;
using namespace tend::test;

namespace {

nlohmann::json shippedProgram()
{
    std::ifstream in(contentDir() / "programs" / "rupture-to-repair.en.json");
    return nlohmann::json::parse(in);
}

void write(const std::filesystem::path& file, const std::string& text)
{
    std::ofstream out(file, std::ios::binary);
    out << text;
}

} // namespace

TEST_CASE("a good program file appears after Reload programs, a broken one is listed with the validator's messages")
{
    UiApp t(true);
    t.window()->showScreen(ui::ScreenId::Settings, false);
    settle(); // Settings lays out on the next turn of the event loop, as it does for a person
    auto* section = need<ui::UserProgramsSection>(t.window(), QStringLiteral("userProgramsSection"));
    CHECK(section->loadedLines().isEmpty());
    CHECK(section->rejectedLines().isEmpty());
    CHECK(need<QLabel>(t.window(), QStringLiteral("userProgramsSummary"))
              ->text()
              .contains(QStringLiteral("does not exist")));

    const std::filesystem::path folder = modes::userProgramsFolder(t.dataDir());
    std::filesystem::create_directories(folder);
    nlohmann::json good = shippedProgram();
    good["id"] = "our-practice-program";
    good["title"] = "Our practice program";
    write(folder / "our-practice-program.en.json", good.dump(2));
    nlohmann::json broken = shippedProgram();
    broken["id"] = "broken-program";
    broken["steps"][0]["cards"][1]["kind"] = "dance";
    write(folder / "broken-program.en.json", broken.dump(2));
    write(folder / "half-written.en.json", "{\"format\": 1, \"id\": ");

    // Nothing changes until the reload.
    CHECK(section->loadedLines().isEmpty());
    clickOn(t.window(), QStringLiteral("reloadPrograms"));

    REQUIRE(section->loadedLines().size() == 1);
    CHECK(section->loadedLines().front().contains(QStringLiteral("Our practice program")));
    CHECK(need<QLabel>(t.window(), QStringLiteral("userProgram-our-practice-program"))->isVisible());
    const QStringList rejected = section->rejectedLines();
    REQUIRE(rejected.size() == 2);
    INFO(rejected.join(QStringLiteral("\n---\n")).toStdString());
    // In file-name order: the broken program, then the half-written file, each with the validator's words.
    CHECK(rejected[0].startsWith(QStringLiteral("broken-program.en.json was not loaded:")));
    CHECK(rejected[0].contains(QStringLiteral("/steps/0/cards/1")));
    CHECK(rejected[0].contains(QStringLiteral("dance")));
    CHECK(rejected[1].startsWith(QStringLiteral("half-written.en.json was not loaded:")));
    const auto problems = t.window()->findChildren<QLabel*>(QStringLiteral("userProgramProblem"));
    CHECK(problems.size() == 2);
    CHECK(need<QLabel>(t.window(), QStringLiteral("userProgramsSummary"))->text() ==
          QStringLiteral("1 program loaded, 2 files with problems."));

    // Fix the broken file and reload: now both programs load and nothing is listed as a problem.
    broken["steps"][0]["cards"][1]["kind"] = shippedProgram()["steps"][0]["cards"][1]["kind"];
    write(folder / "broken-program.en.json", broken.dump(2));
    std::filesystem::remove(folder / "half-written.en.json");
    clickOn(t.window(), QStringLiteral("reloadPrograms"));
    CHECK(section->loadedLines().size() == 2);
    CHECK(section->rejectedLines().isEmpty());
    CHECK(t.window()->findChildren<QLabel*>(QStringLiteral("userProgramProblem")).isEmpty());
}

TEST_CASE("a program from the user content folder can be started, and resumes after a restart")
{
    UiApp t(true);
    const std::filesystem::path folder = modes::userProgramsFolder(t.dataDir());
    std::filesystem::create_directories(folder);
    nlohmann::json own = shippedProgram();
    own["id"] = "office-program";
    own["title"] = "Our office program";
    write(folder / "office-program.en.json", own.dump(2));

    t.window()->showScreen(ui::ScreenId::Settings, false);
    clickOn(t.window(), QStringLiteral("reloadPrograms"));
    auto* start = need<QPushButton>(t.window(), QStringLiteral("startUserProgram-office-program"));
    CHECK(start->isEnabled()); // Sam and Alex have both taken the private check
    CHECK_FALSE(start->accessibleName().isEmpty());
    // It looks like a button in both themes: its own surface, not the card's showing through.
    for (const ui::ThemeMode mode : {ui::ThemeMode::Light, ui::ThemeMode::Dark}) {
        INFO((mode == ui::ThemeMode::Dark ? "dark" : "light"));
        t.app()->settings()->setTheme(mode);
        settle();
        auto* section = need<QWidget>(t.window(), QStringLiteral("userProgramsSection"));
        const QImage shown = section->grab().toImage(); // as drawn on the card, not on its own
        const QPoint inButton = start->mapTo(section, QPoint(6, start->height() / 2));
        CHECK(shown.pixelColor(inButton) != shown.pixelColor(section->width() / 2, 4));
    }
    t.app()->settings()->setTheme(ui::ThemeMode::Light);
    clickOn(t.window(), QStringLiteral("startUserProgram-office-program"));
    REQUIRE(t.window()->currentScreenId() == ui::ScreenId::Session);
    ui::SessionScreen* s = t.window()->sessionScreen();
    REQUIRE(s->controller()->hasSession());
    CHECK(s->controller()->session().program().id == "office-program");
    REQUIRE(s->currentCard());
    pressNext(t.window());
    const std::string sessionId = s->controller()->row().id;

    // After a restart the program loads with the rest of the content, so its unfinished repair can go on.
    t.restart();
    t.app()->loadContentNow();
    REQUIRE(t.app()->library()->program("office-program", "en"));
    const auto row = t.window()->sessionScreen()->controller()->resumable();
    REQUIRE(row);
    CHECK(row->id == sessionId);
    CHECK(row->programId == "office-program");
}

TEST_CASE("a user program cannot be started without people who have taken the private check")
{
    UiApp t(false);
    t.app()->loadContentNow();
    const std::filesystem::path folder = modes::userProgramsFolder(t.dataDir());
    std::filesystem::create_directories(folder);
    nlohmann::json own = shippedProgram();
    own["id"] = "office-program";
    write(folder / "office-program.en.json", own.dump(2));
    ui::UserProgramsSection section(t.app());
    CHECK_FALSE(section.canStart());
    auto* start = section.findChild<QPushButton*>(QStringLiteral("startUserProgram-office-program"));
    REQUIRE(start);
    CHECK_FALSE(start->isEnabled());
}
