// Together and alone in the window: the privacy curtain, private answers in views / search / export, the
// commitments ledger at the next repair, and a reflection written alone brought into a joint step 5.
#include <catch2/catch.hpp>

#include <QAccessible>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextBrowser>

#include "SessionWalk.h"
#include "tend/modes/CommitmentLedger.h"
#include "ui/app/JournalService.h"
#include "ui/screens/JournalScreen.h"
#include "ui/widgets/LedgerRow.h"
#include "ui/widgets/PrivacyCurtain.h"
#include "ui/widgets/StepRail.h"

using namespace tend;
using namespace tend::test;
using namespace tend::test::walking;
using nlohmann::json;

namespace {

/// Every text any widget holds, shown or not, and every name in the accessibility tree.
QStringList everyText(QWidget* window)
{
    QStringList out;
    for (QWidget* w : QApplication::allWidgets()) {
        out << w->accessibleName() << w->accessibleDescription() << w->toolTip();
        if (auto* label = qobject_cast<QLabel*>(w))
            out << label->text();
        if (auto* edit = qobject_cast<QPlainTextEdit*>(w))
            out << edit->toPlainText();
        if (auto* line = qobject_cast<QLineEdit*>(w))
            out << line->text();
        if (auto* browser = qobject_cast<QTextBrowser*>(w))
            out << browser->toPlainText();
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            out << button->text();
    }
    std::function<void(QAccessibleInterface*, int)> walk = [&](QAccessibleInterface* node, int depth) {
        if (!node || depth > 40)
            return;
        out << node->text(QAccessible::Name) << node->text(QAccessible::Description) << node->text(QAccessible::Value);
        for (int i = 0; i < node->childCount(); ++i)
            walk(node->child(i), depth + 1);
    };
    walk(QAccessible::queryAccessibleInterface(window), 0);
    return out;
}

bool anyContains(const QStringList& texts, const QString& word)
{
    for (const QString& t : texts) {
        if (t.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString readFile(const QString& path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

int viewerIndexOf(QComboBox* box, const QString& partnerId)
{
    for (int i = 0; i < box->count(); ++i) {
        if (box->itemData(i).toString() == partnerId)
            return i;
    }
    return -1;
}

} // namespace

TEST_CASE("switching who is at the keyboard raises the privacy curtain, private answers stay out of the other "
          "partner's views, search and export")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    const QString sam = qidOf(t, 0);
    const QString alex = qidOf(t, 1);
    clickOn(w, QStringLiteral("homeStartTogether"));
    ui::SessionScreen* s = w->sessionScreen();
    REQUIRE(s->writer() == idOf(t, 0));

    // Sam keeps one answer private and shares another.
    walkOwnSteps(w, s, QStringLiteral("Sam"), QStringLiteral("give-voice"));
    REQUIRE(cardOf(s) == QStringLiteral("give-voice"));
    typeInto(s->currentCard(), QStringLiteral("promptEditor"), QStringLiteral("marmalade is only for me"));
    clickOn(s->currentCard(), QStringLiteral("keepPrivate"));
    pressNext(w);
    walkOwnSteps(w, s, QStringLiteral("Sam"), QStringLiteral("meet-it-myself"));
    REQUIRE(cardOf(s) == QStringLiteral("meet-it-myself"));
    typeInto(s->currentCard(), QStringLiteral("promptEditor"), QStringLiteral("a lighthouse for both of us"));
    pressNext(w);
    pressBack(w); // back on Sam's shared answer: it is on screen now
    REQUIRE(anyContains(everyText(w), QStringLiteral("lighthouse")));

    // Alex takes the keyboard: the curtain hides everything of Sam's until Alex says it's them.
    clickOn(w, QStringLiteral("writer-") + alex);
    REQUIRE(s->view() == ui::SessionScreen::View::Curtain);
    REQUIRE(s->curtain()->isUp());
    CHECK(s->writer() == idOf(t, 0)); // nobody new is writing until confirmed
    settle(50);
    const QStringList behind = everyText(w);
    CHECK_FALSE(anyContains(behind, QStringLiteral("lighthouse")));
    CHECK_FALSE(anyContains(behind, QStringLiteral("marmalade")));
    CHECK(need<QLabel>(s, QStringLiteral("curtainTitle"))->text().contains(QStringLiteral("Alex")));
    // Keyboard only: Escape keeps Sam at the keyboard, Enter confirms Alex.
    CHECK(QApplication::focusWidget() == static_cast<QWidget*>(s->curtain()->confirmButton()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    settle();
    CHECK_FALSE(s->curtain()->isUp());
    CHECK(s->writer() == idOf(t, 0));
    CHECK(s->view() == ui::SessionScreen::View::Card);
    clickOn(w, QStringLiteral("writer-") + alex);
    REQUIRE(s->curtain()->isUp());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    settle();
    CHECK(s->writer() == idOf(t, 1));
    CHECK(t.app()->atKeyboard() == idOf(t, 1));
    REQUIRE(s->view() == ui::SessionScreen::View::Card);
    CHECK(cardOf(s) == QStringLiteral("rupture-is-normal")); // Alex's own place, not Sam's
    CHECK_FALSE(anyContains(everyText(w), QStringLiteral("marmalade")));

    // Alex's journal: Sam's shared answer is there, the private one is not — in the record, in search, in export.
    t.app()->journal()->flush();
    w->showScreen(ui::ScreenId::Journal, false);
    auto* journal = static_cast<ui::JournalScreen*>(w->screen(ui::ScreenId::Journal));
    auto* viewer = need<QComboBox>(journal, QStringLiteral("journalViewer"));
    viewer->setCurrentIndex(viewerIndexOf(viewer, alex)); // Alex is at the keyboard: no curtain
    settle();
    CHECK_FALSE(journal->curtain()->isUp());
    CHECK(journal->recordHtml().contains(QStringLiteral("lighthouse")));
    CHECK_FALSE(journal->recordHtml().contains(QStringLiteral("marmalade")));
    auto* search = need<QLineEdit>(journal, QStringLiteral("journalSearch"));
    search->setText(QStringLiteral("marmalade"));
    journal->runSearch();
    CHECK(journal->resultsHtml().contains(QStringLiteral("0 results")));
    search->setText(QStringLiteral("lighthouse"));
    journal->runSearch();
    CHECK(journal->resultsHtml().contains(QStringLiteral("lighthouse")));
    QTemporaryDir out;
    QString error;
    REQUIRE(journal->exportView(out.filePath(QStringLiteral("alex.json")), error));
    const QString alexExport = readFile(out.filePath(QStringLiteral("alex.json")));
    CHECK(alexExport.contains(QStringLiteral("lighthouse")));
    CHECK_FALSE(alexExport.contains(QStringLiteral("marmalade"))); // not in entries, nor in the engine state

    // Sam's own view opens only behind the curtain, with nothing of Alex's view left on screen.
    viewer->setCurrentIndex(viewerIndexOf(viewer, sam));
    settle();
    REQUIRE(journal->curtain()->isUp());
    CHECK_FALSE(anyContains(everyText(w), QStringLiteral("lighthouse")));
    clickOn(journal, QStringLiteral("curtainConfirm"));
    CHECK(t.app()->atKeyboard() == idOf(t, 0));
    CHECK(journal->recordHtml().contains(QStringLiteral("marmalade")));
    REQUIRE(journal->exportView(out.filePath(QStringLiteral("sam.json")), error));
    CHECK(readFile(out.filePath(QStringLiteral("sam.json"))).contains(QStringLiteral("marmalade")));
}

TEST_CASE("the commitments ledger lasts: shown on Home, reviewed at the start of the next repair")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    auto* journal = t.app()->journal();
    modes::NewCommitments made;
    made.coupleId = t.app()->profile().coupleId;
    made.createdAt = "2026-11-01T18:00:00Z";
    journal->recordCommitments(made, {{"new-commitments", "", true, "Phones away at dinner"},
                                      {"new-commitments", "", true, "A walk together on Sunday"}});
    journal->flush();
    const auto rows = journal->commitments(made.coupleId);
    REQUIRE(rows.size() == 2);
    auto idOfText = [&](const std::string& text) {
        for (const auto& r : journal->commitments(made.coupleId))
            if (modes::describeCommitment(r).text == text)
                return QString::fromStdString(r.id);
        return QString();
    };
    const QString phones = idOfText("Phones away at dinner");
    const QString walk = idOfText("A walk together on Sunday");

    // Home shows the open ones.
    w->showScreen(ui::ScreenId::Home, false);
    auto* ledger = need<QWidget>(w, QStringLiteral("homeLedger"));
    REQUIRE(ledger->isVisible());
    CHECK(ledger->findChildren<ui::LedgerRow*>().size() == 2);

    // The next repair together starts with "did we keep this?". The reviews are stamped by the app's clock, as the
    // repair's own rows are (not the computer's).
    const QDateTime reviewTime(QDate(2031, 3, 4), QTime(10, 0), Qt::UTC);
    t.app()->now = [reviewTime] { return reviewTime; };
    clickOn(w, QStringLiteral("homeStartTogether"));
    ui::SessionScreen* s = w->sessionScreen();
    REQUIRE(s->view() == ui::SessionScreen::View::Review);
    CHECK(need<QLabel>(w, QStringLiteral("stepTitle"))->text() == QStringLiteral("Did we keep this?"));
    clickOn(s, QStringLiteral("ledger-kept-") + phones);
    clickOn(s, QStringLiteral("ledger-let-go-") + walk);
    clickOn(s, QStringLiteral("ledger-not-yet-") + walk); // a change of mind is fine
    clickOn(s, QStringLiteral("reviewGoOn"));
    REQUIRE(s->view() == ui::SessionScreen::View::Card);
    CHECK(cardOf(s) == QStringLiteral("rupture-is-normal"));

    // The answers are in the journal: kept closes it, "not yet" keeps it open with its history.
    journal->flush();
    for (const auto& r : journal->commitments(made.coupleId)) {
        const modes::LedgerItem item = modes::describeCommitment(r);
        if (item.text == "Phones away at dinner") {
            CHECK(item.status == modes::LedgerStatus::Kept);
            CHECK(r.status == journal::CommitmentStatus::Kept);
        } else {
            CHECK(item.status == modes::LedgerStatus::InProgress);
            CHECK(r.status == journal::CommitmentStatus::Open);
            REQUIRE_FALSE(item.reviews.empty());
            CHECK(item.reviews.back().status == modes::LedgerStatus::InProgress);
            CHECK(item.reviews.back().at.rfind("2031-03-04T10:00:00", 0) == 0);
        }
    }
    // Home now shows only the open one, with where it stands in words.
    w->showScreen(ui::ScreenId::Home, false);
    settle();
    ledger = need<QWidget>(w, QStringLiteral("homeLedger"));
    const auto left = ledger->findChildren<ui::LedgerRow*>();
    REQUIRE(left.size() == 1);
    CHECK(left.front()->item().text == "A walk together on Sunday");
    CHECK(need<QLabel>(left.front(), QStringLiteral("ledgerMeta"))->text().contains(QStringLiteral("not yet")));
}

TEST_CASE("alone: something happened starts step 1 in one click, the reflection is brought into a joint step 5")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    const QString sam = qidOf(t, 0);
    const QString alex = qidOf(t, 1);

    // One click from Home to step 1, on Sam's own.
    clickOn(w, QStringLiteral("somethingHappened-") + sam);
    REQUIRE(w->currentScreenId() == ui::ScreenId::Session);
    ui::SessionScreen* s = w->sessionScreen();
    CHECK_FALSE(s->controller()->together());
    CHECK(cardOf(s) == QStringLiteral("rupture-is-normal"));
    walkOwnSteps(w, s, QStringLiteral("Sam"), QStringLiteral("give-voice"));
    typeInto(s->currentCard(), QStringLiteral("promptEditor"), QStringLiteral("marmalade stays mine"));
    clickOn(s->currentCard(), QStringLiteral("keepPrivate"));
    pressNext(w);
    walkOwnSteps(w, s, QStringLiteral("Sam"));

    // Steps 1–4 done alone: the reflection is kept and can be brought in.
    REQUIRE(s->view() == ui::SessionScreen::View::Reflected);
    const std::string soloId = s->controller()->row().id;
    t.app()->journal()->flush();
    CHECK(t.app()->journal()->session(soloId)->status == journal::SessionStatus::Completed);
    clickOn(s, QStringLiteral("sessionBring"));
    QWidget* dialog = QApplication::activeModalWidget();
    REQUIRE(dialog);
    // Each answer reads by its card's title and in words: an option by its label, never an id or "(an answer…)".
    QStringList shown;
    for (QLabel* label : dialog->findChildren<QLabel*>())
        shown << label->text();
    const QString words = shown.join(QLatin1Char('\n'));
    INFO(words.toStdString());
    CHECK(words.contains(QStringLiteral("Can you say something now?\nI can say a few calm words")));
    CHECK(words.contains(QStringLiteral("Reassurance that we're okay")));
    CHECK(words.contains(QStringLiteral("marmalade stays mine")));
    CHECK_FALSE(words.contains(QRegularExpression(QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-"))));
    for (const char* id : {"notice-body", "speak-or-settle", "can-speak", "too-much", "not-yet", "checkin-before"})
        CHECK_FALSE(words.contains(QLatin1String(id)));
    CHECK_FALSE(words.contains(QStringLiteral("chosen from options")));
    // Bringing it in is stamped by the app's clock, as the repair's own rows are (not the computer's).
    const QDateTime bringTime(QDate(2031, 3, 4), QTime(11, 30), Qt::UTC);
    t.app()->now = [bringTime] { return bringTime; };
    clickOn(dialog, QStringLiteral("bringConfirm"));
    t.app()->journal()->flush();
    settle(50);
    w->activateWindow(); // offscreen, the window does not take activation back from the closed dialog by itself
    settle();

    // A repair together: Sam waits at step 5, Alex does steps 1–4 after the curtain.
    REQUIRE(s->controller()->together());
    const std::string jointId = s->controller()->row().id;
    CHECK(jointId != soloId);
    CHECK(t.app()->journal()->session(jointId)->startedAt.rfind("2031-03-04T11:30:00", 0) == 0);
    REQUIRE(s->view() == ui::SessionScreen::View::Waiting);
    CHECK(s->rail()->rowTexts()[0].contains(QStringLiteral("Sam: done")));
    CHECK(s->rail()->rowTexts()[0].contains(QStringLiteral("Alex: in progress")));
    // The rail tells the truth while one of them is still on their own steps: step 1 is not "done" for the couple,
    // and step 5 is not "you are here" while it is still closed.
    CHECK(s->rail()->rowTexts()[0].contains(QRegularExpression(QStringLiteral("^1\\. [^:]+: in progress"))));
    CHECK(s->rail()->rowTexts()[4].contains(QStringLiteral("opens when you have both finished step 4")));
    CHECK_FALSE(s->rail()->rowTexts()[4].contains(QStringLiteral("you are here")));
    clickOn(s, QStringLiteral("switchTo-") + alex);
    REQUIRE(s->curtain()->isUp());
    clickOn(s, QStringLiteral("curtainConfirm"));
    REQUIRE(s->writer() == idOf(t, 1));
    walkOwnSteps(w, s, QStringLiteral("Alex"));

    // Step 5 together: both turns, then both must say yes.
    REQUIRE(s->view() == ui::SessionScreen::View::Card);
    CHECK(cardOf(s) == QStringLiteral("leftover-check"));
    stepFiveToClear(w, s, t, QStringLiteral("Tell each other when we need a minute"));
    clickOn(w, QStringLiteral("gate-") + sam + QStringLiteral("-yes"));
    clickOn(w, QStringLiteral("gate-") + alex + QStringLiteral("-yes"));
    pressNext(w);
    for (int guard = 0; guard < 10 && s->view() == ui::SessionScreen::View::Card; ++guard)
        pressNext(w);
    REQUIRE(s->view() == ui::SessionScreen::View::Completed);

    // Sam's private answer came along for Sam only.
    t.app()->journal()->flush();
    auto seen = [&](const journal::Viewer& viewer) {
        for (const auto& e : t.app()->journal()->entries(jointId, viewer))
            if (e.payload.find("marmalade") != std::string::npos)
                return true;
        return false;
    };
    CHECK(seen(journal::Viewer::partner(idOf(t, 0))));
    CHECK_FALSE(seen(journal::Viewer::partner(idOf(t, 1))));
    CHECK_FALSE(seen(journal::Viewer::sharedOnly()));
    // And the reflection no longer waits on Home to be brought.
    w->showScreen(ui::ScreenId::Home, false);
    CHECK_FALSE(need<QWidget>(w, QStringLiteral("reflectionsCard"))->isVisible());
}
