#include "tend/modes/EarlierAnswers.h"

#include <algorithm>

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

std::set<std::pair<std::string, std::string>> oldPainOptions(const content::ContentLibrary& library)
{
    std::set<std::pair<std::string, std::string>> marks;
    for (const auto& program : library.programs())
        for (const content::Step& step : program->steps)
            for (const content::Card& card : step.cards)
                for (const content::Option& option : card.options)
                    if (option.oldPain)
                        marks.insert({card.id, option.id});
    return marks;
}

namespace {

std::vector<std::string> selectedIds(const nlohmann::json& answer)
{
    std::vector<std::string> ids;
    if (answer.is_string())
        ids.push_back(answer.get<std::string>());
    else if (answer.is_object() && answer.contains("selected") && answer["selected"].is_array())
        for (const nlohmann::json& id : answer["selected"])
            if (id.is_string())
                ids.push_back(id.get<std::string>());
    return ids;
}

} // namespace

bool marksOldPain(const content::Card& card, const nlohmann::json& answer)
{
    for (const std::string& id : selectedIds(answer))
        if (const content::Option* option = card.findOption(id); option && option->oldPain)
            return true;
    return false;
}

Result<int> earlierOldPainMarks(journal::Journal& journal, const content::ContentLibrary& library,
                                const std::string& coupleId, const std::string& partnerId,
                                const std::string& exceptSessionId)
{
    const auto marks = oldPainOptions(library);
    if (marks.empty())
        return 0;
    auto sessions = journal.sessionList(coupleId);
    if (!sessions)
        return sessions.error();
    int count = 0;
    for (const journal::SessionSummary& summary : sessions.value()) {
        if (summary.session.id == exceptSessionId || summary.entryCount == 0)
            continue;
        auto entries = journal.entries(summary.session.id, journal::Viewer::partner(partnerId));
        if (!entries)
            return entries.error();
        for (const journal::Entry& entry : entries.value()) {
            if (entry.partnerId.value_or("") != partnerId || entry.sealed || entry.damaged)
                continue;
            const auto answer = answerFromPayloadText(entry.payload);
            if (!answer)
                continue;
            const auto ids = selectedIds(*answer);
            if (std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
                    return marks.count({entry.card, id});
                })) {
                ++count;
                break;
            }
        }
    }
    return count;
}

} // namespace tend::modes
