#include "ui/ReturnWatch.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

#include "tend/common/Log.h"
#include "tend/regulation/RegulationLibrary.h"
#include "ui/MainWindow.h"
#include "ui/app/AppContext.h"
#include "ui/app/ReturnReminders.h"
#include "ui/lock/LockController.h"
#include "ui/screens/ReturnScreen.h"
#include "ui/screens/SessionScreen.h"
#include "ui/widgets/Widgets.h"

namespace tend::ui {

ReturnWatch::ReturnWatch(MainWindow* window) : QObject(window), m_window(window)
{
    setObjectName(QStringLiteral("returnWatch"));
    // The banner sits between the header and the screens; hidden until a return falls due.
    m_banner = makeFrame("warm", window, QStringLiteral("returnBanner"));
    auto* row = new QHBoxLayout(m_banner);
    row->setContentsMargins(24, 12, 20, 12);
    row->setSpacing(12);
    auto* words = new QVBoxLayout();
    words->setSpacing(2);
    m_bannerTitle = makeLabel(QString(), "heading", m_banner);
    m_bannerTitle->setObjectName(QStringLiteral("returnBannerTitle"));
    m_bannerText = makeLabel(QString(), "body", m_banner);
    m_bannerText->setObjectName(QStringLiteral("returnBannerText"));
    words->addWidget(m_bannerTitle);
    words->addWidget(m_bannerText);
    row->addLayout(words, 1);
    QPushButton* openButton = makeButton(tr("Open the repair"), QStringLiteral("returnBannerOpen"), m_banner, "primary",
                                         QStringLiteral("next"), tr("Continue the repair you agreed to come back to."));
    QPushButton* dismiss = makeButton(tr("Dismiss"), QStringLiteral("returnBannerDismiss"), m_banner, "quiet",
                                      QString(), tr("Hides this notice."));
    row->addWidget(openButton, 0, Qt::AlignVCenter);
    row->addWidget(dismiss, 0, Qt::AlignVCenter);
    connect(openButton, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        open(m_bannerSession);
    });
    connect(dismiss, &QPushButton::clicked, m_banner, &QWidget::hide);
    m_banner->hide();
    if (auto* layout = qobject_cast<QVBoxLayout*>(window->centralWidget()->layout()))
        layout->insertWidget(1, m_banner);
    // Nothing of a return (the place is their words) shows over the lock screen: held until unlocked.
    if (LockController* lock = window->lockController()) {
        connect(lock, &LockController::locked, this, [this] {
            if (m_banner->isVisible() && !m_held)
                m_held = m_shown;
            m_banner->hide();
        });
        connect(lock, &LockController::unlocked, this, [this] {
            if (m_held) {
                const regulation::ReminderNotice notice = *m_held;
                m_held.reset();
                showBanner(notice);
            }
        });
    }
    // On a first run the people are set up after launch: keep watch from then on.
    connect(window->app(), &AppContext::profileChanged, this, [this] {
        if (m_window->app()->profile().isSet())
            start();
    });
}

bool ReturnWatch::start()
{
    AppContext* app = m_window->app();
    if (m_service || !app->reminders() || !app->profile().isSet())
        return false;
    m_service = new regulation::ReminderService(app->reminders()->scheduler(), this);
    m_service->setTexts(app->regulationContent().texts);
    // Tests and screenshots run off-screen (no tray); demo mode keeps nothing and needs no tray either.
    m_service->setTrayEnabled(!app->options().demo);
    connect(m_service, &regulation::ReminderService::overdueAtLaunch, this,
            [this](const QList<regulation::ReminderNotice>& notices) {
                if (notices.isEmpty() || !m_window->app()->comeBackPlanAllowed())
                    return;
                m_overdue = true;
                auto* screen = static_cast<ReturnScreen*>(m_window->screen(ScreenId::Return));
                connect(screen, &ReturnScreen::openSession, this, &ReturnWatch::open, Qt::UniqueConnection);
                screen->setNotices(notices);
                m_window->showScreen(ScreenId::Return, false);
            });
    connect(m_service, &regulation::ReminderService::reminderDue, this, [this](const regulation::ReminderNotice& n) {
        // Off for the whole couple while anyone's check has the come-back plan off.
        if (!m_window->app()->comeBackPlanAllowed())
            return;
        m_sessions.insert(n.id, n.sessionId);
        showBanner(n);
        raiseWindow();
    });
    connect(m_service, &regulation::ReminderService::openRequested, this, [this](const QString& reminderId) {
        raiseWindow();
        if (!reminderId.isEmpty()) {
            m_banner->hide();
            open(m_sessions.value(reminderId));
        }
    });
    connect(m_service, &regulation::ReminderService::failed, this,
            [](const QString&) { tend::log::get("ui")->warn("come-back reminders could not be read or written"); });
    m_service->start();
    if (m_service->trayVisible()) {
        buildTrayMenu();
        // Closing the window should not end the promise: windowClosed() decides whether to stay in the tray.
        QApplication::setQuitOnLastWindowClosed(false);
    }
    return m_overdue;
}

void ReturnWatch::buildTrayMenu()
{
    auto* menu = new QMenu(m_window);
    menu->setObjectName(QStringLiteral("trayMenu"));
    QAction* openAction = menu->addAction(tr("Open Tend"));
    connect(openAction, &QAction::triggered, this, &ReturnWatch::raiseWindow);
    QAction* quit = menu->addAction(tr("Quit Tend"));
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit);
    m_service->trayIcon()->setContextMenu(menu);
}

void ReturnWatch::windowClosed()
{
    if (!m_service || !m_service->trayVisible() || QApplication::quitOnLastWindowClosed())
        return;
    const bool waiting = m_window->app()->reminders() && !m_window->app()->reminders()->pending().empty() &&
                         m_window->app()->comeBackPlanAllowed();
    if (!waiting) {
        QMetaObject::invokeMethod(qApp, &QCoreApplication::quit, Qt::QueuedConnection);
        return;
    }
    if (!m_toldAboutTray) {
        m_toldAboutTray = true;
        m_service->trayIcon()->showMessage(
            tr("Tend is still here"),
            tr("It will remind you at the time you agreed to come back. To quit, use the menu of this icon."),
            m_service->trayIcon()->icon(), 0);
    }
}

void ReturnWatch::showBanner(const regulation::ReminderNotice& notice)
{
    if (LockController* lock = m_window->lockController(); lock && lock->isLocked()) {
        m_held = notice;
        return;
    }
    m_shown = notice;
    m_bannerSession = notice.sessionId;
    m_bannerTitle->setText(notice.title);
    m_bannerText->setText(notice.body);
    m_banner->show();
}

void ReturnWatch::open(const QString& sessionId)
{
    Q_UNUSED(sessionId); // a return belongs to the paused repair, which is the one Home continues
    if (m_window->sessionScreen()->continueStored())
        m_window->showScreen(ScreenId::Session);
    else
        m_window->showScreen(ScreenId::Home);
}

void ReturnWatch::raiseWindow()
{
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    QApplication::alert(m_window);
}

} // namespace tend::ui
