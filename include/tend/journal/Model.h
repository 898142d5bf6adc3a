#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tend::journal {

// Plain records as stored in the journal. Ids are UUID v4 strings; timestamps are ISO-8601 UTC
// ("2025-03-14T09:26:53.589Z"). `seq` is assigned by the journal, only grows, and is what lists are
// ordered by, so a clock set back or forward never reorders anything.
//
// Every intimate value lives in a `payload` (JSON text): the answer of an entry, a draft's text, a
// check-in's emotion words and note, a commitment's wording, a safety answer. The privacy layer
// encrypts exactly these columns without changing the schema; the clear columns are ids, times,
// steps, statuses and numbers.

enum class CoupleKind { Couple, Solo };
enum class SessionStatus { Active, Paused, Completed, Abandoned };
enum class SessionMode { Together, Solo };
enum class Visibility { Shared, Private };
enum class CheckInMoment { Before, During, After };
enum class BodyState { Racing, ShutDown, Steady };
enum class CommitmentStatus { Open, Kept, PartlyKept, NotKept, Released };
enum class ReminderKind { Return, FollowUp };

/// Two people who repair together, or one person journaling alone (kind Solo, one partner).
struct Couple {
    std::string id;
    CoupleKind kind = CoupleKind::Couple;
    std::string name; ///< what the app shows, e.g. "Alex & Sam"; may be empty
    std::string createdAt;
    std::string updatedAt;
    std::int64_t seq = 0;
};

struct Partner {
    std::string id;
    std::string coupleId;
    std::string displayName;
    int position = 0; ///< 0 or 1 within the couple; the order turns are offered in
    std::string createdAt;
    std::string updatedAt;
    std::int64_t seq = 0;
};

/// One repair of one rupture, following one program.
struct Session {
    std::string id;
    std::string coupleId;
    std::string programId;
    std::string programVersion;
    SessionStatus status = SessionStatus::Active;
    SessionMode mode = SessionMode::Together;
    std::string startedAt;
    std::optional<std::string> endedAt;
    std::string updatedAt;
    std::optional<std::string> pauseReason; ///< the need named when pausing, e.g. "space"
    std::optional<std::string> returnAt;    ///< agreed time to come back (UTC ISO-8601)
    std::optional<std::string> returnPlace; ///< agreed place to come back to
    std::string engineState;                ///< the flow engine's serialised state (JSON), "" if none
    /// The title someone gave this repair (format 3); nullopt = the default, the first words written
    /// (reading::Reader::sessionTitle). Written only by addSession and Journal::setSessionTitle.
    std::optional<std::string> title;
    std::int64_t seq = 0;
    /// Protected journals only: the stored engine state failed to decrypt; `engineState` is then "".
    bool engineStateDamaged = false;
};

/// One answer on one card of one step, by one partner or by both (partnerId empty = joint).
struct Entry {
    std::string id;
    std::string sessionId;
    std::optional<std::string> partnerId;
    std::string step;           ///< step id from the program, e.g. "acknowledge"
    std::string card;           ///< card id within the step
    std::string payload = "{}"; ///< JSON text; {"text": "..."} for a written answer
    Visibility visibility = Visibility::Shared;
    std::string createdAt;
    std::string updatedAt;
    std::int64_t seq = 0;
    /// Protected journals only: the stored ciphertext failed to decrypt (changed, moved from another row, or
    /// damaged on disk). `payload` is then "{}"; the stored bytes are left as they are.
    bool damaged = false;
    /// Protected journals only: private to a partner whose key is not unlocked; `payload` is then "{}".
    bool sealed = false;
};

/// Text being typed that is not finished yet. Its id is the id the entry will get when finished.
struct Draft {
    std::string id;
    std::string sessionId;
    std::optional<std::string> partnerId;
    std::string step;
    std::string card;
    std::string payload = "{}";
    Visibility visibility = Visibility::Shared;
    std::string updatedAt;
    std::int64_t seq = 0;
    /// Protected journals only: the stored ciphertext failed to decrypt (changed, moved from another row, or
    /// damaged on disk). `payload` is then "{}"; the stored bytes are left as they are.
    bool damaged = false;
    /// Protected journals only: private to a partner whose key is not unlocked; `payload` is then "{}".
    bool sealed = false;
};

/// How activated someone is: 0–10, racing / shut down / steady; payload holds {"emotions": [...], "note": "..."}.
struct CheckIn {
    std::string id;
    std::optional<std::string> sessionId;
    std::string partnerId;
    std::optional<std::string> step;
    CheckInMoment moment = CheckInMoment::Before;
    int level = 0;
    BodyState state = BodyState::Steady;
    std::string payload = "{}";
    std::string createdAt;
    std::int64_t seq = 0;
    /// Protected journals only: the stored ciphertext failed to decrypt (changed, moved from another row, or
    /// damaged on disk). `payload` is then "{}"; the stored bytes are left as they are.
    bool damaged = false;
    /// Protected journals only: private to a partner whose key is not unlocked; `payload` is then "{}".
    bool sealed = false;
};

/// An agreement made in step 5; it lasts across sessions. payload holds {"text": ..., "followUp": ...}.
struct Commitment {
    std::string id;
    std::string coupleId;
    std::optional<std::string> sessionId; ///< where it was made
    std::optional<std::string> partnerId; ///< who took it on; empty = both
    CommitmentStatus status = CommitmentStatus::Open;
    std::string payload = "{}";
    std::optional<std::string> followUpAt; ///< when to revisit it
    std::optional<std::string> reviewedAt; ///< last time it was revisited
    std::string createdAt;
    std::string updatedAt;
    std::int64_t seq = 0;
    /// Protected journals only: the stored ciphertext failed to decrypt (changed, moved from another row, or
    /// damaged on disk). `payload` is then "{}"; the stored bytes are left as they are.
    bool damaged = false;
    /// Protected journals only: private to a partner whose key is not unlocked; `payload` is then "{}".
    bool sealed = false;
};

/// A repair attempt in the couple's ledger: one of them reached back after friction (a joke, a touch, "can we start
/// over?"), and whether the other took it. No words are kept, only who, whether and when.
struct RepairAttempt {
    std::string id;
    std::string coupleId;
    std::optional<std::string> madeBy; ///< the partner who reached back; nullopt once that partner is gone
    bool taken = false;                ///< the other took it ("I see you trying — thank you")
    std::string notedAt;
    std::int64_t seq = 0;
};

/// A time to come back (a pause's agreed return, a commitment's follow-up).
struct Reminder {
    std::string id;
    std::string coupleId;
    std::optional<std::string> sessionId;
    std::optional<std::string> commitmentId;
    ReminderKind kind = ReminderKind::Return;
    std::string dueAt;
    std::optional<std::string> place;
    std::optional<std::string> deliveredAt; ///< set once shown; empty = still due
    std::string createdAt;
    std::int64_t seq = 0;
};

/// A private safety screening answer (kept per person; never shown to the other partner).
struct SafetyAnswer {
    std::string id;
    std::string partnerId;
    std::optional<std::string> sessionId;
    std::string payload = "{}";
    std::string createdAt;
    std::int64_t seq = 0;
    /// Protected journals only: the stored ciphertext failed to decrypt (changed, moved from another row, or
    /// damaged on disk). `payload` is then "{}"; the stored bytes are left as they are.
    bool damaged = false;
    /// Protected journals only: private to a partner whose key is not unlocked; `payload` is then "{}".
    bool sealed = false;
};

// Names as stored in the database and in exports.
std::string_view toString(CoupleKind value);
std::string_view toString(SessionStatus value);
std::string_view toString(SessionMode value);
std::string_view toString(Visibility value);
std::string_view toString(CheckInMoment value);
std::string_view toString(BodyState value);
std::string_view toString(CommitmentStatus value);
std::string_view toString(ReminderKind value);

bool parse(std::string_view text, CoupleKind& out);
bool parse(std::string_view text, SessionStatus& out);
bool parse(std::string_view text, SessionMode& out);
bool parse(std::string_view text, Visibility& out);
bool parse(std::string_view text, CheckInMoment& out);
bool parse(std::string_view text, BodyState& out);
bool parse(std::string_view text, CommitmentStatus& out);
bool parse(std::string_view text, ReminderKind& out);

/// A fresh random UUID (version 4) from the system's random source.
std::string newId();
/// True for a lower-case canonical UUID ("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx").
bool isValidId(std::string_view text);
/// A moment as the journal stores it: ISO-8601 UTC with milliseconds ("2026-05-01T18:00:00.250Z").
std::string isoUtc(std::chrono::system_clock::time_point when);
/// Now, by the system clock, as isoUtc. Rows made by a session use its clock instead (SessionController).
std::string nowUtc();
/// True for "YYYY-MM-DDTHH:MM:SS[.fff]Z".
bool isValidTimestamp(std::string_view text);

} // namespace tend::journal
