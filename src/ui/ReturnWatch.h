#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

#include "ui/regulation/ReminderService.h"

class QFrame;
class QLabel;

namespace tend::ui {

class MainWindow;

/// Keeps the come-back promise while Tend runs, for the main window: one ReminderService over the journal's
/// reminders, with a tray icon and desktop notification where the desktop has a tray; returns that fell due while
/// Tend was closed on the return screen first; a due one as a banner under the header (and the window raised);
/// a click on the notification opens that repair. With a tray, closing the window leaves Tend in the tray while a
/// return is still to come.
class ReturnWatch : public QObject {
    Q_OBJECT
public:
    explicit ReturnWatch(MainWindow* window);

    /// Starts keeping watch (once; needs the journal open and the people set up — on a first run it starts by
    /// itself once they are). True when overdue returns are on show, so the window skips its usual first screen.
    bool start();
    regulation::ReminderService* service() const { return m_service; }
    /// The in-app banner (hidden until a return falls due while Tend is open).
    QFrame* banner() const { return m_banner; }
    /// The window was closed: stay in the tray while a return is pending, else quit as usual.
    void windowClosed();

private:
    void showBanner(const regulation::ReminderNotice& notice);
    void open(const QString& sessionId);
    void raiseWindow();
    void buildTrayMenu();

    MainWindow* m_window;
    regulation::ReminderService* m_service = nullptr;
    QFrame* m_banner;
    QLabel* m_bannerTitle;
    QLabel* m_bannerText;
    QString m_bannerSession;
    regulation::ReminderNotice m_shown;               ///< what the banner says
    std::optional<regulation::ReminderNotice> m_held; ///< a banner waiting for the journal to be unlocked
    QHash<QString, QString> m_sessions;               ///< reminder id -> session id, for notification clicks
    bool m_overdue = false;
    bool m_toldAboutTray = false;
};

} // namespace tend::ui
