// tend_screenshots: renders every screen and every card kind, light and dark, into a folder of PNGs
// (docs/screenshots via `make screenshots`). Runs off-screen on a throwaway data folder with the
// shipped content, driving the real window, engine and journal.
//
// Usage: tend_screenshots OUTPUT_DIR [--scaled]   (--scaled: one 1920×1080 frame at 150 %)
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdio>
#include <fstream>

#include "tend/common/Paths.h"
#include "tend/content/ContentLibrary.h"
#include "tend/engine/Clock.h"
#include "tend/modes/CommitmentLedger.h"
#include "tend/modes/UserContent.h"
#include "ui/MainWindow.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/app/SessionController.h"
#include "ui/app/Settings.h"
#include "ui/cards/CardFactory.h"
#include "ui/cards/CardWidget.h"
#include "ui/lock/LockController.h"
#include "ui/lock/LockScreen.h"
#include "ui/lock/ProtectionSetupPage.h"
#include "ui/lock/RecoveryKeyPanel.h"
#include "ui/presenter/PresenterPanel.h"
#include "ui/screens/JournalScreen.h"
#include "ui/screens/ReportDialog.h"
#include "ui/screens/SafetyCheckScreen.h"
#include "ui/screens/SessionScreen.h"
#include "ui/screens/WelcomeScreen.h"
#include "ui/screenshots/RegulationScenes.h"
#include "ui/theme/RichText.h"
#include "ui/theme/Theme.h"
#include "ui/widgets/CoachNote.h"

using namespace tend::ui;

namespace {

QString g_out;
int g_count = 0;

void settle()
{
    for (int i = 0; i < 4; ++i) {
        QApplication::processEvents();
        QTest::qWait(5);
    }
}

void shoot(QWidget* window, const QString& name)
{
    settle();
    const QString file = QDir(g_out).filePath(name + QStringLiteral(".png"));
    if (!window->grab().save(file))
        std::fprintf(stderr, "could not write %s\n", qPrintable(file));
    ++g_count;
}

template <typename T> T* find(QWidget* root, const QString& name)
{
    return root->findChild<T*>(name);
}

void click(QWidget* root, const QString& name)
{
    if (auto* b = find<QAbstractButton>(root, name))
        b->click();
    else
        std::fprintf(stderr, "no button %s\n", qPrintable(name));
    settle();
}

const char* kText[] = {
    "My chest went tight when the door slammed, and I wanted to hide.",
    "I felt small and unseen. Underneath the anger there was fear that I don't matter.",
    "I raised my voice and walked off. That's my part, and I'm sorry for it.",
    "I need to hear that we're okay, even when we disagree.",
};

/// Gives the current card a plausible answer through its own widget, as a person would.
void answerCard(SessionScreen* session, int& textIndex)
{
    CardWidget* card = session->currentCard();
    if (!card)
        return;
    const std::string kind = ss(card->kind());
    const tend::content::Card& shown = card->card();
    if (kind == "prompt") {
        if (auto* editor = card->findChild<QPlainTextEdit*>(QStringLiteral("promptEditor")))
            editor->setPlainText(QString::fromUtf8(kText[textIndex++ % 4]));
    } else if (kind == "choice") {
        nlohmann::json selected = nlohmann::json::array();
        const auto& options = shown.options;
        if (!options.empty()) {
            // Avoid routes that leave the path (the "space" need asks for a come-back time).
            std::string pick = options[0].id;
            for (const auto& o : options) {
                if (o.id == "assurance" || o.id == "steady")
                    pick = o.id;
            }
            selected.push_back(pick);
        }
        card->setAnswer({{"selected", selected}});
        Q_EMIT card->answerChanged();
    } else if (kind == "checklist") {
        nlohmann::json ids = nlohmann::json::array();
        for (const auto& item : shown.items)
            if (ids.size() < 2)
                ids.push_back(item.id);
        card->setAnswer(ids);
        Q_EMIT card->answerChanged();
    } else if (kind == "checkin") {
        const bool after = shown.phase == tend::content::CheckinPhase::After;
        card->setAnswer({{"level", after ? 3 : 6}, {"state", "steady"}, {"emotions", nlohmann::json::array({"hurt"})}});
        Q_EMIT card->answerChanged();
    } else if (kind == "gate") {
        for (const char* id : {"gate-can-speak", "gate-yes", "gate-to-ready"}) {
            if (auto* b = find<QAbstractButton>(card, QString::fromLatin1(id))) {
                b->click();
                return;
            }
        }
    }
}

void walk(SessionScreen* session, int steps, int& textIndex)
{
    for (int i = 0; i < steps && session->view() == SessionScreen::View::Card; ++i) {
        const QString before = session->currentCard() ? session->currentCard()->cardId() : QString();
        answerCard(session, textIndex);
        settle();
        // A gate moves on by itself.
        if (session->view() == SessionScreen::View::Card && session->currentCard() &&
            session->currentCard()->cardId() == before)
            session->goNext();
        settle();
    }
}

// Sam and Alex, the couple every picture shows.
void setSampleCouple(AppContext* app)
{
    Profile profile;
    profile.partners = {{"", QStringLiteral("Sam"), QStringLiteral("sage")},
                        {"", QStringLiteral("Alex"), QStringLiteral("clay")}};
    app->setProfile(profile);
}

// Both people took the private check with nothing found, so every screen is open.
void clearSafetyChecks(AppContext* app)
{
    const nlohmann::json clear = {{"status", "done"},
                                  {"routes", nlohmann::json::array()},
                                  {"effects", {{"joint", "open"}, {"recheck_days", 28}}},
                                  {"checked_at", "2026-11-22T15:00:00Z"}};
    for (const PartnerInfo& p : app->profile().partners)
        app->recordSafetyCheck(p.id, clear);
}

// A repair together, started by both partners and shown.
SessionScreen* startTogether(MainWindow* window, AppContext* app, const QString& programId = {})
{
    SessionScreen* session = window->sessionScreen();
    QStringList ids;
    for (const PartnerInfo& p : app->profile().partners)
        ids << qs(p.id);
    session->startNew(ids, true, programId);
    window->showScreen(ScreenId::Session, false);
    return session;
}

bool jumpTo(SessionScreen* session, const std::string& cardId)
{
    auto& s = session->controller()->session();
    if (!s.jumpTo(session->writer(), cardId))
        return false;
    session->activated();
    settle();
    return true;
}

/// The coach's side note on the current card after `text` was typed and the typing paused.
void shootCoach(QWidget* window, SessionScreen* session, const std::string& cardId, const char* text,
                const QString& name)
{
    if (!jumpTo(session, cardId) || !session->currentCard())
        return;
    auto* editor = session->currentCard()->findChild<QPlainTextEdit*>(QStringLiteral("promptEditor"));
    auto* note = session->currentCard()->findChild<CoachNote*>(QStringLiteral("coachNote"));
    if (!editor || !note) {
        std::fprintf(stderr, "no coach note on %s\n", cardId.c_str());
        return;
    }
    editor->setPlainText(QString::fromUtf8(text));
    note->flush();
    settle();
    for (QWidget* up = note->parentWidget(); up; up = up->parentWidget()) {
        if (auto* scroll = qobject_cast<QScrollArea*>(up)) {
            scroll->ensureWidgetVisible(note, 0, 64);
            break;
        }
    }
    shoot(window, name);
}

/// Together and alone: the ledger on Home, "did we keep this?", the privacy curtain and the turns exchange.
void shootTogether(MainWindow* window, AppContext* app, SessionScreen* session, const QStringList& ids,
                   const QString& tag)
{
    tend::modes::NewCommitments made;
    made.coupleId = app->profile().coupleId;
    made.createdAt = "2026-11-15T19:00:00Z";
    app->journal()->recordCommitments(made, {{"new-commitments", "", true, "Phones away at dinner"},
                                             {"new-commitments", "", true, "A walk together on Sunday morning"},
                                             {"new-commitments", "", true, "Say “I need a minute” and name a time"}});
    app->journal()->flush();
    window->showScreen(ScreenId::Home, false);
    shoot(window, QStringLiteral("home-ledger") + tag);
    if (auto* ledger = find<QWidget>(window, QStringLiteral("homeLedger"))) {
        // The ledger card on its own, for the guide.
        shoot(ledger, QStringLiteral("home-ledger-card") + tag);
    }

    session->startNew(ids, true);
    window->showScreen(ScreenId::Session, false);
    settle();
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
        if (b->objectName().startsWith(QLatin1String("ledger-kept-")) && b->isVisible()) {
            b->click();
            break;
        }
    }
    shoot(window, QStringLiteral("ledger-review") + tag);
    click(session, QStringLiteral("reviewGoOn"));
    click(session, QStringLiteral("writer-") + ids[1]);
    shoot(window, QStringLiteral("privacy-curtain") + tag);
    click(session, QStringLiteral("curtainConfirm"));

    jumpTo(session, "turns");
    click(window, QStringLiteral("turnsFirst-") + ids[0]);
    find<QPlainTextEdit>(window, QStringLiteral("turnsShared"))
        ->setPlainText(QStringLiteral("When the door slammed my chest went tight. I learned that I go quiet when I'm "
                                      "scared. To feel safe I need you to stay in the room, even when it's hard."));
    click(window, QStringLiteral("turnsToReflect"));
    find<QPlainTextEdit>(window, QStringLiteral("turnsReflected"))
        ->setPlainText(QStringLiteral("You went quiet because you were scared, and you need me to stay close."));
    find<QPlainTextEdit>(window, QStringLiteral("turnsNoticed"))
        ->setPlainText(QStringLiteral("My jaw was tight at first, then it softened."));
    shoot(window, QStringLiteral("turns") + tag);
    click(window, QStringLiteral("turnsToConfirm"));
    shoot(window, QStringLiteral("turns-confirm") + tag);
}

/// Settings' "Your own programs" with one program ready to start and one file with problems.
void shootUserPrograms(MainWindow* window, const std::filesystem::path& dataDir,
                       const std::filesystem::path& contentDir, const QString& tag)
{
    const std::filesystem::path folder = tend::modes::userProgramsFolder(dataDir);
    std::filesystem::create_directories(folder);
    nlohmann::json program;
    {
        std::ifstream in(contentDir / "programs" / "rupture-to-repair.en.json");
        program = nlohmann::json::parse(in, nullptr, false);
    }
    if (program.is_discarded())
        return;
    program["id"] = "office-program";
    program["title"] = "Our office program";
    std::ofstream(folder / "office-program.en.json") << program.dump(2);
    std::ofstream(folder / "half-written.en.json") << "{\"format\": 1, \"id\": ";
    window->showScreen(ScreenId::Settings, false);
    click(window, QStringLiteral("reloadPrograms"));
    if (QWidget* section = find<QWidget>(window, QStringLiteral("userProgramsSection"))) {
        for (QWidget* up = section->parentWidget(); up; up = up->parentWidget())
            if (auto* area = qobject_cast<QScrollArea*>(up)) {
                area->verticalScrollBar()->setValue(section->mapTo(area->widget(), QPoint(0, 0)).y() - 16);
                break;
            }
        shoot(window, QStringLiteral("settings-user-programs") + tag);
    }
}

/// Home, the safety check, a step-3 card and the help page in each translated language, light and dark
/// (`tend_screenshots DIR --languages`; docs/translating.md).
void renderLanguages(const std::filesystem::path& contentDir, const QString& dataDir)
{
    for (const QString& language : {QStringLiteral("es"), QStringLiteral("de")}) {
        for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
            AppOptions options;
            options.dataDir = QString(dataDir + QStringLiteral("/%1-%2").arg(language, theme)).toStdString();
            options.contentDir = contentDir;
            options.inMemorySettings = true;
            options.locale = language.toStdString();
            auto* app = new AppContext(options);
            app->settings()->setTheme(theme == QLatin1String("dark") ? ThemeMode::Dark : ThemeMode::Light);
            app->settings()->setReducedMotion(true);
            app->settings()->setSetupComplete(true);
            app->settings()->setCountry(language == QLatin1String("es") ? QStringLiteral("ES") : QStringLiteral("DE"));
            app->now = [] { return QDateTime(QDate(2026, 11, 22), QTime(16, 10)); };
            auto* window = new MainWindow(app);
            window->resize(1280, 800);
            window->show();
            window->finishStartup();
            settle();
            setSampleCouple(app);
            const QString tag = QLatin1Char('-') + language + QLatin1Char('-') + theme;
            auto* check = static_cast<SafetyCheckScreen*>(window->screen(ScreenId::SafetyCheck));
            check->start(app->profile().partners, ScreenId::Home);
            window->showScreen(ScreenId::SafetyCheck, false);
            shoot(window, QStringLiteral("safety-start") + tag);
            clearSafetyChecks(app);
            window->showScreen(ScreenId::Home, false);
            shoot(window, QStringLiteral("home") + tag);
            SessionScreen* session = startTogether(window, app);
            jumpTo(session, "feel-and-express");
            shoot(window, QStringLiteral("step3-card") + tag);
            // The coach listens in the language too: its own hints in its own words.
            shootCoach(window, session, "beneath-anger",
                       language == QLatin1String("es")
                           ? "Siempre haces lo mismo. Nunca me escuchas cuando te hablo de tu madre."
                           : "Immer machst du das. Nie hörst du mir zu, wenn ich von deiner Mutter rede.",
                       QStringLiteral("coach") + tag);
            window->showScreen(ScreenId::Help, false);
            shoot(window, QStringLiteral("help") + tag);
            window->close();
            delete window;
            delete app;
        }
    }
}

void renderTheme(const QString& theme, const std::filesystem::path& contentDir, const QString& dataDir, QSize size,
                 const QString& suffix, bool everything)
{
    AppOptions options;
    options.dataDir = QString(dataDir + QLatin1Char('/') + theme).toStdString();
    options.contentDir = contentDir;
    options.inMemorySettings = true;
    options.kdfPolicy = tend::crypto::KdfPolicy::minimum(); // a passphrase is set below; no need to wait a second
    auto* app = new AppContext(options);
    app->settings()->setTheme(theme == QLatin1String("dark") ? ThemeMode::Dark : ThemeMode::Light);
    app->settings()->setReducedMotion(true);
    app->now = [] { return QDateTime(QDate(2026, 11, 22), QTime(16, 10)); };
    auto* window = new MainWindow(app);
    window->resize(size);
    window->show();
    window->finishStartup();
    settle();
    const QString tag = QLatin1Char('-') + theme + suffix;

    auto* welcome = static_cast<WelcomeScreen*>(window->screen(ScreenId::Welcome));
    window->showScreen(ScreenId::Welcome, false);
    shoot(window, QStringLiteral("welcome") + tag);
    if (!everything) {
        setSampleCouple(app);
        clearSafetyChecks(app);
        window->showScreen(ScreenId::Home, false);
        shoot(window, QStringLiteral("home") + tag);
        window->close();
        delete window;
        delete app;
        return;
    }
    welcome->setPage(1);
    find<QLineEdit>(window, QStringLiteral("firstName"))->setText(QStringLiteral("Sam"));
    find<QLineEdit>(window, QStringLiteral("secondName"))->setText(QStringLiteral("Alex"));
    click(window, QStringLiteral("firstColour-sage"));
    click(window, QStringLiteral("secondColour-clay"));
    app->settings()->setCountry(QStringLiteral("GB"));
    welcome->activated();
    find<QLineEdit>(window, QStringLiteral("firstName"))->setText(QStringLiteral("Sam"));
    find<QLineEdit>(window, QStringLiteral("secondName"))->setText(QStringLiteral("Alex"));
    shoot(window, QStringLiteral("setup") + tag);
    click(window, QStringLiteral("setupContinue"));

    // Protecting the journal: the passphrase, the recovery key, each partner's own key (src/ui/lock).
    auto waitUntil = [](auto done) {
        for (int i = 0; i < 500 && !done(); ++i)
            settle();
    };
    if (auto* protect = find<ProtectionSetupPage>(window, QStringLiteral("protectionSetup"))) {
        find<QLineEdit>(window, QStringLiteral("protectPassphrase"))->setText(QStringLiteral("blue kettle morning"));
        shoot(window, QStringLiteral("protect-passphrase") + tag);
        protect->protectWith(QStringLiteral("blue kettle morning walk"));
        waitUntil([protect] { return protect->step() == 1; });
        click(window, QStringLiteral("recoveryMake"));
        waitUntil([protect] { return !protect->recoveryPanel()->keyText().isEmpty(); });
        shoot(window, QStringLiteral("protect-recovery-key") + tag);
        find<QLineEdit>(window, QStringLiteral("recoveryCheck"))
            ->setText(protect->recoveryPanel()->keyText().section(QLatin1Char('-'), -1));
        click(window, QStringLiteral("recoveryDone"));
        settle();
        find<QAbstractButton>(window, QStringLiteral("partnerKeyPin-") + qs(app->profile().partners[1].id))
            ->setChecked(true);
        shoot(window, QStringLiteral("protect-partner-keys") + tag);
        click(window, QStringLiteral("partnersKeyDone"));
    }

    // The private safety check: opening screen, a question, then the routes' screens.
    shoot(window, QStringLiteral("safety-start") + tag);
    click(window, QStringLiteral("safetyAlone-alone"));
    click(window, QStringLiteral("safetyOption-no")); // danger now
    shoot(window, QStringLiteral("safety-question") + tag);
    auto* check = static_cast<SafetyCheckScreen*>(window->screen(ScreenId::SafetyCheck));
    // Sam answers so that the fear route (R2) shows; its effects are undone below for the pictures.
    click(window, QStringLiteral("safetyOption-sometimes"));
    while (check->stage() == SafetyCheckScreen::Stage::Question) {
        if (auto* none = find<QAbstractButton>(window, QStringLiteral("safetyOption-none"))) {
            none->click();
            click(window, QStringLiteral("safetyContinue"));
        } else {
            click(window, QStringLiteral("safetyOption-no"));
        }
        if (check->currentQuestionId() == QLatin1String("safe-together"))
            click(window, QStringLiteral("safetyOption-yes"));
    }
    shoot(window, QStringLiteral("safety-route-page") + tag);
    click(window, QStringLiteral("safetyAction-continue"));
    // Alex's turn: the handover, then an R1 answer for the full-window crisis screen.
    shoot(window, QStringLiteral("safety-handover") + tag);
    click(window, QStringLiteral("safetyHandoverBegin"));
    click(window, QStringLiteral("safetyAlone-alone"));
    click(window, QStringLiteral("safetyOption-yes"));
    shoot(window, QStringLiteral("safety-crisis") + tag);

    // For the rest, both people took the check with nothing found.
    clearSafetyChecks(app);
    window->showScreen(ScreenId::Home, false);
    shoot(window, QStringLiteral("home") + tag);
    window->showScreen(ScreenId::Help, false);
    shoot(window, QStringLiteral("help") + tag);
    app->settings()->setCountry(QStringLiteral("IT"));
    window->screen(ScreenId::Help)->activated();
    shoot(window, QStringLiteral("help-unlisted-country") + tag);
    app->settings()->setCountry(QStringLiteral("GB"));

    // A together session: every card kind, by jumping the engine to the first card of each.
    SessionScreen* session = window->sessionScreen();
    session->setClock(
        std::make_shared<tend::engine::ManualClock>(tend::engine::parseIso("2026-11-22T15:10:00Z").value()));
    QStringList ids;
    for (const PartnerInfo& p : app->profile().partners)
        ids << qs(p.id);
    session->startNew(ids, true);
    window->showScreen(ScreenId::Session, false);
    shoot(window, QStringLiteral("session-start") + tag);
    int textIndex = 0;
    walk(session, 6, textIndex);
    if (auto* editor = window->findChild<QPlainTextEdit*>(QStringLiteral("promptEditor")))
        editor->setPlainText(QStringLiteral("That we're still on the same side, even when we argue."));
    shoot(window, QStringLiteral("card-prompt") + tag);
    const auto& program = session->controller()->session().program();
    QStringList done;
    for (const auto& step : program.steps) {
        for (const auto& card : step.cards) {
            const QString kind = qs(std::string(tend::content::toString(card.kind)));
            if (done.contains(kind) || kind == QLatin1String("prompt"))
                continue;
            if (!jumpTo(session, card.id))
                continue;
            if (kind == QLatin1String("choice") || kind == QLatin1String("checkin") || kind == QLatin1String("scale"))
                answerCard(session, textIndex);
            if (kind == QLatin1String("turns")) {
                click(window, QStringLiteral("turnsFirst-") + ids[0]);
                find<QPlainTextEdit>(window, QStringLiteral("turnsShared"))->setPlainText(QString::fromUtf8(kText[1]));
            }
            shoot(window, QStringLiteral("card-") + kind + tag);
            done << kind;
        }
    }
    // Scale has no card in the program of record: show one on its own.
    {
        CardContext context;
        QWidget frame;
        frame.setAttribute(Qt::WA_StyledBackground);
        frame.setProperty("role", QStringLiteral("page"));
        auto* layout = new QVBoxLayout(&frame);
        layout->setContentsMargins(40, 40, 40, 40);
        tend::content::Card scale;
        scale.id = "closeness";
        scale.kind = tend::content::CardKind::Scale;
        scale.title = "How close do you feel to each other right now?";
        scale.body = "There is no right answer. Notice it, that's all.";
        scale.lowLabel = "far apart";
        scale.highLabel = "very close";
        CardWidget* card = CardFactory::create(scale, context, &frame);
        layout->addWidget(card);
        card->setAnswer(6);
        frame.resize(860, 420);
        frame.show();
        shoot(&frame, QStringLiteral("card-scale") + tag);
    }

    // The language coach's side note: blaming words, then words that let a feeling show.
    shootCoach(window, session, "feel-and-express",
               "You never listen to me. You always walk off and leave me to clean up the mess.",
               QStringLiteral("coach-blame") + tag);
    shootCoach(window, session, "beneath-anger",
               "Right now my chest is tight and my hands are shaking. I'm scared to say this, but I need you close.",
               QStringLiteral("coach-expressing") + tag);

    // The regulation cards at work: pacer, lifting practice, check-in change, hug timer, overdue return.
    shootRegulationScenes(
        window, session, tag, [](QWidget* w, const QString& name) { shoot(w, name); },
        [session](const std::string& id) { return jumpTo(session, id); });
    window->showScreen(ScreenId::Session, false);

    // Step rail with each partner's position, pause, completion, journal.
    jumpTo(session, "give-voice");
    shoot(window, QStringLiteral("session-each") + tag);
    session->requestPause();
    settle();
    if (QWidget* dialog = QApplication::activeModalWidget()) {
        shoot(dialog, QStringLiteral("pause-dialog") + tag);
        if (auto* when = dialog->findChild<QAbstractButton*>(QStringLiteral("pauseSuggest0")))
            when->click();
        if (auto* place = dialog->findChild<QLineEdit*>(QStringLiteral("pausePlace")))
            place->setText(QStringLiteral("the kitchen table"));
        click(dialog, QStringLiteral("pauseConfirm"));
    }
    shoot(window, QStringLiteral("session-paused") + tag);
    window->showScreen(ScreenId::Home, false);
    shoot(window, QStringLiteral("home-paused") + tag);
    session->continueStored();
    window->showScreen(ScreenId::Session, false);
    jumpTo(session, "closing");
    session->goNext();
    settle();
    shoot(window, QStringLiteral("session-complete") + tag);
    app->journal()->flush();
    window->showScreen(ScreenId::Journal, false);
    shoot(window, QStringLiteral("journal") + tag);
    auto* journal = static_cast<JournalScreen*>(window->screen(ScreenId::Journal));
    find<QLineEdit>(window, QStringLiteral("journalSearch"))->setText(QStringLiteral("chest"));
    journal->runSearch();
    shoot(window, QStringLiteral("journal-search") + tag);
    // The first result opened: its repair scrolled to the entry, the words found marked.
    journal->openResult(0);
    settle();
    shoot(window, QStringLiteral("journal-match") + tag);
    window->showScreen(ScreenId::Commitments, false);
    shoot(window, QStringLiteral("commitments") + tag);
    window->showScreen(ScreenId::Settings, false);
    shoot(window, QStringLiteral("settings") + tag);
    if (QWidget* privacy = find<QWidget>(window, QStringLiteral("privacySection"))) {
        for (QWidget* up = privacy->parentWidget(); up; up = up->parentWidget())
            if (auto* area = qobject_cast<QScrollArea*>(up)) {
                area->verticalScrollBar()->setValue(privacy->mapTo(area->widget(), QPoint(0, 0)).y() - 16);
                break;
            }
        shoot(window, QStringLiteral("settings-privacy") + tag);
    }
    shootUserPrograms(window, options.dataDir, contentDir, tag);

    shootTogether(window, app, session, ids, tag);

    // A partner whose own key is closed, on a card that may be kept private: the notice offers to open it there.
    {
        const std::string writer = session->writer();
        bool keyed = false;
        app->journal()->addPartnerKey(writer, tend::crypto::PartnerSecretKind::Passphrase,
                                      JournalService::secretFrom(QStringLiteral("my own quiet harbour")),
                                      [&keyed](const JournalService::KeyOutcome&) { keyed = true; });
        waitUntil([&keyed] { return keyed; });
        app->journal()->lockPartner(writer);
        app->journal()->flush();
        if (jumpTo(session, "my-pattern") && find<QWidget>(window, QStringLiteral("partnerKeyNotice")))
            shoot(window, QStringLiteral("partner-key-notice") + tag);
        else
            std::fprintf(stderr, "no partner key notice\n");
        // Open it again, so what follows is written as before.
        bool opened = false;
        app->journal()->unlockPartner(writer, tend::crypto::PartnerSecretKind::Passphrase,
                                      JournalService::secretFrom(QStringLiteral("my own quiet harbour")),
                                      [&opened](const JournalService::KeyOutcome&) { opened = true; });
        waitUntil([&opened] { return opened; });
    }

    // Someone whose private check offers calming only, choosing "on my own": practices and help, no program.
    const nlohmann::json calmingOnly = {
        {"status", "done"},
        {"routes", nlohmann::json::array({"r2"})},
        {"effects", {{"joint", "locked"}, {"programs", "calming-only"}, {"take_space", "off"}, {"recheck_days", 28}}},
        {"checked_at", "2026-11-22T15:00:00Z"}};
    app->recordSafetyCheck(app->profile().partners.front().id, calmingOnly);
    session->startNew({qs(app->profile().partners.front().id)}, false);
    window->showScreen(ScreenId::Session, false);
    shoot(window, QStringLiteral("session-calming") + tag);

    // Locked: nothing of the journal on screen; a wrong passphrase says so and keeps the typing.
    if (LockController* lock = window->lockController(); lock && lock->lockNow()) {
        shoot(window, QStringLiteral("lock-screen") + tag);
        lock->lockScreen()->secretField()->setText(QStringLiteral("blue kettle"));
        click(window, QStringLiteral("lockUnlock"));
        waitUntil([lock] { return !lock->lockScreen()->message().contains(QStringLiteral("…")); });
        shoot(window, QStringLiteral("lock-wrong-passphrase") + tag);
    }

    window->close();
    delete window;
    delete app;
}

// The window at a given size (800×600, the smallest Tend supports; 1920×1080): Home, a repair's cards, the unsafe
// pause (the page that must never be clipped), Settings and help.
void renderSized(const QString& theme, const std::filesystem::path& contentDir, const QString& dataDir, QSize size)
{
    AppOptions options;
    options.dataDir = QString(dataDir + QStringLiteral("/sized-%1-%2").arg(theme).arg(size.width())).toStdString();
    options.contentDir = contentDir;
    options.inMemorySettings = true;
    auto* app = new AppContext(options);
    app->settings()->setTheme(theme == QLatin1String("dark") ? ThemeMode::Dark : ThemeMode::Light);
    app->settings()->setReducedMotion(true);
    app->now = [] { return QDateTime(QDate(2026, 11, 22), QTime(16, 10)); };
    auto* window = new MainWindow(app);
    window->resize(size);
    window->show();
    window->finishStartup();
    settle();
    const QString tag = QLatin1Char('-') + theme + QStringLiteral("-%1x%2").arg(size.width()).arg(size.height());
    setSampleCouple(app);
    app->settings()->setCountry(QStringLiteral("GB"));
    clearSafetyChecks(app);
    window->showScreen(ScreenId::Home, false);
    shoot(window, QStringLiteral("home") + tag);

    SessionScreen* session = startTogether(window, app);
    shoot(window, QStringLiteral("session-start") + tag);
    for (const char* card :
         {"checkin-before", "settle-breathing", "give-voice", "turns", "needs-and-requests", "hug-timer"}) {
        if (jumpTo(session, card))
            shoot(window, QStringLiteral("card-") + QLatin1String(card) + tag);
    }
    click(window, QStringLiteral("sessionUnsafe"));
    shoot(window, QStringLiteral("session-unsafe") + tag);

    // The ten-minute repair: its size question, its together step, and the switch to the full repair.
    SessionScreen* quick = startTogether(window, app, QStringLiteral("quick-repair"));
    for (const char* card : {"still-small", "turns"}) {
        if (jumpTo(quick, card))
            shoot(window, QStringLiteral("quick-") + QLatin1String(card) + tag);
    }
    if (jumpTo(quick, "still-small")) {
        click(window, QStringLiteral("gate-bigger"));
        settle();
        shoot(window, QStringLiteral("quick-switched") + tag);
    }
    // More ways to repair (#20): the apology and old-hurt cards, validation in the turns, our cycle, repair attempts
    // and starting gently.
    SessionScreen* full = startTogether(window, app);
    for (const char* card : {"echoes-familiar", "apology"}) {
        if (jumpTo(full, card))
            shoot(window, QStringLiteral("card-") + QLatin1String(card) + tag);
    }
    if (jumpTo(full, "turns") && !app->profile().partners.empty()) {
        click(window, QStringLiteral("turnsFirst-") + QString::fromStdString(app->profile().partners.front().id));
        click(window, QStringLiteral("turnsTimerToggle"));
        click(window, QStringLiteral("turnsToReflect"));
        shoot(window, QStringLiteral("card-turns-validate") + tag);
    }
    const std::pair<const char*, const char*> practices[] = {{"our-cycle", "our-loop"},
                                                             {"our-cycle", "name-it"},
                                                             {"repair-attempts", "my-attempts"},
                                                             {"repair-attempts", "thank-an-attempt"},
                                                             {"starting-gently", "gentle-version"}};
    for (const auto& [program, card] : practices) {
        SessionScreen* practice = startTogether(window, app, QString::fromLatin1(program));
        if (jumpTo(practice, card))
            shoot(window, QString::fromLatin1(program) + QLatin1Char('-') + QLatin1String(card) + tag);
    }
    window->showScreen(ScreenId::Settings, false);
    shoot(window, QStringLiteral("settings") + tag);
    window->showScreen(ScreenId::Help, false);
    shoot(window, QStringLiteral("help") + tag);
    window->showScreen(ScreenId::Insights, false);
    shoot(window, QStringLiteral("insights-empty") + tag);
    window->close();
    delete window;
    delete app;
}

// "In the office": the demo's Home and presenter mode (notes beside a card), over the sample journal.
void renderDemo(const QString& theme, const std::filesystem::path& contentDir)
{
    AppOptions options;
    options.demo = true;
    options.contentDir = contentDir;
    auto* app = new AppContext(options);
    app->settings()->setTheme(theme == QLatin1String("dark") ? ThemeMode::Dark : ThemeMode::Light);
    app->settings()->setReducedMotion(true);
    auto* window = new MainWindow(app);
    window->resize(1280, 800);
    window->show();
    window->finishStartup();
    settle();
    const QString tag = QLatin1Char('-') + theme;
    shoot(window, QStringLiteral("demo-home") + tag);
    // Insights over the sample history: the top of the page, then scrolled to the timeline and to the last charts.
    window->showScreen(ScreenId::Insights, false);
    settle();
    shoot(window, QStringLiteral("insights") + tag);
    for (const char* part : {"insightsTimeline", "insightsPractices"}) {
        QWidget* section = find<QWidget>(window, QString::fromLatin1(part));
        if (!section)
            continue;
        for (QWidget* up = section->parentWidget(); up; up = up->parentWidget())
            if (auto* area = qobject_cast<QScrollArea*>(up)) {
                area->verticalScrollBar()->setValue(section->mapTo(area->widget(), QPoint(0, 0)).y() - 16);
                break;
            }
        settle();
        shoot(window,
              QString::fromLatin1(qstrcmp(part, "insightsTimeline") == 0 ? "insights-timeline" : "insights-more") +
                  tag);
    }
    window->showScreen(ScreenId::Home, false);
    window->setPresenterMode(true);
    // The off-screen platform's "full screen" is its small default screen: show a 1080p frame instead.
    window->showNormal();
    window->resize(1920, 1080);
    settle();
    if (auto* panel = window->presenterPanel())
        Q_EMIT panel->jumpRequested("my-pattern");
    settle();
    shoot(window, QStringLiteral("presenter") + tag);
    window->setPresenterMode(false);
    window->close();
    delete window;
    delete app;
}

// The report for a therapist: its consent screen over the demo (both themes), and the PDF's first pages as images
// (paper is white in either theme; pdftoppm renders them).
void renderReport(const std::filesystem::path& contentDir)
{
    QString pdf;
    QTemporaryDir temp;
    for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        AppOptions options;
        options.demo = true;
        options.inMemorySettings = true;
        options.contentDir = contentDir;
        auto* app = new AppContext(options);
        app->settings()->setTheme(theme == QLatin1String("dark") ? ThemeMode::Dark : ThemeMode::Light);
        app->settings()->setReducedMotion(true);
        auto* window = new MainWindow(app);
        window->resize(1280, 800);
        window->show();
        window->finishStartup();
        settle();
        window->showScreen(ScreenId::Journal, false);
        auto* dialog = new ReportDialog(app, window);
        dialog->show();
        settle();
        if (auto* from = find<QDateEdit>(dialog, QStringLiteral("reportFrom")))
            from->setDate(QDate::currentDate().addYears(-1));
        if (auto* sam = find<QCheckBox>(dialog, QStringLiteral("reportAgree-Sam")))
            sam->setChecked(true);
        settle();
        shoot(dialog, QStringLiteral("report-consent-") + theme);
        if (pdf.isEmpty()) {
            if (auto* alex = find<QCheckBox>(dialog, QStringLiteral("reportAgree-Alex")))
                alex->setChecked(true);
            pdf = temp.filePath(QStringLiteral("report.pdf"));
            QSignalSpy done(dialog, &ReportDialog::finished);
            dialog->saveTo(pdf);
            if (done.isEmpty())
                done.wait(20000);
        }
        delete dialog;
        window->close();
        delete window;
        delete app;
    }
    // Page 1 (the cover), 2 (the charts) and 4 (the first repair).
    for (int page : {1, 2, 4}) {
        const QString base = QDir(g_out).filePath(QStringLiteral("report-page-%1").arg(page));
        if (QProcess::execute(QStringLiteral("pdftoppm"),
                              {QStringLiteral("-r"), QStringLiteral("70"), QStringLiteral("-png"),
                               QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page),
                               QStringLiteral("-l"), QString::number(page), pdf, base}) != 0)
            std::fprintf(stderr, "pdftoppm could not render page %d of the report\n", page);
        else
            ++g_count;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const bool scaled = argc > 2 && qstrcmp(argv[2], "--scaled") == 0;
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("TendScreenshots"));
    if (argc < 2) {
        std::fprintf(stderr, "usage: tend_screenshots OUTPUT_DIR\n");
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(g_out);
    QTemporaryDir data;
    const std::filesystem::path contentDir = tend::paths::defaultContentDir(argv[0]);

    if (argc > 2 && qstrcmp(argv[2], "--languages") == 0) {
        renderLanguages(contentDir, data.path());
        std::printf("%d screenshots written to %s\n", g_count, qPrintable(g_out));
        return 0;
    }
    if (argc > 2 && qstrcmp(argv[2], "--report") == 0) {
        renderReport(contentDir);
        std::printf("%d screenshots written to %s\n", g_count, qPrintable(g_out));
        return 0;
    }
    if (scaled) {
        // Run with QT_SCALE_FACTOR=1.5: 1280×720 logical pixels fill a 1920×1080 frame.
        renderTheme(QStringLiteral("light"), contentDir, data.path(), QSize(1280, 720),
                    QStringLiteral("-1920x1080-150"), false);
        std::printf("%d screenshots written to %s\n", g_count, qPrintable(g_out));
        return 0;
    }
    for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")})
        renderTheme(theme, contentDir, data.path(), QSize(1280, 800), QString(), true);
    for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")})
        renderDemo(theme, contentDir);
    renderReport(contentDir);
    for (const QString& theme : {QStringLiteral("light"), QStringLiteral("dark")}) {
        renderSized(theme, contentDir, data.path(), QSize(800, 600));
        renderSized(theme, contentDir, data.path(), QSize(1920, 1080));
    }

    // One frame at 150 % scaling, in a child process (the factor must be set before Qt starts).
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_SCALE_FACTOR"), QStringLiteral("1.5"));
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {g_out, QStringLiteral("--scaled")});
    child.waitForFinished(120000);
    std::printf("%d screenshots written to %s (plus the 150%% frames)\n", g_count, qPrintable(g_out));
    return 0;
}
