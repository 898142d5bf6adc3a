#include "tend/regulation/ReminderScheduler.h"

#include <algorithm>

#include "tend/common/Log.h"

namespace tend::regulation {
namespace {

void soonestFirst(std::vector<Reminder>& reminders)
{
    std::stable_sort(reminders.begin(), reminders.end(),
                     [](const Reminder& a, const Reminder& b) { return a.due != b.due ? a.due < b.due : a.id < b.id; });
}

std::string minutesText(long long minutes)
{
    return std::to_string(minutes) + (minutes == 1 ? " minute" : " minutes");
}

std::string hoursText(long long hours)
{
    return std::to_string(hours) + (hours == 1 ? " hour" : " hours");
}

} // namespace

Result<void> ReminderScheduler::checkReturnTime(std::chrono::sys_seconds now, std::chrono::sys_seconds at,
                                                const ReturnWindow& window)
{
    if (at < now + window.minimum)
        return makeError("Please choose a time at least " + minutesText(window.minimum.count()) +
                         " from now, so there is time to settle.");
    if (at > now + window.maximum)
        return makeError("Please choose a time within the next " + hoursText(window.maximum.count()) +
                         ", so the conversation does not wait too long.");
    return {};
}

std::chrono::sys_seconds ReminderScheduler::suggestReturnTime(std::chrono::sys_seconds now, const ReturnWindow& window)
{
    using namespace std::chrono;
    const auto earliest = now + std::max<seconds>(window.minimum, minutes{30});
    // Round up to the next quarter hour: "18:45" is easier to agree on than "18:37".
    constexpr seconds quarter = minutes{15};
    const auto since = earliest.time_since_epoch();
    const auto rounded = sys_seconds{((since + quarter - seconds{1}) / quarter) * quarter};
    const auto latest = now + duration_cast<seconds>(window.maximum);
    return std::clamp(rounded, now + duration_cast<seconds>(window.minimum), latest);
}

Result<Reminder> ReminderScheduler::schedule(const ReturnAgreement& agreement, const ReturnWindow& window)
{
    if (auto checked = checkReturnTime(wallNow(*m_clock), agreement.at, window); !checked)
        return checked.error();
    Reminder reminder;
    reminder.due = agreement.at;
    reminder.place = agreement.place;
    reminder.sessionId = agreement.sessionId;
    reminder.coupleId = agreement.coupleId;
    auto id = m_store->insert(reminder);
    if (!id)
        return id.error();
    reminder.id = id.value();
    log::get("regulation")->info("reminder {} scheduled", reminder.id);
    return reminder;
}

Result<std::vector<Reminder>> ReminderScheduler::pending() const
{
    auto rows = m_store->undelivered();
    if (!rows)
        return rows.error();
    soonestFirst(rows.value());
    return rows;
}

Result<std::vector<Reminder>> ReminderScheduler::due() const
{
    auto rows = pending();
    if (!rows)
        return rows.error();
    const auto now = wallNow(*m_clock);
    std::vector<Reminder> ready;
    for (auto& row : rows.value())
        if (row.due <= now)
            ready.push_back(std::move(row));
    return ready;
}

Result<std::vector<Reminder>> ReminderScheduler::claimDue()
{
    auto ready = due();
    if (!ready)
        return ready.error();
    const auto now = wallNow(*m_clock);
    std::vector<Reminder> claimed;
    for (auto& row : ready.value()) {
        auto flipped = m_store->markDelivered(row.id, now);
        if (!flipped)
            return flipped.error();
        if (!flipped.value())
            continue; // another instance (or an earlier call) delivered it
        row.delivered = true;
        row.deliveredAt = now;
        log::get("regulation")->info("reminder {} delivered", row.id);
        claimed.push_back(std::move(row));
    }
    return claimed;
}

Result<bool> ReminderScheduler::markDelivered(const std::string& id)
{
    return m_store->markDelivered(id, wallNow(*m_clock));
}

Result<bool> ReminderScheduler::cancel(const std::string& id)
{
    return m_store->remove(id);
}

Result<std::optional<std::chrono::sys_seconds>> ReminderScheduler::nextDue() const
{
    auto rows = pending();
    if (!rows)
        return rows.error();
    if (rows->empty())
        return std::optional<std::chrono::sys_seconds>{};
    return std::optional<std::chrono::sys_seconds>{rows->front().due};
}

} // namespace tend::regulation
