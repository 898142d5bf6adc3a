// The app's side of encryption at rest: the passphrase at set-up, the recovery key, locking on demand and after an
// idle time (an injected clock), unlocking back to the same card with the same unsaved typing, a wrong passphrase
// versus damaged key data, exports from the app, and no canary on disk after the app locked and quit.
#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>
#include <QStackedWidget>
#include <QTextEdit>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "../ui/SessionWalk.h"
#include "../ui/UiTestSupport.h"
#include "tend/common/Clock.h"
#include "tend/crypto/ExportCipher.h"
#include "tend/journal/Journal.h"
#include "ui/app/JournalService.h"
#include "ui/app/SessionController.h"
#include "ui/app/Settings.h"
#include "ui/cards/CardWidget.h"
#include "ui/lock/JournalExport.h"
#include "ui/lock/LockController.h"
#include "ui/lock/LockScreen.h"
#include "ui/lock/PrivacySection.h"
#include "ui/lock/ProtectionSetupPage.h"
#include "ui/lock/RecoveryKeyPanel.h"
#include "ui/screens/SessionScreen.h"
#include "ui/screens/WelcomeScreen.h"

using namespace tend;
using namespace tend::test;
namespace fs = std::filesystem;

namespace {

const QString kPassphrase = QStringLiteral("blue kettle morning walk");

/// Waits (processing events) until `done` is true or about five seconds passed.
template <typename Done> bool waitFor(Done done)
{
    for (int i = 0; i < 500 && !done(); ++i)
        settle(10);
    return done();
}

void protect(UiApp& t, const QString& passphrase = kPassphrase)
{
    ui::JournalService* journal = t.app()->journal();
    REQUIRE(journal);
    bool finished = false;
    bool ok = false;
    journal->enableProtection(ui::JournalService::secretFrom(passphrase),
                              [&](const ui::JournalService::KeyOutcome& outcome) {
                                  finished = true;
                                  ok = outcome.ok;
                              });
    REQUIRE(waitFor([&] { return finished; }));
    REQUIRE(ok);
    REQUIRE(journal->isProtected());
}

ui::LockController* lockOf(UiApp& t)
{
    auto* lock = t.window()->lockController();
    REQUIRE(lock);
    return lock;
}

/// Every text a widget of the window holds (line edits, editors, browsers, labels).
QStringList allTexts(QWidget* root)
{
    QStringList texts;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (auto* line = qobject_cast<QLineEdit*>(w))
            texts << line->text();
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
            texts << plain->toPlainText();
        else if (auto* rich = qobject_cast<QTextEdit*>(w))
            texts << rich->toPlainText();
        else if (auto* label = qobject_cast<QLabel*>(w))
            texts << label->text();
    }
    return texts;
}

bool anyContains(const QStringList& texts, const QString& needle)
{
    for (const QString& text : texts)
        if (text.contains(needle))
            return true;
    return false;
}

/// Answers cards the way a person would (SessionWalk.h) until a card with a text editor is current.
QPlainTextEdit* walkToPrompt(ui::MainWindow* w, ui::SessionScreen* s)
{
    for (int guard = 0; guard < 40; ++guard) {
        ui::CardWidget* card = s->currentCard();
        REQUIRE(card);
        if (auto* editor = card->findChild<QPlainTextEdit*>(QStringLiteral("promptEditor")))
            return editor;
        walking::answerAndGoOn(w, s, QString());
    }
    FAIL("no writing card reached");
    return nullptr;
}

/// Protects the journal, then starts a repair together from Home: the session screen.
ui::SessionScreen* startProtectedTogether(UiApp& t)
{
    protect(t);
    clickOn(t.window(), QStringLiteral("homeStartTogether"));
    REQUIRE(t.window()->currentScreenId() == ui::ScreenId::Session);
    return t.window()->sessionScreen();
}

std::string utf16(const std::string& ascii, bool bigEndian)
{
    std::string out;
    for (char c : ascii) {
        if (bigEndian)
            out += '\0';
        out += c;
        if (!bigEndian)
            out += '\0';
    }
    return out;
}

std::vector<std::string> scan(const fs::path& dir, const std::string& canary)
{
    std::vector<std::string> hits;
    for (const auto& item : fs::recursive_directory_iterator(dir)) {
        if (!item.is_regular_file())
            continue;
        std::ifstream in(item.path(), std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        const std::string all = bytes.str();
        for (const std::string& form : {canary, utf16(canary, false), utf16(canary, true)})
            if (all.find(form) != std::string::npos)
                hits.push_back(item.path().filename().string());
    }
    return hits;
}

} // namespace

TEST_CASE("set-up offers a passphrase, says a lost one cannot be recovered, and makes a recovery key", "[privacy][ui]")
{
    UiApp t;
    ui::MainWindow* w = t.window();
    clickOn(w, QStringLiteral("welcomeBegin"));
    typeInto(w, QStringLiteral("firstName"), QStringLiteral("Sam"));
    typeInto(w, QStringLiteral("secondName"), QStringLiteral("Alex"));
    clickOn(w, QStringLiteral("setupContinue"));
    auto* page = need<ui::ProtectionSetupPage>(w, QStringLiteral("protectionSetup"));
    REQUIRE(page->isVisible());
    CHECK(need<QLabel>(w, QStringLiteral("protectWarning"))->text().contains(QStringLiteral("cannot be opened")));
    CHECK(need<QAbstractButton>(w, QStringLiteral("protectSkip"))->isVisible());
    // Too short, then different: no way on.
    typeInto(w, QStringLiteral("protectPassphrase"), QStringLiteral("short"));
    CHECK_FALSE(need<QAbstractButton>(w, QStringLiteral("protectGo"))->isEnabled());
    page->protectWith(kPassphrase);
    REQUIRE(waitFor([&] { return page->step() == 1; }));
    CHECK(t.app()->journal()->isProtected());
    CHECK(need<QLineEdit>(w, QStringLiteral("protectPassphrase"))->text().isEmpty());

    clickOn(w, QStringLiteral("recoveryMake"));
    ui::RecoveryKeyPanel* panel = page->recoveryPanel();
    REQUIRE(waitFor([&] { return !panel->keyText().isEmpty(); }));
    const QString key = panel->keyText();
    CHECK(key.count(QLatin1Char('-')) == 13);
    CHECK(t.app()->journal()->hasRecoveryKey());

    // Saved as a PDF (to print) and as text, both owner-only.
    QTemporaryDir out;
    QString error;
    const QString pdf = out.filePath(QStringLiteral("key.pdf"));
    REQUIRE(panel->savePdf(pdf, error));
    QFile pdfFile(pdf);
    REQUIRE(pdfFile.open(QIODevice::ReadOnly));
    CHECK(pdfFile.read(5) == QByteArray("%PDF-"));
    CHECK(QFile::permissions(pdf) ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    const QString text = out.filePath(QStringLiteral("key.txt"));
    REQUIRE(panel->saveText(text, error));
    QFile textFile(text);
    REQUIRE(textFile.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(textFile.readAll()).contains(key));

    // "I have kept it" waits for the last group to be typed back.
    auto* done = need<QAbstractButton>(w, QStringLiteral("recoveryDone"));
    CHECK_FALSE(done->isEnabled());
    typeInto(w, QStringLiteral("recoveryCheck"), key.section(QLatin1Char('-'), -1).toLower());
    CHECK(done->isEnabled());
    clickOn(w, QStringLiteral("recoveryDone"));
    CHECK(panel->keyText().isEmpty()); // the display copy is gone
    REQUIRE(page->step() == 2);        // a couple: each may add a key of their own
    clickOn(w, QStringLiteral("partnersKeyDone"));
    CHECK(w->currentScreenId() == ui::ScreenId::SafetyCheck);

    // The recovery key opens the journal after a restart.
    t.restart();
    ui::LockController* lock = lockOf(t);
    CHECK(lock->isLocked());
    CHECK(lock->lockScreen()->isVisible());
    clickOn(t.window(), QStringLiteral("lockUseRecovery"));
    typeInto(t.window(), QStringLiteral("lockSecret"), key);
    clickOn(t.window(), QStringLiteral("lockUnlock"));
    REQUIRE(waitFor([&] { return !lock->isLocked(); }));
    CHECK_FALSE(t.app()->journal()->isLocked());
}

TEST_CASE("locking clears the screen, a wrong passphrase keeps it locked, unlocking restores the typing",
          "[privacy][ui]")
{
    UiApp t(true);
    ui::SessionScreen* s = startProtectedTogether(t);
    ui::MainWindow* w = t.window();
    QPlainTextEdit* editor = walkToPrompt(w, s);
    const QString cardId = s->currentCard()->cardId();
    const QString canary = QStringLiteral("HeronUnsavedCanary4417");
    typeInto(s->currentCard(), QStringLiteral("promptEditor"),
             QStringLiteral("I felt ") + canary + QStringLiteral(" then"));
    QTextCursor cursor = editor->textCursor();
    cursor.setPosition(7);
    editor->setTextCursor(cursor);
    REQUIRE(anyContains(allTexts(w), canary));

    // Ctrl+L locks at once, before any draft timer fired.
    QTest::keyClick(editor, Qt::Key_L, Qt::ControlModifier);
    settle();
    ui::LockController* lock = lockOf(t);
    REQUIRE(lock->isLocked());
    CHECK(t.app()->journal()->isLocked());
    CHECK(lock->lockScreen()->isVisible());
    CHECK_FALSE(need<QStackedWidget>(w, QStringLiteral("screenStack"))->isVisible());
    // The lock screen takes the whole window: the hidden screens keep no share of its height above it.
    CHECK(lock->lockScreen()->geometry() == w->centralWidget()->rect());
    CHECK(lock->heldCount() > 0);
    // Nothing intimate is left in the widget tree while locked.
    CHECK_FALSE(anyContains(allTexts(w), canary));
    // The typing was saved first, encrypted (read back through the journal after unlocking, below).

    // A wrong passphrase: its own message, still locked, the typed text kept for correcting.
    typeInto(w, QStringLiteral("lockSecret"), QStringLiteral("green kettle"));
    clickOn(w, QStringLiteral("lockUnlock"));
    REQUIRE(waitFor([&] { return !lock->lockScreen()->message().contains(QStringLiteral("Opening")); }));
    CHECK(lock->lockScreen()->message().contains(QStringLiteral("doesn't open this journal")));
    CHECK_FALSE(lock->lockScreen()->message().contains(QStringLiteral("damaged")));
    CHECK(need<QLineEdit>(w, QStringLiteral("lockSecret"))->text() == QStringLiteral("green kettle"));
    CHECK(lock->isLocked());
    CHECK_FALSE(anyContains(allTexts(w), canary));

    need<QLineEdit>(w, QStringLiteral("lockSecret"))->clear();
    typeInto(w, QStringLiteral("lockSecret"), kPassphrase);
    QTest::keyClick(need<QLineEdit>(w, QStringLiteral("lockSecret")), Qt::Key_Return);
    REQUIRE(waitFor([&] { return !lock->isLocked(); }));
    // Exactly where they were: the same screen, card, text and cursor, and the focus back in the editor.
    CHECK(w->currentScreenId() == ui::ScreenId::Session);
    REQUIRE(s->currentCard());
    CHECK(s->currentCard()->cardId() == cardId);
    CHECK(editor->toPlainText() == QStringLiteral("I felt ") + canary + QStringLiteral(" then"));
    CHECK(editor->textCursor().position() == 7);
    CHECK(editor->hasFocus());
    CHECK(need<QStackedWidget>(w, QStringLiteral("screenStack"))->isVisible());
    CHECK_FALSE(lock->lockScreen()->isVisible());
    // And the screens have it back, all of it below the header.
    settle();
    CHECK(need<QStackedWidget>(w, QStringLiteral("screenStack"))->geometry().bottom() ==
          w->centralWidget()->rect().bottom());
    bool draftFound = false;
    for (const auto& draft : t.app()->journal()->drafts(s->controller()->row().id))
        draftFound = draftFound || draft.payload.find(canary.toStdString()) != std::string::npos;
    CHECK(draftFound);

    // Lock again and quit: no file Tend wrote holds the canary (database, WAL, settings, backups).
    lock->lockNow();
    t.restart();
    CHECK(lockOf(t)->isLocked()); // a protected journal opens locked
    CHECK(scan(t.dataDir(), canary.toStdString()).empty());
    CHECK_FALSE(anyContains(allTexts(t.window()), canary));
}

TEST_CASE("auto-lock after the idle time counts time the computer slept", "[privacy][ui]")
{
    UiApp t(true);
    protect(t);
    ui::LockController* lock = lockOf(t);
    tend::ManualClock clock;
    lock->setIdleClock(clock);
    CHECK(t.app()->settings()->autoLockMinutes() == 5);
    clock.advance(std::chrono::minutes(4));
    lock->checkIdle();
    CHECK_FALSE(lock->isLocked());
    // Input counts as activity.
    QTest::mouseMove(t.window(), QPoint(10, 10));
    QTest::keyClick(t.window(), Qt::Key_Shift);
    clock.advance(std::chrono::minutes(4));
    lock->checkIdle();
    CHECK_FALSE(lock->isLocked());
    // Asleep for an hour, awake for a second: locked.
    clock.sleep(std::chrono::hours(1));
    clock.advance(std::chrono::seconds(1));
    lock->checkIdle();
    CHECK(lock->isLocked());
    CHECK(t.app()->journal()->isLocked());

    // Zero minutes turns auto-lock off.
    typeInto(t.window(), QStringLiteral("lockSecret"), kPassphrase);
    clickOn(t.window(), QStringLiteral("lockUnlock"));
    REQUIRE(waitFor([&] { return !lock->isLocked(); }));
    t.app()->settings()->setAutoLockMinutes(0);
    clock.advance(std::chrono::hours(5));
    clock.sleep(std::chrono::hours(5));
    lock->checkIdle();
    CHECK_FALSE(lock->isLocked());
}

TEST_CASE("an unprotected journal shows no Lock button and cannot be locked", "[privacy][ui]")
{
    UiApp t(true);
    ui::LockController* lock = lockOf(t);
    CHECK_FALSE(lock->lockNow());
    CHECK_FALSE(need<QAbstractButton>(t.window(), QStringLiteral("headerLock"))->isVisible());
    protect(t);
    settle();
    CHECK(need<QAbstractButton>(t.window(), QStringLiteral("headerLock"))->isVisible());
    clickOn(t.window(), QStringLiteral("headerLock"));
    CHECK(lock->isLocked());
}

TEST_CASE("damaged key data gets its own message at start, and nothing is deleted", "[privacy][ui]")
{
    QTemporaryDir dir;
    const fs::path data = dir.path().toStdString();
    {
        journal::OpenOptions options;
        options.kdfPolicy = crypto::KdfPolicy::minimum();
        auto opened = journal::Journal::open(data, options);
        REQUIRE(opened.ok());
        REQUIRE(opened.journal->enableProtection(kPassphrase.toStdString()));
        // Damage the stored key data (the checksum no longer matches).
        REQUIRE(opened.journal->database().exec(
            "UPDATE meta SET value = replace(value, '\"wrappedKey\":\"', '\"wrappedKey\":\"AA') WHERE key = "
            "'keyring'"));
    }
    const auto sizeBefore = fs::file_size(data / "tend.db");
    ui::AppOptions options;
    options.dataDir = data;
    options.contentDir = contentDir();
    options.inMemorySettings = true;
    options.kdfPolicy = crypto::KdfPolicy::minimum();
    ui::AppContext app(options);
    ui::MainWindow window(&app);
    window.show();
    window.finishStartup();
    settle();
    ui::LockController* lock = window.lockController();
    REQUIRE(lock->isLocked());
    typeInto(&window, QStringLiteral("lockSecret"), kPassphrase);
    clickOn(&window, QStringLiteral("lockUnlock"));
    REQUIRE(waitFor([&] { return !lock->lockScreen()->message().contains(QStringLiteral("Opening")); }));
    CHECK(lock->lockScreen()->message().contains(QStringLiteral("damaged")));
    CHECK(lock->lockScreen()->message().contains(QStringLiteral("Nothing has been deleted")));
    CHECK(lock->isLocked());
    CHECK(need<QLineEdit>(&window, QStringLiteral("lockSecret"))->text() == kPassphrase);
    CHECK(fs::exists(data / "tend.db"));
    CHECK(fs::file_size(data / "tend.db") >= sizeBefore);
}

TEST_CASE("settings: change and remove the passphrase keep every entry, and exports from the app", "[privacy][ui]")
{
    UiApp t(true);
    protect(t);
    ui::JournalService* journal = t.app()->journal();
    journal::Entry entry;
    entry.sessionId = "";
    t.window()->showScreen(ui::ScreenId::Settings, false);
    auto* privacy = need<ui::PrivacySection>(t.window(), QStringLiteral("privacySection"));
    CHECK(privacy->status().contains(QStringLiteral("Protected")));

    // An encrypted export and a plain one; the encrypted one opens with its own passphrase.
    QTemporaryDir out;
    ui::ExportRequest sealed;
    sealed.format = ui::ExportRequest::Format::Encrypted;
    sealed.passphrase = ui::JournalService::secretFrom(QStringLiteral("export words here"));
    privacy->exportTo(out.filePath(QStringLiteral("j.tendx")), sealed);
    REQUIRE(waitFor([&] { return privacy->message().startsWith(QStringLiteral("Saved")); }));
    QFile sealedFile(out.filePath(QStringLiteral("j.tendx")));
    REQUIRE(sealedFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = sealedFile.readAll();
    CHECK(sealedFile.permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    auto opened = crypto::exportfile::decrypt(
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(bytes.constData()),
                                      std::size_t(bytes.size())),
        "export words here");
    REQUIRE(opened);
    const std::string plainText(reinterpret_cast<const char*>(opened->data()), opened->size());
    CHECK(plainText.find("tend-journal") != std::string::npos);
    CHECK(plainText.find("Sam") != std::string::npos);

    ui::ExportRequest plain;
    plain.format = ui::ExportRequest::Format::PlainMarkdown;
    privacy->exportTo(out.filePath(QStringLiteral("j.md")), plain);
    REQUIRE(waitFor([&] { return privacy->message().contains(QStringLiteral("not encrypted")); }));
    CHECK(QFile::exists(out.filePath(QStringLiteral("j.md"))));

    // Change the passphrase: the old one stops working, the new one opens everything.
    privacy->setPassphrase(QStringLiteral("a brand new passphrase"));
    REQUIRE(waitFor([&] { return privacy->message().contains(QStringLiteral("changed")); }));
    auto* lock = lockOf(t);
    REQUIRE(lock->lockNow());
    typeInto(t.window(), QStringLiteral("lockSecret"), kPassphrase);
    clickOn(t.window(), QStringLiteral("lockUnlock"));
    REQUIRE(waitFor([&] { return !lock->lockScreen()->message().contains(QStringLiteral("Opening")); }));
    CHECK(lock->isLocked());
    need<QLineEdit>(t.window(), QStringLiteral("lockSecret"))->clear();
    typeInto(t.window(), QStringLiteral("lockSecret"), QStringLiteral("a brand new passphrase"));
    clickOn(t.window(), QStringLiteral("lockUnlock"));
    REQUIRE(waitFor([&] { return !lock->isLocked(); }));
    CHECK(t.app()->profile().partners.size() == 2);

    // Remove it: readable again, nothing lost, the Lock button goes.
    privacy->removeProtection();
    REQUIRE(waitFor([&] { return privacy->message().contains(QStringLiteral("removed")); }));
    CHECK_FALSE(journal->hasKeyring());
    CHECK_FALSE(lock->lockNow());
    CHECK(t.app()->profile().partners.size() == 2);
}

TEST_CASE("a partner whose own key is closed can open it on the card itself", "[privacy][ui]")
{
    UiApp t(true);
    ui::SessionScreen* s = startProtectedTogether(t);
    ui::MainWindow* w = t.window();
    walkToPrompt(w, s);
    REQUIRE(s->currentCard()->context().privacyAllowed);
    const std::string writer = s->currentCard()->context().writer.id;
    // No key of their own yet: nothing to offer.
    CHECK_FALSE(s->findChild<QWidget*>(QStringLiteral("partnerKeyNotice")));

    // Give the writer a key of their own, then close it (as after a restart or a lock).
    ui::JournalService* journal = t.app()->journal();
    bool finished = false;
    bool ok = false;
    journal->addPartnerKey(writer, crypto::PartnerSecretKind::Passphrase,
                           ui::JournalService::secretFrom(QStringLiteral("my own quiet harbour")),
                           [&](const ui::JournalService::KeyOutcome& outcome) {
                               finished = true;
                               ok = outcome.ok;
                           });
    REQUIRE(waitFor([&] { return finished; }));
    REQUIRE(ok);
    journal->lockPartner(writer);
    journal->flush();
    REQUIRE_FALSE(journal->isPartnerUnlocked(writer));

    // Coming back to the card offers the key right there.
    pressNext(w);
    pressBack(w);
    auto* notice = s->findChild<QWidget*>(QStringLiteral("partnerKeyNotice"));
    REQUIRE(notice);
    CHECK(notice->isVisible());
    // Its sentence lines up with the key box under it (the heading "…'s private answers"), not indented like an aside.
    auto textLeft = [notice](const QLabel* label) { return label->mapTo(notice, label->contentsRect().topLeft()).x(); };
    const QLabel* heading = nullptr;
    for (const QLabel* label : notice->findChildren<QLabel*>())
        if (!heading && label->property("role").toString() == QLatin1String("heading"))
            heading = label;
    REQUIRE(heading);
    const int noticeLeft = textLeft(need<QLabel>(notice, QStringLiteral("partnerKeyNoticeText")));
    CHECK(noticeLeft == textLeft(heading));
    // And with the card under it: the same column of text down the page.
    const QLabel* cardTitle = s->currentCard()->findChild<QLabel*>();
    REQUIRE(cardTitle);
    CHECK(notice->mapTo(s, QPoint(noticeLeft, 0)).x() == cardTitle->mapTo(s, cardTitle->contentsRect().topLeft()).x());
    const QString id = QString::fromStdString(writer);
    typeInto(notice, QStringLiteral("partnerKeySecret-") + id, QStringLiteral("my own quiet harbour"));
    clickOn(notice, QStringLiteral("partnerKeyAction-") + id);
    REQUIRE(waitFor([&] { return journal->isPartnerUnlocked(writer); }));
    CHECK(waitFor([&] { return !notice->isVisible(); }));
    CHECK(s->currentCard()); // still on the same card, nothing lost
}
