#include "ui/lock/LockController.h"

#include <QApplication>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include "tend/common/Log.h"
#include "ui/MainWindow.h"
#include "ui/app/AppContext.h"
#include "ui/app/JournalService.h"
#include "ui/app/Settings.h"
#include "ui/lock/LockScreen.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {
namespace {

std::chrono::nanoseconds timeoutFrom(const Settings* settings)
{
    return std::chrono::minutes(std::max(0, settings->autoLockMinutes()));
}

/// The screens sit in a row of the window's column with a stretch of 1. Hiding them leaves the row empty but
/// not its stretch, so it would keep half the height above the lock screen; while locked it asks for none.
void setScreensStretch(QWidget* central, QWidget* stack, int stretch)
{
    auto* column = qobject_cast<QBoxLayout*>(central->layout());
    if (!column || !stack)
        return;
    for (int i = 0; i < column->count(); ++i) {
        if (QLayout* row = column->itemAt(i)->layout(); row && row->indexOf(stack) >= 0) {
            column->setStretch(i, stretch);
            return;
        }
    }
}

} // namespace

LockController::LockController(MainWindow* window)
    : QObject(window), m_window(window), m_app(window->app()),
      m_idle(std::make_unique<crypto::IdleTimer>(tend::systemClock(), timeoutFrom(window->app()->settings())))
{
    setObjectName(QStringLiteral("lockController"));

    // "Lock" in the header, before "Get help now"; shown only for a journal with a passphrase.
    if (auto* header = window->findChild<QFrame*>(QStringLiteral("header"))) {
        m_button = makeButton(QString(), QStringLiteral("headerLock"), header, "quiet", QStringLiteral("lock"));
        retranslate();
        m_button->hide();
        if (auto* row = qobject_cast<QHBoxLayout*>(header->layout())) {
            auto* help = header->findChild<QPushButton*>(QStringLiteral("headerHelp"));
            const int at = help ? row->indexOf(help) : -1;
            row->insertWidget(at < 0 ? row->count() : at, m_button);
        }
        connect(m_button, &QPushButton::clicked, this, [this] { lockNow(); });
    }
    auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), window);
    shortcut->setObjectName(QStringLiteral("lockShortcut"));
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] { lockNow(); });

    qApp->installEventFilter(this);
    m_poll = new QTimer(this);
    m_poll->setInterval(1000);
    connect(m_poll, &QTimer::timeout, this, &LockController::checkIdle);
    m_poll->start();
    connect(m_app->settings(), &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::AutoLockMinutes)
            applyTimeout();
    });
    connect(m_app, &AppContext::ready, this, [this] {
        if (JournalService* journal = m_app->journal())
            connect(journal, &JournalService::protectionChanged, this, &LockController::updateButton);
        updateButton();
    });
}

LockController::~LockController()
{
    if (qApp)
        qApp->removeEventFilter(this);
    m_held.clear();
}

void LockController::setIdleClock(const tend::Clock& clock)
{
    m_idle = std::make_unique<crypto::IdleTimer>(clock, timeoutFrom(m_app->settings()));
}

void LockController::applyTimeout()
{
    m_idle->setTimeout(timeoutFrom(m_app->settings()));
    m_idle->touch();
}

void LockController::updateButton()
{
    JournalService* journal = m_app->journal();
    if (m_button)
        m_button->setVisible(!m_locked && journal && journal->isProtected());
}

bool LockController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_locked)
            m_idle->touch();
        break;
    case QEvent::ApplicationStateChange:
        // Coming back (e.g. after a suspend): the idle time may have run out while away.
        QTimer::singleShot(0, this, &LockController::checkIdle);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void LockController::retranslate()
{
    if (!m_button)
        return;
    m_button->setText(tr("Lock"));
    m_button->setAccessibleName(m_button->text());
    m_button->setToolTip(tr("Clears the screen and locks the journal until the passphrase is typed (Ctrl+L)."));
    m_button->setAccessibleDescription(m_button->toolTip());
}

void LockController::checkIdle()
{
    if (m_locked)
        return;
    JournalService* journal = m_app->journal();
    if (!journal || !journal->isProtected() || journal->isLocked())
        return;
    if (m_idle->expired()) {
        tend::log::get("ui")->info("auto-lock after {} s idle ({} s suspended)",
                                   std::chrono::duration_cast<std::chrono::seconds>(m_idle->idleTime()).count(),
                                   std::chrono::duration_cast<std::chrono::seconds>(m_idle->suspendedTime()).count());
        lockNow();
    }
}

LockScreen* LockController::lockScreen() const
{
    if (!m_screen) {
        auto* self = const_cast<LockController*>(this);
        m_screen = new LockScreen(m_app, m_window->centralWidget());
        m_screen->hide();
        if (auto* column = qobject_cast<QVBoxLayout*>(m_window->centralWidget()->layout()))
            column->addWidget(m_screen, 1);
        connect(m_screen, &LockScreen::unlockRequested, self, &LockController::tryUnlock);
    }
    return m_screen;
}

bool LockController::lockNow()
{
    JournalService* journal = m_app->journal();
    if (m_locked || !journal || !journal->isProtected())
        return false;
    m_focusBefore = QApplication::focusWidget();
    // What is being typed is saved first, encrypted, while the keys are still open.
    m_window->saveState();
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("screenStack"));
    m_stackIndexBefore = stack ? stack->currentIndex() : -1;
    if (!m_held.hold(m_window->centralWidget(), lockScreen()))
        tend::log::get("ui")->warn("locked memory unavailable; the screen is hidden but texts stay in the widgets");
    showLocked(false);
    journal->lock();
    Q_EMIT locked();
    return true;
}

bool LockController::lockAtStartup()
{
    JournalService* journal = m_app->journal();
    if (m_locked || !journal || !journal->isLocked())
        return false;
    m_stackIndexBefore = -1;
    showLocked(true);
    return true;
}

void LockController::showLocked(bool atStart)
{
    m_locked = true;
    m_atStart = atStart;
    if (auto* header = m_window->findChild<QFrame*>(QStringLiteral("header"))) {
        m_headerWasVisible = !header->isHidden();
        header->hide();
    }
    if (auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("screenStack"))) {
        stack->hide();
        setScreensStretch(m_window->centralWidget(), stack, 0);
    }
    // No shortcut may act on the hidden screens.
    m_disabledShortcuts.clear();
    for (QShortcut* shortcut : m_window->findChildren<QShortcut*>()) {
        if (shortcut->isEnabled()) {
            shortcut->setEnabled(false);
            m_disabledShortcuts.append(shortcut);
        }
    }
    lockScreen()->prepare(atStart);
    m_screen->show();
    m_screen->secretField()->setFocus(Qt::OtherFocusReason);
    updateButton();
}

void LockController::tryUnlock(const QString& secret, bool recoveryKey)
{
    JournalService* journal = m_app->journal();
    if (!journal)
        return;
    std::shared_ptr<crypto::SecureBytes> bytes = JournalService::secretFrom(secret);
    if (!bytes)
        return;
    m_screen->setBusy(true);
    QPointer<LockController> self(this);
    auto done = [self](const JournalService::KeyOutcome& outcome) {
        auto* me = self.data();
        if (!me)
            return;
        me->m_screen->showOutcome(outcome);
        if (outcome.ok)
            me->finishUnlock();
    };
    if (recoveryKey)
        journal->unlockWithRecoveryKey(bytes, done);
    else
        journal->unlock(bytes, done);
}

void LockController::finishUnlock()
{
    const bool atStart = m_atStart;
    m_locked = false;
    m_atStart = false;
    if (m_screen)
        m_screen->hide();
    for (const QPointer<QShortcut>& shortcut : std::as_const(m_disabledShortcuts))
        if (shortcut)
            shortcut->setEnabled(true);
    m_disabledShortcuts.clear();
    auto* stack = m_window->findChild<QStackedWidget*>(QStringLiteral("screenStack"));
    if (stack && m_stackIndexBefore >= 0 && stack->currentIndex() != m_stackIndexBefore)
        stack->setCurrentIndex(m_stackIndexBefore);
    m_held.restore();
    if (auto* header = m_window->findChild<QFrame*>(QStringLiteral("header")))
        header->setVisible(m_headerWasVisible);
    if (stack) {
        setScreensStretch(m_window->centralWidget(), stack, 1);
        stack->show();
    }
    if (m_focusBefore)
        m_focusBefore->setFocus(Qt::OtherFocusReason);
    m_focusBefore.clear();
    m_idle->touch();
    updateButton();
    if (atStart) {
        // Everything that needed the keys (safety records, the session's state) is read again.
        if (JournalService* journal = m_app->journal())
            Q_EMIT journal->reopened();
        Q_EMIT startupUnlocked();
    }
    Q_EMIT unlocked();
}

} // namespace tend::ui
