// The journal's sessions list is a lazy model: one page read at first, more only as the list scrolls.
#include <catch2/catch.hpp>

#include <QListView>
#include <QScrollBar>
#include <QSet>

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
