#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "tend/common/Result.h"
#include "tend/regulation/Clock.h"
#include "tend/regulation/Reminder.h"

namespace tend::regulation {

/// How soon and how late a come-back time may be, from now. Matches the `schedule` card's
/// `min_minutes` (default 20) and `max_hours` (default 24).
struct ReturnWindow {
    std::chrono::minutes minimum{20};
    std::chrono::hours maximum{24};
};

/// What the partners agreed when one of them asked for space.
struct ReturnAgreement {
    std::chrono::sys_seconds at{}; ///< UTC
    std::string place;
    std::string sessionId;
    std::string coupleId;
};

/// Keeps the partners' promise about time. Reminders are stored in a ReminderStore (the journal), so they survive
/// restarts; times are UTC from an injected wall clock. A reminder is delivered once and only once: claimDue()
/// flips the stored delivered flag first and hands out only what it flipped, so neither a restart, a second
/// instance nor a clock set back can deliver it again; a clock jumping forward makes the skipped ones due, once.
class ReminderScheduler {
public:
    /// The store and clock must outlive the scheduler.
    ReminderScheduler(ReminderStore& store, const Clock& clock) : m_store(&store), m_clock(&clock) {}

    /// The wall clock it reads (the reminder service times its wake-ups by it, so an injected clock holds).
    const Clock& clock() const { return *m_clock; }

    /// Stores a reminder for the agreed time, which must lie inside `window` from now.
    Result<Reminder> schedule(const ReturnAgreement& agreement, const ReturnWindow& window = {});

    /// Reminders whose time has come and that were not delivered yet, oldest first. Reading only: nothing is marked.
    Result<std::vector<Reminder>> due() const;

    /// Marks every due reminder delivered and returns those this call delivered, oldest first. Call it when about
    /// to notify; whatever it returns must be shown (at launch: shown first, as the overdue return).
    Result<std::vector<Reminder>> claimDue();

    /// Marks one reminder delivered (e.g. the person opened it early). True if this call delivered it.
    Result<bool> markDelivered(const std::string& id);

    /// Removes a reminder that was not needed after all.
    Result<bool> cancel(const std::string& id);

    /// Every undelivered reminder, soonest first (due or not).
    Result<std::vector<Reminder>> pending() const;

    /// When the next undelivered reminder falls due (may be in the past); nullopt when none is pending.
    Result<std::optional<std::chrono::sys_seconds>> nextDue() const;

    /// A friendly come-back time: 30 minutes from now rounded up to the next quarter hour, kept inside `window`.
    static std::chrono::sys_seconds suggestReturnTime(std::chrono::sys_seconds now, const ReturnWindow& window = {});

    /// Ok when `at` lies inside `window` from `now`; otherwise a plain sentence saying what to choose.
    static Result<void> checkReturnTime(std::chrono::sys_seconds now, std::chrono::sys_seconds at,
                                        const ReturnWindow& window = {});

private:
    ReminderStore* m_store;
    const Clock* m_clock;
};

} // namespace tend::regulation
