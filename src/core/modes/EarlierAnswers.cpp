#include "tend/modes/EarlierAnswers.h"

#include "tend/modes/AnswerPayload.h"

namespace tend::modes {

Result<std::optional<EarlierAnswer>> latestSharedAnswer(journal::Journal& journal, const std::string& coupleId,
                                                        const std::set<std::string>& cardIds,
                                                        const std::string& partnerId,
                                                        const std::string& exceptSessionId)
{
    if (cardIds.empty())
        return std::optional<EarlierAnswer>{};
    auto sessions = journal.sessionList(coupleId); // newest first
    if (!sessions)
        return sessions.error();
    for (const journal::SessionSummary& summary : sessions.value()) {
        if (summary.session.id == exceptSessionId || summary.entryCount == 0)
            continue;
        // Shared entries only: what shows here is on a screen both partners see.
        auto entries = journal.entries(summary.session.id, journal::Viewer::sharedOnly());
        if (!entries)
            return entries.error();
        std::optional<EarlierAnswer> latest;
        for (const journal::Entry& entry : entries.value()) {
            if (entry.visibility != journal::Visibility::Shared || entry.sealed || entry.damaged ||
                !cardIds.count(entry.card))
                continue;
            if (!partnerId.empty() && entry.partnerId.value_or("") != partnerId)
                continue;
            std::string text = textOfPayload(entry.payload);
            if (text.find_first_not_of(" \t\r\n") == std::string::npos)
                continue;
            if (!latest || entry.updatedAt >= latest->at)
                latest = EarlierAnswer{summary.session.id, entry.partnerId.value_or(""), entry.card, std::move(text),
                                       entry.updatedAt};
        }
        if (latest)
            return latest;
    }
    return std::optional<EarlierAnswer>{};
}

std::set<std::string> cycleCardIds(const content::ContentLibrary& library)
{
    std::set<std::string> ids;
    for (const auto& program : library.programs())
        for (const content::Step& step : program->steps)
            for (const content::Card& card : step.cards)
                if (card.records == content::Records::Cycle)
                    ids.insert(card.id);
    return ids;
}

Result<std::optional<EarlierAnswer>> couplesCycle(journal::Journal& journal, const content::ContentLibrary& library,
                                                  const std::string& coupleId)
{
    return latestSharedAnswer(journal, coupleId, cycleCardIds(library));
}

} // namespace tend::modes
