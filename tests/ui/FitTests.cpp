// Every screen fits: at 800×600, 1366×768 and 1920×1080, at each of the four text sizes, light and dark, no label or
// button is narrower or shorter than its words need, nothing reaches past the window, and "Get help now" and
// "Pause — I feel unsafe" are whole on screen. Geometry only, rendered off-screen, each screen once per combination.
//
// Each failure lists every widget that does not fit. One test per window size and theme, so CTest runs them side by
// side (they are the slowest UI tests: every card at four text sizes).
#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QCheckBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>

#include "UiTestSupport.h"
#include "tend/engine/Session.h"
#include "tend/modes/CommitmentLedger.h"
#include "ui/app/JournalService.h"
#include "ui/app/Language.h"
#include "ui/app/SessionController.h"
#include "ui/app/Settings.h"
#include "ui/screens/SafetyCheckScreen.h"
#include "ui/screens/SessionScreen.h"
#include "ui/screens/WelcomeScreen.h"

using namespace tend;
using namespace tend::test;

namespace {

struct Size {
    int width;
    int height;
};
constexpr ui::TextSize kTextSizes[] = {ui::TextSize::Smaller, ui::TextSize::Normal, ui::TextSize::Larger,
                                       ui::TextSize::Largest};

QString describe(const QWidget* w)
{
    QString text;
    if (auto* label = qobject_cast<const QLabel*>(w))
        text = label->text();
    else if (auto* button = qobject_cast<const QAbstractButton*>(w))
        text = button->text();
    if (text.size() > 40)
        text = text.left(40) + QStringLiteral("…");
    return QStringLiteral("%1 \"%2\" (%3)").arg(QLatin1String(w->metaObject()->className()), text, w->objectName());
}

/// The scroll area whose moving content holds `w`, if any.
const QAbstractScrollArea* scrolledBy(const QWidget* w)
{
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (auto* area = qobject_cast<const QAbstractScrollArea*>(p); area && area->viewport()->isAncestorOf(w))
            return area;
    }
    return nullptr;
}

bool insideControl(const QWidget* w)
{
    // The parts of composite controls (a combo box's line, a spin box's field, a list's items) are theirs to lay out.
    for (const QWidget* p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget()) {
        const char* name = p->metaObject()->className();
        if (qstrcmp(name, "QComboBox") == 0 || qstrcmp(name, "QAbstractSpinBox") == 0 ||
            qstrcmp(name, "QSpinBox") == 0 || qstrcmp(name, "QDateTimeEdit") == 0 ||
            qstrcmp(name, "QListWidget") == 0 || qstrcmp(name, "QListView") == 0 ||
            qstrcmp(name, "QPlainTextEdit") == 0 || qstrcmp(name, "QTextEdit") == 0)
            return true;
    }
    return false;
}

void checkWidget(const QWidget* window, const QWidget* w, QStringList& problems)
{
    const QRect box(w->mapTo(window, QPoint(0, 0)), w->size());
    if (const QAbstractScrollArea* area = scrolledBy(w)) {
        const QRect port(area->viewport()->mapTo(window, QPoint(0, 0)), area->viewport()->size());
        if (box.left() < port.left() - 1 || box.right() > port.right() + 1)
            problems << describe(w) + QStringLiteral(" is wider than its page (%1..%2 in %3..%4)")
                                          .arg(box.left())
                                          .arg(box.right())
                                          .arg(port.left())
                                          .arg(port.right());
    } else if (!window->rect().adjusted(-1, -1, 1, 1).contains(box)) {
        problems << describe(w) + QStringLiteral(" reaches past the window (%1,%2 %3×%4)")
                                      .arg(box.x())
                                      .arg(box.y())
                                      .arg(box.width())
                                      .arg(box.height());
    }
    if (auto* label = qobject_cast<const QLabel*>(w)) {
        if (label->text().isEmpty())
            return;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (label->height() + 1 < needed)
                problems << describe(w) + QStringLiteral(" is cut off: %1 px high, its words need %2")
                                              .arg(label->height())
                                              .arg(needed);
        } else {
            const QSize needed = label->minimumSizeHint();
            if (label->width() + 1 < needed.width() || label->height() + 1 < needed.height())
                problems << describe(w) + QStringLiteral(" is clipped: %1×%2, its words need %3×%4")
                                              .arg(label->width())
                                              .arg(label->height())
                                              .arg(needed.width())
                                              .arg(needed.height());
        }
    } else if (auto* button = qobject_cast<const QAbstractButton*>(w)) {
        if (button->text().isEmpty())
            return;
        const QSize needed = button->sizeHint();
        if (button->width() + 1 < needed.width() || button->height() + 1 < needed.height())
            problems << describe(w) + QStringLiteral(" is squeezed: %1×%2, its words need %3×%4")
                                          .arg(button->width())
                                          .arg(button->height())
                                          .arg(needed.width())
                                          .arg(needed.height());
    }
}

/// The visible widgets asking for the most width, widest first: what made the window too wide.
QString widestOn(const QWidget* window)
{
    QList<QPair<int, const QWidget*>> all;
    for (const QWidget* w : window->findChildren<QWidget*>())
        if (w->isVisible() && !w->isWindow() && !insideControl(w) && !w->findChild<QWidget*>())
            all.append({w->minimumSizeHint().width(), w});
    std::sort(all.begin(), all.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    QStringList out;
    for (qsizetype i = 0; i < std::min<qsizetype>(all.size(), 4); ++i)
        out << QStringLiteral("  widest: %1 px, %2").arg(all[i].first).arg(describe(all[i].second));
    return out.join(QLatin1Char('\n'));
}

/// Fails (listing every problem) when anything on the window does not fit.
void expectFits(ui::MainWindow* window, const QString& where, QSize size, bool unsafeShown = false)
{
    // What a person sees a frame or two later: nested layouts settle over a few passes (a page just filled, a text
    // size just changed), and the first pass is never on screen long enough to read.
    for (int pass = 0; pass < 8; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        QApplication::processEvents();
    }
    QStringList problems;
    // A window whose contents need more room than the screen grows past it (Qt honours the layout's minimum).
    if (window->width() > size.width() || window->height() > size.height())
        problems << QStringLiteral("the window cannot be %1×%2: it needs at least %3×%4")
                        .arg(size.width())
                        .arg(size.height())
                        .arg(window->minimumSizeHint().width())
                        .arg(window->minimumSizeHint().height())
                 << widestOn(window);
    const auto widgets = window->findChildren<QWidget*>();
    for (const QWidget* w : widgets) {
        if (!w->isVisible() || w->isWindow() || insideControl(w))
            continue;
        checkWidget(window, w, problems);
    }
    // The way out is always whole on screen, never scrolled away.
    QStringList ways{QStringLiteral("headerHelp")};
    if (unsafeShown)
        ways << QStringLiteral("sessionUnsafe");
    for (const QString& name : ways) {
        const QWidget* way = window->findChild<QWidget*>(name);
        const bool whole = way && way->isVisible() &&
                           window->rect().contains(QRect(way->mapTo(window, QPoint(0, 0)), way->size())) &&
                           !scrolledBy(way);
        if (!whole)
            problems << name + QStringLiteral(" is not fully visible");
    }
    INFO(where.toStdString());
    INFO(problems.mid(0, 30).join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

} // namespace

namespace {

/// Every screen, the welcome and set-up, the safety check and every card of the program of record, then the pause
/// screens, at one window size and theme and each of the four text sizes.
void walkEverything(Size size, ui::ThemeMode theme, const QString& language = QStringLiteral("en"))
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    if (language != QLatin1String("en")) {
        t.app()->setLanguage(language);
        REQUIRE(t.app()->language() == language);
    }
    ui::Settings* settings = t.app()->settings();
    QList<ui::PartnerInfo> people = t.app()->profile().partners;

    settings->setTheme(theme);
    for (const ui::TextSize text : kTextSizes) {
        settings->setTextSize(text);
        w->resize(size.width, size.height);
        const QString combo =
            QStringLiteral("%1×%2, text size %3, %4, %5")
                .arg(size.width)
                .arg(size.height)
                .arg(int(text))
                .arg(theme == ui::ThemeMode::Dark ? QStringLiteral("dark") : QStringLiteral("light"), language);
        auto fits = [&](const QString& what, bool unsafe = false) {
            w->resize(size.width, size.height); // as a window manager would keep it
            expectFits(w, what + QStringLiteral(" at ") + combo, QSize(size.width, size.height), unsafe);
        };

        for (ui::ScreenId id : {ui::ScreenId::Home, ui::ScreenId::Journal, ui::ScreenId::Commitments,
                                ui::ScreenId::Settings, ui::ScreenId::Help}) {
            w->showScreen(id, false);
            fits(ui::screenKey(id));
        }
        auto* welcome = static_cast<ui::WelcomeScreen*>(w->screen(ui::ScreenId::Welcome));
        w->showScreen(ui::ScreenId::Welcome, false);
        welcome->goBack();
        fits(QStringLiteral("welcome"));
        welcome->goNext();
        fits(QStringLiteral("set-up"));
        welcome->goBack();

        auto* check = static_cast<ui::SafetyCheckScreen*>(w->screen(ui::ScreenId::SafetyCheck));
        check->start(people, ui::ScreenId::Home);
        w->showScreen(ui::ScreenId::SafetyCheck, false);
        fits(QStringLiteral("safety check start"));
        need<QAbstractButton>(w, QStringLiteral("safetyAlone-alone"))->click();
        fits(QStringLiteral("safety question"));

        // A repair: every card of the program of record, then the pause screens.
        visitEveryCard(t, [&](const QString& where) { fits(where, true); });
        visitEveryCard(
            t, [&](const QString& where) { fits(where, true); }, QStringLiteral("quick-repair"));
        ui::SessionScreen* session = w->sessionScreen();
        need<QAbstractButton>(w, QStringLiteral("sessionUnsafe"))->click();
        REQUIRE(session->view() == ui::SessionScreen::View::Unsafe);
        fits(QStringLiteral("paused as unsafe"));
        need<QAbstractButton>(w, QStringLiteral("unsafeAction-calm"))->click();
        fits(QStringLiteral("paused as unsafe, with a calming practice"));
    }
    settings->setTheme(ui::ThemeMode::Light);
    settings->setTextSize(ui::TextSize::Normal);
}

} // namespace

// One test per window size and theme, so CTest runs them side by side; each walks the four text sizes.
TEST_CASE("every screen and every card fits at 800×600 in the light theme, at every text size", "[fit]")
{
    walkEverything({800, 600}, ui::ThemeMode::Light);
}

TEST_CASE("every screen and every card fits at 800×600 in the dark theme, at every text size", "[fit]")
{
    walkEverything({800, 600}, ui::ThemeMode::Dark);
}

TEST_CASE("every screen and every card fits at 1366×768 in the light theme, at every text size", "[fit]")
{
    walkEverything({1366, 768}, ui::ThemeMode::Light);
}

TEST_CASE("every screen and every card fits at 1366×768 in the dark theme, at every text size", "[fit]")
{
    walkEverything({1366, 768}, ui::ThemeMode::Dark);
}

TEST_CASE("every screen and every card fits at 1920×1080 in the light theme, at every text size", "[fit]")
{
    walkEverything({1920, 1080}, ui::ThemeMode::Light);
}

TEST_CASE("every screen and every card fits at 1920×1080 in the dark theme, at every text size", "[fit]")
{
    walkEverything({1920, 1080}, ui::ThemeMode::Dark);
}

// The pseudo-locale: every interface string 40 % longer, accented and bracketed (ui/app/PseudoTranslator.h), so a
// label that would clip in Spanish or German clips here first.
TEST_CASE("every screen and every card fits at 800×600 in the pseudo-locale, at every text size", "[fit]")
{
    REQUIRE(ui::Language::pseudoAvailable());
    walkEverything({800, 600}, ui::ThemeMode::Light, ui::Language::pseudoCode());
}

TEST_CASE("every screen and every card fits at 800×600 in Spanish and in German, at every text size", "[fit]")
{
    walkEverything({800, 600}, ui::ThemeMode::Dark, QStringLiteral("es"));
    walkEverything({800, 600}, ui::ThemeMode::Light, QStringLiteral("de"));
}

TEST_CASE("a card's own first control is on screen without scrolling at 1366×768", "[fit]")
{
    UiApp t(true);
    ui::MainWindow* w = t.window();
    w->resize(1366, 768);
    QStringList ids;
    for (const ui::PartnerInfo& p : t.app()->profile().partners)
        ids << QString::fromStdString(p.id);
    ui::SessionScreen* session = w->sessionScreen();
    REQUIRE(session->startNew(ids, true));
    w->showScreen(ui::ScreenId::Session, false);
    struct Wanted {
        const char* card;
        const char* control;
    };
    // A timer's Start, the breathing circle's Start, "Keep this to myself", the hug timer's Start.
    for (const Wanted wanted : {Wanted{"shake-it-off", "timerStart"}, Wanted{"settle-breathing", "pacerStartPause"},
                                Wanted{"give-voice", "keepPrivate"}, Wanted{"hug-timer", "hugStartPause"}}) {
        INFO(wanted.card << " / " << wanted.control);
        REQUIRE(session->jumpTo(wanted.card));
        QApplication::processEvents();
        auto* control = need<QWidget>(session->currentCard(), QString::fromLatin1(wanted.control));
        REQUIRE(control);
        REQUIRE(control->isVisible());
        const QAbstractScrollArea* area = scrolledBy(control);
        REQUIRE(area);
        const QRect inPort(control->mapTo(area->viewport(), QPoint(0, 0)), control->size());
        INFO("at y " << inPort.bottom() << " of " << area->viewport()->height());
        CHECK(area->viewport()->rect().contains(inPort));
    }
}

TEST_CASE("the first window is never bigger than the screen", "[fit]")
{
    // A window with nothing saved opens at its usual size, but never beyond the screen (offscreen: 800×600).
    ui::MainWindow fresh;
    const QRect available = fresh.QWidget::screen()->availableGeometry();
    INFO("window " << fresh.width() << "×" << fresh.height() << ", screen " << available.width() << "×"
                   << available.height());
    CHECK(fresh.width() <= available.width());
    CHECK(fresh.height() <= available.height());
}

TEST_CASE("the look back at earlier commitments fits at 800×600, at every text size", "[fit]")
{
    // Found by hand in the demo: with a couple's agreements to review, "Repair together" made the window 847 px wide
    // and pushed "Get help now" and "Pause — I feel unsafe" past an 800 px screen.
    UiApp t(true);
    ui::MainWindow* w = t.window();
    auto* journal = t.app()->journal();
    modes::NewCommitments made;
    made.coupleId = t.app()->profile().coupleId;
    made.createdAt = "2026-11-01T18:00:00Z";
    journal->recordCommitments(made, {{"new-commitments", "", true,
                                       "Decide holiday plans together before telling "
                                       "either family"},
                                      {"new-commitments", "", true, "Say \"I'm running on empty\" out loud"}});
    journal->flush();
    for (const ui::TextSize text : kTextSizes) {
        t.app()->settings()->setTextSize(text);
        w->resize(800, 600);
        startTogetherFor(t);
        REQUIRE(w->findChild<QWidget*>(QStringLiteral("commitmentReview")));
        w->resize(800, 600);
        expectFits(w, QStringLiteral("the review, text size %1").arg(int(text)), QSize(800, 600), true);
        w->showScreen(ui::ScreenId::Home, false);
    }
    t.app()->settings()->setTextSize(ui::TextSize::Normal);
}
