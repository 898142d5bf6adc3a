// "In the office": the demo runs over the sample journal in memory and leaves the disk exactly as it was.
#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFileInfo>
#include <QLabel>
#include <QMap>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <sstream>

#include "FitCheck.h"
#include "UiTestSupport.h"
#include "tend/content/ContentLibrary.h"
#include "tend/engine/Session.h"
#include "ui/app/JournalService.h"
#include "ui/app/SessionController.h"
#include "ui/app/Settings.h"
#include "ui/cards/CardWidget.h"
#include "ui/presenter/DemoBadge.h"
#include "ui/presenter/PresenterPanel.h"
#include "ui/screens/SessionScreen.h"

using namespace tend;
using namespace tend::test;

namespace {

/// Every file and folder under `root` with its size and modification time.
QMap<QString, QString> listing(const QString& root)
{
    QMap<QString, QString> out;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo info(it.next());
        out.insert(info.filePath(),
                   QStringLiteral("%1 %2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch()));
    }
    return out;
}

/// Points HOME and the XDG folders at `root` while it lives, so anything written "somewhere in the home
/// folder" (QSettings' default place, caches, state) lands where the test can see it.
class HomeRedirect {
public:
    explicit HomeRedirect(const QString& root)
    {
        for (const char* name :
             {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TEND_DATA_DIR"}) {
            m_saved.append({name, qgetenv(name), qEnvironmentVariableIsSet(name)});
            const QString key = QString::fromLatin1(name);
            QString value = root;
            if (key == QLatin1String("TEND_DATA_DIR"))
                value = root + QStringLiteral("/tend-data");
            else if (key != QLatin1String("HOME"))
                value = root + QLatin1Char('/') + key.toLower();
            qputenv(name, value.toLocal8Bit());
        }
    }
    ~HomeRedirect()
    {
        for (const auto& saved : m_saved) {
            if (saved.wasSet)
                qputenv(saved.name, saved.value);
            else
                qunsetenv(saved.name);
        }
    }

private:
    struct Saved {
        const char* name;
        QByteArray value;
        bool wasSet;
    };
    QList<Saved> m_saved;
};

ui::AppOptions demoOptions(const QString& home)
{
    ui::AppOptions options;
    options.demo = true;
    options.dataDir = QString(home + QStringLiteral("/tend-data")).toStdString(); // what main() would pass
    options.contentDir = contentDir();
    return options;
}

/// The demo in a 1280×800 window on a redirected home folder, shown; `finishStartup()` is the caller's.
struct DemoWindow {
    DemoWindow()
    {
        window.resize(1280, 800);
        window.show();
    }
    QTemporaryDir home;
    HomeRedirect redirect{home.path()};
    ui::AppContext app{demoOptions(home.path())};
    ui::MainWindow window{&app};
};

} // namespace

TEST_CASE("the demo opens on Home over the sample couple, with a badge saying nothing is saved")
{
    DemoWindow demo;
    ui::AppContext& app = demo.app;
    ui::MainWindow& window = demo.window;
    CHECK(window.currentScreenId() == ui::ScreenId::Home); // no welcome: the sample couple is set up
    window.finishStartup();
    settle();
    CHECK(app.profile().names() == QStringLiteral("Sam and Alex"));
    CHECK(app.jointAllowed());
    auto* badge = need<QWidget>(&window, QStringLiteral("demoBadge"));
    CHECK(badge->isVisible());
    CHECK(need<QLabel>(&window, QStringLiteral("demoBadgeText"))->text().contains(QStringLiteral("nothing is saved")));
    CHECK(need<QWidget>(&window, QStringLiteral("continueCard"))->isVisible()); // the paused sample repair
    CHECK(app.journal()->isInMemory());
    CHECK(app.journal()->sessions(app.profile().coupleId).size() == 11);
    CHECK(app.journal()->commitments(app.profile().coupleId).size() == 13);
    window.close();
}

TEST_CASE("a demo walked through several steps, then closed, leaves the data folder and settings untouched")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    HomeRedirect redirect(home.path());
    const QMap<QString, QString> before = listing(home.path());
    {
        ui::AppContext app(demoOptions(home.path()));
        ui::MainWindow window(&app);
        window.resize(1280, 800);
        window.show();
        window.finishStartup();
        settle();
        CHECK(app.settings()->inMemory());

        // Continue the paused sample repair and walk on through the cards.
        clickOn(&window, QStringLiteral("homeContinue"));
        REQUIRE(window.currentScreenId() == ui::ScreenId::Session);
        ui::SessionScreen* session = window.sessionScreen();
        QStringList seen;
        for (int i = 0; i < 8; ++i) {
            if (session->currentCard())
                seen << session->currentCard()->cardId();
            session->goNext();
            settle();
        }
        // Switch to the other partner and move them on too.
        const auto partners = session->controller()->session().partners();
        REQUIRE(partners.size() == 2);
        session->setWriter(partners.back());
        for (int i = 0; i < 4; ++i) {
            if (session->currentCard())
                seen << session->currentCard()->cardId();
            session->goNext();
            settle();
        }
        seen.removeDuplicates();
        INFO("cards seen: " << seen.join(QStringLiteral(", ")).toStdString());
        CHECK(seen.size() >= 4);

        // Preferences and window state change, the journal and search are visited, then the app quits.
        app.settings()->setTheme(ui::ThemeMode::Dark);
        app.settings()->setTextSize(ui::TextSize::Larger);
        window.showScreen(ui::ScreenId::Journal, false);
        window.showScreen(ui::ScreenId::Commitments, false);
        window.showScreen(ui::ScreenId::Settings, false);
        window.resize(1000, 700);
        window.saveState();
        window.close();
        settle();
    }
    const QMap<QString, QString> after = listing(home.path());
    INFO("before: " << QStringList(before.keys()).join(QStringLiteral(", ")).toStdString());
    INFO("after: " << QStringList(after.keys()).join(QStringLiteral(", ")).toStdString());
    CHECK(after == before);
    CHECK_FALSE(QFileInfo::exists(home.path() + QStringLiteral("/tend-data")));
}

TEST_CASE("start over puts the sample journal back as it was")
{
    DemoWindow demo;
    ui::AppContext& app = demo.app;
    ui::MainWindow& window = demo.window;
    window.finishStartup();
    settle();
    clickOn(&window, QStringLiteral("homeContinue"));
    REQUIRE(window.currentScreenId() == ui::ScreenId::Session);
    window.sessionScreen()->goNext();
    settle();
    const std::string sessionId = app.demoPausedSessionId();
    window.showScreen(ui::ScreenId::Home, false);
    clickOn(&window, QStringLiteral("homeDemoRestart"));
    settle();
    CHECK(window.currentScreenId() == ui::ScreenId::Home);
    REQUIRE(app.journal());
    const auto row = app.journal()->session(sessionId);
    REQUIRE(row);
    CHECK(row->status == journal::SessionStatus::Paused); // as seeded, not as walked
    clickOn(&window, QStringLiteral("homeContinue"));
    CHECK(window.currentScreenId() == ui::ScreenId::Session);
    window.close();
}

TEST_CASE("choosing another language in the demo seeds the sample couple again, speaking that language")
{
    DemoWindow demo;
    ui::AppContext& app = demo.app;
    demo.window.finishStartup();
    settle();
    auto pausedWords = [&]() {
        std::string words;
        for (const auto& entry : app.journal()->entries(app.demoPausedSessionId(), journal::Viewer::everything()))
            words += entry.payload + "\n";
        return words;
    };
    CHECK(pausedWords().find("stepping back, not away") != std::string::npos);
    demo.window.showScreen(ui::ScreenId::Settings, false);
    app.setLanguage(QStringLiteral("de"));
    settle();
    CHECK(demo.window.currentScreenId() == ui::ScreenId::Settings); // the person stays where they chose it
    REQUIRE(app.journal());
    CHECK(app.journal()->isInMemory());
    const std::string german = pausedWords();
    INFO(german);
    CHECK(german.find("stepping back") == std::string::npos);
    CHECK(german.find("Schritt zurück") != std::string::npos);
    CHECK_FALSE(german.empty());
    CHECK(app.profile().names().contains(QStringLiteral("Sam")));
    demo.window.close();
}

TEST_CASE("Home's demo button opens the demo in a window of its own")
{
    QStringList launched;
    ui::setDemoLauncherForTests([&launched](const QString&, const QStringList& arguments) {
        launched = arguments;
        return true;
    });
    UiApp t(true);
    t.window()->showScreen(ui::ScreenId::Home, false);
    clickOn(t.window(), QStringLiteral("homeDemo"));
    CHECK(launched == QStringList{QStringLiteral("--demo")});
    CHECK_FALSE(t.app()->isDemo()); // this window keeps its own journal
    ui::setDemoLauncherForTests({});
}

namespace {

/// Selects the jump list's entry for `cardId` and presses Enter on it, as a presenter would.
void jumpByKeyboard(ui::PresenterPanel* panel, const QString& cardId)
{
    QTreeWidget* tree = panel->jumpList();
    QTreeWidgetItem* target = nullptr;
    for (int i = 0; i < tree->topLevelItemCount() && !target; ++i) {
        QTreeWidgetItem* step = tree->topLevelItem(i);
        for (int j = 0; j < step->childCount(); ++j) {
            if (step->child(j)->data(0, Qt::UserRole + 1).toString() == cardId)
                target = step->child(j);
        }
    }
    REQUIRE(target);
    tree->setFocus();
    tree->setCurrentItem(target);
    QTest::keyClick(tree, Qt::Key_Return);
    settle();
}

} // namespace

TEST_CASE("presenter mode: full screen, larger type, notes for the step on screen, jump to any card, start over")
{
    DemoWindow demo;
    ui::AppContext& app = demo.app;
    ui::MainWindow& window = demo.window;
    QApplication::setActiveWindow(&window);
    window.finishStartup();
    // Let the platform finish showing the window first: a late "normal" state from show() would otherwise undo
    // the full-screen request on a busy machine.
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    settle(50);

    // The shortcut toggles it.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    settle();
    REQUIRE(window.presenterMode());
    INFO("size " << window.width() << "x" << window.height() << " min " << window.minimumSizeHint().width() << "x"
                 << window.minimumSizeHint().height() << " minSize " << window.minimumWidth() << "x"
                 << window.minimumHeight() << " state " << int(window.windowState()));
    // The platform confirms window states asynchronously: wait for it rather than read it once.
    CHECK(QTest::qWaitFor([&] { return window.windowState().testFlag(Qt::WindowFullScreen); }, 3000));
    CHECK(app.settings()->textSize() == ui::TextSize::Largest);
    ui::PresenterPanel* panel = window.presenterPanel();
    REQUIRE(panel);
    CHECK(panel->isVisible());
    CHECK(panel->problems().isEmpty());
    CHECK(need<QLabel>(panel, QStringLiteral("presenterStepTitle"))->text().startsWith(QStringLiteral("Step 1")));
    CHECK_FALSE(need<QLabel>(panel, QStringLiteral("presenterWhy"))->text().isEmpty());
    CHECK(need<QWidget>(panel, QStringLiteral("presenterWatch"))->findChildren<QLabel*>().size() >= 3);

    // Jump to a card deep in step 4, then to one of the together step: the notes follow.
    jumpByKeyboard(panel, QStringLiteral("my-pattern"));
    REQUIRE(window.currentScreenId() == ui::ScreenId::Session);
    REQUIRE(window.sessionScreen()->currentCard());
    CHECK(window.sessionScreen()->currentCard()->cardId() == QStringLiteral("my-pattern"));
    CHECK(panel->shownStep() == "reflect");
    CHECK(need<QLabel>(panel, QStringLiteral("presenterStepTitle"))->text().startsWith(QStringLiteral("Step 4")));
    jumpByKeyboard(panel, QStringLiteral("choose-space"));
    REQUIRE(window.sessionScreen()->currentCard());
    CHECK(window.sessionScreen()->currentCard()->cardId() == QStringLiteral("choose-space"));
    CHECK(panel->shownStep() == "reengage");
    jumpByKeyboard(panel, QStringLiteral("notice-body"));
    REQUIRE(window.sessionScreen()->currentCard());
    CHECK(window.sessionScreen()->currentCard()->cardId() == QStringLiteral("notice-body"));
    CHECK(panel->shownStep() == "acknowledge");

    // Start over in one click: Home, the sample journal as seeded, presenter mode still on.
    clickOn(&window, QStringLiteral("presenterRestart"));
    settle();
    CHECK(window.currentScreenId() == ui::ScreenId::Home);
    CHECK(window.presenterMode());
    const auto row = app.journal()->session(app.demoPausedSessionId());
    REQUIRE(row);
    CHECK(row->status == journal::SessionStatus::Paused);
    jumpByKeyboard(panel, QStringLiteral("my-pattern")); // the rebuilt session screen jumps too
    REQUIRE(window.sessionScreen()->currentCard());
    CHECK(window.sessionScreen()->currentCard()->cardId() == QStringLiteral("my-pattern"));

    // And back to a normal window with the text size as it was.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    settle();
    CHECK_FALSE(window.presenterMode());
    CHECK(QTest::qWaitFor([&] { return !window.windowState().testFlag(Qt::WindowFullScreen); }, 3000));
    CHECK(app.settings()->textSize() == ui::TextSize::Normal);
    CHECK_FALSE(panel->isVisible());
    window.close();
}

TEST_CASE("presenter mode is only for the demo")
{
    UiApp t(true);
    t.window()->setPresenterMode(true);
    CHECK_FALSE(t.window()->presenterMode());
    CHECK(t.window()->presenterPanel() == nullptr);
}

namespace {

/// Why `label` does not show all of its text, or empty when it does: a wrapped label needs its wrapped height and
/// its longest word's width; an unwrapped one its whole text's width, unless it is elided with the full text in
/// its tooltip.
std::string clipped(const QLabel* label)
{
    const QRect box = label->contentsRect();
    const QFontMetrics metrics(label->font());
    const QString text = label->text();
    std::ostringstream why;
    if (label->wordWrap()) {
        int longest = 0;
        for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longest = std::max(longest, metrics.horizontalAdvance(word));
        if (longest > box.width())
            why << "a word is " << longest << " px wide in " << box.width() << " px";
        const int needed = label->heightForWidth(label->width());
        if (needed > label->height())
            why << "needs " << needed << " px of height, has " << label->height();
    } else if (metrics.horizontalAdvance(text) > box.width() &&
               !(text.contains(QChar(0x2026)) && !label->toolTip().isEmpty())) {
        why << "needs " << metrics.horizontalAdvance(text) << " px of width, has " << box.width();
    }
    const std::string reason = why.str();
    return reason.empty() ? reason : text.toStdString() + ": " + reason;
}

/// Checks every visible label of the step rail: shown in full, inside the rail's content and as wide as the rail.
void checkRailLabels(QWidget* window)
{
    auto* rail = need<QWidget>(window, QStringLiteral("stepRail"));
    auto* content = need<QWidget>(rail, QStringLiteral("stepRailContent"));
    REQUIRE(rail->isVisible());
    CHECK(content->width() <= rail->width()); // nothing runs off to the side
    int shown = 0;
    for (const QLabel* label : rail->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        ++shown;
        INFO(label->text().toStdString() << " at " << label->width() << "x" << label->height());
        CHECK(clipped(label) == std::string());
        CHECK(content->rect().contains(QRect(label->mapTo(content, QPoint(0, 0)), label->size())));
    }
    CHECK(shown >= 11); // the heading, then a title and a state line for each of the five steps
}

} // namespace

TEST_CASE("presenter mode's largest text: every step rail label shows in full, on a tall or a short screen", "[rail]")
{
    DemoWindow demo;
    ui::AppContext& app = demo.app;
    ui::MainWindow& window = demo.window;
    window.finishStartup();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    settle(50);
    window.setPresenterMode(true);
    REQUIRE(window.presenterMode());
    CHECK(app.settings()->textSize() == ui::TextSize::Largest);
    // Step 4 of the sample repair: steps done, the current one and one ahead, with each partner's place.
    Q_EMIT window.presenterPanel()->jumpRequested("my-pattern");
    settle(50);
    REQUIRE(window.currentScreenId() == ui::ScreenId::Session);
    // A wide presenter window (the test platform's full screen is 800 px, where the card takes the rail's room).
    window.showNormal();
    window.resize(1600, 900);
    settle(50);
    {
        INFO("wide window");
        checkRailLabels(&window);
    }
    // A short screen: the steps scroll instead of squeezing their labels.
    window.resize(1600, 480);
    settle(50);
    {
        INFO("short window " << window.height());
        checkRailLabels(&window);
    }
    window.setPresenterMode(false);
    window.close();
}

TEST_CASE("presenter mode follows the program on screen: the ten-minute repair has its own notes and cards")
{
    DemoWindow demo;
    ui::MainWindow& window = demo.window;
    window.finishStartup();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    settle(50);
    window.setPresenterMode(true);
    ui::PresenterPanel* panel = window.presenterPanel();
    REQUIRE(panel);
    CHECK(panel->shownProgram() == "rupture-to-repair");
    CHECK(panel->jumpList()->topLevelItemCount() == 5);

    window.showScreen(ui::ScreenId::Home, false);
    clickOn(&window, QStringLiteral("homeStartQuick"));
    settle();
    REQUIRE(window.currentScreenId() == ui::ScreenId::Session);
    CHECK(panel->shownProgram() == "quick-repair");
    CHECK(panel->problems().isEmpty());
    const auto quick = demo.app.library()->programPreferring("quick-repair", "en");
    REQUIRE(quick);
    CHECK(panel->jumpList()->topLevelItemCount() == int(quick->steps.size()));
    CHECK(panel->shownStep() == quick->steps.front().id);
    CHECK_FALSE(need<QLabel>(panel, QStringLiteral("presenterWhy"))->text().isEmpty());
    CHECK(need<QWidget>(panel, QStringLiteral("presenterWatch"))->findChildren<QLabel*>().size() >= 2);
    // A jump stays inside the program on screen.
    Q_EMIT panel->jumpRequested(quick->steps.back().cards.front().id);
    settle();
    REQUIRE(window.sessionScreen()->currentCard());
    CHECK(window.sessionScreen()->currentProgramId() == "quick-repair");
    CHECK(panel->shownStep() == quick->steps.back().id);
    window.setPresenterMode(false);
    window.close();
}

TEST_CASE("presenter mode in a window (full screen refused or left): every card of the sample repair fits", "[fit]")
{
    // Found by hand under Xvfb with no window manager, where full screen is not granted: at 1100×720 and the
    // largest text the step rail, the card and the notes shared the width, and the card's title, "Why this step?"
    // and "Who is writing now?" were cut off at the right.
    DemoWindow demo;
    ui::MainWindow& window = demo.window;
    window.finishStartup();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    settle(50);
    window.setPresenterMode(true);
    REQUIRE(window.presenterMode());
    ui::PresenterPanel* panel = window.presenterPanel();
    REQUIRE(panel);
    const auto program = demo.app.library()->programPreferring("rupture-to-repair", "en");
    REQUIRE(program);
    for (const QSize size : {QSize(1100, 720), QSize(1366, 768), QSize(1024, 700)}) {
        window.showNormal(); // what a window manager that refuses full screen leaves
        window.resize(size);
        settle(20);
        REQUIRE(window.presenterMode());
        for (const content::Step& step : program->steps) {
            for (const content::Card& card : step.cards) {
                Q_EMIT panel->jumpRequested(card.id);
                settle();
                REQUIRE(window.currentScreenId() == ui::ScreenId::Session);
                REQUIRE(window.sessionScreen()->currentCard());
                window.resize(size); // as a window manager would keep it
                expectFits(&window,
                           QStringLiteral("presenter window %1×%2, card %3")
                               .arg(size.width())
                               .arg(size.height())
                               .arg(QString::fromStdString(card.id)),
                           size, true);
                CHECK(panel->isVisible());
            }
        }
    }
    window.setPresenterMode(false);
    window.close();
}

TEST_CASE("in the demo at 800×600 the header never widens the window, and Get help now stays whole on every screen",
          "[demo-fit]")
{
    // Found by hand under Xvfb: the demo's badge and Present button made Settings' header 830 px wide, and
    // "Get help now" ran off the right edge of an 800 px screen.
    DemoWindow demo;
    ui::MainWindow& window = demo.window;
    window.finishStartup();
    const QRect available = window.QWidget::screen()->availableGeometry();
    for (ui::ScreenId id : {ui::ScreenId::Home, ui::ScreenId::Journal, ui::ScreenId::Commitments,
                            ui::ScreenId::Settings, ui::ScreenId::Help}) {
        INFO(ui::screenKey(id).toStdString());
        window.resize(800, 600);
        window.showScreen(id, false);
        for (int pass = 0; pass < 4; ++pass) {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
            settle();
        }
        CHECK(window.width() <= std::min(800, available.width()));
        auto* help = need<QWidget>(&window, QStringLiteral("headerHelp"));
        CHECK(help->isVisible());
        CHECK(window.rect().contains(QRect(help->mapTo(&window, QPoint(0, 0)), help->size())));
        CHECK(help->width() >= help->sizeHint().width()); // its words whole
    }
}

TEST_CASE("in the demo at 800×600, starting a repair from Home never makes the window wider than the screen")
{
    // Found by hand under Xvfb: "Together" grew the window to 847 px for one layout pass (the demo badge's words
    // beside the Home and Pause buttons appearing), and a window grown never shrinks again, so "Get help now" and
    // "Pause — I feel unsafe" sat past the screen's edge. Driven by clicks: the path a person takes.
    for (const char* start : {"homeStartTogether", "homeStartQuick"}) {
        INFO(start);
        DemoWindow demo;
        demo.window.finishStartup();
        settle();
        demo.window.resize(800, 600);
        settle();
        int widest = demo.window.width();
        struct Watch : QObject {
            QWidget* window = nullptr;
            int* widest = nullptr;
            bool eventFilter(QObject* o, QEvent* e) override
            {
                if (o == window && e->type() == QEvent::Resize)
                    *widest = std::max(*widest, window->width());
                return false;
            }
        } watch;
        watch.window = &demo.window;
        watch.widest = &widest;
        demo.window.installEventFilter(&watch);
        clickOn(&demo.window, QString::fromLatin1(start));
        settle();
        REQUIRE(demo.window.currentScreenId() == ui::ScreenId::Session);
        CHECK(widest <= 800);
        for (const char* way : {"headerHelp", "sessionUnsafe"}) {
            const QWidget* w = need<QWidget>(&demo.window, QString::fromLatin1(way));
            CHECK(demo.window.rect().contains(QRect(w->mapTo(&demo.window, QPoint(0, 0)), w->size())));
        }
        demo.window.removeEventFilter(&watch);
    }
}
