#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "tend/common/Result.h"

namespace tend::regulation {

/// A promise to come back: when (UTC), where, for which session, and whether it has been delivered.
struct Reminder {
    std::string id;                 ///< assigned by the store (the journal uses UUIDs)
    std::chrono::sys_seconds due{}; ///< UTC
    std::string place;              ///< where the partners agreed to meet again (their words; never logged)
    std::string sessionId;          ///< may be empty
    std::string coupleId;           ///< may be empty (the journal requires it)
    bool delivered = false;
    std::optional<std::chrono::sys_seconds> deliveredAt;
};

/// Where reminders live. The journal implements it over its `reminders` table; InMemoryReminderStore is for tests.
/// Every method must be atomic on its own; markDelivered() is the once-and-only-once guarantee.
class ReminderStore {
public:
    virtual ~ReminderStore() = default;

    /// Stores a new reminder (its id and delivered fields are ignored) and returns the new id.
    virtual Result<std::string> insert(const Reminder& reminder) = 0;
    /// Every reminder not yet delivered, in any order.
    virtual Result<std::vector<Reminder>> undelivered() const = 0;
    /// One reminder by id, delivered or not.
    virtual Result<std::optional<Reminder>> find(const std::string& id) const = 0;
    /// Flips delivered from false to true. Returns true only for the one call that flipped it
    /// (SQL: `UPDATE reminders SET delivered_at = ? WHERE id = ? AND delivered_at IS NULL`, then changes() == 1).
    virtual Result<bool> markDelivered(const std::string& id, std::chrono::sys_seconds at) = 0;
    /// Deletes a reminder (the partners cancelled or re-agreed). True if it existed.
    virtual Result<bool> remove(const std::string& id) = 0;
};

/// A ReminderStore in memory. Survives "restarts" in tests by outliving the schedulers built over it.
class InMemoryReminderStore final : public ReminderStore {
public:
    Result<std::string> insert(const Reminder& reminder) override;
    Result<std::vector<Reminder>> undelivered() const override;
    Result<std::optional<Reminder>> find(const std::string& id) const override;
    Result<bool> markDelivered(const std::string& id, std::chrono::sys_seconds at) override;
    Result<bool> remove(const std::string& id) override;

    std::size_t size() const { return m_rows.size(); }

private:
    std::map<std::string, Reminder> m_rows;
    std::int64_t m_nextId = 1; ///< ids "r1", "r2", ...; insertion order is kept for equal due times
};

} // namespace tend::regulation
