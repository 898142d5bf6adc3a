// The Insights screen over the demo's sample history: Home → Insights by keyboard, the tables beside the charts
// hold the same numbers as the core's figures, and everything fits at 800×600 in both themes and every text size.
#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QWheelEvent>

#include "UiTestSupport.h"
#include "tend/insights/Insights.h"
#include "tend/journal/Journal.h"
#include "ui/app/JournalService.h"
#include "ui/app/Settings.h"
#include "ui/charts/InsightCharts.h"
#include "ui/screens/InsightsScreen.h"

using namespace tend;
using namespace tend::test;

namespace {

ui::AppOptions demoOptions(const QString& home)
{
    ui::AppOptions options;
    options.demo = true;
    options.inMemorySettings = true;
    options.dataDir = QString(home + QStringLiteral("/tend-data")).toStdString();
    options.contentDir = contentDir();
    return options;
}

struct DemoWindow {
    explicit DemoWindow(QSize size = {1280, 800})
    {
        app.settings()->setReducedMotion(true);
        window.resize(size);
        window.show();
        window.finishStartup();
        settle();
    }
    QTemporaryDir home;
    ui::AppContext app{demoOptions(home.path())};
    ui::MainWindow window{&app};
};

ui::InsightsScreen* insightsOf(ui::MainWindow& window)
{
    return qobject_cast<ui::InsightsScreen*>(window.screen(ui::ScreenId::Insights));
}

QString cell(QTableWidget* table, int row, int column)
{
    const QTableWidgetItem* item = table->item(row, column);
    return item ? item->text() : QString();
}

QString number(int n)
{
    return QLocale().toString(n);
}

/// Every visible widget of the page lies inside the scroll area's viewport horizontally and inside its section
/// card; charts are as tall as their width and font need; tables show every row without scrolling.
QStringList fitProblems(ui::MainWindow& window)
{
    QApplication::processEvents();
    QStringList problems;
    auto* sections = need<QWidget>(&window, QStringLiteral("insightsSections"));
    QScrollArea* area = nullptr;
    for (QWidget* p = sections->parentWidget(); p && !area; p = p->parentWidget())
        area = qobject_cast<QScrollArea*>(p);
    if (!area)
        return {QStringLiteral("no scroll area")};
    const QRect port(area->viewport()->mapTo(&window, QPoint(0, 0)), area->viewport()->size());
    for (QWidget* w : area->widget()->findChildren<QWidget*>()) {
        if (!w->isVisible() || qobject_cast<QAbstractScrollArea*>(w->parentWidget()))
            continue;
        if (w->parentWidget() && qobject_cast<QTableWidget*>(w->parentWidget()->parentWidget()))
            continue; // a table's own header parts
        const QRect box(w->mapTo(&window, QPoint(0, 0)), w->size());
        if (box.left() < port.left() - 1 || box.right() > port.right() + 1)
            problems << w->objectName() + QStringLiteral(" (%1) is wider than the page")
                                              .arg(QLatin1String(w->metaObject()->className()));
        QWidget* parent = w->parentWidget();
        if (parent && parent != area->widget() && !parent->rect().adjusted(-1, -1, 1, 1).contains(w->geometry()))
            problems << w->objectName() + QStringLiteral(" (%1) reaches past %2")
                                              .arg(QLatin1String(w->metaObject()->className()), parent->objectName());
        if (auto* label = qobject_cast<QLabel*>(w); label && label->wordWrap() && !label->text().isEmpty() &&
                                                    label->height() + 1 < label->heightForWidth(label->width()))
            problems << label->objectName() + QStringLiteral(" is cut off: ") + label->text().left(40);
        if (auto* chart = qobject_cast<ui::charts::ChartView*>(w);
            chart && chart->height() + 1 < chart->heightForWidth(chart->width()))
            problems << chart->objectName() + QStringLiteral(" is squeezed: %1 px high, needs %2")
                                                  .arg(chart->height())
                                                  .arg(chart->heightForWidth(chart->width()));
        if (auto* table = qobject_cast<QTableWidget*>(w); table && table->verticalScrollBar()->maximum() > 0)
            problems << table->objectName() + QStringLiteral(" scrolls inside: a row is hidden");
    }
    return problems;
}

/// Five months of a couple's history written straight into the journal file while the app is closed: repairs
/// completed together, one paused, check-ins around a practice, commitments kept and open.
void seedHistory(const std::filesystem::path& dataDir, const std::string& couple,
                 const std::vector<std::string>& partners)
{
    auto opened = journal::Journal::open(dataDir);
    REQUIRE(opened.ok());
    journal::Journal& j = *opened.journal;
    const char* practices[] = {"cool-water", "orienting", "brief-walk", "hand-on-chest", "longer-out-breath"};
    for (int n = 0; n < 9; ++n) {
        const int month = 7 + n / 2;
        const std::string day =
            "2026-" + std::string(month < 10 ? "0" : "") + std::to_string(month) + "-" + (n % 2 ? "18" : "06");
        journal::Session s;
        s.id = journal::newId();
        s.coupleId = couple;
        s.programId = "rupture-to-repair";
        s.programVersion = "1.0.0";
        s.startedAt = day + "T19:00:00.000Z";
        s.status = n == 8 ? journal::SessionStatus::Paused : journal::SessionStatus::Completed;
        if (n != 8)
            s.endedAt = day + "T21:" + std::to_string(10 + n) + ":00.000Z";
        s.updatedAt = s.endedAt.value_or(s.startedAt);
        REQUIRE(j.addSession(s));
        for (std::size_t p = 0; p < partners.size(); ++p) {
            for (int moment = 0; moment < 2; ++moment) {
                journal::CheckIn c;
                c.id = journal::newId();
                c.sessionId = s.id;
                c.partnerId = partners[p];
                c.step = "stabilize";
                c.moment = moment ? journal::CheckInMoment::After : journal::CheckInMoment::Before;
                c.level = moment ? 2 + (n + static_cast<int>(p)) % 3 : 6 + (n + static_cast<int>(p)) % 4;
                c.state = journal::BodyState::Racing;
                c.createdAt = day + (moment ? "T19:30:00.000Z" : "T19:10:00.000Z");
                REQUIRE(j.addCheckIn(c));
            }
            journal::Entry e;
            e.id = journal::newId();
            e.sessionId = s.id;
            e.partnerId = partners[p];
            e.step = "stabilize";
            e.card = "settle-practices";
            e.payload = std::string(R"({"answer":{"completed":true,"practice":")") +
                        practices[(n + static_cast<int>(p)) % 5] + "\"}}";
            e.createdAt = e.updatedAt = day + "T19:20:00.000Z";
            REQUIRE(j.saveEntry(e));
        }
        journal::Commitment c;
        c.id = journal::newId();
        c.coupleId = couple;
        c.sessionId = s.id;
        c.status = n < 6 ? journal::CommitmentStatus::Kept : journal::CommitmentStatus::Open;
        c.payload = R"({"text":"A walk together on Sunday"})";
        c.createdAt = c.updatedAt = day + "T21:00:00.000Z";
        REQUIRE(j.addCommitment(c));
    }
}

} // namespace

TEST_CASE("Home leads to Insights by keyboard")
{
    DemoWindow demo;
    demo.window.showScreen(ui::ScreenId::Home, false);
    settle();
    auto* tile = need<QAbstractButton>(&demo.window, QStringLiteral("homeInsights"));
    CHECK(tile->focusPolicy() & Qt::TabFocus);
    // Tab through Home until the Insights tile has focus, then press Space on it.
    bool reached = false;
    for (int i = 0; i < 120 && !reached; ++i) {
        QWidget* focused = QApplication::focusWidget();
        QTest::keyClick(focused ? focused : &demo.window, Qt::Key_Tab);
        reached = QApplication::focusWidget() == tile;
    }
    REQUIRE(reached);
    QTest::keyClick(tile, Qt::Key_Space);
    settle();
    CHECK(demo.window.currentScreenId() == ui::ScreenId::Insights);
    CHECK(QApplication::focusWidget() == need<QComboBox>(&demo.window, QStringLiteral("insightsRange")));
    // From the range to the first table by Tab: the tables are in the keyboard's path.
    bool tableReached = false;
    for (int i = 0; i < 20 && !tableReached; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        tableReached = QApplication::focusWidget() &&
                       QApplication::focusWidget()->objectName() == QStringLiteral("insightsMonthsTable");
    }
    CHECK(tableReached);
}

TEST_CASE("the Insights tables hold the same numbers as the core's figures")
{
    DemoWindow demo;
    demo.window.showScreen(ui::ScreenId::Insights, false);
    settle();
    ui::InsightsScreen* screen = insightsOf(demo.window);
    REQUIRE(screen);
    // Everything so far, so the whole sample history is in.
    need<QComboBox>(&demo.window, QStringLiteral("insightsRange"))->setCurrentIndex(3);
    settle();
    auto expected = insights::compute(demo.app.journal()->reader(), screen->currentOptions());
    REQUIRE(expected);
    const insights::Figures& f = *expected;
    REQUIRE(f.enoughHistory());
    CHECK_FALSE(need<QLabel>(&demo.window, QStringLiteral("insightsEmpty"))->isVisible());

    auto* months = need<QTableWidget>(&demo.window, QStringLiteral("insightsMonthsTable"));
    REQUIRE(months->rowCount() == static_cast<int>(f.months.size()));
    REQUIRE(f.months.size() >= 5);
    int started = 0;
    for (int r = 0; r < months->rowCount(); ++r) {
        const insights::MonthFigures& m = f.months[static_cast<std::size_t>(r)];
        CHECK(cell(months, r, 0) == ui::charts::monthLabel(m.month));
        CHECK(cell(months, r, 1) == number(m.started));
        CHECK(cell(months, r, 2) == number(m.completed));
        CHECK(cell(months, r, 3) == number(m.paused));
        started += m.started;
    }
    CHECK(started == f.started);

    auto* timeline = need<QTableWidget>(&demo.window, QStringLiteral("insightsTimelineTable"));
    REQUIRE(timeline->rowCount() == static_cast<int>(f.timeline.size()));
    REQUIRE(f.timeline.size() >= 4);
    CHECK(cell(timeline, timeline->rowCount() - 1, 2) == number(f.timeline.back().together));

    auto* settling = need<QTableWidget>(&demo.window, QStringLiteral("insightsSettlingTable"));
    CHECK(cell(settling, 0, 1).startsWith(QLocale().toString(f.settling.meanBefore, 'f', 1)));
    CHECK(cell(settling, 1, 1).startsWith(QLocale().toString(f.settling.meanAfter, 'f', 1)));
    CHECK(cell(settling, 2, 1) == number(f.settling.cameDown));

    auto* practices = need<QTableWidget>(&demo.window, QStringLiteral("insightsPracticesTable"));
    int measured = 0;
    for (const insights::PracticeFigure& p : f.practices)
        measured += p.measured > 0;
    CHECK(practices->rowCount() == measured);
    CHECK(cell(practices, 0, 2) == QLocale().toString(f.practices.front().meanDrop, 'f', 1));
    CHECK_FALSE(cell(practices, 0, 0).contains(QLatin1Char('-'))); // a practice's title, never its id

    auto* commitments = need<QTableWidget>(&demo.window, QStringLiteral("insightsCommitmentsTable"));
    REQUIRE(commitments->rowCount() == 5);
    CHECK(cell(commitments, 0, 1) == number(f.commitments.kept));
    CHECK(cell(commitments, 1, 1) == number(f.commitments.partlyKept));
    CHECK(cell(commitments, 2, 1) == number(f.commitments.open));
    CHECK(f.commitments.kept >= 2);
    CHECK(f.commitments.open >= 1);

    // Every table is a keyboard stop that Tab leaves, and has a name for screen readers.
    for (QTableWidget* table : {months, timeline, settling, practices, commitments}) {
        CHECK(table->focusPolicy() & Qt::TabFocus);
        CHECK_FALSE(table->tabKeyNavigation());
        CHECK_FALSE(table->accessibleName().isEmpty());
    }
}

TEST_CASE("Insights fits at 800x600 in both themes and at every text size, and the wheel scrolls the page")
{
    // A couple's own journal (the demo's header is wider than 800 px on its own), with five months of history.
    UiApp ui(true, true);
    ui.now = [] { return QDateTime(QDate(2026, 11, 22), QTime(16, 10), Qt::UTC); };
    const std::string couple = ui.app()->profile().coupleId;
    std::vector<std::string> partners;
    for (const ui::PartnerInfo& p : ui.app()->profile().partners)
        partners.push_back(p.id);
    REQUIRE(partners.size() == 2);
    ui.restart([&] { seedHistory(ui.dataDir(), couple, partners); });
    ui::MainWindow& window = *ui.window();
    window.resize(800, 600);
    window.show();
    settle();
    for (const ui::ThemeMode theme : {ui::ThemeMode::Light, ui::ThemeMode::Dark}) {
        for (const ui::TextSize size : {ui::TextSize::Normal, ui::TextSize::Largest}) {
            ui.app()->settings()->setTheme(theme);
            ui.app()->settings()->setTextSize(size);
            window.resize(800, 600);
            window.showScreen(ui::ScreenId::Insights, false);
            settle(50);
            INFO("theme " << int(theme) << ", text size " << int(size));
            REQUIRE(insightsOf(window)->figures().enoughHistory());
            CHECK(window.width() <= 800);
            CHECK(window.height() <= 600);
            CHECK(fitProblems(window).join(QStringLiteral("\n")).toStdString() == "");
        }
    }
    ui.app()->settings()->setTextSize(ui::TextSize::Normal);
    settle(50);

    // A wheel turn over a table moves the page: the table leaves the event (Qt hands an event a widget ignores to
    // its parents, up to the page; it does so only for real input, so the test hands it on as Qt would).
    auto* table = need<QTableWidget>(&window, QStringLiteral("insightsMonthsTable"));
    QScrollArea* area = nullptr;
    for (QWidget* p = table->parentWidget(); p && !area; p = p->parentWidget())
        area = qobject_cast<QScrollArea*>(p);
    REQUIRE(area);
    REQUIRE(area->verticalScrollBar()->maximum() > 0);
    area->verticalScrollBar()->setValue(0);
    CHECK(table->verticalScrollBar()->maximum() == 0);
    const QPoint inside = table->viewport()->rect().center();
    QWheelEvent wheel(inside, table->viewport()->mapToGlobal(inside), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(table->viewport(), &wheel);
    CHECK_FALSE(wheel.isAccepted());
    CHECK(table->verticalScrollBar()->value() == 0);
    const QPoint onPage = table->viewport()->mapTo(area->viewport(), inside);
    QWheelEvent handedOn(onPage, area->viewport()->mapToGlobal(onPage), QPoint(), QPoint(0, -120), Qt::NoButton,
                         Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(area->viewport(), &handedOn);
    settle();
    CHECK(area->verticalScrollBar()->value() > 0);
}

TEST_CASE("Insights shows a warm empty state when there is too little history")
{
    UiApp ui(true);
    ui.window()->showScreen(ui::ScreenId::Insights, false);
    settle();
    auto* empty = need<QLabel>(ui.window(), QStringLiteral("insightsEmpty"));
    CHECK(empty->isVisible());
    CHECK(ui.window()->findChild<QTableWidget*>(QStringLiteral("insightsMonthsTable")) == nullptr);
}
