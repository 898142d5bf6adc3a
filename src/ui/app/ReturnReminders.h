#pragma once

#include <QDateTime>
#include <QString>

#include <functional>
#include <string>
#include <vector>

#include "tend/regulation/Clock.h"
#include "tend/regulation/JournalReminderStore.h"
#include "tend/regulation/ReminderScheduler.h"
#include "ui/app/AppClock.h"

namespace tend::ui {

class JournalService;

/// The shell's side of "take space and come back": come-back reminders kept in the journal (through its writer
/// thread), on the app's clock, so what a `schedule` card or the Pause dialog agreed survives a restart and is
/// delivered once (ReminderService does the delivering).
class ReturnReminders {
public:
    /// `journal` must outlive this; `now` is the app's clock (tests inject one).
    ReturnReminders(JournalService* journal, std::function<QDateTime()> now);

    tend::regulation::ReminderScheduler& scheduler() { return m_scheduler; }

    /// Stores a reminder for `at` (local or UTC) and `place`. One return is pending per session: an earlier
    /// pending one of the same session is replaced, and agreeing the same time and place again changes nothing
    /// (going Back over a schedule card). Empty when stored, else a sentence saying what to choose.
    QString agree(const QDateTime& at, const QString& place, const std::string& sessionId, const std::string& coupleId,
                  const tend::regulation::ReturnWindow& window = {});

    /// The partners came back early (resumed the session): its pending reminders will not fire.
    void settle(const std::string& sessionId);

    /// Pending reminders, soonest first (empty when they cannot be read).
    std::vector<tend::regulation::Reminder> pending() const;

    /// A friendly come-back time from now (30 minutes, rounded up to the quarter hour, inside `window`), local.
    QDateTime suggestion(const tend::regulation::ReturnWindow& window = {}) const;
    /// Empty when `at` lies inside `window` from now; else the scheduler's sentence.
    QString check(const QDateTime& at, const tend::regulation::ReturnWindow& window = {}) const;

    /// A window from a schedule card's `min_minutes` / `max_hours`.
    static tend::regulation::ReturnWindow window(int minMinutes, int maxHours);

private:
    JournalService* m_journal;
    AppClock m_clock; ///< the scheduler reads only the date of its wall time
    tend::regulation::JournalReminderStore m_store;
    tend::regulation::ReminderScheduler m_scheduler;
};

} // namespace tend::ui
