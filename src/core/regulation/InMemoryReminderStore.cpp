#include "tend/regulation/Reminder.h"

namespace tend::regulation {

Result<std::string> InMemoryReminderStore::insert(const Reminder& reminder)
{
    Reminder row = reminder;
    row.id = "r" + std::to_string(m_nextId++);
    row.delivered = false;
    row.deliveredAt.reset();
    std::string id = row.id;
    m_rows.emplace(id, std::move(row));
    return id;
}

Result<std::vector<Reminder>> InMemoryReminderStore::undelivered() const
{
    std::vector<Reminder> rows;
    for (const auto& [id, row] : m_rows)
        if (!row.delivered)
            rows.push_back(row);
    return rows;
}

Result<std::optional<Reminder>> InMemoryReminderStore::find(const std::string& id) const
{
    const auto it = m_rows.find(id);
    if (it == m_rows.end())
        return std::optional<Reminder>{};
    return std::optional<Reminder>{it->second};
}

Result<bool> InMemoryReminderStore::markDelivered(const std::string& id, std::chrono::sys_seconds at)
{
    const auto it = m_rows.find(id);
    if (it == m_rows.end() || it->second.delivered)
        return false;
    it->second.delivered = true;
    it->second.deliveredAt = at;
    return true;
}

Result<bool> InMemoryReminderStore::remove(const std::string& id)
{
    return m_rows.erase(id) > 0;
}

} // namespace tend::regulation
