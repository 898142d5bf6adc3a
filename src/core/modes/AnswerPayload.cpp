#include "tend/modes/AnswerPayload.h"

namespace tend::modes {

using nlohmann::json;

json payloadFor(const content::Card& card, const json& answer)
{
    if (card.kind == content::CardKind::Prompt && answer.is_string())
        return json{{"text", answer}};
    return json{{"answer", answer}};
}

std::string payloadTextFor(const content::Card& card, const json& answer)
{
    return payloadFor(card, answer).dump(-1, ' ', false, json::error_handler_t::replace);
}

json recordedPayload(const content::Card& card, const engine::AnswerRecord& record, int round)
{
    json payload = {{"kind", std::string(content::toString(card.kind))},
                    {"answer", record.value},
                    {"round", round},
                    {"by", record.by}};
    if (record.value.is_string())
        payload["text"] = record.value;
    return payload;
}

std::string recordedPayloadText(const content::Card& card, const engine::AnswerRecord& record, int round)
{
    return recordedPayload(card, record, round).dump(-1, ' ', false, json::error_handler_t::replace);
}

std::optional<json> answerFromPayload(const json& payload)
{
    if (!payload.is_object())
        return std::nullopt;
    if (payload.contains("answer"))
        return payload.at("answer");
    if (payload.contains("text") && payload.at("text").is_string())
        return payload.at("text");
    return std::nullopt;
}

std::optional<json> answerFromPayloadText(const std::string& payload)
{
    json parsed = json::parse(payload, nullptr, false);
    if (parsed.is_discarded())
        return std::nullopt;
    return answerFromPayload(parsed);
}

std::string textOfPayload(const std::string& payload)
{
    json parsed = json::parse(payload, nullptr, false);
    if (parsed.is_object()) {
        if (auto it = parsed.find("text"); it != parsed.end() && it->is_string())
            return it->get<std::string>();
    }
    return {};
}

std::optional<journal::BodyState> bodyStateFromAnswer(const std::string& state)
{
    if (state == "racing")
        return journal::BodyState::Racing;
    if (state == "shut-down")
        return journal::BodyState::ShutDown;
    if (state == "steady")
        return journal::BodyState::Steady;
    return std::nullopt;
}

std::vector<std::string> chosenOptionIds(const nlohmann::json& answer)
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

} // namespace tend::modes
