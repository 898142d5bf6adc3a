#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

#include "tend/crypto/IdleTimer.h"
#include "ui/lock/HeldText.h"

class QPushButton;
class QShortcut;
class QTimer;
class QWidget;

namespace tend::ui {

class AppContext;
class LockScreen;
class MainWindow;

/// Locking a protected journal: on demand (the header's Lock button, Ctrl+L), after an idle time (Settings, default
/// 5 minutes, suspended time counted by crypto::IdleTimer), and at start when the journal opens locked.
///
/// Locking saves what is being typed (encrypted, through the journal's writer), moves every text on screen into
/// locked memory (HeldText) and empties the widgets, hides the screens, wipes the keys and drops the search index.
/// Unlocking puts it all back: the same screen, the same card, the typed text with its cursor. A journal without a
/// passphrase is never locked (anyone with the file could read it anyway); its Lock button is hidden.
class LockController : public QObject {
    Q_OBJECT
public:
    explicit LockController(MainWindow* window);
    ~LockController() override;

    bool isLocked() const { return m_locked; }
    /// Locks now; false when there is nothing to lock (no journal, or no passphrase).
    bool lockNow();
    /// At start: shows the lock screen if the journal opened locked. True when it did (routing waits for unlock).
    bool lockAtStartup();
    /// Polled once a second (and on coming back to the app): locks when the idle time has run out.
    void checkIdle();
    /// Words again after a change of language (the header's Lock button).
    void retranslate();
    /// Tests: an injected clock; the timeout comes from Settings.
    void setIdleClock(const tend::Clock& clock);
    const crypto::IdleTimer& idleTimer() const { return *m_idle; }
    /// The lock screen, built on first use (it is off-screen until a lock, so the first frame does not pay for it).
    LockScreen* lockScreen() const;
    /// Texts held while locked (tests).
    std::size_t heldCount() const { return m_held.size(); }

Q_SIGNALS:
    void locked();
    void unlocked();
    /// The journal was opened at start (routing can go on).
    void startupUnlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showLocked(bool atStart);
    void tryUnlock(const QString& secret, bool recoveryKey);
    void finishUnlock();
    void applyTimeout();
    void updateButton();

    MainWindow* m_window;
    AppContext* m_app;
    mutable LockScreen* m_screen = nullptr;
    QPushButton* m_button = nullptr;
    QTimer* m_poll = nullptr;
    std::unique_ptr<crypto::IdleTimer> m_idle;
    HeldText m_held;
    QPointer<QWidget> m_focusBefore;
    QList<QPointer<QShortcut>> m_disabledShortcuts;
    QList<QPointer<QWidget>> m_hiddenButtons;
    int m_stackIndexBefore = -1;
    bool m_locked = false;
    bool m_atStart = false;
    bool m_headerWasVisible = true;
};

} // namespace tend::ui
