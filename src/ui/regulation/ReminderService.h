#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include "tend/regulation/RegulationTexts.h"
#include "tend/regulation/ReminderScheduler.h"

class QSystemTrayIcon;
class QTimer;

namespace tend::ui::regulation {

/// A delivered come-back reminder, ready to show.
struct ReminderNotice {
    QString id;
    QString sessionId;
    QString coupleId;
    QString place; ///< the partners' own words; shown in the app, not in desktop notifications by default
    QDateTime due; ///< UTC
    QString title; ///< "Time to come back together"
    QString body;  ///< for a due reminder: "You agreed to come back ..."; for an overdue one: "You had agreed ..."
    bool overdue = false;
};

/// Keeps the promise about time while Tend runs: polls the scheduler (every 30 s, exactly at the next due time,
/// and whenever the app becomes active again), raises a desktop notification through a tray icon where the
/// desktop has one (none offscreen — then only the signal), and reports reminders that fell due while Tend was
/// closed, once, at start() — the shell shows those first. Every reminder is delivered once and only once
/// (ReminderScheduler::claimDue).
class ReminderService : public QObject {
    Q_OBJECT
public:
    static constexpr int kDefaultPollMs = 30'000;

    /// The scheduler must outlive the service.
    explicit ReminderService(tend::regulation::ReminderScheduler& scheduler, QObject* parent = nullptr);
    ~ReminderService() override;

    void setTexts(const tend::regulation::RegulationTexts& texts);
    /// Polling interval cap in milliseconds (tests shorten it).
    void setPollInterval(int milliseconds);
    int pollInterval() const { return m_pollMs; }
    /// Whether to keep a tray icon (when the desktop offers one). Default on.
    void setTrayEnabled(bool enabled);
    /// Whether desktop notifications may name the place (visible on a shared screen). Default off.
    void setPlaceInNotifications(bool shown) { m_placeInNotifications = shown; }

    /// True when a tray icon is showing.
    bool trayVisible() const;
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    /// Milliseconds until the next poll, or -1 when not started.
    int nextPollInMs() const;

    /// Delivers what fell due while Tend was closed (overdueAtLaunch), then keeps watch. Call once the main
    /// window is up.
    void start();
    void stop();

public Q_SLOTS:
    /// Delivers every reminder now due (reminderDue for each) and re-arms the timer.
    void poll();

Q_SIGNALS:
    /// At start(): the returns that fell due while Tend was closed, oldest first (possibly empty). Show first.
    void overdueAtLaunch(const QList<tend::ui::regulation::ReminderNotice>& notices);
    /// A reminder fell due while Tend was running. A desktop notification has already been raised if possible.
    void reminderDue(const tend::ui::regulation::ReminderNotice& notice);
    /// The person clicked the notification or the tray icon: bring the window forward (and show `reminderId`,
    /// empty for a plain icon click).
    void openRequested(const QString& reminderId);
    /// Reading or writing reminders failed (the message is a plain sentence, never intimate text).
    void failed(const QString& message);

private:
    ReminderNotice toNotice(const tend::regulation::Reminder& reminder, bool overdue) const;
    void notify(const ReminderNotice& notice);
    void rearm();
    void ensureTray();

    tend::regulation::ReminderScheduler* m_scheduler;
    tend::regulation::RegulationTexts m_texts;
    QTimer* m_timer;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_lastNotified;
    int m_pollMs = kDefaultPollMs;
    bool m_trayEnabled = true;
    bool m_placeInNotifications = false;
    bool m_started = false;
};

} // namespace tend::ui::regulation

Q_DECLARE_METATYPE(tend::ui::regulation::ReminderNotice)
