#include "tend/repair/SessionRecord.h"

#include "tend/modes/AnswerPayload.h"

namespace tend::repair {
namespace {

const content::Card* cardOf(const engine::Session& session, const std::string& cardId)
{
    return session.program().findCard(cardId);
}

// The member `key` of `object`, or null when there is none (contains/at: find/end trips GCC's null-dereference check).
const engine::Answer* member(const engine::Answer& object, const char* key)
{
    return object.is_object() && object.contains(key) ? &object.at(key) : nullptr;
}

std::optional<std::string> unlessEmpty(const std::string& text)
{
    return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

} // namespace

std::optional<nlohmann::json> savedEngineState(const journal::Session& row)
{
    nlohmann::json state = nlohmann::json::parse(row.engineState, nullptr, false);
    if (state.is_discarded())
        return std::nullopt;
    return state;
}

std::string entryOwner(const engine::Session& session, const std::string& partner, const std::string& cardId)
{
    const content::Card* card = cardOf(session, cardId);
    if (!card)
        return partner;
    return session.program().stepOf(*card).who == content::Who::Together ? std::string() : partner;
}

std::string entryKey(const engine::Session& session, const std::string& partner, const std::string& cardId)
{
    const content::Card* card = cardOf(session, cardId);
    const std::string stepId = card ? session.program().stepOf(*card).id : std::string();
    const std::string owner = entryOwner(session, partner, cardId);
    return owner + "|" + cardId + "|" + std::to_string(session.roundOf(stepId, owner));
}

std::string storedEntryKey(const std::optional<std::string>& partner, const std::string& cardId,
                           const std::string& payload)
{
    const engine::Answer stored = engine::Answer::parse(payload, nullptr, false);
    const engine::Answer* round = member(stored, "round");
    const int number = round && round->is_number_integer() ? round->get<int>() : 1;
    return partner.value_or(std::string()) + "|" + cardId + "|" + std::to_string(number);
}

std::string draftPayloadText(const content::Card& card, const engine::Answer& draft, int round, const std::string& by)
{
    return engine::Answer{
        {"kind", std::string(content::toString(card.kind))}, {"draft", draft}, {"round", round}, {"by", by}}
        .dump();
}

std::optional<engine::Answer> draftFromPayload(const std::string& payload)
{
    const engine::Answer stored = engine::Answer::parse(payload, nullptr, false);
    const engine::Answer* draft = member(stored, "draft");
    if (!draft)
        return std::nullopt;
    return *draft;
}

std::optional<journal::CheckIn> checkInRow(const content::Program& program, const std::string& sessionId,
                                           const std::string& partner, const content::Card& card,
                                           const engine::Answer& answer)
{
    if (card.kind != content::CardKind::Checkin)
        return std::nullopt;
    const engine::Answer* level = member(answer, "level");
    const engine::Answer* stateText = member(answer, "state");
    if (!level || !level->is_number_integer() || !stateText || !stateText->is_string())
        return std::nullopt;
    const std::optional<journal::BodyState> state = modes::bodyStateFromAnswer(stateText->get<std::string>());
    if (!state)
        return std::nullopt;
    journal::CheckIn row;
    row.sessionId = sessionId;
    row.partnerId = partner;
    row.step = program.stepOf(card).id;
    row.moment =
        card.phase == content::CheckinPhase::After ? journal::CheckInMoment::After : journal::CheckInMoment::Before;
    row.level = level->get<int>();
    row.state = *state;
    const engine::Answer* emotions = member(answer, "emotions");
    const engine::Answer stored{{"emotions", emotions ? *emotions : engine::Answer::array()}, {"card", card.id}};
    row.payload = stored.dump();
    return row;
}

bool soloReflectionDone(const engine::Session& session, bool together)
{
    if (together || session.partners().size() != 1)
        return false;
    const engine::PartnerPlace place = session.position(session.partners().front()).place;
    return place == engine::PartnerPlace::Together || place == engine::PartnerPlace::Waiting;
}

void updateSessionRow(journal::Session& row, const engine::Session& session, bool together, const std::string& now)
{
    row.engineState = session.toJson().dump();
    row.updatedAt = now;
    switch (session.status()) {
    case engine::SessionStatus::NotStarted:
    case engine::SessionStatus::Active:
        if (soloReflectionDone(session, together)) {
            row.status = journal::SessionStatus::Completed;
            if (!row.endedAt)
                row.endedAt = now;
            break;
        }
        row.status = journal::SessionStatus::Active;
        row.pauseReason.reset();
        row.returnAt.reset();
        row.returnPlace.reset();
        break;
    case engine::SessionStatus::Paused:
        row.status = journal::SessionStatus::Paused;
        if (const auto& info = session.pauseInfo()) {
            row.pauseReason = unlessEmpty(info->reason);
            row.returnAt = unlessEmpty(info->resumeAt);
            row.returnPlace = unlessEmpty(info->place);
        }
        break;
    case engine::SessionStatus::Completed:
        row.status = journal::SessionStatus::Completed;
        if (!row.endedAt)
            row.endedAt = now;
        break;
    }
}

} // namespace tend::repair
