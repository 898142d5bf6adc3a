// The journal's sessions list is a lazy model: one page read at first, more only as the list scrolls.
#include <catch2/catch.hpp>

#include <QFile>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <nlohmann/json.hpp>

#include "UiTestSupport.h"
#include "tend/journal/Journal.h"
#include "ui/screens/JournalScreen.h"
#include "ui/screens/SessionListModel.h"

using namespace tend;
using namespace tend::test;

TEST_CASE("ten thousand sessions: the journal list reads only its first page, then pages in as it scrolls")
{
    UiApp t(true);
    const std::string couple = t.app()->profile().coupleId;
    REQUIRE_FALSE(couple.empty());
    constexpr int kSessions = 10000;
    std::string newest;
    t.restart([&] {
        auto opened = journal::Journal::open(t.dataDir());
        REQUIRE(opened.ok());
        journal::Journal& j = *opened.journal;
        REQUIRE(j.transaction([&]() -> Result<void> {
            for (int i = 0; i < kSessions; ++i) {
                journal::Session s;
                s.coupleId = couple;
                s.programId = "rupture-to-repair";
                s.programVersion = "1.0.0";
                s.status = journal::SessionStatus::Completed;
                s.mode = i % 2 ? journal::SessionMode::Solo : journal::SessionMode::Together;
                if (auto added = j.addSession(s); !added)
                    return added.error();
                newest = s.id;
            }
            return {};
        }));
    });

    t.window()->showScreen(ui::ScreenId::Journal, false);
    settle();
    auto* list = need<QListView>(t.window(), QStringLiteral("sessionList"));
    auto* model = qobject_cast<ui::SessionListModel*>(list->model());
    REQUIRE(model);
    // Only the first page is loaded: not ten thousand rows.
    CHECK(model->pagesRead() == 1);
    CHECK(model->rowCount() == ui::SessionListModel::kPage);
    CHECK(model->canFetchMore({}));
    CHECK(model->index(0).data(ui::SessionListModel::SessionIdRole).toString() == QString::fromStdString(newest));

    // Scrolling to the end asks for the next page, and only that.
    list->scrollToBottom();
    settle();
    list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
    settle();
    CHECK(model->pagesRead() >= 2);
    CHECK(model->rowCount() == ui::SessionListModel::kPage * model->pagesRead());
    CHECK(model->rowCount() < kSessions);

    // Fetching to the end gives every session exactly once, newest first.
    while (model->canFetchMore({}))
        model->fetchMore({});
    CHECK(model->rowCount() == kSessions);
    QSet<QString> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row).data(ui::SessionListModel::SessionIdRole).toString());
    CHECK(ids.size() == kSessions);
}

TEST_CASE("a search result opened by keyboard shows its entry scrolled into view with the words found marked")
{
    UiApp t(true);
    const std::string couple = t.app()->profile().coupleId;
    REQUIRE_FALSE(couple.empty());
    t.restart([&] {
        auto opened = journal::Journal::open(t.dataDir());
        REQUIRE(opened.ok());
        journal::Journal& j = *opened.journal;
        journal::Session s;
        s.coupleId = couple;
        s.programId = "rupture-to-repair";
        s.programVersion = "1.0.0";
        s.status = journal::SessionStatus::Completed;
        REQUIRE(j.addSession(s));
        // A long record: the entry searched for comes last, far below the first screen.
        for (int i = 0; i < 40; ++i) {
            journal::Entry e;
            e.sessionId = s.id;
            e.step = "stabilize";
            e.card = "notice-body";
            e.payload = nlohmann::json{{"text", "Line " + std::to_string(i) +
                                                    ": we breathed slowly and waited until both of us felt steady "
                                                    "again, then we talked about the week ahead."}}
                            .dump();
            REQUIRE(j.saveEntry(e));
        }
        journal::Entry e;
        e.sessionId = s.id;
        e.step = "re-engage";
        e.card = "agreements";
        e.payload = nlohmann::json{{"text", "Two dinners ago I walked out; next time I stay and say so."}}.dump();
        REQUIRE(j.saveEntry(e));
    });
    t.window()->resize(1000, 640);
    t.window()->showScreen(ui::ScreenId::Journal, false);
    settle();
    auto* screen = static_cast<ui::JournalScreen*>(t.window()->screen(ui::ScreenId::Journal));
    auto* record = need<QTextBrowser>(t.window(), QStringLiteral("sessionRecord"));
    auto* results = need<QTextBrowser>(t.window(), QStringLiteral("searchResults"));
    CHECK(record->verticalScrollBar()->value() == 0);
    CHECK(screen->markedText().isEmpty());

    // "dinner" finds "dinners" (word forms); the result is reached with Tab and opened with Enter.
    typeInto(t.window(), QStringLiteral("journalSearch"), QStringLiteral("dinner"));
    screen->runSearch();
    settle();
    REQUIRE(results->isVisible());
    CHECK(results->toPlainText().contains(QStringLiteral("1 result")));
    results->setFocus(Qt::TabFocusReason);
    QTest::keyClick(results, Qt::Key_Tab);
    settle();
    CHECK(results->textCursor().hasSelection()); // the result's link holds the keyboard
    QTest::keyClick(results, Qt::Key_Return);
    settle();

    // The record shows the entry, scrolled so the match is in view, with the match marked and the caret on it.
    CHECK(screen->markedText() == QStringLiteral("dinners"));
    const auto marks = record->extraSelections();
    REQUIRE(marks.size() == 1);
    CHECK(marks.front().format.background().color() == record->palette().color(QPalette::Highlight));
    CHECK(record->verticalScrollBar()->value() > 0);
    const QRect where = record->cursorRect(marks.front().cursor);
    INFO("match at " << where.y() << ", viewport height " << record->viewport()->height());
    CHECK(record->viewport()->rect().contains(where));
    CHECK(record->textCursor().position() == marks.front().cursor.selectionStart());
    CHECK(record->window()->focusWidget() == record); // the keyboard reads on from the match

    // Choosing the repair in the list again shows it without a mark.
    screen->openSession(screen->list()->currentIndex().data(ui::SessionListModel::SessionIdRole).toString());
    CHECK(screen->markedText().isEmpty());
}

TEST_CASE("the journal: titles from the first words and edited, months to jump to, an export of a range of days")
{
    UiApp t(true);
    const std::string couple = t.app()->profile().coupleId;
    REQUIRE_FALSE(couple.empty());
    const char* months[] = {"January", "February", "March"};
    t.restart([&] {
        auto opened = journal::Journal::open(t.dataDir());
        REQUIRE(opened.ok());
        journal::Journal& j = *opened.journal;
        for (int m = 0; m < 3; ++m) {
            journal::Session s;
            s.coupleId = couple;
            s.programId = "rupture-to-repair";
            s.programVersion = "1.0.0";
            s.status = journal::SessionStatus::Completed;
            s.startedAt = "2025-0" + std::to_string(m + 1) + "-15T12:00:00.000Z";
            REQUIRE(j.addSession(s));
            journal::Entry e;
            e.sessionId = s.id;
            e.step = "acknowledge";
            e.card = "give-voice";
            e.payload =
                nlohmann::json{{"text", std::string("Written in ") + months[m] + " about the dishes and the week"}}
                    .dump();
            REQUIRE(j.saveEntry(e));
        }
    });
    t.window()->showScreen(ui::ScreenId::Journal, false);
    settle();
    auto* screen = static_cast<ui::JournalScreen*>(t.window()->screen(ui::ScreenId::Journal));
    ui::SessionListModel* model = screen->model();
    REQUIRE(model->rowCount() == 3);

    // Titles: by default the first six words written, in the list.
    CHECK(model->titleAt(0) == QStringLiteral("Written in March about the dishes…"));
    CHECK(model->index(0).data().toString().startsWith(QStringLiteral("Written in March about the dishes…\n")));

    // Months, newest first; choosing one opens its newest repair.
    CHECK(screen->months() ==
          QStringList{QStringLiteral("2025-03"), QStringLiteral("2025-02"), QStringLiteral("2025-01")});
    REQUIRE(screen->jumpToMonth(QStringLiteral("2025-01")));
    settle();
    CHECK(screen->list()->currentIndex().row() == 2);
    CHECK(screen->recordHtml().contains(QStringLiteral("Written in January")));
    CHECK_FALSE(screen->jumpToMonth(QStringLiteral("1999-01")));

    // The title edited in the journal is stored and shown; emptied, the first words come back.
    QLineEdit* title = screen->titleField();
    REQUIRE(title->isVisible());
    CHECK(title->text().isEmpty());
    CHECK(title->placeholderText() == QStringLiteral("Written in January about the dishes…"));
    title->setText(QStringLiteral("  The January dishes "));
    screen->saveTitle();
    t.app()->journal()->flush();
    settle();
    CHECK(model->titleAt(2) == QStringLiteral("The January dishes"));
    const QString january = model->index(2).data(ui::SessionListModel::SessionIdRole).toString();
    CHECK(t.app()->journal()->session(january.toStdString())->title ==
          std::optional<std::string>("The January dishes"));
    screen->openSession(january);
    CHECK(title->text() == QStringLiteral("The January dishes"));
    title->clear();
    screen->saveTitle();
    t.app()->journal()->flush();
    settle();
    CHECK(model->titleAt(2) == QStringLiteral("Written in January about the dishes…"));
    CHECK_FALSE(t.app()->journal()->session(january.toStdString())->title);
    title->setText(QStringLiteral("The January dishes"));
    screen->saveTitle();
    t.app()->journal()->flush();
    settle();

    // An export of February's days holds February only, Markdown or JSON, with the title; it says where it went.
    CHECK(ui::JournalScreen::exportFolder() == QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    QTemporaryDir out;
    ui::JournalScreen::ExportChoice february;
    february.what = ui::JournalScreen::ExportChoice::What::Range;
    february.from = QDate(2025, 2, 1);
    february.to = QDate(2025, 2, 28);
    QString error;
    const QString md = out.filePath(QStringLiteral("february.md"));
    REQUIRE(screen->exportTo(md, february, error));
    CHECK(screen->lastExportMessage().contains(md));
    QFile mdFile(md);
    REQUIRE(mdFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(mdFile.readAll());
    CHECK(text.contains(QStringLiteral("Written in February")));
    CHECK(text.contains(QStringLiteral("**Written in February about the dishes…**")));
    CHECK_FALSE(text.contains(QStringLiteral("January")));
    CHECK_FALSE(text.contains(QStringLiteral("Written in March")));
    february.format = ui::JournalScreen::ExportChoice::Format::Json;
    const QString js = out.filePath(QStringLiteral("february.json"));
    REQUIRE(screen->exportTo(js, february, error));
    QFile jsFile(js);
    REQUIRE(jsFile.open(QIODevice::ReadOnly));
    const auto doc = nlohmann::json::parse(jsFile.readAll().toStdString());
    REQUIRE(doc["sessions"].size() == 1);
    CHECK(doc["sessions"][0]["startedAt"] == "2025-02-15T12:00:00.000Z");
    // One repair: the open one (January, with its own title).
    ui::JournalScreen::ExportChoice one;
    one.what = ui::JournalScreen::ExportChoice::What::Repair;
    const QString single = out.filePath(QStringLiteral("one.md"));
    REQUIRE(screen->exportTo(single, one, error));
    QFile singleFile(single);
    REQUIRE(singleFile.open(QIODevice::ReadOnly));
    const QString oneText = QString::fromUtf8(singleFile.readAll());
    CHECK(oneText.contains(QStringLiteral("**The January dishes**")));
    CHECK_FALSE(oneText.contains(QStringLiteral("February")));
}

TEST_CASE("in German at 800x600 the list of repairs wraps each entry whole, with no sideways scroll bar")
{
    // Found by hand under Xvfb: "Gemeinsam · abgeschlossen · 31 Antworten" was wider than the list, which showed a
    // sideways scroll bar; turned off alone, the entries were cut off with "…" instead.
    UiApp t(true);
    const std::string couple = t.app()->profile().coupleId;
    t.restart([&] {
        auto opened = journal::Journal::open(t.dataDir());
        REQUIRE(opened.ok());
        for (int i = 0; i < 6; ++i) {
            journal::Session s;
            s.coupleId = couple;
            s.programId = "rupture-to-repair";
            s.programVersion = "1.0.0";
            s.status = i % 2 ? journal::SessionStatus::Completed : journal::SessionStatus::Abandoned;
            s.mode = journal::SessionMode::Together;
            s.startedAt = "2026-12-0" + std::to_string(i + 1) + "T20:37:00Z";
            REQUIRE(opened.journal->addSession(s));
        }
    });
    t.app()->setLanguage(QStringLiteral("de"));
    REQUIRE(t.app()->language() == QStringLiteral("de"));
    ui::MainWindow* w = t.window();
    w->resize(800, 600);
    w->showScreen(ui::ScreenId::Journal, false);
    settle();
    auto* list = need<QListView>(w, QStringLiteral("sessionList"));
    CHECK_FALSE(list->horizontalScrollBar()->isVisible());
    const QFontMetrics metrics(list->font());
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        const QString text = index.data().toString();
        const QRect box = list->visualRect(index);
        // The words wrapped to the entry's width need no more height than the entry has.
        const QRect needed = metrics.boundingRect(QRect(0, 0, box.width() - 2 * 10, 10000), Qt::TextWordWrap, text);
        INFO(text.toStdString() << ": " << box.height() << " px high, its words need " << needed.height());
        CHECK(box.height() >= needed.height());
        CHECK(box.width() <= list->viewport()->width());
    }
}
