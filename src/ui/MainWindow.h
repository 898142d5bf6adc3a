#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include "ui/screens/Screen.h"

class QHBoxLayout;
class QLabel;
class QPushButton;
class QSocketNotifier;
class QStackedWidget;

namespace tend::ui {

class AppContext;
class LockController;
class PresenterPanel;
class ReturnWatch;
class SessionScreen;

/// The single top-level window: a calm header (where you are, Home, Pause in a session, and
/// "Get help now" always) over a stack of screens. Screens are built when first shown, so the
/// first frame needs only the header and one screen.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    /// `app` null: a self-contained window with default options (tests of the bare frame).
    explicit MainWindow(AppContext* app = nullptr, QWidget* parent = nullptr);
    ~MainWindow() override;

    AppContext* app() const { return m_app; }
    /// Shows a screen (building it on first use). `animate` false skips the cross-fade.
    void showScreen(ScreenId id, bool animate = true);
    ScreenId currentScreenId() const;
    Screen* currentScreen() const;
    /// The screen with `id`, built if needed.
    Screen* screen(ScreenId id);
    SessionScreen* sessionScreen();
    /// Come-back reminders while Tend runs (null until startup finished with a profile).
    ReturnWatch* returnWatch() const { return m_returns; }

    /// Runs the work that waits for the first frame (content, journal, backups). Called by a
    /// zero-timer after show(); tests call it directly.
    void finishStartup();

    /// Saves what is being typed and the window's state; called on close and by tests.
    void saveState();
    /// Locking a protected journal (lock screen, auto-lock).
    LockController* lockController() const { return m_lock; }

    /// Presenter mode (demo only): full screen, larger type, facilitator notes and a card list to jump to.
    void setPresenterMode(bool on);
    bool presenterMode() const { return m_presenting; }
    PresenterPanel* presenterPanel() const { return m_presenter; }

protected:
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    bool event(QEvent* event) override;

private:
    void fitToScreen();
    /// On a narrow window the header's quiet buttons show only their icons and the demo badge says "Demo", so the
    /// header never makes the window wider than its screen; "Get help now" always keeps its words.
    void fitHeader();
    void buildHeader();
    void buildShortcuts();
    void updateHeader();
    void routeAfterStartup();
    /// True once startup is done and the journal could not be opened (never in the demo).
    bool journalUnavailable() const;
    /// A visible notice under the header while the journal is read-only.
    void showReadOnlyBanner();
    void crossFade(QWidget* from);
    void raiseFromSecondLaunch();
    void rebuildAfterDemoRestart();
    /// The language changed in Settings: every screen is built again in it, and the header's words are replaced.
    void rebuildForLanguage();
    void retranslateHeader();
    void setHeaderWords();
    void syncPresenter();
    void presenterJump(const std::string& cardId);
    void pauseRequested();

    AppContext* m_app;
    QStackedWidget* m_stack;
    QHash<int, Screen*> m_screens;
    QLabel* m_title = nullptr;
    QLabel* m_readOnlyBanner = nullptr;
    QPushButton* m_home = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_help = nullptr;
    QSocketNotifier* m_instanceNotifier = nullptr;
    LockController* m_lock = nullptr;
    ReturnWatch* m_returns = nullptr;
    ScreenId m_beforeHelp = ScreenId::Home;
    bool m_started = false;
    bool m_firstPainted = false;
    QHBoxLayout* m_body = nullptr;
    PresenterPanel* m_presenter = nullptr;
    QPushButton* m_present = nullptr;
    bool m_presenting = false;
    bool m_fittingHeader = false;
    int m_textSizeBeforePresenting = 1;
};

} // namespace tend::ui
