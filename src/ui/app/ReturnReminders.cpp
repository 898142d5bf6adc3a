#include "ui/app/ReturnReminders.h"

#include <algorithm>

#include "tend/common/Log.h"
#include "ui/app/JournalService.h"
#include "ui/theme/RichText.h"

namespace tend::ui {

using namespace tend::regulation;

namespace {

std::chrono::sys_seconds toSys(const QDateTime& when)
{
    return std::chrono::sys_seconds{std::chrono::seconds{when.toSecsSinceEpoch()}};
}

QDateTime fromSys(std::chrono::sys_seconds when)
{
    return QDateTime::fromSecsSinceEpoch(when.time_since_epoch().count()).toLocalTime();
}

} // namespace

ReturnReminders::ReturnReminders(JournalService* journal, std::function<QDateTime()> now)
    : m_journal(journal), m_clock(std::move(now)),
      m_store([journal](const JournalReminderStore::Work& work) { return journal->run(work); }, &m_clock),
      m_scheduler(m_store, m_clock)
{
}

ReturnWindow ReturnReminders::window(int minMinutes, int maxHours)
{
    ReturnWindow window;
    window.minimum = std::chrono::minutes{std::max(0, minMinutes)};
    window.maximum = std::chrono::hours{std::max(1, maxHours)};
    return window;
}

QString ReturnReminders::agree(const QDateTime& at, const QString& place, const std::string& sessionId,
                               const std::string& coupleId, const ReturnWindow& window)
{
    if (!at.isValid())
        return QObject::tr("Please choose a time to come back.");
    const auto due = toSys(at);
    const std::string where = ss(place.trimmed());
    // Already agreed (Back over the card, or the Pause dialog confirming what the card said): nothing to do.
    std::vector<std::string> earlier;
    if (auto rows = m_journal->reader().reminders(coupleId)) {
        for (const auto& row : rows.value()) {
            if (row.sessionId.value_or(std::string()) != sessionId)
                continue;
            if (JournalReminderStore::fromTimestamp(row.dueAt) == due && row.place.value_or(std::string()) == where)
                return {};
            if (!row.deliveredAt)
                earlier.push_back(row.id);
        }
    }
    auto made = m_scheduler.schedule({due, where, sessionId, coupleId}, window);
    if (!made)
        return qs(made.error().message);
    // One pending return per session: the new agreement replaces the old one.
    for (const std::string& id : earlier)
        (void)m_scheduler.cancel(id);
    return {};
}

void ReturnReminders::settle(const std::string& sessionId)
{
    if (sessionId.empty())
        return;
    for (const Reminder& reminder : pending()) {
        if (reminder.sessionId == sessionId)
            (void)m_scheduler.markDelivered(reminder.id);
    }
}

std::vector<Reminder> ReturnReminders::pending() const
{
    auto rows = m_scheduler.pending();
    if (!rows) {
        tend::log::get("ui")->warn("pending reminders could not be read");
        return {};
    }
    return rows.value();
}

QDateTime ReturnReminders::suggestion(const ReturnWindow& window) const
{
    return fromSys(ReminderScheduler::suggestReturnTime(wallNow(m_clock), window));
}

QString ReturnReminders::check(const QDateTime& at, const ReturnWindow& window) const
{
    auto checked = ReminderScheduler::checkReturnTime(wallNow(m_clock), toSys(at), window);
    return checked ? QString() : qs(checked.error().message);
}

} // namespace tend::ui
