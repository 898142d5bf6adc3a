#include "tend/repair/RoundCommitments.h"

#include <algorithm>
#include <set>
#include <utility>

#include "tend/engine/AnswerRules.h"

namespace tend::repair {

std::vector<engine::Commitment> commitmentsOfAllRounds(const engine::Session& session)
{
    std::vector<engine::Commitment> list;
    std::set<std::pair<std::string, std::string>> seen; // (owner, text); owner empty = both
    auto add = [&](const engine::Commitment& c) {
        if (seen.insert({c.shared ? std::string() : c.by, c.text}).second)
            list.push_back(c);
    };
    for (const engine::PastRound& round : session.pastRounds()) {
        for (const auto& [cardId, record] : round.answers) {
            const content::Card* card = session.program().findCard(cardId);
            if (!card || card->records != content::Records::Commitments || !record.value.is_string())
                continue;
            for (const std::string& line : engine::commitmentLines(record.value.get<std::string>()))
                add({cardId, record.by, round.partner.empty(), line});
        }
    }
    for (const engine::Commitment& c : session.commitments())
        add(c);
    return list;
}

std::vector<std::string> earlierRoundLines(const engine::Session& session, const std::string& cardId)
{
    std::vector<std::string> lines;
    for (const engine::PastRound& round : session.pastRounds()) {
        const auto found = round.answers.find(cardId);
        if (found == round.answers.end() || !found->second.value.is_string())
            continue;
        for (const std::string& line : engine::commitmentLines(found->second.value.get<std::string>())) {
            if (std::find(lines.begin(), lines.end(), line) == lines.end())
                lines.push_back(line);
        }
    }
    return lines;
}

engine::Answer latestEarlierAnswer(const engine::Session& session, const std::string& cardId)
{
    engine::Answer latest;
    int number = 0;
    for (const engine::PastRound& round : session.pastRounds()) {
        const auto found = round.answers.find(cardId);
        if (!round.partner.empty() || found == round.answers.end() || found->second.value.is_null() ||
            round.number < number)
            continue;
        number = round.number;
        latest = found->second.value;
    }
    return latest;
}

} // namespace tend::repair
