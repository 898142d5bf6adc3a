#include "tend/regulation/JournalReminderStore.h"

#include <cstdio>
#include <ctime>

namespace tend::regulation {
namespace {

// Far enough ahead that every pending reminder is "due" by it: the journal lists pending ones by due time.
constexpr const char* kEndOfTime = "9999-12-31T23:59:59.999Z";

Reminder fromJournal(const journal::Reminder& row)
{
    Reminder reminder;
    reminder.id = row.id;
    reminder.due = JournalReminderStore::fromTimestamp(row.dueAt).value_or(std::chrono::sys_seconds{});
    reminder.place = row.place.value_or(std::string());
    reminder.sessionId = row.sessionId.value_or(std::string());
    reminder.coupleId = row.coupleId;
    if (row.deliveredAt) {
        reminder.delivered = true;
        reminder.deliveredAt = JournalReminderStore::fromTimestamp(*row.deliveredAt);
    }
    return reminder;
}

} // namespace

JournalReminderStore::JournalReminderStore(journal::Journal& journal, const Clock* clock)
    : m_access([&journal](const Work& work) { return work(journal); }), m_clock(clock ? clock : &m_system)
{
}

std::string JournalReminderStore::toTimestamp(std::chrono::sys_seconds when)
{
    const std::time_t seconds = when.time_since_epoch().count();
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char buffer[96]; // room for any int the compiler can imagine in each field
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.000Z", utc.tm_year + 1900, utc.tm_mon + 1,
                  utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
    return buffer;
}

std::optional<std::chrono::sys_seconds> JournalReminderStore::fromTimestamp(std::string_view text)
{
    if (!journal::isValidTimestamp(text))
        return std::nullopt;
    const auto number = [&](std::size_t at, std::size_t length) {
        int value = 0;
        for (std::size_t i = at; i < at + length; ++i)
            value = value * 10 + (text[i] - '0');
        return value;
    };
    using namespace std::chrono;
    const year_month_day date{year{number(0, 4)}, month{static_cast<unsigned>(number(5, 2))},
                              day{static_cast<unsigned>(number(8, 2))}};
    if (!date.ok())
        return std::nullopt;
    return sys_days{date} + hours{number(11, 2)} + minutes{number(14, 2)} + seconds{number(17, 2)};
}

Result<std::string> JournalReminderStore::insert(const Reminder& reminder)
{
    if (reminder.coupleId.empty())
        return makeError("A come-back reminder needs the couple it belongs to.");
    journal::Reminder row;
    row.id = journal::newId();
    row.coupleId = reminder.coupleId;
    if (!reminder.sessionId.empty())
        row.sessionId = reminder.sessionId;
    row.kind = journal::ReminderKind::Return;
    row.dueAt = toTimestamp(reminder.due);
    if (!reminder.place.empty())
        row.place = reminder.place;
    auto stored = m_access([&row](journal::Journal& journal) { return journal.addReminder(row); });
    if (!stored)
        return stored.error();
    return row.id;
}

Result<std::vector<Reminder>> JournalReminderStore::undelivered() const
{
    std::vector<Reminder> out;
    auto read = m_access([&out](journal::Journal& journal) -> Result<void> {
        auto rows = journal.dueReminders(kEndOfTime);
        if (!rows)
            return rows.error();
        for (const auto& row : rows.value())
            if (row.kind == journal::ReminderKind::Return)
                out.push_back(fromJournal(row));
        return {};
    });
    if (!read)
        return read.error();
    return out;
}

Result<std::optional<Reminder>> JournalReminderStore::find(const std::string& id) const
{
    auto pending = undelivered();
    if (!pending)
        return pending.error();
    for (auto& reminder : pending.value())
        if (reminder.id == id)
            return std::optional<Reminder>{std::move(reminder)};
    return std::optional<Reminder>{}; // delivered or unknown: either way nothing is left to deliver
}

Result<bool> JournalReminderStore::markDelivered(const std::string& id, std::chrono::sys_seconds at)
{
    bool flipped = false;
    auto done = m_access([&](journal::Journal& journal) -> Result<void> {
        // Check and mark on the same connection, one after the other: only a still-pending reminder is marked.
        auto rows = journal.dueReminders(kEndOfTime);
        if (!rows)
            return rows.error();
        bool pending = false;
        for (const auto& row : rows.value())
            pending = pending || row.id == id;
        if (!pending)
            return {};
        auto marked = journal.markReminderDelivered(id, toTimestamp(at));
        if (!marked)
            return marked.error();
        flipped = true;
        return {};
    });
    if (!done)
        return done.error();
    return flipped;
}

Result<bool> JournalReminderStore::remove(const std::string& id)
{
    return markDelivered(id, wallNow(*m_clock));
}

} // namespace tend::regulation
