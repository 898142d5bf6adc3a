#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/common/Result.h"
#include "tend/content/Program.h"
#include "tend/journal/Exchange.h"
#include "tend/journal/Journal.h"

namespace tend::modes {

// What one person may see of a session. In steps 1–4 a partner can keep an answer private; a private
// answer is shown only to the partner who wrote it — never in the other partner's views, search or
// exports, nor in shared-only views (the demo, a screen both people see). Everything here goes through
// the journal's Viewer filter; the export helpers also remove private answers from the engine state,
// which the journal's own export passes through unfiltered.

/// One partner's answers within a step (or the couple's joint answers when `partnerId` is empty).
struct PartnerAnswers {
    std::optional<std::string> partnerId;
    std::vector<journal::Entry> entries; ///< in the order they were written
};

/// One step of a session record.
struct StepRecord {
    std::string stepId;
    std::string title;                    ///< from the program when given, else empty
    std::vector<PartnerAnswers> partners; ///< partners by position, then joint answers
};

/// A session as `viewer` may see it, grouped by step and partner.
struct SessionRecord {
    journal::Session session;
    journal::Viewer viewer;
    std::vector<StepRecord> steps; ///< program order when a program is given, else first-written order
    /// Private entries of the viewer's own that are included (so the UI can mark them "only you see this").
    int ownPrivateCount = 0;
};

/// The session's record for `viewer`: the journal's entries filtered by the viewer, grouped by step
/// (in the program's order when `program` is given; steps it does not know come after) and by partner
/// (the couple's partners by position, then joint entries).
Result<SessionRecord> sessionRecordFor(journal::Journal& journal, const std::string& sessionId,
                                       const journal::Viewer& viewer, const content::Program* program = nullptr);

/// Removes from a serialised engine state (engine::Session::toJson) every answer record the viewer may not
/// see: records kept private by someone else (every private record for a shared-only viewer). Nothing is
/// removed for Viewer::everything(). Works wherever records sit (positions, shared, past rounds): an object
/// with a `"value"` and `"private": true` (or `"keptPrivate": true`) whose `"by"` is not the viewer is dropped
/// from its parent. The result still restores with Session::fromJson (those cards read as unanswered).
nlohmann::json redactEngineState(const nlohmann::json& state, const journal::Viewer& viewer);

/// journal::exchange::exportJson with the engine state of every session redacted for the viewer, so a
/// partner's export holds none of the other partner's private answers anywhere.
Result<nlohmann::json> exportFor(journal::Journal& journal, const journal::exchange::ExportOptions& options);
/// exportFor, pretty-printed with a final newline (what `tend export --format json` prints).
Result<std::string> exportTextFor(journal::Journal& journal, const journal::exchange::ExportOptions& options);

/// journal::Journal::search for `viewer` (a thin wrapper that makes the viewer impossible to forget).
Result<std::vector<journal::SearchHit>> searchFor(journal::Journal& journal, const journal::Viewer& viewer,
                                                  const std::string& text, int limit = 50);

} // namespace tend::modes
