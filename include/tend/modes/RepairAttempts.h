#pragma once
// The repair-attempts ledger read back (seed 003: make and accept repair attempts): for each partner, how often
// they reached back after friction and how often it was taken. Only counts: the ledger keeps no words.

#include <string>
#include <vector>

#include "tend/journal/Model.h"

namespace tend::modes {

struct AttemptTally {
    std::string partnerId;
    int made = 0;  ///< attempts this partner made
    int taken = 0; ///< of those, taken by the other
};

/// Each partner's attempts noted at or after `since` (ISO 8601; empty: all of them), in the order of `partnerIds`.
/// Attempts by someone not listed (a partner since removed) are left out; unreadable times are not counted.
std::vector<AttemptTally> tallyAttempts(const std::vector<journal::RepairAttempt>& attempts,
                                        const std::vector<std::string>& partnerIds, const std::string& since);

} // namespace tend::modes
