// The invariants of a session state. Restore runs them on every saved session; the engine's own moves keep them
// (the random-walk tests check that by restoring after every move).
#include <algorithm>
#include <set>

#include "SessionState.h"
#include "tend/engine/AnswerRules.h"

namespace tend::engine::detail {

using content::Card;
using content::CardKind;
using content::Program;
using content::Who;

namespace {

std::string q(const std::string& text)
{
    return "\"" + text + "\"";
}

const Card* cardIn(const Program& program, const std::string& id, Who who)
{
    const Card* card = program.findCard(id);
    if (!card || program.stepOf(*card).who != who)
        return nullptr;
    return card;
}

Result<void> checkAnswers(const std::map<std::string, AnswerRecord>& answers, const Program& program, Who who,
                          const std::vector<std::string>& people, const std::vector<std::string>& order,
                          const std::string& stepFilter, const std::string& owner)
{
    for (const auto& [cardId, record] : answers) {
        const Card* card = cardIn(program, cardId, who);
        if (!card)
            return makeError("an answer is kept for " + q(cardId) + ", which is not a card of a" +
                             (who == Who::Each ? "n each" : " together") + " step");
        if (!stepFilter.empty() && program.stepOf(*card).id != stepFilter)
            return makeError("a past round of " + q(stepFilter) + " holds an answer to " + q(cardId));
        if (std::find(order.begin(), order.end(), record.by) == order.end())
            return makeError("the answer to " + q(cardId) + " was given by someone who is not a partner");
        if (!owner.empty() && record.by != owner)
            return makeError("the answer to " + q(cardId) + " is kept for " + q(owner) + " but was given by " +
                             q(record.by));
        if (record.keptPrivate && !card->allowPrivate)
            return makeError("the answer to " + q(cardId) + " is marked private, which that card does not allow");
        if (!record.at.empty() && !parseIso(record.at))
            return makeError("the answer to " + q(cardId) + " has no valid time");
        if (record.value.is_null())
            return makeError("the answer to " + q(cardId) + " is empty");
        if (who == Who::Together && card->kind == CardKind::Gate && !card->unanimous.empty()) {
            if (!record.value.is_object() || record.value.empty())
                return makeError("the answers to the gate " + q(cardId) + " are not one per partner");
            for (auto it = record.value.begin(); it != record.value.end(); ++it) {
                if (std::find(order.begin(), order.end(), it.key()) == order.end())
                    return makeError("the gate " + q(cardId) + " holds an answer from someone who is not a partner");
                if (auto ok = checkAnswer(*card, it.value(), order); !ok)
                    return makeError("the gate " + q(cardId) + " holds an answer it cannot have");
            }
            continue;
        }
        if (auto ok = checkAnswer(*card, record.value, card->kind == CardKind::Turns ? order : people); !ok)
            return makeError("the answer to " + q(cardId) + " does not fit its card: " + ok.error().message);
    }
    return {};
}

Result<void> checkRounds(const std::map<std::string, int>& rounds, const Program& program, Who who)
{
    for (const auto& [stepId, number] : rounds) {
        const content::Step* step = program.findStep(stepId);
        if (!step || step->who != who || number < 1)
            return makeError("a round count is kept for " + q(stepId) + ", which does not fit");
    }
    return {};
}

Result<void> checkHistory(const std::vector<std::string>& history, const Program& program, Who who)
{
    if (history.size() > kMaxHistory)
        return makeError("the history is longer than the engine keeps");
    for (const std::string& id : history) {
        if (!cardIn(program, id, who))
            return makeError("the history names " + q(id) + ", which is not a card of a" +
                             (who == Who::Each ? "n each" : " together") + " step");
    }
    return {};
}

} // namespace

Result<void> checkState(const State& state, const Program& program, const std::vector<std::string>& order)
{
    if (state.partners.size() != order.size())
        return makeError("the partners do not match");
    std::size_t notStarted = 0, finished = 0, together = 0, waiting = 0, own = 0;
    for (const std::string& partner : order) {
        auto it = state.partners.find(partner);
        if (it == state.partners.end())
            return makeError("no position is kept for " + q(partner));
        const PartnerState& person = it->second;
        switch (person.place) {
        case PartnerPlace::NotStarted:
            ++notStarted;
            if (!person.card.empty())
                return makeError(q(partner) + " has not started but has a card");
            break;
        case PartnerPlace::OwnCard:
            ++own;
            if (!cardIn(program, person.card, Who::Each))
                return makeError(q(partner) + " is at " + q(person.card) + ", which is not a card of an each step");
            break;
        case PartnerPlace::Waiting:
            ++waiting;
            if (!cardIn(program, person.card, Who::Together))
                return makeError(q(partner) + " waits at " + q(person.card) +
                                 ", which is not a card of a together step");
            break;
        case PartnerPlace::Together:
            ++together;
            if (!person.card.empty())
                return makeError(q(partner) + " is together with the others but has a card of their own");
            break;
        case PartnerPlace::Finished:
            ++finished;
            if (!person.card.empty() || !person.history->empty())
                return makeError(q(partner) + " has finished but still has a position");
            break;
        }
        if (auto ok = checkHistory(*person.history, program, Who::Each); !ok)
            return makeError("for " + q(partner) + ", " + ok.error().message);
        if (auto ok = checkAnswers(*person.answers, program, Who::Each, {partner}, order, {}, partner); !ok)
            return makeError("for " + q(partner) + ", " + ok.error().message);
        if (auto ok = checkRounds(person.rounds, program, Who::Each); !ok)
            return makeError("for " + q(partner) + ", " + ok.error().message);
    }

    std::vector<std::string> participants;
    for (const std::string& partner : order) {
        if (state.partners.at(partner).place == PartnerPlace::Together)
            participants.push_back(partner);
    }
    if (together > 0) {
        if (!cardIn(program, state.shared.card, Who::Together))
            return makeError("partners are together but the shared card " + q(state.shared.card) +
                             " is not a card of a together step");
        if (own > 0 || waiting > 0)
            return makeError("some partners are together while others are on their own");
    } else if (!state.shared.card.empty() || !state.shared.history->empty()) {
        return makeError("there is a shared position but nobody is in it");
    }
    if (waiting > 0 && own == 0 && notStarted == 0)
        return makeError("every partner is waiting, so the together step should have opened");
    if (auto ok = checkHistory(*state.shared.history, program, Who::Together); !ok)
        return makeError("for the shared position, " + ok.error().message);
    if (auto ok = checkAnswers(*state.shared.answers, program, Who::Together,
                               participants.empty() ? order : participants, order, {}, {});
        !ok)
        return makeError("for the shared answers, " + ok.error().message);
    if (auto ok = checkRounds(state.shared.rounds, program, Who::Together); !ok)
        return makeError("for the shared position, " + ok.error().message);

    if (state.past->size() > kMaxPastRounds)
        return makeError("more past rounds are kept than the engine allows");
    for (const PastRound& round : *state.past) {
        const content::Step* step = program.findStep(round.stepId);
        if (!step)
            return makeError("a past round belongs to the step " + q(round.stepId) + ", which does not exist");
        if (step->who == Who::Together ? !round.partner.empty()
                                       : std::find(order.begin(), order.end(), round.partner) == order.end())
            return makeError("a past round of " + q(round.stepId) + " belongs to the wrong person");
        if (!round.endedAt.empty() && !parseIso(round.endedAt))
            return makeError("a past round has no valid end time");
        if (auto ok = checkAnswers(round.answers, program, step->who,
                                   round.partner.empty() ? order : std::vector{round.partner}, order, round.stepId,
                                   round.partner);
            !ok)
            return makeError("in a past round, " + ok.error().message);
    }

    switch (state.status) {
    case SessionStatus::NotStarted:
        if (notStarted != order.size())
            return makeError("the session has not started but someone has");
        if (!state.shared.answers->empty() || !state.past->empty() || state.pause || !state.resume.empty())
            return makeError("the session has not started but holds answers or a pause");
        for (const auto& entry : state.partners) {
            if (!entry.second.answers->empty() || !entry.second.history->empty() || !entry.second.rounds.empty())
                return makeError("the session has not started but holds answers");
        }
        return {};
    case SessionStatus::Completed:
        if (finished != order.size())
            return makeError("the session is complete but someone has not finished");
        if (state.pause || !state.resume.empty())
            return makeError("the session is complete but also paused");
        break;
    case SessionStatus::Active:
    case SessionStatus::Paused:
        if (notStarted > 0)
            return makeError("the session has started but someone has not");
        if (finished == order.size())
            return makeError("everyone has finished but the session is not complete");
        if ((state.status == SessionStatus::Paused) != state.pause.has_value())
            return makeError("the pause details do not match the session's status");
        if (state.status == SessionStatus::Active && !state.resume.empty())
            return makeError("the session is active but still has a plan for resuming");
        break;
    }
    if (!parseIso(state.startedAt))
        return makeError("the start time is not valid");
    if (state.pause) {
        const PauseInfo& pause = *state.pause;
        if (!pause.resumeAt.empty() && !parseIso(pause.resumeAt))
            return makeError("the time to come back is not valid");
        if (!pause.requestedBy.empty() && std::find(order.begin(), order.end(), pause.requestedBy) == order.end())
            return makeError("the pause was requested by someone who is not a partner");
        if (!pause.cardId.empty() && !program.findCard(pause.cardId))
            return makeError("the pause names a card that does not exist");
        if (!parseIso(pause.at))
            return makeError("the pause has no valid time");
        if (pause.reason.size() > kMaxAnswerText || pause.place.size() > kMaxAnswerText)
            return makeError("the pause details are too long");
    }
    for (const ResumePlan& plan : state.resume) {
        if (!plan.scope.empty() && std::find(order.begin(), order.end(), plan.scope) == order.end())
            return makeError("a resume plan names someone who is not a partner");
        if (!program.resolve(plan.target))
            return makeError("a resume plan leads nowhere");
        if (!plan.fromCard.empty() && !program.findCard(plan.fromCard))
            return makeError("a resume plan names a card that does not exist");
    }
    return {};
}

} // namespace tend::engine::detail
