// The window on a journal it cannot open (T32): the same refusal as the command line, the same choices, and never
// set-up over an existing journal.
#include <catch2/catch.hpp>

#include <QFile>
#include <QLabel>
#include <QPushButton>

#include <fstream>

#include <sys/stat.h>

#include "UiTestSupport.h"
#include "tend/journal/Backup.h"
#include "tend/journal/SingleInstance.h"
#include "ui/app/JournalService.h"
#include "ui/screens/JournalStateScreen.h"
#include "ui/screens/SessionScreen.h"

using namespace tend;
using namespace tend::test;
namespace fs = std::filesystem;

namespace {
void overwrite(const fs::path& file, std::size_t offset, const std::string& bytes)
{
    std::fstream f(file, std::ios::in | std::ios::out | std::ios::binary);
    REQUIRE(f);
    f.seekp(static_cast<std::streamoff>(offset));
    f.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}
} // namespace

TEST_CASE("a damaged journal gets its own screen with the backup to restore, never the welcome")
{
    UiApp t(true);
    REQUIRE(t.app()->journal());
    REQUIRE(t.app()->journal()->run([](journal::Journal& j) -> Result<void> {
        if (auto made = j.backupNow("manual"); !made)
            return made.error();
        return {};
    }));
    t.restart([&] { overwrite(t.dataDir() / "tend.db", 0, std::string(100, '\x42')); });
    CHECK(t.window()->currentScreenId() == ui::ScreenId::JournalState);
    CHECK(t.app()->journal() == nullptr);
    CHECK(need<QLabel>(t.window(), QStringLiteral("journalStateMessage"))->text().contains(QStringLiteral("tend.db")));
    // Nothing that leads to set-up: asking for the welcome or Home lands here again.
    t.window()->showScreen(ui::ScreenId::Welcome, false);
    CHECK(t.window()->currentScreenId() == ui::ScreenId::JournalState);
    t.window()->showScreen(ui::ScreenId::Home, false);
    CHECK(t.window()->currentScreenId() == ui::ScreenId::JournalState);
    // Restoring puts the backup in place (the damaged file set aside) and goes on to Home with the couple.
    auto* restore = need<QPushButton>(t.window(), QStringLiteral("journalStateRestore"));
    REQUIRE(restore->isVisible());
    restore->click();
    settle();
    REQUIRE(t.app()->journal());
    CHECK(t.app()->profile().partners.size() == 2);
    CHECK(t.window()->currentScreenId() != ui::ScreenId::JournalState);
    CHECK(t.window()->currentScreenId() != ui::ScreenId::Welcome);
    bool setAside = false;
    for (const auto& item : fs::directory_iterator(t.dataDir()))
        setAside = setAside || item.path().filename().string().rfind("tend.db.set-aside-", 0) == 0;
    CHECK(setAside);
}

TEST_CASE("a journal held by another Tend says so, and Try again opens it once it is free")
{
    UiApp t(true);
    std::shared_ptr<journal::SingleInstance> other;
    t.restart([&] {
        auto claim = journal::SingleInstance::claim(t.dataDir());
        REQUIRE(claim);
        REQUIRE((*claim)->isPrimary());
        other = std::move(claim.value());
    });
    CHECK(t.window()->currentScreenId() == ui::ScreenId::JournalState);
    CHECK(t.app()->journalOpenProblem() == journal::OpenProblem::InUse);
    auto* retry = need<QPushButton>(t.window(), QStringLiteral("journalStateRetry"));
    REQUIRE(retry->isVisible());
    CHECK_FALSE(need<QPushButton>(t.window(), QStringLiteral("journalStateRestore"))->isVisible());
    retry->click(); // still held
    settle();
    CHECK(t.window()->currentScreenId() == ui::ScreenId::JournalState);
    other.reset();
    retry->click();
    settle();
    REQUIRE(t.app()->journal());
    CHECK(t.app()->profile().partners.size() == 2);
    CHECK(t.window()->currentScreenId() == ui::ScreenId::Home);
}

TEST_CASE("settings.ini is created owner-only whatever the umask")
{
    const mode_t old = ::umask(022);
    {
        UiApp t(true);
        t.window()->saveState();
        const fs::path file = t.dataDir() / "settings.ini";
        REQUIRE(fs::exists(file));
        struct stat info {};
        REQUIRE(::stat(file.c_str(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0600);
    }
    ::umask(old);
}

TEST_CASE("content problems are listed up to a limit, with a count of the rest")
{
    // Once every problem went on Home: a 50,000-card program took 14 s and 414 MB before the screen settled.
    QTemporaryDir dir;
    const fs::path content = copyOfContent(dir);
    const int broken = int(ui::AppContext::kMaxListedProblems) + 50;
    for (int i = 0; i < broken; ++i)
        std::ofstream(content / "programs" / ("broken-" + std::to_string(i) + ".json")) << "{ not json";
    ui::AppOptions options;
    options.contentDir = content;
    options.demo = true;
    options.inMemorySettings = true;
    ui::AppContext app(options);
    app.loadContentNow();
    const QStringList& problems = app.contentProblems();
    REQUIRE(problems.size() == ui::AppContext::kMaxListedProblems + 1);
    CHECK(problems.last().contains(QStringLiteral("50 more")));
}

TEST_CASE("Continue on a repair whose program is gone says why on Home instead of doing nothing")
{
    UiApp t(true);
    ui::SessionScreen* s = t.window()->sessionScreen();
    REQUIRE(s->startNew({QString::fromStdString(t.app()->profile().partners[0].id)}, false));
    s->saveEverything();
    settle();
    t.restart([&] {
        auto db = journal::sql::Database::open((t.dataDir() / "tend.db").string(), 2 /* SQLITE_OPEN_READWRITE */);
        REQUIRE(db);
        REQUIRE(db->exec("UPDATE sessions SET program_id = 'a-program-that-is-gone'"));
    });
    t.window()->showScreen(ui::ScreenId::Home, false);
    settle();
    clickOn(t.window(), QStringLiteral("homeContinue"));
    settle();
    CHECK(t.window()->currentScreenId() == ui::ScreenId::Home);
    auto* notice = need<QLabel>(t.window(), QStringLiteral("homeNotice"));
    REQUIRE(notice);
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QStringLiteral("no longer available")));
}
