#include "tend/engine/Turns.h"

#include <algorithm>

#include "tend/engine/AnswerRules.h"

namespace tend::engine {

namespace {

using nlohmann::json;

bool contains(const std::vector<std::string>& list, const std::string& value)
{
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::string listenerFor(const std::string& speaker, const std::vector<std::string>& partners)
{
    if (partners.size() <= 1)
        return speaker;
    auto it = std::find(partners.begin(), partners.end(), speaker);
    if (it == partners.end())
        return partners.front();
    ++it;
    return it == partners.end() ? partners.front() : *it;
}

Result<void> checkText(const json& round, const char* key, bool required)
{
    auto it = round.find(key);
    if (it == round.end()) {
        if (required)
            return makeError(std::string("a round of turns needs \"") + key + "\"");
        return {};
    }
    if (!it->is_string())
        return makeError(std::string("\"") + key + "\" in a round of turns must be text");
    if (it->get_ref<const std::string&>().size() > kMaxAnswerText)
        return makeError(std::string("\"") + key + "\" in a round of turns is too long");
    return {};
}

Result<void> checkRound(const json& round)
{
    if (!round.is_object())
        return makeError("each round of turns must be an object");
    for (auto it = round.begin(); it != round.end(); ++it) {
        const std::string& key = it.key();
        if (key != "shared" && key != "reflected" && key != "noticed" && key != "validated" && key != "confirmed" &&
            key != "correction")
            return makeError("a round of turns has no field \"" + key + "\"");
    }
    for (auto [key, required] : {std::pair{"shared", true},
                                 {"reflected", false},
                                 {"noticed", false},
                                 {"validated", false},
                                 {"correction", false}}) {
        if (auto ok = checkText(round, key, required); !ok)
            return ok;
    }
    const bool reflected = round.contains("reflected");
    if (round.contains("noticed") && !reflected)
        return makeError("a round of turns says what the listener noticed before they reflected back");
    if (round.contains("validated") && !reflected)
        return makeError("a round of turns says what made sense to the listener before they reflected back");
    if (round.contains("confirmed")) {
        if (!round.at("confirmed").is_boolean())
            return makeError("\"confirmed\" in a round of turns must be true or false");
        if (!reflected)
            return makeError("a round of turns is confirmed before the listener reflected back");
        if (round.at("confirmed").get<bool>() && round.contains("correction"))
            return makeError("a confirmed round of turns carries no correction");
    } else if (round.contains("correction")) {
        return makeError("a round of turns has a correction but is not answered");
    }
    return {};
}

} // namespace

Result<TurnStatus> turnStatus(const json& answer, const std::vector<std::string>& partners)
{
    if (partners.empty())
        return makeError("turns need at least one partner");
    TurnStatus status;
    status.speaker = partners.front();
    status.listener = listenerFor(status.speaker, partners);
    if (answer.is_null())
        return status;
    if (!answer.is_object() || answer.size() != 1 || !answer.contains("turns") || !answer.at("turns").is_array())
        return makeError("a turns answer is an object with one list, \"turns\"");
    const json& turns = answer.at("turns");
    if (turns.size() > partners.size())
        return makeError("there are more turns than partners");

    std::vector<std::string> speakers;
    for (std::size_t t = 0; t < turns.size(); ++t) {
        const json& turn = turns[t];
        const bool lastTurn = t + 1 == turns.size();
        if (!turn.is_object() || !turn.contains("speaker") || !turn.at("speaker").is_string() ||
            !turn.contains("rounds") || !turn.at("rounds").is_array() || turn.size() != 2)
            return makeError("each turn is an object with \"speaker\" and \"rounds\"");
        const std::string speaker = turn.at("speaker").get<std::string>();
        if (!contains(partners, speaker))
            return makeError("the speaker \"" + speaker + "\" is not a partner in this session");
        if (contains(speakers, speaker))
            return makeError("the partner \"" + speaker + "\" has two turns");
        speakers.push_back(speaker);
        const json& rounds = turn.at("rounds");
        if (rounds.empty())
            return makeError("a turn needs at least one round");
        if (rounds.size() > 100)
            return makeError("a turn has more than 100 rounds");
        for (std::size_t r = 0; r < rounds.size(); ++r) {
            if (auto ok = checkRound(rounds[r]); !ok)
                return ok.error();
            const bool lastRound = r + 1 == rounds.size();
            const json& round = rounds[r];
            const bool done = round.contains("confirmed");
            if (!done && !(lastRound && lastTurn))
                return makeError("only the latest round of turns may be unfinished");
            if (done && round.at("confirmed").get<bool>() && !lastRound)
                return makeError("a confirmed round ends its turn; no round may follow it");
        }
        const json& last = rounds.back();
        const bool heard = last.contains("confirmed") && last.at("confirmed").get<bool>();
        if (heard) {
            status.heard.push_back(speaker);
            continue;
        }
        if (!lastTurn)
            return makeError("a turn that is not confirmed must be the latest one");
        status.speaker = speaker;
        status.listener = listenerFor(speaker, partners);
        status.turn = static_cast<int>(t + 1);
        status.round = static_cast<int>(rounds.size());
        if (!last.contains("reflected"))
            status.phase = TurnPhase::Reflect;
        else if (!last.contains("confirmed"))
            status.phase = TurnPhase::Confirm;
        else {
            status.phase = TurnPhase::Share; // a correction: the same speaker shares again
            status.round = static_cast<int>(rounds.size() + 1);
        }
        return status;
    }
    if (status.heard.size() == partners.size()) {
        status.phase = TurnPhase::Complete;
        status.complete = true;
        status.speaker.clear();
        status.listener.clear();
        status.turn = static_cast<int>(partners.size());
        status.round = 0;
        return status;
    }
    for (const std::string& partner : partners) {
        if (!contains(status.heard, partner)) {
            status.speaker = partner;
            break;
        }
    }
    status.listener = listenerFor(status.speaker, partners);
    status.turn = static_cast<int>(status.heard.size() + 1);
    status.round = 1;
    status.phase = TurnPhase::Share;
    return status;
}

Result<json> turnShare(const json& answer, const std::vector<std::string>& partners, const std::string& speaker,
                       const std::string& text)
{
    auto status = turnStatus(answer, partners);
    if (!status)
        return status.error();
    if (status->phase != TurnPhase::Share)
        return makeError(status->phase == TurnPhase::Complete ? "every partner has already had their turn"
                                                              : "it is not time to share; the listener reflects first");
    if (!contains(partners, speaker))
        return makeError("\"" + speaker + "\" is not a partner in this session");
    if (text.size() > kMaxAnswerText)
        return makeError("the text is too long");
    json next = answer.is_null() ? json{{"turns", json::array()}} : answer;
    json& turns = next["turns"];
    const bool correction = status->round > 1;
    if (correction) {
        if (speaker != status->speaker)
            return makeError("it is \"" + status->speaker + "\"'s turn to speak");
        turns.back()["rounds"].push_back(json{{"shared", text}});
    } else {
        if (contains(status->heard, speaker))
            return makeError("\"" + speaker + "\" has already had a turn");
        turns.push_back(json{{"speaker", speaker}, {"rounds", json::array({json{{"shared", text}}})}});
    }
    return next;
}

Result<json> turnReflect(const json& answer, const std::vector<std::string>& partners, const std::string& listener,
                         const std::string& reflected, const std::string& noticed, const std::string& validated)
{
    auto status = turnStatus(answer, partners);
    if (!status)
        return status.error();
    if (status->phase != TurnPhase::Reflect)
        return makeError("there is nothing to reflect back yet");
    if (listener != status->listener)
        return makeError("it is \"" + status->listener + "\"'s turn to reflect back");
    if (reflected.size() > kMaxAnswerText || noticed.size() > kMaxAnswerText || validated.size() > kMaxAnswerText)
        return makeError("the text is too long");
    json next = answer;
    json& round = next["turns"].back()["rounds"].back();
    round["reflected"] = reflected;
    round["noticed"] = noticed;
    if (!validated.empty())
        round["validated"] = validated;
    return next;
}

Result<json> turnConfirm(const json& answer, const std::vector<std::string>& partners, const std::string& speaker,
                         bool confirmed, const std::string& correction)
{
    auto status = turnStatus(answer, partners);
    if (!status)
        return status.error();
    if (status->phase != TurnPhase::Confirm)
        return makeError("there is no reflection to confirm yet");
    if (speaker != status->speaker)
        return makeError("only the speaker, \"" + status->speaker + "\", can confirm");
    if (correction.size() > kMaxAnswerText)
        return makeError("the text is too long");
    json next = answer;
    json& round = next["turns"].back()["rounds"].back();
    round["confirmed"] = confirmed;
    if (!confirmed && !correction.empty())
        round["correction"] = correction;
    return next;
}

} // namespace tend::engine
