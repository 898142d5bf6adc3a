#pragma once

#include <functional>

#include "tend/journal/Journal.h"
#include "tend/regulation/Clock.h"
#include "tend/regulation/Reminder.h"

namespace tend::regulation {

/// Come-back reminders kept in the journal's `reminders` table (kind "return"), so they survive restarts.
/// Every call runs through `access`, which hands the journal to a piece of work: call it directly on a Journal the
/// caller's thread owns (tests, the CLI), or route it to the app's writer thread with JournalWriter::run.
///
/// Once-and-only-once: markDelivered() marks a reminder only if it is still undelivered and reports whether it
/// did; Tend's single-instance lock on the data folder keeps a second writer away between that check and the
/// update.
class JournalReminderStore final : public ReminderStore {
public:
    using Work = std::function<Result<void>(journal::Journal&)>;
    using Access = std::function<Result<void>(const Work&)>;

    /// Works on `journal` directly; it and `clock` (used only to stamp cancellations) must outlive the store.
    explicit JournalReminderStore(journal::Journal& journal, const Clock* clock = nullptr);
    /// Works through `access`, e.g. `[&writer](const Work& w) { return writer.run(w); }`.
    explicit JournalReminderStore(Access access, const Clock* clock = nullptr)
        : m_access(std::move(access)), m_clock(clock ? clock : &m_system)
    {
    }

    /// Needs a couple id (the journal keeps reminders per couple); the session id may be empty.
    Result<std::string> insert(const Reminder& reminder) override;
    Result<std::vector<Reminder>> undelivered() const override;
    Result<std::optional<Reminder>> find(const std::string& id) const override;
    Result<bool> markDelivered(const std::string& id, std::chrono::sys_seconds at) override;
    /// The journal has no way to delete a reminder yet: this marks it delivered instead (it will never fire),
    /// and returns true if it was still pending.
    Result<bool> remove(const std::string& id) override;

    /// "2026-05-01T18:30:00.000Z" — the journal's timestamp form.
    static std::string toTimestamp(std::chrono::sys_seconds when);
    /// Parses the journal's timestamps (fraction optional); nullopt when malformed.
    static std::optional<std::chrono::sys_seconds> fromTimestamp(std::string_view text);

private:
    Access m_access;
    SystemClock m_system;
    const Clock* m_clock;
};

} // namespace tend::regulation
