#include <algorithm>

#include "SessionState.h"
#include "tend/engine/AnswerRules.h"

namespace tend::engine::detail {

using content::Card;
using content::CardKind;
using content::Target;
using content::Who;
using nlohmann::json;

namespace {
// Nested scope changes within one move (together → each → together ...). Real programs need two or three.
constexpr int kMaxDepth = 24;
} // namespace

std::string resolveVotes(const Card& card, const json& votes, std::size_t voters)
{
    if (!votes.is_object() || votes.empty() || votes.size() < voters)
        return {};
    for (const auto& vote : votes) {
        if (!vote.is_string() || vote.get_ref<const std::string&>() != card.unanimous)
            return card.otherwise;
    }
    return card.unanimous;
}

Mover::Mover(const content::Program& program, const std::vector<std::string>& order, State& state, std::string now)
    : m_program(program), m_order(order), m_state(state), m_now(std::move(now)), m_budget(program.cardCount() * 2 + 16)
{
    events.reserve(8);
}

void Mover::emit(EventType type, const std::string& partner, const std::string& stepId, const std::string& cardId,
                 const std::string& target, int round)
{
    events.push_back(Event{type, partner, stepId, cardId, target, round, m_now});
}

std::string Mover::stepIdOf(const std::string& cardId) const
{
    const Card* card = m_program.findCard(cardId);
    return card ? m_program.stepOf(*card).id : std::string{};
}

std::vector<std::string> Mover::participants() const
{
    std::vector<std::string> list;
    for (const std::string& partner : m_order) {
        if (m_state.partners.at(partner).place == PartnerPlace::Together)
            list.push_back(partner);
    }
    return list;
}

const Card* Mover::cardAt(const std::string& partner, bool* shared) const
{
    auto it = m_state.partners.find(partner);
    if (it == m_state.partners.end())
        return nullptr;
    if (shared)
        *shared = it->second.place == PartnerPlace::Together;
    if (it->second.place == PartnerPlace::OwnCard)
        return m_program.findCard(it->second.card);
    if (it->second.place == PartnerPlace::Together)
        return m_program.findCard(m_state.shared.card);
    return nullptr;
}

std::map<std::string, AnswerRecord>& Mover::answersFor(const std::string& scope)
{
    return scope.empty() ? m_state.shared.answers.mut() : m_state.partners.at(scope).answers.mut();
}

std::vector<std::string>& Mover::historyFor(const std::string& scope)
{
    return scope.empty() ? m_state.shared.history.mut() : m_state.partners.at(scope).history.mut();
}

int Mover::roundOf(const std::string& scope, const std::string& stepId) const
{
    const auto& rounds = scope.empty() ? m_state.shared.rounds : m_state.partners.at(scope).rounds;
    auto it = rounds.find(stepId);
    return it == rounds.end() ? 1 : it->second;
}

content::GuardLookup Mover::lookupFor(const std::string& scope) const
{
    return [this, scope](std::string_view cardId, std::string_view field) -> std::optional<json> {
        const Card* card = m_program.findCard(cardId);
        if (!card)
            return std::nullopt;
        const bool together = m_program.stepOf(*card).who == Who::Together;
        // Each scopes read their own answers and the shared ones; the shared scope reads shared answers only.
        const std::map<std::string, AnswerRecord>* answers = nullptr;
        if (together)
            answers = &*m_state.shared.answers;
        else if (!scope.empty())
            answers = &*m_state.partners.at(scope).answers;
        if (!answers)
            return std::nullopt;
        auto it = answers->find(card->id);
        if (it == answers->end())
            return std::nullopt;
        if (together && card->kind == CardKind::Gate && !card->unanimous.empty()) {
            const std::string resolved = resolveVotes(*card, it->second.value, participants().size());
            if (resolved.empty())
                return std::nullopt;
            return content::guardValue(*card, json(resolved), field);
        }
        return content::guardValue(*card, it->second.value, field);
    };
}

Result<void> Mover::requireActive() const
{
    switch (m_state.status) {
    case SessionStatus::Active:
        return {};
    case SessionStatus::NotStarted:
        return makeError("The session has not started yet.");
    case SessionStatus::Paused:
        return makeError("The session is paused; resume it first.");
    case SessionStatus::Completed:
        return makeError("The session is complete.");
    }
    return makeError("The session is in an unknown state.");
}

Result<void> Mover::requirePartner(const std::string& partner) const
{
    if (!m_state.partners.count(partner))
        return makeError("\"" + partner + "\" is not a partner in this session.");
    return {};
}

Result<void> Mover::start()
{
    if (m_state.status != SessionStatus::NotStarted)
        return makeError("The session has already started.");
    const Card* first = m_program.firstCard();
    if (!first)
        return makeError("The program has no cards.");
    m_state.status = SessionStatus::Active;
    m_state.startedAt = m_now;
    emit(EventType::Started, {}, {}, {});
    for (const std::string& partner : m_order) {
        auto& person = m_state.partners.at(partner);
        person.place = PartnerPlace::OwnCard;
        person.card = first->id;
    }
    // Each partner enters on their own; a together first step opens once the last one arrives.
    for (const std::string& partner : m_order) {
        if (m_state.partners.at(partner).place != PartnerPlace::OwnCard ||
            m_state.partners.at(partner).card != first->id)
            continue; // already moved on (e.g. into the together step that opened)
        if (auto ok = arrive(partner, Target::card(first->id), nullptr, {}, {}); !ok)
            return ok;
    }
    return {};
}

Result<void> Mover::answer(const std::string& partner, const json& value, bool keepPrivate)
{
    if (auto ok = requireActive(); !ok)
        return ok;
    if (auto ok = requirePartner(partner); !ok)
        return ok;
    const auto& person = m_state.partners.at(partner);
    if (person.place == PartnerPlace::Waiting)
        return makeError("\"" + partner + "\" is waiting for their partner; go back to change an answer.");
    if (person.place == PartnerPlace::Finished)
        return makeError("\"" + partner + "\" has finished.");
    bool shared = false;
    const Card* card = cardAt(partner, &shared);
    if (!card)
        return makeError("\"" + partner + "\" is not at a card.");
    const std::vector<std::string> people = shared ? participants() : std::vector<std::string>{partner};
    if (card->kind == CardKind::Turns) {
        if (auto ok = checkAnswer(*card, value, people); !ok)
            return ok;
    }
    if (keepPrivate && !card->allowPrivate)
        return makeError(shared ? "Answers in a together step are shared and cannot be kept private."
                                : "This answer is shared with your partner and cannot be kept private.");
    const std::string scope = shared ? std::string{} : partner;
    auto& answers = answersFor(scope);
    const bool votes = shared && card->kind == CardKind::Gate && !card->unanimous.empty();
    if (card->kind != CardKind::Turns) {
        if (auto ok = checkAnswer(*card, value, people); !ok)
            return ok;
    }
    if (votes) {
        json ballot = answers.count(card->id) ? answers.at(card->id).value : json::object();
        if (value.is_null())
            ballot.erase(partner);
        else
            ballot[partner] = value;
        if (ballot.empty())
            answers.erase(card->id);
        else
            answers[card->id] = AnswerRecord{ballot, partner, false, m_now};
    } else if (value.is_null()) {
        answers.erase(card->id);
    } else {
        answers[card->id] = AnswerRecord{value, partner, keepPrivate, m_now};
    }
    emit(EventType::Answered, scope, m_program.stepOf(*card).id, card->id);
    return {};
}

Result<void> Mover::setTurns(const std::string& partner, const json& value)
{
    bool shared = false;
    const Card* card = cardAt(partner, &shared);
    if (!card || card->kind != CardKind::Turns)
        return makeError("The current card is not a turns card.");
    return answer(partner, value, false);
}

Result<Target> Mover::routeOut(const Card& card, const std::string& scope) const
{
    const auto& answers = scope.empty() ? *m_state.shared.answers : *m_state.partners.at(scope).answers;
    auto it = answers.find(card.id);
    const AnswerRecord* record = it == answers.end() ? nullptr : &it->second;
    const std::vector<std::string> people = scope.empty() ? participants() : std::vector<std::string>{scope};

    if (card.kind == CardKind::Turns) {
        auto status = turnStatus(record ? record->value : json(), people);
        const bool complete = status && status->complete;
        if (!card.optional && !complete)
            return makeError(people.size() > 1 ? "Every partner needs their turn before moving on."
                                               : "Finish your turn before moving on.");
        if (record && !complete)
            return makeError("A turn is under way; finish it before moving on.");
        return m_program.routeAfter(card);
    }

    if (card.kind == CardKind::Gate && scope.empty() && !card.unanimous.empty()) {
        const std::size_t votes = record ? record->value.size() : 0;
        if (votes == 0) {
            if (!card.optional)
                return makeError("Every partner needs to answer this question before moving on.");
            return m_program.routeAfter(card);
        }
        if (votes < people.size())
            return makeError("Waiting for every partner to answer this question.");
        const std::string chosen = resolveVotes(card, record->value, people.size());
        if (const content::Option* option = card.findOption(chosen); option && option->next)
            return *option->next;
        return m_program.routeAfter(card);
    }

    if (!record) {
        if (!card.optional)
            return makeError("This card needs an answer before moving on.");
        return m_program.routeAfter(card);
    }
    if (card.kind == CardKind::Gate && record->value.is_string()) {
        if (const content::Option* option = card.findOption(record->value.get<std::string>()); option && option->next)
            return *option->next;
    }
    if (card.kind == CardKind::Choice && record->value.is_object() && record->value.contains("selected")) {
        const json& selected = record->value.at("selected");
        for (const content::Option& option : card.options) {
            if (option.next && std::find(selected.begin(), selected.end(), json(option.id)) != selected.end())
                return *option.next;
        }
    }
    return m_program.routeAfter(card);
}

Result<void> Mover::next(const std::string& partner)
{
    if (auto ok = requireActive(); !ok)
        return ok;
    if (auto ok = requirePartner(partner); !ok)
        return ok;
    const auto& person = m_state.partners.at(partner);
    if (person.place == PartnerPlace::Waiting) {
        std::string others;
        for (const std::string& other : m_order) {
            const auto place = m_state.partners.at(other).place;
            if (other != partner && place != PartnerPlace::Waiting && place != PartnerPlace::Finished)
                others += (others.empty() ? "\"" : ", \"") + other + "\"";
        }
        return makeError("\"" + partner + "\" is waiting for " + others + " to finish their own steps.");
    }
    if (person.place == PartnerPlace::Finished)
        return makeError("\"" + partner + "\" has finished.");
    bool shared = false;
    const Card* card = cardAt(partner, &shared);
    if (!card)
        return makeError("\"" + partner + "\" is not at a card.");
    const std::string scope = shared ? std::string{} : partner;
    auto target = routeOut(*card, scope);
    if (!target)
        return target.error();
    emit(EventType::Routed, scope, m_program.stepOf(*card).id, card->id, target->toString());
    return arrive(scope, target.value(), card, m_program.stepOf(*card).id, card->id);
}

Result<void> Mover::arrive(const std::string& scope, Target target, const Card* last, const std::string& previousStep,
                           std::string pushFrom)
{
    if (++m_depth > kMaxDepth) {
        --m_depth;
        return makeError("The program moves between shared and own steps in a circle without showing a card.");
    }
    struct DepthGuard {
        int& depth;
        ~DepthGuard() { --depth; }
    } guard{m_depth};

    bool restarted = false;
    while (true) {
        if (m_budget == 0)
            return makeError("The program goes round in a circle without showing a card; check its routes and "
                             "guards.");
        --m_budget;
        switch (target.type) {
        case Target::Type::End:
            return finish(scope);
        case Target::Type::Pause:
            pauseByRoute(scope, last);
            return {};
        case Target::Type::Step: {
            auto index = m_program.stepIndex(target.id);
            const Card* first = m_program.firstCardOf(target.id);
            if (!index || !first)
                return makeError("A route leads to the step \"" + target.id + "\", which does not exist.");
            // Routing to the start of this step or an earlier one starts that step over with a clean slate.
            if (last && *index <= last->stepIndex) {
                startRound(scope, m_program.steps[*index]);
                restarted = true;
                pushFrom.clear();
            }
            target = Target::card(first->id);
            continue;
        }
        case Target::Type::Card: {
            const Card* card = m_program.findCard(target.id);
            if (!card)
                return makeError("A route leads to the card \"" + target.id + "\", which does not exist.");
            const content::Step& step = m_program.stepOf(*card);
            if (scope.empty() && step.who == Who::Each)
                return split(target, last, previousStep);
            if (!scope.empty() && step.who == Who::Together)
                return wait(scope, *card, pushFrom);
            if (card->when && !card->when->evaluate(lookupFor(scope))) {
                target = m_program.routeAfter(*card); // passed over as if answered
                last = card;
                continue;
            }
            land(scope, *card, previousStep, restarted, pushFrom);
            return {};
        }
        }
    }
}

void Mover::land(const std::string& scope, const Card& card, const std::string& previousStep, bool forceStep,
                 const std::string& pushFrom)
{
    const content::Step& step = m_program.stepOf(card);
    if (!pushFrom.empty()) {
        auto& history = historyFor(scope);
        history.push_back(pushFrom);
        if (history.size() > kMaxHistory)
            history.erase(history.begin());
    }
    if (scope.empty()) {
        m_state.shared.card = card.id;
    } else {
        auto& person = m_state.partners.at(scope);
        person.place = PartnerPlace::OwnCard;
        person.card = card.id;
    }
    if (forceStep || previousStep != step.id)
        emit(EventType::StepEntered, scope, step.id, card.id, {}, roundOf(scope, step.id));
    emit(EventType::CardEntered, scope, step.id, card.id);
}

Result<void> Mover::split(const Target& target, const Card* last, const std::string& previousStep)
{
    const std::vector<std::string> people = participants();
    m_state.shared.card.clear();
    m_state.shared.history.assign({});
    for (const std::string& partner : people) {
        auto& person = m_state.partners.at(partner);
        person.place = PartnerPlace::OwnCard;
        person.card = target.id; // provisional: each partner now finds their own way in
        person.history.assign({});
    }
    for (const std::string& partner : people) {
        const auto& person = m_state.partners.at(partner);
        if (person.place != PartnerPlace::OwnCard || person.card != target.id)
            continue;
        if (auto ok = arrive(partner, target, last, previousStep, {}); !ok)
            return ok;
    }
    return {};
}

Result<void> Mover::wait(const std::string& partner, const Card& card, const std::string& pushFrom)
{
    auto& person = m_state.partners.at(partner);
    if (!pushFrom.empty()) {
        auto& history = person.history.mut();
        history.push_back(pushFrom);
        if (history.size() > kMaxHistory)
            history.erase(history.begin());
    }
    person.place = PartnerPlace::Waiting;
    person.card = card.id;
    emit(EventType::Waiting, partner, m_program.stepOf(card).id, card.id);
    return tryOpen();
}

Result<void> Mover::tryOpen()
{
    const Card* earliest = nullptr;
    bool anyActive = false;
    for (const std::string& partner : m_order) {
        const auto& person = m_state.partners.at(partner);
        if (person.place == PartnerPlace::Finished)
            continue;
        anyActive = true;
        if (person.place != PartnerPlace::Waiting)
            return {};
        const Card* card = m_program.findCard(person.card);
        if (card && (!earliest || std::make_pair(card->stepIndex, card->index) <
                                      std::make_pair(earliest->stepIndex, earliest->index)))
            earliest = card;
    }
    if (!anyActive || !earliest)
        return {};
    for (const std::string& partner : m_order) {
        auto& person = m_state.partners.at(partner);
        if (person.place == PartnerPlace::Waiting) {
            person.place = PartnerPlace::Together;
            person.card.clear();
        }
    }
    m_state.shared.history.assign({});
    m_state.shared.card = earliest->id; // provisional until the shared position settles (guards may pass it)
    emit(EventType::TogetherOpened, {}, m_program.stepOf(*earliest).id, earliest->id);
    return arrive({}, Target::card(earliest->id), nullptr, {}, {});
}

Result<void> Mover::finish(const std::string& scope)
{
    if (scope.empty()) {
        for (const std::string& partner : participants()) {
            auto& person = m_state.partners.at(partner);
            person.place = PartnerPlace::Finished;
            person.card.clear();
            person.history.assign({});
            emit(EventType::Finished, partner, {}, {});
        }
        m_state.shared.card.clear();
        m_state.shared.history.assign({});
    } else {
        auto& person = m_state.partners.at(scope);
        person.place = PartnerPlace::Finished;
        person.card.clear();
        person.history.assign({});
        emit(EventType::Finished, scope, {}, {});
    }
    const bool all = std::all_of(m_state.partners.begin(), m_state.partners.end(),
                                 [](const auto& entry) { return entry.second.place == PartnerPlace::Finished; });
    if (all) {
        m_state.status = SessionStatus::Completed;
        m_state.pause.reset();
        m_state.resume.clear();
        emit(EventType::Completed, {}, {}, {});
        return {};
    }
    return tryOpen(); // the others may have been waiting only for this partner
}

void Mover::pauseByRoute(const std::string& scope, const Card* card)
{
    if (!m_state.pause) {
        PauseInfo info;
        info.byRoute = true;
        info.cardId = card ? card->id : std::string{};
        info.at = m_now;
        m_state.pause = info;
    }
    m_state.status = SessionStatus::Paused;
    Target resumeAt = card && card->afterPause
                          ? *card->afterPause
                          : Target::step(card ? m_program.stepOf(*card).id : m_program.steps.front().id);
    m_state.resume.push_back(ResumePlan{scope, resumeAt, card ? card->id : std::string{}});
    emit(EventType::Paused, scope, card ? m_program.stepOf(*card).id : std::string{}, card ? card->id : std::string{});
}

void Mover::startRound(const std::string& scope, const content::Step& step)
{
    std::vector<std::string> owners;
    if (step.who == Who::Together)
        owners.push_back({});
    else if (scope.empty())
        owners = participants();
    else
        owners.push_back(scope);
    for (const std::string& owner : owners) {
        auto& answers = answersFor(owner);
        PastRound round;
        round.stepId = step.id;
        round.partner = owner;
        round.number = roundOf(owner, step.id);
        round.endedAt = m_now;
        for (const Card& card : step.cards) {
            auto it = answers.find(card.id);
            if (it != answers.end()) {
                round.answers.emplace(it->first, std::move(it->second));
                answers.erase(it);
            }
        }
        auto& past = m_state.past.mut();
        past.push_back(std::move(round));
        if (past.size() > kMaxPastRounds)
            past.erase(past.begin());
        auto& rounds = owner.empty() ? m_state.shared.rounds : m_state.partners.at(owner).rounds;
        rounds[step.id] = roundOf(owner, step.id) + 1;
        (owner.empty() ? m_state.shared.history : m_state.partners.at(owner).history).assign({});
        emit(EventType::RoundStarted, owner, step.id, {}, {}, rounds[step.id]);
    }
    if (!scope.empty() && step.who == Who::Together)
        (scope.empty() ? m_state.shared.history : m_state.partners.at(scope).history).assign({});
}

Result<void> Mover::back(const std::string& partner)
{
    if (auto ok = requireActive(); !ok)
        return ok;
    if (auto ok = requirePartner(partner); !ok)
        return ok;
    auto& person = m_state.partners.at(partner);
    if (person.place == PartnerPlace::Finished)
        return makeError("\"" + partner + "\" has finished.");
    const bool shared = person.place == PartnerPlace::Together;
    const std::string scope = shared ? std::string{} : partner;
    auto& history = historyFor(scope);
    if (history.empty())
        return makeError(shared ? "This is the first card of this round together; there is nothing to go back to."
                                : "This is the first card; there is nothing to go back to.");
    const std::string previous = history.back();
    const Card* card = m_program.findCard(previous);
    if (!card)
        return makeError("The card to go back to no longer exists.");
    history.pop_back();
    const std::string fromStep = shared ? stepIdOf(m_state.shared.card) : stepIdOf(person.card);
    land(scope, *card, fromStep, false, {});
    return {};
}

Result<void> Mover::pause(const std::string& partner, const PauseRequest& request)
{
    if (auto ok = requireActive(); !ok)
        return ok;
    if (auto ok = requirePartner(partner); !ok)
        return ok;
    if (request.reason.size() > kMaxAnswerText || request.place.size() > kMaxAnswerText)
        return makeError("The reason or place is too long.");
    PauseInfo info;
    if (!request.resumeAt.empty()) {
        auto when = parseIso(request.resumeAt);
        if (!when)
            return makeError("The time to come back is not a date and time such as 2026-05-01T18:30:00Z.");
        info.resumeAt = formatIsoUtc(*when);
    }
    info.reason = request.reason;
    info.place = request.place;
    info.requestedBy = partner;
    const auto& person = m_state.partners.at(partner);
    info.cardId = person.place == PartnerPlace::Together ? m_state.shared.card : person.card;
    info.at = m_now;
    m_state.pause = info;
    m_state.status = SessionStatus::Paused;
    emit(EventType::Paused, partner, stepIdOf(info.cardId), info.cardId);
    return {};
}

Result<void> Mover::updatePause(const PauseRequest& request)
{
    if (m_state.status != SessionStatus::Paused || !m_state.pause)
        return makeError("The session is not paused.");
    if (request.reason.size() > kMaxAnswerText || request.place.size() > kMaxAnswerText)
        return makeError("The reason or place is too long.");
    std::string resumeAt;
    if (!request.resumeAt.empty()) {
        auto when = parseIso(request.resumeAt);
        if (!when)
            return makeError("The time to come back is not a date and time such as 2026-05-01T18:30:00Z.");
        resumeAt = formatIsoUtc(*when);
    }
    m_state.pause->reason = request.reason;
    m_state.pause->place = request.place;
    m_state.pause->resumeAt = resumeAt;
    return {};
}

Result<void> Mover::resume()
{
    if (m_state.status != SessionStatus::Paused)
        return makeError("The session is not paused.");
    m_state.status = SessionStatus::Active;
    m_state.pause.reset();
    emit(EventType::Resumed, {}, {}, {});
    const std::vector<ResumePlan> plans = std::move(m_state.resume);
    m_state.resume.clear();
    for (const ResumePlan& plan : plans) {
        if (m_state.status != SessionStatus::Active)
            break; // an earlier plan paused or completed the session again
        // The scope may have changed since (another plan may have opened or left a together step).
        std::string scope = plan.scope;
        if (!scope.empty()) {
            const auto place = m_state.partners.at(scope).place;
            if (place == PartnerPlace::Together)
                scope.clear();
            else if (place != PartnerPlace::OwnCard)
                continue;
        } else if (participants().empty()) {
            continue;
        }
        const Card* from = m_program.findCard(plan.fromCard);
        const std::string previous =
            scope.empty() ? stepIdOf(m_state.shared.card) : stepIdOf(m_state.partners.at(scope).card);
        if (auto ok = arrive(scope, plan.target, from, previous, {}); !ok)
            return ok;
    }
    return {};
}

Result<void> Mover::jumpTo(const std::string& partner, const std::string& cardId)
{
    if (auto ok = requirePartner(partner); !ok)
        return ok;
    if (m_state.status == SessionStatus::Paused)
        return makeError("The session is paused; resume it first.");
    const Card* card = m_program.findCard(cardId);
    if (!card)
        return makeError("There is no card \"" + cardId + "\" in this program.");
    if (m_state.status == SessionStatus::NotStarted) {
        if (auto ok = start(); !ok)
            return ok;
    }
    // A presenter may jump anywhere: out of a completed session, or past a pause the start itself routed to.
    m_state.status = SessionStatus::Active;
    m_state.pause.reset();
    m_state.resume.clear();
    const content::Step& step = m_program.stepOf(*card);
    auto& person = m_state.partners.at(partner);
    if (step.who == Who::Together) {
        const std::string previous = m_state.shared.card.empty() ? std::string{} : stepIdOf(m_state.shared.card);
        const bool wasTogether = person.place == PartnerPlace::Together && !m_state.shared.card.empty();
        if (wasTogether) {
            auto& history = m_state.shared.history.mut();
            history.push_back(m_state.shared.card);
            if (history.size() > kMaxHistory)
                history.erase(history.begin());
        } else {
            m_state.shared.history.assign({});
        }
        for (auto& entry : m_state.partners) {
            entry.second.place = PartnerPlace::Together;
            entry.second.card.clear();
        }
        if (!wasTogether)
            emit(EventType::TogetherOpened, {}, step.id, card->id);
        m_state.shared.card = card->id;
        if (previous != step.id || !wasTogether)
            emit(EventType::StepEntered, {}, step.id, card->id, {}, roundOf({}, step.id));
        emit(EventType::CardEntered, {}, step.id, card->id);
        return {};
    }
    std::string previous;
    if (person.place == PartnerPlace::Together) {
        // The others wait at the shared card until the jumper comes back to it.
        previous = stepIdOf(m_state.shared.card);
        for (auto& entry : m_state.partners) {
            if (entry.first != partner && entry.second.place == PartnerPlace::Together) {
                entry.second.place = PartnerPlace::Waiting;
                entry.second.card = m_state.shared.card;
                emit(EventType::Waiting, entry.first, previous, m_state.shared.card);
            }
        }
        m_state.shared.card.clear();
        m_state.shared.history.assign({});
        person.history.assign({});
    } else if (person.place == PartnerPlace::OwnCard) {
        previous = stepIdOf(person.card);
        auto& history = person.history.mut();
        history.push_back(person.card);
        if (history.size() > kMaxHistory)
            history.erase(history.begin());
    } else {
        person.history.assign({});
    }
    person.place = PartnerPlace::OwnCard;
    person.card = card->id;
    if (previous != step.id)
        emit(EventType::StepEntered, partner, step.id, card->id, {}, roundOf(partner, step.id));
    emit(EventType::CardEntered, partner, step.id, card->id);
    return {};
}

} // namespace tend::engine::detail
