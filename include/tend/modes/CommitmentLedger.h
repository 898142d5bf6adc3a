#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tend/common/Result.h"
#include "tend/engine/Session.h"
#include "tend/journal/Journal.h"

namespace tend::modes {

// The commitments ledger: agreements made in step 5 that last across repairs. Rows live in the journal's
// `commitments` table; this layer adds the review ("did we keep this?") and its history on top of the
// journal's public API, without changing the schema.
//
// Payload of a ledger row (JSON):
//   {"text": "Text each other when plans change",
//    "followUp": "latest follow-up note (may be empty)",
//    "reviews": [{"at": ISO, "status": "kept"|"in-progress"|"let-go"|"revisit",
//                 "note": "...", "followUpAt": ISO or null}, ...]}
//
// Status column written by a review: kept → `kept`, let go → `released`, in progress and revisit stay
// `open` (so they remain in the journal's open list and on Home). Rows written elsewhere with the journal's
// other statuses are read as: `partly_kept` → in progress, `not_kept` → revisit.

/// Where a commitment stands in the ledger.
enum class LedgerStatus {
    New,        ///< made, never reviewed yet
    Kept,       ///< we kept it (closed)
    InProgress, ///< still working on it (stays open)
    LetGo,      ///< we chose to let it go (closed)
    Revisit     ///< we want to look at it again on a date (stays open)
};

/// "new", "kept", "in-progress", "let-go", "revisit".
std::string_view toString(LedgerStatus status);
std::optional<LedgerStatus> ledgerStatusFromString(std::string_view text);
/// New, InProgress and Revisit are open; Kept and LetGo are closed.
bool isOpen(LedgerStatus status);

/// Longest follow-up note kept (bytes of UTF-8).
inline constexpr std::size_t kMaxLedgerNote = 4000;
/// Longest commitment line kept (bytes of UTF-8); longer lines are refused rather than cut.
inline constexpr std::size_t kMaxCommitmentText = 2000;

/// One answer to "did we keep this?".
struct LedgerReview {
    LedgerStatus status = LedgerStatus::Kept; ///< never New
    std::string note;                         ///< the follow-up note; may be empty
    std::optional<std::string> followUpAt;    ///< when to look again; required for Revisit, allowed for InProgress
    std::string at;                           ///< when the review was made (ISO-8601 UTC), required
};

/// A ledger row as the app shows it.
struct LedgerItem {
    journal::Commitment row;
    std::string text;
    LedgerStatus status = LedgerStatus::New;
    std::string followUpNote;
    std::vector<LedgerReview> reviews; ///< oldest first
    /// Open and either never reviewed or its follow-up time has come (`now` >= followUpAt).
    bool due = false;
};

/// Reads a ledger row (payload, status column and review history). `now` (ISO-8601) decides `due`;
/// empty `now` = nothing is due except never-reviewed rows.
LedgerItem describeCommitment(const journal::Commitment& row, const std::string& now = {});

/// Every commitment of a couple, in the order they were made.
Result<std::vector<LedgerItem>> ledger(journal::Journal& journal, const std::string& coupleId,
                                       const std::string& now = {});
/// The open ones (new, in progress, revisit), in the order they were made (for Home).
Result<std::vector<LedgerItem>> openCommitments(journal::Journal& journal, const std::string& coupleId,
                                                const std::string& now = {});
/// "Did we keep this?" at the start of a new repair: open commitments made outside `currentSessionId`
/// (pass the new session's id, or empty), due ones first, then by age.
Result<std::vector<LedgerItem>> reviewAtStart(journal::Journal& journal, const std::string& coupleId,
                                              const std::string& now, const std::string& currentSessionId = {});

/// Checks a review against the row's current status and applies it to `row` (status column, follow-up
/// time, reviewedAt, payload history). Rules: New is never a review answer; an open commitment may become
/// any of kept / in progress / let go / revisit; a closed one (kept, let go) may only be reopened with
/// revisit. Revisit needs a follow-up time; a follow-up time may not be before the review. Changes nothing
/// and returns an error when the review is not allowed.
Result<void> applyReview(journal::Commitment& row, const LedgerReview& review);

/// Loads the commitment, applies the review and saves it in one journal transaction. A follow-up time also
/// gets a follow-up reminder; reminders of the commitment still pending are marked delivered (they are
/// replaced). Returns the saved row.
Result<journal::Commitment> reviewCommitment(journal::Journal& journal, const std::string& coupleId,
                                             const std::string& commitmentId, const LedgerReview& review,
                                             const std::function<std::string()>& newId = journal::newId);

/// Where new commitments come from and when they were made.
struct NewCommitments {
    std::string coupleId;
    std::optional<std::string> sessionId;  ///< the step-5 session they were made in
    std::optional<std::string> partnerId;  ///< who took them on; empty = both
    std::string createdAt;                 ///< ISO-8601 UTC; required
    std::optional<std::string> followUpAt; ///< when to ask "did we keep this?"; also adds a reminder
};

/// The rows (not yet stored) for the lines of a step-5 `"records": "commitments"` answer: one per
/// non-empty line (engine::commitmentLines: trimmed, bullets removed), duplicates within the text dropped.
Result<std::vector<journal::Commitment>> commitmentRows(const NewCommitments& made, const std::string& answerText,
                                                        const std::function<std::string()>& newId = journal::newId);

/// Stores the lines of a commitments answer as ledger rows in one transaction (with a follow-up reminder
/// each when `made.followUpAt` is set). Lines already in the ledger for the same session (same text) are
/// not added again, so saving an edited answer twice is safe. Returns the rows added.
Result<std::vector<journal::Commitment>> recordCommitments(journal::Journal& journal, const NewCommitments& made,
                                                           const std::string& answerText,
                                                           const std::function<std::string()>& newId = journal::newId);

/// Same, from the engine's commitments (Session::commitments()); lines of several cards are all added.
/// A line written in an `each` step is taken on by its writer (`by` must then be a partner id of the couple).
Result<std::vector<journal::Commitment>> recordCommitments(journal::Journal& journal, const NewCommitments& made,
                                                           const std::vector<engine::Commitment>& lines,
                                                           const std::function<std::string()>& newId = journal::newId);

} // namespace tend::modes
