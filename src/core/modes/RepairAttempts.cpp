#include "tend/modes/RepairAttempts.h"

#include <algorithm>

#include "tend/engine/Clock.h"

namespace tend::modes {

std::vector<AttemptTally> tallyAttempts(const std::vector<journal::RepairAttempt>& attempts,
                                        const std::vector<std::string>& partnerIds, const std::string& since)
{
    std::vector<AttemptTally> tallies;
    for (const std::string& id : partnerIds)
        tallies.push_back({id, 0, 0});
    const auto from = since.empty() ? std::nullopt : engine::parseIso(since);
    for (const journal::RepairAttempt& attempt : attempts) {
        if (!attempt.madeBy)
            continue;
        if (from) {
            const auto at = engine::parseIso(attempt.notedAt);
            if (!at || *at < *from)
                continue;
        }
        auto it = std::find_if(tallies.begin(), tallies.end(),
                               [&](const AttemptTally& t) { return t.partnerId == *attempt.madeBy; });
        if (it == tallies.end())
            continue;
        ++it->made;
        if (attempt.taken)
            ++it->taken;
    }
    return tallies;
}

} // namespace tend::modes
