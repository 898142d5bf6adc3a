#include "tend/modes/EarlierAnswers.h"

#include <algorithm>
#include <functional>

#include "tend/modes/AnswerPayload.h"

namespace tend::modes {
namespace {

/// Every entry of the couple's sessions other than `exceptSessionId`, newest session first, seen as `viewer` sees
/// them; only sessions of `programs` when that is not empty (so a question no program of theirs asked costs no
/// reads). `visit` returns true to stop.
Result<void>
walkEarlierEntries(journal::Journal& journal, const std::string& coupleId, const std::string& exceptSessionId,
                   const std::set<std::string>& programs, const journal::Viewer& viewer,
                   const std::function<bool(const journal::SessionSummary&, const std::vector<journal::Entry>&)>& visit)
{
    auto sessions = journal.sessionList(coupleId); // newest first
    if (!sessions)
        return sessions.error();
    for (const journal::SessionSummary& summary : sessions.value()) {
        if (summary.session.id == exceptSessionId || summary.entryCount == 0 ||
            (!programs.empty() && !programs.count(summary.session.programId)))
            continue;
        auto entries = journal.entries(summary.session.id, viewer);
        if (!entries)
            return entries.error();
        if (visit(summary, entries.value()))
            break;
    }
    return {};
}

/// The ids of the programs of `library` with a card that `wanted` picks.
std::set<std::string> programsWith(const content::ContentLibrary& library,
                                   const std::function<bool(const content::Card&)>& wanted)
{
    std::set<std::string> ids;
    for (const auto& program : library.programs())
        for (const content::Step& step : program->steps)
            for (const content::Card& card : step.cards)
                if (wanted(card))
                    ids.insert(program->id);
    return ids;
}

Result<std::optional<EarlierAnswer>> latestShared(journal::Journal& journal, const std::string& coupleId,
                                                  const std::set<std::string>& cardIds, const std::string& partnerId,
                                                  const std::string& exceptSessionId,
                                                  const std::set<std::string>& programs)
{
    std::optional<EarlierAnswer> latest;
    if (cardIds.empty())
        return latest;
    // Shared entries only: what shows here is on a screen both partners see.
    auto walked =
        walkEarlierEntries(journal, coupleId, exceptSessionId, programs, journal::Viewer::sharedOnly(),
                           [&](const journal::SessionSummary& summary, const std::vector<journal::Entry>& entries) {
                               for (const journal::Entry& entry : entries) {
                                   if (entry.visibility != journal::Visibility::Shared || entry.sealed ||
                                       entry.damaged || !cardIds.count(entry.card))
                                       continue;
                                   if (!partnerId.empty() && entry.partnerId.value_or("") != partnerId)
                                       continue;
                                   std::string text = textOfPayload(entry.payload);
                                   if (text.find_first_not_of(" \t\r\n") == std::string::npos)
                                       continue;
                                   if (!latest || entry.updatedAt >= latest->at)
                                       latest = EarlierAnswer{summary.session.id, entry.partnerId.value_or(""),
                                                              entry.card, std::move(text), entry.updatedAt};
                               }
                               return latest.has_value();
                           });
    if (!walked)
        return walked.error();
    return latest;
}

} // namespace

Result<std::optional<EarlierAnswer>> latestSharedAnswer(journal::Journal& journal, const std::string& coupleId,
                                                        const std::set<std::string>& cardIds,
                                                        const std::string& partnerId,
                                                        const std::string& exceptSessionId)
{
    return latestShared(journal, coupleId, cardIds, partnerId, exceptSessionId, {});
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
    // Home asks this on every visit: only sessions of a program that names a cycle are read.
    const auto programs =
        programsWith(library, [](const content::Card& card) { return card.records == content::Records::Cycle; });
    if (programs.empty())
        return std::optional<EarlierAnswer>{};
    return latestShared(journal, coupleId, cycleCardIds(library), {}, {}, programs);
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

bool marksOldPain(const content::Card& card, const nlohmann::json& answer)
{
    for (const std::string& id : chosenOptionIds(answer))
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
    const auto programs = programsWith(library, [](const content::Card& card) {
        return std::any_of(card.options.begin(), card.options.end(),
                           [](const content::Option& option) { return option.oldPain; });
    });
    int count = 0;
    auto walked =
        walkEarlierEntries(journal, coupleId, exceptSessionId, programs, journal::Viewer::partner(partnerId),
                           [&](const journal::SessionSummary&, const std::vector<journal::Entry>& entries) {
                               const bool marked =
                                   std::any_of(entries.begin(), entries.end(), [&](const journal::Entry& entry) {
                                       if (entry.partnerId.value_or("") != partnerId || entry.sealed || entry.damaged)
                                           return false;
                                       const auto answer = answerFromPayloadText(entry.payload);
                                       if (!answer)
                                           return false;
                                       const auto ids = chosenOptionIds(*answer);
                                       return std::any_of(ids.begin(), ids.end(), [&](const std::string& id) {
                                           return marks.count({entry.card, id}) > 0;
                                       });
                                   });
                               count += marked ? 1 : 0;
                               return false;
                           });
    if (!walked)
        return walked.error();
    return count;
}

} // namespace tend::modes
