#pragma once
// What a couple wrote in earlier sessions, read back for a card of today's: "our cycle" starts each partner from
// what they wrote about their own pattern (`earlier_answers`), and Home keeps the name they gave their cycle
// (`records: "cycle"`). Only shared answers are ever read: these show on a screen both partners see.

#include <optional>
#include <set>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "tend/common/Result.h"
#include "tend/content/ContentLibrary.h"
#include "tend/journal/Journal.h"

namespace tend::modes {

struct EarlierAnswer {
    std::string sessionId;
    std::string partnerId; ///< empty for an answer of a together step
    std::string card;
    std::string text; ///< the written text (prompt answers); empty for other kinds
    std::string at;   ///< when it was written (the entry's updatedAt)
};

/// The latest shared written answer to one of `cardIds` in the couple's sessions other than `exceptSessionId`, by
/// `partnerId` when it is not empty (else by anyone, together steps included). Sealed or damaged entries and answers
/// with no written text are passed over.
Result<std::optional<EarlierAnswer>> latestSharedAnswer(journal::Journal& journal, const std::string& coupleId,
                                                        const std::set<std::string>& cardIds,
                                                        const std::string& partnerId = {},
                                                        const std::string& exceptSessionId = {});

/// The ids of every card, in any program of `library`, that keeps the name of the couple's cycle.
std::set<std::string> cycleCardIds(const content::ContentLibrary& library);

/// The name the couple last gave their cycle (from a card with `"records": "cycle"`), if any.
Result<std::optional<EarlierAnswer>> couplesCycle(journal::Journal& journal, const content::ContentLibrary& library,
                                                  const std::string& coupleId);

/// The (card, option) pairs of `library` whose option marks old pain (`"old_pain": true`).
std::set<std::pair<std::string, std::string>> oldPainOptions(const content::ContentLibrary& library);

/// Whether `answer` (a choice's `{"selected": [...]}`) chose an option of `card` that marks old pain.
bool marksOldPain(const content::Card& card, const nlohmann::json& answer);

/// In how many of the couple's sessions other than `exceptSessionId` did `partnerId` mark old pain? Their own
/// answers, private ones included (this is read for them alone, on their own step; it is never shown as such).
Result<int> earlierOldPainMarks(journal::Journal& journal, const content::ContentLibrary& library,
                                const std::string& coupleId, const std::string& partnerId,
                                const std::string& exceptSessionId);

} // namespace tend::modes
