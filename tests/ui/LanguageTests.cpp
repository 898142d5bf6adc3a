// Tend in Spanish and German as a person meets it: the language chosen in Settings applies at once and is kept, and
// the screens and every card of the program of record show no common English word (docs/translating.md).
#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSet>
#include <QTextDocumentFragment>

#include "UiTestSupport.h"
#include "tend/demo/DemoJournal.h"
#include "tend/engine/Session.h"
#include "tend/journal/Journal.h"
#include "tend/reading/Reading.h"
#include "tend/report/Report.h"
#include "ui/app/SessionController.h"
#include "ui/app/Settings.h"
#include "ui/screens/RecordFormatter.h"
#include "ui/screens/ReportDialog.h"
#include "ui/screens/SafetyCheckScreen.h"
#include "ui/screens/SessionScreen.h"

using namespace tend;
using namespace tend::test;

namespace {

// The interface's most common English words that are not also Spanish or German words ("me", "so", "in", "was",
// "also" and "Partner" are, so they are not here).
const QSet<QString> kEnglish = {
    QStringLiteral("the"),      QStringLiteral("and"),      QStringLiteral("you"),      QStringLiteral("your"),
    QStringLiteral("with"),     QStringLiteral("what"),     QStringLiteral("now"),      QStringLiteral("help"),
    QStringLiteral("back"),     QStringLiteral("next"),     QStringLiteral("start"),    QStringLiteral("repair"),
    QStringLiteral("settings"), QStringLiteral("together"), QStringLiteral("continue"), QStringLiteral("step"),
    QStringLiteral("when"),     QStringLiteral("this"),     QStringLiteral("that"),     QStringLiteral("are"),
    QStringLiteral("would"),    QStringLiteral("here"),     QStringLiteral("not"),      QStringLiteral("of"),
    QStringLiteral("for"),      QStringLiteral("or"),       QStringLiteral("can"),      QStringLiteral("it"),
    QStringLiteral("how"),      QStringLiteral("feel"),     QStringLiteral("write"),    QStringLiteral("skip"),
    QStringLiteral("pause"),    QStringLiteral("journal")};

QString plain(const QString& text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

/// Every visible word on the window that is on the list, with the text it was in.
QStringList englishOn(QWidget* window)
{
    QStringList found;
    const QRegularExpression word(QStringLiteral("\\p{L}+")); // whole words: "notó" is not "not"
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (!w->isVisible())
            continue;
        QString text;
        if (auto* label = qobject_cast<QLabel*>(w))
            text = plain(label->text());
        else if (auto* button = qobject_cast<QAbstractButton*>(w))
            text = button->text();
        else if (auto* line = qobject_cast<QLineEdit*>(w))
            text = line->placeholderText();
        else if (auto* edit = qobject_cast<QPlainTextEdit*>(w))
            text = edit->placeholderText();
        text.remove(QLatin1Char('&'));
        // "Pause" is German too: it counts as English only in Spanish, where the word is "pausa".
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString hit = it.next().captured().toLower();
            if (kEnglish.contains(hit))
                found << QStringLiteral("%1 in \"%2\" (%3)").arg(hit, text.left(80), w->objectName());
        }
    }
    return found;
}

void expectNoEnglish(ui::MainWindow* window, const QString& where, const QString& language)
{
    settle();
    QStringList found = englishOn(window);
    if (language == QLatin1String("de"))
        found.removeIf([](const QString& hit) { return hit.startsWith(QLatin1String("pause in")); });
    INFO(language.toStdString() << ", " << where.toStdString() << ":\n"
                                << found.mid(0, 20).join(QLatin1Char('\n')).toStdString());
    CHECK(found.isEmpty());
}

/// Home and the other screens, the safety check, and every card of the program of record.
void walkInLanguage(const QString& language)
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    t.app()->setLanguage(language);
    REQUIRE(t.app()->language() == language);

    for (ui::ScreenId id : {ui::ScreenId::Home, ui::ScreenId::Journal, ui::ScreenId::Commitments,
                            ui::ScreenId::Insights, ui::ScreenId::Settings, ui::ScreenId::Help}) {
        w->showScreen(id, false);
        expectNoEnglish(w, ui::screenKey(id), language);
    }
    auto* check = static_cast<ui::SafetyCheckScreen*>(w->screen(ui::ScreenId::SafetyCheck));
    check->start(t.app()->profile().partners, ui::ScreenId::Home);
    w->showScreen(ui::ScreenId::SafetyCheck, false);
    expectNoEnglish(w, QStringLiteral("safety check start"), language);
    need<QAbstractButton>(w, QStringLiteral("safetyAlone-alone"))->click();
    expectNoEnglish(w, QStringLiteral("safety question"), language);

    visitEveryCard(t, [&](const QString& where) { expectNoEnglish(w, where, language); });
    visitEveryCard(
        t, [&](const QString& where) { expectNoEnglish(w, where, language); }, QStringLiteral("quick-repair"));
}

} // namespace

TEST_CASE("choosing Español in Settings changes the header, the screens and the content at once, and is kept")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    w->showScreen(ui::ScreenId::Settings, false);
    REQUIRE(need<QAbstractButton>(w, QStringLiteral("headerHelp"))->text() == QStringLiteral("Get help now"));
    clickOn(w->screen(ui::ScreenId::Settings), QStringLiteral("language-es"));
    settle();
    CHECK(t.app()->language() == QStringLiteral("es"));
    CHECK(t.app()->settings()->language() == QStringLiteral("es"));
    CHECK(w->currentScreenId() == ui::ScreenId::Settings); // the person stays where they chose it
    CHECK(need<QAbstractButton>(w, QStringLiteral("headerHelp"))->text() == QStringLiteral("Pedir ayuda ahora"));
    CHECK(need<QAbstractButton>(w->screen(ui::ScreenId::Settings), QStringLiteral("language-es"))->isChecked());
    // The content too: the program of record's Spanish title is on Home.
    w->showScreen(ui::ScreenId::Home, false);
    settle();
    CHECK(englishOn(w).isEmpty());

    // Kept: the next start follows the setting.
    t.locale.clear();
    t.restart();
    CHECK(t.app()->language() == QStringLiteral("es"));
    CHECK(need<QAbstractButton>(t.window(), QStringLiteral("headerHelp"))->text() ==
          QStringLiteral("Pedir ayuda ahora"));

    // And back: English again at once.
    t.window()->showScreen(ui::ScreenId::Settings, false);
    clickOn(t.window()->screen(ui::ScreenId::Settings), QStringLiteral("language-en"));
    settle();
    CHECK(t.app()->language() == QStringLiteral("en"));
    CHECK(need<QAbstractButton>(t.window(), QStringLiteral("headerHelp"))->text() == QStringLiteral("Get help now"));
}

TEST_CASE("a language whose safety check is missing cannot be chosen: it is not offered, and a setting naming it "
          "falls back to English")
{
    QTemporaryDir copy;
    const std::filesystem::path content = copyOfContent(copy);
    std::filesystem::remove(content / "safety" / "safety-check.de.json");

    UiApp t(true);
    t.contentOverride = content;
    t.locale.clear();
    t.restart();
    t.window()->showScreen(ui::ScreenId::Settings, false);
    settle();
    CHECK(t.window()->findChild<QAbstractButton*>(QStringLiteral("language-de")) == nullptr);
    CHECK(t.window()->findChild<QAbstractButton*>(QStringLiteral("language-es")) != nullptr);
    t.app()->setLanguage(QStringLiteral("de"));
    CHECK(t.app()->language() == QStringLiteral("en"));
    CHECK(t.app()->safetyCheckSound());
}

TEST_CASE("in Spanish, the screens, the safety check and every card of the program of record show no common English "
          "word")
{
    walkInLanguage(QStringLiteral("es"));
}

TEST_CASE("in German, the screens, the safety check and every card of the program of record show no common English "
          "word")
{
    walkInLanguage(QStringLiteral("de"));
}

TEST_CASE("the welcome screen offers each language by its own name, and choosing Deutsch there switches it at once")
{
    UiApp t(false);
    ui::MainWindow* w = t.window();
    REQUIRE(w->currentScreenId() == ui::ScreenId::Welcome);
    CHECK(w->findChild<QAbstractButton*>(QStringLiteral("language-system")) == nullptr); // it already follows it
    REQUIRE(need<QAbstractButton>(w, QStringLiteral("language-de"))->text() == QStringLiteral("Deutsch"));
    clickOn(w, QStringLiteral("language-de"));
    settle();
    CHECK(t.app()->language() == QStringLiteral("de"));
    CHECK(w->currentScreenId() == ui::ScreenId::Welcome);
    CHECK(need<QLabel>(w, QStringLiteral("welcomeTitle"))->text() != QStringLiteral("Welcome to Tend"));
    CHECK(need<QAbstractButton>(w, QStringLiteral("language-de"))->isChecked());
    CHECK(englishOn(w).isEmpty());
}

TEST_CASE("a program not yet written in the chosen language opens in English and Home says so")
{
    QTemporaryDir copy;
    const std::filesystem::path content = copyOfContent(copy);
    std::filesystem::remove(content / "programs" / "rupture-to-repair.es.json");

    UiApp t(true);
    t.contentOverride = content;
    t.restart();
    t.app()->setLanguage(QStringLiteral("es"));
    REQUIRE(t.app()->language() == QStringLiteral("es"));
    t.window()->showScreen(ui::ScreenId::Home, false);
    settle();
    bool said = false;
    for (const QLabel* label : t.window()->findChildren<QLabel*>())
        said = said || (label->isVisible() && label->text().contains(QStringLiteral("se abre en inglés")));
    CHECK(said);
}

TEST_CASE("the journal's record of a repair reads in Spanish: the reader's own words come from the translations")
{
    UiApp t(true);
    t.app()->setLanguage(QStringLiteral("es"));
    const tend::reading::Reader reader = ui::readerFor(*t.app());
    tend::journal::Session session;
    session.mode = tend::journal::SessionMode::Together;
    session.status = tend::journal::SessionStatus::Paused;
    CHECK(reader.sessionFacts(session) == "En pareja · en pausa");
    CHECK(reader.name(std::nullopt) == "En pareja");
}

TEST_CASE("the journal's export for reading has its headings in German")
{
    UiApp t(true);
    t.app()->setLanguage(QStringLiteral("de"));
    const tend::reading::Reader reader = ui::readerFor(*t.app());
    auto journal = tend::journal::Journal::openInMemory();
    REQUIRE(journal);
    const auto text = tend::reading::exportMarkdown(**journal, {}, reader);
    REQUIRE(text);
    INFO(*text);
    CHECK(text->find("# Tend-Tagebuch") != std::string::npos);
    CHECK(text->find("Noch keine Klärungen.") != std::string::npos);
    CHECK(text->find("Tend journal") == std::string::npos);
}

TEST_CASE("the therapist's report reads in Spanish: its own sentences, states and dates come from the translations")
{
    UiApp t(true);
    t.app()->setLanguage(QStringLiteral("es"));
    tend::demo::DemoOptions options;
    options.contentDir = t.app()->options().contentDir;
    options.now = std::chrono::system_clock::now();
    options.locale = "es";
    auto demo = tend::demo::openDemoJournal(t.app()->options().contentDir, options);
    REQUIRE(demo);
    tend::report::Request request;
    for (const auto& partner : demo->partners)
        request.agreed.insert(partner.id);
    request.from = "2026-01-01";
    auto reader = ui::readerFor(*t.app());
    reader.addPeopleFrom(*demo->journal);
    auto document = tend::report::build(*demo->journal, request, reader, ui::ReportDialog::reportWords());
    REQUIRE(document);
    std::string sentences = document->range + "\n" + document->scopeLine + "\n";
    for (const auto& line : document->leftOut)
        sentences += line + "\n";
    REQUIRE_FALSE(document->sessions.empty());
    const auto& first = document->sessions.front();
    sentences += first.date + "\n";
    for (const auto& line : first.checkIns)
        for (const auto& moment : line.moments)
            sentences += moment + "\n";
    for (const auto& agreement : first.agreements)
        sentences += agreement.status + "\n";
    INFO(sentences);
    CHECK(document->range.rfind("Del ", 0) == 0);
    CHECK(sentences.find("revisión de seguridad") != std::string::npos);
    CHECK(sentences.find(" de 10, ") != std::string::npos);
    CHECK(sentences.find("cumplido") != std::string::npos);
    // The demo couple's own words are the Spanish stories'.
    CHECK(first.title.find("Me siento") != std::string::npos);
    for (const char* english : {"Every repair", "of 10", "own answers", "safety check", "kept", "January", "Monday",
                                "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})
        CHECK(sentences.find(english) == std::string::npos);
}
