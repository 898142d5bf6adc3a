#include "ui/MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QSocketNotifier>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QVariantAnimation>

#include "tend/common/Log.h"
#include "tend/common/Paths.h"
#include "tend/modes/ProgramSwitch.h"
#include "ui/FirstFrameProbe.h"
#include "ui/ReturnWatch.h"
#include "ui/app/AppContext.h"
#include "ui/app/InputRules.h"
#include "ui/app/JournalService.h"
#include "ui/app/SessionController.h"
#include "ui/app/Settings.h"
#include "ui/app/WindowPlacement.h"
#include "ui/lock/LockController.h"
#include "ui/presenter/DemoBadge.h"
#include "ui/presenter/PresenterPanel.h"
#include "ui/presenter/UserProgramsSection.h"
#include "ui/screens/CommitmentsScreen.h"
#include "ui/screens/HelpScreen.h"
#include "ui/screens/HomeScreen.h"
#include "ui/screens/InsightsScreen.h"
#include "ui/screens/JournalScreen.h"
#include "ui/screens/JournalStateScreen.h"
#include "ui/screens/ReturnScreen.h"
#include "ui/screens/SafetyCheckScreen.h"
#include "ui/screens/SessionScreen.h"
#include "ui/screens/SettingsScreen.h"
#include "ui/screens/WelcomeScreen.h"
#include "ui/theme/Icons.h"
#include "ui/theme/RichText.h"
#include "ui/theme/Theme.h"
#include "ui/widgets/ElidedLabel.h"
#include "ui/widgets/FocusRules.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

/// Paints the previous screen over the new one and fades it out: a gentle change of page.
class FadeOverlay : public QWidget {
public:
    FadeOverlay(QPixmap shot, QWidget* parent) : QWidget(parent), m_shot(std::move(shot))
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
    }
    void setOpacity(double opacity)
    {
        m_opacity = opacity;
        update();
    }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setOpacity(m_opacity);
        p.drawPixmap(0, 0, m_shot);
    }

private:
    QPixmap m_shot;
    double m_opacity = 1.0;
};

AppContext* defaultContext(QObject* parent)
{
    AppOptions options;
    options.demo = true;
    options.inMemorySettings = true;
    options.contentDir = tend::paths::defaultContentDir(QCoreApplication::applicationFilePath().toStdString());
    return new AppContext(options, parent);
}

} // namespace

MainWindow::MainWindow(AppContext* app, QWidget* parent) : QMainWindow(parent), m_app(app ? app : defaultContext(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Tend"));
    installInputRules();
    // The inputs' stylesheet waits for finishStartup: the first screen shows none (Theme::deferControlSheet).
    m_app->theme()->deferControlSheet();
    m_app->theme()->apply();

    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("central"));
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    setCentralWidget(central);
    buildHeader();
    layout->addWidget(findChild<QFrame*>(QStringLiteral("header")));
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("screenStack"));
    m_body = new QHBoxLayout();
    m_body->setContentsMargins(0, 0, 0, 0);
    m_body->setSpacing(0);
    m_body->addWidget(m_stack, 1);
    layout->addLayout(m_body, 1);
    buildShortcuts();
    m_lock = new LockController(this);
    connect(m_lock, &LockController::startupUnlocked, this, &MainWindow::routeAfterStartup);

    if (!placement::restore(*this, *m_app->settings())) {
        resize(1100, 720);
        fitToScreen();
    }

    // Size the frame first, so the first screen lays out once, at its real width.
    QMainWindow::layout()->activate();
    showScreen(m_app->settings()->setupComplete() ? ScreenId::Home : ScreenId::Welcome, false);
    // Again, now that the header shows only this screen's buttons: with all of them it asked for more width than a
    // small screen has, and the window had grown to honour it.
    fitToScreen();
    connect(m_app, &AppContext::ready, this, &MainWindow::routeAfterStartup);
    connect(m_app, &AppContext::demoRestarted, this, &MainWindow::rebuildAfterDemoRestart);
    connect(m_app, &AppContext::languageChanged, this, &MainWindow::rebuildForLanguage);
    connect(m_app->theme(), &Theme::changed, this, &MainWindow::updateHeader);
}

MainWindow::~MainWindow() = default;

// Never bigger than the screen it opens on (a 1366×768 laptop, a 1280×720 projector): a window that starts larger
// hides "Get help now" and the card's own buttons off the edge.
void MainWindow::fitToScreen()
{
    const QScreen* where = QWidget::screen() ? QWidget::screen() : QGuiApplication::primaryScreen();
    if (!where || isFullScreen())
        return;
    // Lay out what is on show now first, so the minimum that resize() honours is this screen's, not an earlier one's.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QMainWindow::layout()->activate();
    const QRect available = where->availableGeometry();
    const QSize capped = size().expandedTo(minimumSize()).boundedTo(available.size());
    if (capped != size())
        resize(capped);
    if (!available.contains(frameGeometry().topLeft()) || !available.contains(geometry().bottomRight()))
        move(available.topLeft() + QPoint((available.width() - width()) / 2, (available.height() - height()) / 2));
}

void MainWindow::buildHeader()
{
    auto* header = makeFrame("header", this, QStringLiteral("header"));
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(20, 10, 16, 10);
    row->setSpacing(10);

    auto* logo = new QLabel(header);
    logo->setObjectName(QStringLiteral("logo"));
    logo->setPixmap(icons::tinted(QStringLiteral("leaf"), QPalette::Highlight).pixmap(22, 22));
    row->addWidget(logo);
    QLabel* word = makeLabel(QString(), "heading", header);
    word->setObjectName(QStringLiteral("wordmark"));
    word->setWordWrap(false);
    row->addWidget(word);
    row->addSpacing(10);
    // The screen's name gives way first on a narrow window (the window title carries it whole).
    m_title = new ElidedLabel(header);
    setRole(m_title, "muted");
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_title->setWordWrap(false);
    row->addWidget(m_title, 1);
    if (m_app->isDemo()) {
        row->addWidget(makeDemoBadge(header));
        m_present = makeButton(QString(), QStringLiteral("headerPresent"), header, "quiet", QStringLiteral("play"));
        m_present->setCheckable(true);
        row->addWidget(m_present);
        connect(m_present, &QPushButton::clicked, this, [this](bool on) { setPresenterMode(on); });
    }

    if (tend::log::verbose()) {
        // Detailed logging is opt-in (--verbose); whoever is at the screen should know it is on.
        QLabel* verbose = makeLabel(QString(), "muted", header);
        verbose->setObjectName(QStringLiteral("verboseLogNotice"));
        verbose->setWordWrap(false);
        row->addWidget(verbose);
    }

    m_home = makeButton(QString(), QStringLiteral("headerHome"), header, "quiet", QStringLiteral("home"));
    m_pause = makeButton(QString(), QStringLiteral("headerPause"), header, nullptr, QStringLiteral("pause"));
    m_help = makeButton(QString(), QStringLiteral("headerHelp"), header, "help", QStringLiteral("help"));
    m_help->setIcon(icons::coloured(QStringLiteral("help"), Theme::extra(Theme::Extra::Warm)));
    setHeaderWords();
    if (auto* demoWords = header->findChild<QLabel*>(QStringLiteral("demoBadgeText")))
        demoWords->setProperty("fullText", demoWords->text());
    row->addWidget(m_home);
    row->addWidget(m_pause);
    row->addWidget(m_help);

    // Nothing in the header is where focus lands by itself: Home, Pause and Lock end or leave what is on screen.
    focus::markNeverFirst(header);
    focus::askBeforeEndingByKeyboard(
        m_home, tr("Leave the repair for now? Everything is kept, and Continue on Home brings you back."),
        tr("Leave for now"), [this] { showScreen(ScreenId::Home); },
        [this] { return currentScreenId() == ScreenId::Session && sessionScreen()->canPause(); });
    connect(m_pause, &QPushButton::clicked, this, &MainWindow::pauseRequested);
    connect(m_help, &QPushButton::clicked, this, [this] { showScreen(ScreenId::Help); });
}

void MainWindow::buildShortcuts()
{
    auto add = [this](const QList<QKeySequence>& keys, auto handler) {
        for (const QKeySequence& key : keys) {
            auto* shortcut = new QShortcut(key, this);
            shortcut->setContext(Qt::WindowShortcut);
            connect(shortcut, &QShortcut::activated, this, handler);
        }
    };
    add({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
         QKeySequence(Qt::ALT | Qt::Key_Right)},
        [this] {
            if (Screen* s = currentScreen())
                s->goNext();
        });
    add({QKeySequence(Qt::ALT | Qt::Key_Left)}, [this] {
        if (Screen* s = currentScreen(); s && !s->goBack() && currentScreenId() == ScreenId::Help)
            showScreen(m_beforeHelp);
    });
    add({QKeySequence(Qt::CTRL | Qt::Key_P)}, [this] { pauseRequested(); });
    add({QKeySequence(Qt::Key_F1)}, [this] { showScreen(ScreenId::Help); });
    add({QKeySequence(Qt::ALT | Qt::Key_Home)}, [this] { showScreen(ScreenId::Home); });
    add({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)}, [this] { setPresenterMode(!m_presenting); });
    add({QKeySequence(QKeySequence::Find)}, [this] {
        if (!m_app->profile().isSet())
            return;
        showScreen(ScreenId::Journal);
        if (auto* journal = qobject_cast<JournalScreen*>(screen(ScreenId::Journal)))
            journal->focusSearch();
    });
}

Screen* MainWindow::screen(ScreenId id)
{
    if (Screen* existing = m_screens.value(int(id)))
        return existing;
    Screen* made = nullptr;
    switch (id) {
    case ScreenId::Welcome:
        made = new WelcomeScreen(m_app, m_stack);
        break;
    case ScreenId::SafetyCheck:
        made = new SafetyCheckScreen(m_app, m_stack);
        break;
    case ScreenId::Home:
        made = new HomeScreen(m_app, m_stack);
        break;
    case ScreenId::Session:
        made = new SessionScreen(m_app, m_stack);
        break;
    case ScreenId::Journal:
        made = new JournalScreen(m_app, m_stack);
        break;
    case ScreenId::Commitments:
        made = new CommitmentsScreen(m_app, m_stack);
        break;
    case ScreenId::Insights:
        made = new InsightsScreen(m_app, m_stack);
        break;
    case ScreenId::Settings:
        made = new SettingsScreen(m_app, m_stack);
        break;
    case ScreenId::Help:
        made = new HelpScreen(m_app, m_stack);
        break;
    case ScreenId::Return:
        made = new ReturnScreen(m_app, m_stack);
        break;
    case ScreenId::JournalState:
        made = new JournalStateScreen(m_app, m_stack); // once the journal opens, AppContext::ready routes on
        break;
    }
    m_stack->addWidget(made);
    m_screens.insert(int(id), made);
    connect(made, &Screen::navigate, this, [this](ScreenId target) { showScreen(target); });
    connect(made, &Screen::titleChanged, this, &MainWindow::updateHeader);
    connect(made, &Screen::closeRequested, this, [this] { showScreen(m_beforeHelp); });
    connect(made, &Screen::safetyCheckRequested, this, [this](const QList<PartnerInfo>& people, ScreenId then) {
        auto* check = static_cast<SafetyCheckScreen*>(screen(ScreenId::SafetyCheck));
        check->start(people, then);
        showScreen(ScreenId::SafetyCheck);
    });
    if (id == ScreenId::Session) {
        connect(static_cast<SessionScreen*>(made), &SessionScreen::stateChanged, this, &MainWindow::updateHeader);
        connect(static_cast<SessionScreen*>(made), &SessionScreen::stateChanged, this, &MainWindow::syncPresenter);
    }
    if (id == ScreenId::Settings) {
        if (auto* programs = made->findChild<UserProgramsSection*>()) {
            connect(programs, &UserProgramsSection::startRequested, this, [this](const QString& program) {
                QStringList ids;
                for (const PartnerInfo& p : m_app->profile().partners)
                    ids << qs(p.id);
                if (sessionScreen()->startNew(ids, ids.size() > 1, program))
                    showScreen(ScreenId::Session);
            });
        }
    }
    if (id == ScreenId::Home) {
        auto* home = static_cast<HomeScreen*>(made);
        connect(home, &HomeScreen::startRequested, this, [this](const QStringList& ids, bool together) {
            if (sessionScreen()->startNew(ids, together))
                showScreen(ScreenId::Session);
        });
        connect(home, &HomeScreen::quickRepairRequested, this, [this](const QStringList& ids) {
            if (sessionScreen()->startNew(ids, true, QString::fromLatin1(modes::kQuickRepairProgramId)))
                showScreen(ScreenId::Session);
        });
        connect(home, &HomeScreen::practiceRequested, this,
                [this](const QStringList& ids, const QString& program, bool together) {
                    if (sessionScreen()->startNew(ids, together, program))
                        showScreen(ScreenId::Session);
                });
        connect(home, &HomeScreen::continueRequested, this, [this, home] {
            if (sessionScreen()->continueStored())
                showScreen(ScreenId::Session);
            else if (!sessionScreen()->loadProblem().isEmpty())
                home->showNotice(sessionScreen()->loadProblem()); // said where the person is, never nothing
        });
    }
    if (id == ScreenId::SafetyCheck)
        connect(static_cast<SafetyCheckScreen*>(made), &SafetyCheckScreen::coverChanged, this,
                &MainWindow::updateHeader);
    return made;
}

SessionScreen* MainWindow::sessionScreen()
{
    return static_cast<SessionScreen*>(screen(ScreenId::Session));
}

ScreenId MainWindow::currentScreenId() const
{
    const Screen* s = currentScreen();
    return s ? s->id() : ScreenId::Home;
}

Screen* MainWindow::currentScreen() const
{
    return qobject_cast<Screen*>(m_stack->currentWidget());
}

void MainWindow::showScreen(ScreenId id, bool animate)
{
    // Without its journal the window offers nothing that writes (least of all set-up over an existing journal):
    // only the journal's own screen, and help.
    if (journalUnavailable() && id != ScreenId::Help)
        id = ScreenId::JournalState;
    Screen* target = screen(id);
    QWidget* from = m_stack->currentWidget();
    if (id == ScreenId::Help && currentScreenId() != ScreenId::Help)
        m_beforeHelp = currentScreenId();
    if (from && from != target && animate)
        crossFade(from);
    // Only the page on show sets the window's minimum size: a stack otherwise asks for the largest minimum of every
    // page ever opened, and QMainWindow keeps the old figure until told, so a window once shown with a wide screen
    // could never again be as narrow as 800 px. Set before the switch, so the switch itself never lays out with the
    // old page's minimum (a window grown for a moment does not shrink again).
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget* page = m_stack->widget(i);
        const auto policy = page == target ? QSizePolicy::Preferred : QSizePolicy::Ignored;
        page->setSizePolicy(policy, policy);
    }
    if (m_stack->currentWidget() != target)
        target->aboutToShow();
    m_stack->setCurrentWidget(target);
    centralWidget()->updateGeometry();
    target->activated();
    // The screen's own first input (or its default action); never a header button, and never left where the last
    // screen had it.
    if (!focus::give(target->initialFocus(), focus::firstIn(target)))
        target->setFocus(Qt::OtherFocusReason);
    // Remember where people were, once startup has restored the last view.
    if (m_started && id != ScreenId::Welcome && id != ScreenId::SafetyCheck && id != ScreenId::Help &&
        id != ScreenId::Return && id != ScreenId::JournalState)
        m_app->settings()->setLastView(screenKey(id));
    updateHeader();
    syncPresenter();
}

void MainWindow::crossFade(QWidget* from)
{
    if (m_app->settings()->reducedMotion() || !isVisible() || !m_started)
        return;
    auto* overlay = new FadeOverlay(from->grab(), m_stack);
    overlay->setGeometry(m_stack->rect());
    overlay->show();
    overlay->raise();
    auto* animation = new QVariantAnimation(overlay);
    animation->setStartValue(1.0);
    animation->setEndValue(0.0);
    animation->setDuration(170);
    animation->setEasingCurve(QEasingCurve::OutCubic);
    connect(animation, &QVariantAnimation::valueChanged, overlay,
            [overlay](const QVariant& value) { overlay->setOpacity(value.toDouble()); });
    connect(animation, &QVariantAnimation::finished, overlay, &QObject::deleteLater);
    animation->start();
}

void MainWindow::updateHeader()
{
    const Screen* s = currentScreen();
    const QString title = s ? s->title() : QString();
    m_title->setText(title);
    m_title->setAccessibleName(tr("You are on: %1").arg(title));
    setWindowTitle(title.isEmpty() ? tr("Tend") : tr("%1 — Tend").arg(title));
    const ScreenId id = currentScreenId();
    // Icons only while buttons appear and disappear: a button shown with its full label lays the header out at
    // once, and a window grown for that moment stays grown. fitHeader() below gives the labels back where they fit.
    for (QPushButton* button : {m_home, m_pause})
        button->setText(QString());
    // The demo badge too: its long words beside two more buttons made the window 847 px wide on an 800 px screen.
    if (auto* demoWords = findChild<QLabel*>(QStringLiteral("demoBadgeText")))
        demoWords->setText(tr("Demo"));
    const bool inSession = id == ScreenId::Session && m_screens.contains(int(ScreenId::Session)) &&
                           static_cast<SessionScreen*>(m_screens.value(int(ScreenId::Session)))->canPause();
    m_pause->setVisible(inSession);
    m_home->setVisible(id != ScreenId::Home && id != ScreenId::Welcome && id != ScreenId::SafetyCheck &&
                       m_app->profile().isSet());
    m_help->setIcon(icons::coloured(QStringLiteral("help"), Theme::extra(Theme::Extra::Warm)));
    // A full-window crisis screen shows nothing else.
    const bool covered = id == ScreenId::SafetyCheck &&
                         static_cast<SafetyCheckScreen*>(m_screens.value(int(ScreenId::SafetyCheck)))->coversWindow();
    findChild<QFrame*>(QStringLiteral("header"))->setVisible(!covered);
    fitHeader();
}

void MainWindow::pauseRequested()
{
    if (currentScreenId() != ScreenId::Session)
        return;
    sessionScreen()->requestPause();
}

void MainWindow::finishStartup()
{
    if (m_started)
        return;
    m_started = true;
    m_app->loadDeferred();
}

bool MainWindow::journalUnavailable() const
{
    return m_app->isReady() && !m_app->isDemo() && !m_app->journal();
}

void MainWindow::showReadOnlyBanner()
{
    JournalService* journal = m_app->journal();
    const bool readOnly = journal && journal->isReadOnly();
    if (!readOnly) {
        if (m_readOnlyBanner)
            m_readOnlyBanner->hide();
        return;
    }
    if (!m_readOnlyBanner) {
        m_readOnlyBanner = makeLabel(QString(), "warmNote", centralWidget());
        m_readOnlyBanner->setObjectName(QStringLiteral("readOnlyBanner"));
        m_readOnlyBanner->setContentsMargins(20, 8, 20, 8);
        static_cast<QVBoxLayout*>(centralWidget()->layout())->insertWidget(1, m_readOnlyBanner);
    }
    m_readOnlyBanner->setText(
        tr("Read-only: %1. You can read your journal, but nothing new can be saved.").arg(journal->readOnlyReason()));
    m_readOnlyBanner->setAccessibleName(m_readOnlyBanner->text());
    m_readOnlyBanner->show();
}

void MainWindow::routeAfterStartup()
{
    if (journalUnavailable()) {
        showScreen(ScreenId::JournalState, false);
        return;
    }
    showReadOnlyBanner();
    if (JournalService* journal = m_app->journal()) {
        journal->dailyBackupIfDue();
        if (journal->listenFd() >= 0 && !m_instanceNotifier) {
            m_instanceNotifier = new QSocketNotifier(journal->listenFd(), QSocketNotifier::Read, this);
            connect(m_instanceNotifier, &QSocketNotifier::activated, this, &MainWindow::raiseFromSecondLaunch);
        }
    }
    // A protected journal opens locked: the lock screen first, then this again once it is unlocked.
    if (m_lock->lockAtStartup())
        return;
    if (!m_returns)
        m_returns = new ReturnWatch(this);
    if (!m_app->profile().isSet()) {
        showScreen(ScreenId::Welcome, false);
        return;
    }
    // Come-back times that passed while Tend was closed are shown first.
    if (m_returns->start())
        return;
    // From the launcher's "New repair": Home, where a repair starts (through its own checks), not the last view.
    if (m_app->options().openAtNewRepair) {
        showScreen(ScreenId::Home, false);
        return;
    }
    ScreenId last = ScreenId::Home;
    if (screenFromKey(m_app->settings()->lastView(), last) &&
        (last == ScreenId::Journal || last == ScreenId::Settings || last == ScreenId::Commitments)) {
        showScreen(last, false);
        return;
    }
    if (last == ScreenId::Session && sessionScreen()->resumeActiveSession()) {
        showScreen(ScreenId::Session, false);
        return;
    }
    showScreen(ScreenId::Home, false);
}

// "Start over" in the demo: every screen but Home is dropped (they hold sessions and lists of the old sample
// journal) and built afresh when next shown.
void MainWindow::rebuildAfterDemoRestart()
{
    // A screen that shows no repair in progress (Settings, where the language is changed; Help; the journal's
    // lists) is made again over the new sample journal and stays in view; anything else returns to Home.
    const ScreenId here = currentScreenId();
    const bool stay = here == ScreenId::Settings || here == ScreenId::Help || here == ScreenId::Journal ||
                      here == ScreenId::Commitments || here == ScreenId::Insights;
    showScreen(ScreenId::Home, false);
    syncPresenter();
    for (auto it = m_screens.begin(); it != m_screens.end();) {
        if (it.key() == int(ScreenId::Home)) {
            ++it;
            continue;
        }
        m_stack->removeWidget(it.value());
        it.value()->deleteLater();
        it = m_screens.erase(it);
    }
    if (stay)
        showScreen(here, false);
    updateHeader();
}

void MainWindow::rebuildForLanguage()
{
    const ScreenId here = currentScreenId();
    const bool presenting = m_presenting;
    if (presenting)
        setPresenterMode(false);
    // Screens build their words once, when made; made again, they speak the new language. What a person wrote is
    // in the journal, so nothing on them is lost.
    m_stack->setCurrentIndex(-1);
    for (QWidget* page : std::as_const(m_screens)) {
        m_stack->removeWidget(page);
        page->deleteLater();
    }
    m_screens.clear();
    retranslateHeader();
    showScreen(here, false);
    if (presenting)
        setPresenterMode(true);
}

// The header's words, in one place: when it is built and again when the language changes.
void MainWindow::setHeaderWords()
{
    if (auto* word = findChild<QLabel*>(QStringLiteral("wordmark")))
        word->setText(tr("Tend"));
    if (auto* verbose = findChild<QLabel*>(QStringLiteral("verboseLogNotice"))) {
        verbose->setText(tr("Detailed log on"));
        verbose->setToolTip(tr("Tend was started with --verbose: its log file gets extra technical detail until "
                               "it is started without it."));
        verbose->setAccessibleName(verbose->toolTip());
    }
    const auto retitle = [](QPushButton* button, const QString& text, const QString& tip) {
        if (!button)
            return;
        button->setText(text);
        button->setProperty("fullText", text); // what fitHeader() gives back where there is room
        button->setToolTip(tip);
        button->setAccessibleName(QString(text).remove(QLatin1Char('&')));
        button->setAccessibleDescription(tip);
    };
    retitle(m_present, tr("Present"),
            tr("Presenter mode: full screen, larger type, notes for each step (Ctrl+Shift+F)."));
    retitle(m_home, tr("Home"), tr("Back to the start screen (Alt+Home)."));
    retitle(m_pause, tr("Pause"), tr("Stop for now and agree when to come back. Everything is kept (Ctrl+P)."));
    retitle(m_help, tr("Get help now"), tr("Emergency numbers and helplines for your country (F1)."));
}

void MainWindow::retranslateHeader()
{
    setHeaderWords();
    auto* header = findChild<QFrame*>(QStringLiteral("header"));
    if (auto* badge = header->findChild<QFrame*>(QStringLiteral("demoBadge"))) {
        auto* replacement = makeDemoBadge(header);
        header->layout()->replaceWidget(badge, replacement);
        badge->deleteLater();
        if (auto* words = replacement->findChild<QLabel*>(QStringLiteral("demoBadgeText")))
            words->setProperty("fullText", words->text());
    }
    m_lock->retranslate();
    updateHeader();
}

void MainWindow::setPresenterMode(bool on)
{
    if (!m_app->isDemo() || !m_app->isReady() || on == m_presenting) {
        if (m_present)
            m_present->setChecked(m_presenting);
        return;
    }
    m_presenting = on;
    if (on) {
        if (!m_presenter) {
            m_presenter = new PresenterPanel(m_app, centralWidget());
            m_body->addWidget(m_presenter);
            connect(m_presenter, &PresenterPanel::jumpRequested, this, &MainWindow::presenterJump);
            connect(m_presenter, &PresenterPanel::restartRequested, m_app, &AppContext::restartDemo);
            connect(m_presenter, &PresenterPanel::closeRequested, this, [this] { setPresenterMode(false); });
        }
        m_textSizeBeforePresenting = int(m_app->settings()->textSize());
        m_app->settings()->setTextSize(TextSize::Largest);
        m_presenter->show();
        // Full screen wins over the layout's minimum width: at the largest text a small or scaled screen (1280 at
        // 150 %) is narrower than the window's minimum, and Qt would otherwise drop out of full screen to honour it.
        QMainWindow::layout()->setSizeConstraint(QLayout::SetNoConstraint);
        setMinimumSize(0, 0);
        showFullScreen();
        syncPresenter();
    } else {
        m_presenter->hide();
        m_app->settings()->setTextSize(TextSize(m_textSizeBeforePresenting));
        showNormal();
        QMainWindow::layout()->setSizeConstraint(QLayout::SetDefaultConstraint);
    }
    if (m_present) {
        m_present->setChecked(on);
        m_present->setProperty("fullText", on ? tr("Leave presenter") : tr("Present"));
        m_present->setText(m_present->property("fullText").toString());
        fitHeader();
    }
}

void MainWindow::syncPresenter()
{
    if (!m_presenter || !m_presenting)
        return;
    std::string step;
    std::string program;
    if (currentScreenId() == ScreenId::Session && m_screens.contains(int(ScreenId::Session))) {
        const auto* session = static_cast<SessionScreen*>(m_screens.value(int(ScreenId::Session)));
        step = session->currentStepId();
        program = session->currentProgramId();
    }
    m_presenter->showProgram(program); // the notes follow the program on screen (the sample repair by default)
    m_presenter->showStep(step);
}

// Presenter mode's jump: into the open sample repair (the paused one when none is open yet).
void MainWindow::presenterJump(const std::string& cardId)
{
    SessionScreen* session = sessionScreen();
    if (!session->controller()->hasSession() && !session->continueStored()) {
        QStringList ids;
        for (const PartnerInfo& p : m_app->profile().partners)
            ids << QString::fromStdString(p.id);
        if (!session->startNew(ids, true))
            return;
    }
    if (session->jumpTo(cardId))
        showScreen(ScreenId::Session, false);
    syncPresenter();
}

void MainWindow::raiseFromSecondLaunch()
{
    if (JournalService* journal = m_app->journal(); journal && journal->takeRequests() > 0) {
        if (isMinimized())
            showNormal();
        show();
        raise();
        activateWindow();
    }
}

void MainWindow::saveState()
{
    if (m_screens.contains(int(ScreenId::Session)))
        sessionScreen()->saveEverything();
    placement::save(*this, *m_app->settings());
    m_app->settings()->sync();
    if (JournalService* journal = m_app->journal())
        journal->flush();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveState();
    if (m_returns)
        m_returns->windowClosed();
    QMainWindow::closeEvent(event);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
}

void MainWindow::fitHeader()
{
    auto* header = findChild<QFrame*>(QStringLiteral("header"));
    if (!header || m_fittingHeader)
        return;
    m_fittingHeader = true;
    QList<QPushButton*> quiet{m_home, m_pause};
    if (m_present)
        quiet << m_present;
    auto* demoWords = header->findChild<QLabel*>(QStringLiteral("demoBadgeText"));
    auto compact = [&](bool on) {
        for (QPushButton* button : quiet) {
            const QString full = button->property("fullText").toString();
            button->setText(on ? QString() : full);
            button->setAccessibleName(full); // a screen reader still hears the name
        }
        if (demoWords)
            demoWords->setText(on ? tr("Demo") : demoWords->property("fullText").toString());
    };
    // Measured against the screen, not the window: the header must never be what makes the window wider than the
    // screen it is on (a window may still be made wider by hand).
    // Measured without trying the full labels on: a layout activated with them would grow the window at once, and a
    // window grown for a moment does not shrink again (a longer language showed it: 835 px for an 800 px window).
    const QScreen* where = QWidget::screen();
    const int room = where && !isFullScreen() ? where->availableGeometry().width() : width();
    auto* row = header->layout();
    int needed = row->contentsMargins().left() + row->contentsMargins().right();
    for (int i = 0; i < row->count(); ++i) {
        QLayoutItem* item = row->itemAt(i);
        QWidget* widget = item->widget();
        if (widget && widget->isHidden())
            continue;
        int wants =
            widget ? std::max(widget->minimumWidth(), widget->minimumSizeHint().width()) : item->minimumSize().width();
        if (auto* button = qobject_cast<QPushButton*>(widget); button && quiet.contains(button)) {
            const QString full = button->property("fullText").toString();
            const int iconOnly =
                button->text().isEmpty() ? button->sizeHint().width() : button->iconSize().width() + 24;
            wants = iconOnly + button->fontMetrics().horizontalAdvance(full) + 8;
        } else if (demoWords && widget && widget->isAncestorOf(demoWords)) {
            wants += demoWords->fontMetrics().horizontalAdvance(demoWords->property("fullText").toString()) -
                     demoWords->fontMetrics().horizontalAdvance(demoWords->text());
        }
        needed += wants + row->spacing();
    }
    compact(needed > room);
    m_fittingHeader = false;
}

bool MainWindow::event(QEvent* event)
{
    // Everything that can wait starts right after the first frame. When the startup probe asks the
    // app to quit after that frame, there is nothing to start.
    if (event->type() == QEvent::Paint && !m_firstPainted) {
        m_firstPainted = true;
        if (!FirstFrameProbe::requested())
            QTimer::singleShot(0, this, &MainWindow::finishStartup);
    }
    // The desktop switched between light and dark: follow it when the setting says "system".
    if (event->type() == QEvent::ThemeChange && m_started)
        QTimer::singleShot(0, m_app->theme(), &Theme::refreshSystemScheme);
    return QMainWindow::event(event);
}

} // namespace tend::ui
