#include "tend/engine/Session.h"

#include <algorithm>
#include <set>
#include <stdexcept>

#include "SessionState.h"
#include "tend/common/Log.h"
#include "tend/engine/AnswerRules.h"

namespace tend::engine {

using content::Card;
using content::CardKind;
using content::Program;
using content::Who;
using detail::Mover;
using detail::State;
using nlohmann::json;

struct Session::Impl {
    std::shared_ptr<const Program> program;
    std::shared_ptr<const Clock> clock;
    std::vector<std::string> partners;
    State state;
    std::map<int, Observer> observers;
    int nextObserver = 1;

    // Formatting the time for every move is measurable in long walks; reuse it while the clock stands still.
    mutable TimePoint lastTime{};
    mutable std::string lastTimeText;
    std::string now() const
    {
        const TimePoint time = clock->now();
        if (lastTimeText.empty() || time != lastTime) {
            lastTime = time;
            lastTimeText = formatIsoUtc(time);
        }
        return lastTimeText;
    }

    // Runs `operation` on a copy of the state; commits and notifies only when it succeeds.
    template <typename Operation> Result<void> apply(Operation&& operation)
    {
        try {
            State work = state;
            Mover mover(*program, partners, work, now());
            Result<void> result = operation(mover);
            if (!result)
                return result;
            state = std::move(work);
            deliver(mover.events);
            return result;
        } catch (const std::exception& error) {
            // Nothing in a move is expected to throw (short of running out of memory); if it does, the state
            // is untouched because the work copy is dropped.
            log::get("engine")->error("a session operation failed unexpectedly: {}", error.what());
            return makeError("The session could not do that because of an internal error.");
        }
    }

    template <typename Operation> Result<void> dryRun(Operation&& operation) const
    {
        try {
            State work = state;
            Mover mover(*program, partners, work, now());
            return operation(mover);
        } catch (const std::exception&) {
            return makeError("The session could not do that because of an internal error.");
        }
    }

    void deliver(const std::vector<Event>& events)
    {
        // Copy: an observer may unsubscribe (or subscribe) while being notified.
        const auto current = observers;
        for (const Event& event : events) {
            for (const auto& entry : current) {
                try {
                    entry.second(event);
                } catch (const std::exception& error) {
                    log::get("engine")->warn("an observer failed on a {} event: {}", toString(event.type),
                                             error.what());
                } catch (...) {
                    log::get("engine")->warn("an observer failed on a {} event", toString(event.type));
                }
            }
        }
    }
};

std::string_view toString(SessionStatus status)
{
    switch (status) {
    case SessionStatus::NotStarted:
        return "not-started";
    case SessionStatus::Active:
        return "active";
    case SessionStatus::Paused:
        return "paused";
    case SessionStatus::Completed:
        return "completed";
    }
    return "not-started";
}

std::string_view toString(PartnerPlace place)
{
    switch (place) {
    case PartnerPlace::NotStarted:
        return "not-started";
    case PartnerPlace::OwnCard:
        return "own-card";
    case PartnerPlace::Waiting:
        return "waiting";
    case PartnerPlace::Together:
        return "together";
    case PartnerPlace::Finished:
        return "finished";
    }
    return "not-started";
}

Session::Session(std::unique_ptr<Impl> impl) : m_impl(std::move(impl))
{
}
// A copy is an independent session (e.g. a "what if" for the UI): it does not notify the original's observers.
Session::Session(const Session& other) : m_impl(std::make_unique<Impl>(*other.m_impl))
{
    m_impl->observers.clear();
}
Session& Session::operator=(const Session& other)
{
    if (this != &other) {
        m_impl = std::make_unique<Impl>(*other.m_impl);
        m_impl->observers.clear();
    }
    return *this;
}
Session::Session(Session&& other) noexcept = default;
Session& Session::operator=(Session&& other) noexcept = default;
Session::~Session() = default;

Result<Session> Session::create(std::shared_ptr<const Program> program, std::vector<std::string> partners,
                                std::shared_ptr<const Clock> clock)
{
    if (!program)
        return makeError("A session needs a program.");
    if (!clock)
        return makeError("A session needs a clock.");
    if (!program->firstCard())
        return makeError("The program has no cards.");
    if (partners.empty() || partners.size() > detail::kMaxPartners)
        return makeError("A session has from 1 to " + std::to_string(detail::kMaxPartners) + " partners.");
    std::set<std::string> seen;
    for (const std::string& partner : partners) {
        if (!content::isValidId(partner))
            return makeError("\"" + partner + "\" is not a valid partner id (lowercase letters, digits and \"-\").");
        if (!seen.insert(partner).second)
            return makeError("The partner \"" + partner + "\" is named twice.");
    }
    auto impl = std::make_unique<Impl>();
    impl->program = std::move(program);
    impl->clock = std::move(clock);
    impl->partners = std::move(partners);
    for (const std::string& partner : impl->partners)
        impl->state.partners[partner] = {};
    return Session(std::move(impl));
}

Result<void> Session::start()
{
    return m_impl->apply([](Mover& mover) { return mover.start(); });
}

Result<void> Session::answer(const std::string& partner, const json& value, AnswerOptions options)
{
    return m_impl->apply([&](Mover& mover) { return mover.answer(partner, value, options.keepPrivate); });
}

Result<void> Session::next(const std::string& partner)
{
    return m_impl->apply([&](Mover& mover) { return mover.next(partner); });
}

Result<void> Session::back(const std::string& partner)
{
    return m_impl->apply([&](Mover& mover) { return mover.back(partner); });
}

Result<void> Session::pause(const std::string& partner, const PauseRequest& request)
{
    return m_impl->apply([&](Mover& mover) { return mover.pause(partner, request); });
}

Result<void> Session::updatePause(const PauseRequest& request)
{
    return m_impl->apply([&](Mover& mover) { return mover.updatePause(request); });
}

Result<void> Session::resume()
{
    return m_impl->apply([](Mover& mover) { return mover.resume(); });
}

Result<void> Session::jumpTo(const std::string& partner, const std::string& cardId)
{
    return m_impl->apply([&](Mover& mover) { return mover.jumpTo(partner, cardId); });
}

namespace {
// The current turns answer and the people taking turns, for the partner's position.
struct TurnsContext {
    const Card* card = nullptr;
    json answer;
    std::vector<std::string> people;
};

Result<TurnsContext> turnsContext(const Session& session, const std::string& partner)
{
    const Card* card = session.currentCard(partner);
    if (!card || card->kind != content::CardKind::Turns)
        return makeError("The current card is not a turns card.");
    TurnsContext context;
    context.card = card;
    if (const AnswerRecord* record = session.answerFor(partner, card->id))
        context.answer = record->value;
    if (session.position(partner).place == PartnerPlace::Together) {
        for (const std::string& other : session.partners()) {
            if (session.position(other).place == PartnerPlace::Together)
                context.people.push_back(other);
        }
    } else {
        context.people.push_back(partner);
    }
    return context;
}
} // namespace

Result<void> Session::turnShare(const std::string& partner, const std::string& text)
{
    auto context = turnsContext(*this, partner);
    if (!context)
        return context.error();
    auto next = engine::turnShare(context->answer, context->people, partner, text);
    if (!next)
        return next.error();
    return m_impl->apply([&](Mover& mover) { return mover.setTurns(partner, next.value()); });
}

Result<void> Session::turnReflect(const std::string& partner, const std::string& reflected, const std::string& noticed,
                                  const std::string& validated)
{
    auto context = turnsContext(*this, partner);
    if (!context)
        return context.error();
    auto next = engine::turnReflect(context->answer, context->people, partner, reflected, noticed, validated);
    if (!next)
        return next.error();
    return m_impl->apply([&](Mover& mover) { return mover.setTurns(partner, next.value()); });
}

Result<void> Session::turnConfirm(const std::string& partner, bool confirmed, const std::string& correction)
{
    auto context = turnsContext(*this, partner);
    if (!context)
        return context.error();
    auto next = engine::turnConfirm(context->answer, context->people, partner, confirmed, correction);
    if (!next)
        return next.error();
    return m_impl->apply([&](Mover& mover) { return mover.setTurns(partner, next.value()); });
}

Result<void> Session::canNext(const std::string& partner) const
{
    return m_impl->dryRun([&](Mover& mover) { return mover.next(partner); });
}

Result<void> Session::canBack(const std::string& partner) const
{
    return m_impl->dryRun([&](Mover& mover) { return mover.back(partner); });
}

const Program& Session::program() const
{
    return *m_impl->program;
}
std::shared_ptr<const Program> Session::programPtr() const
{
    return m_impl->program;
}
const std::vector<std::string>& Session::partners() const
{
    return m_impl->partners;
}
SessionStatus Session::status() const
{
    return m_impl->state.status;
}

PartnerPosition Session::position(const std::string& partner) const
{
    PartnerPosition position;
    position.partner = partner;
    auto it = m_impl->state.partners.find(partner);
    if (it == m_impl->state.partners.end())
        return position;
    position.place = it->second.place;
    if (position.place == PartnerPlace::Together)
        position.cardId = m_impl->state.shared.card;
    else if (position.place == PartnerPlace::OwnCard || position.place == PartnerPlace::Waiting)
        position.cardId = it->second.card;
    if (const Card* card = m_impl->program->findCard(position.cardId))
        position.stepId = m_impl->program->stepOf(*card).id;
    return position;
}

const Card* Session::currentCard(const std::string& partner) const
{
    const PartnerPosition where = position(partner);
    if (where.place != PartnerPlace::OwnCard && where.place != PartnerPlace::Together)
        return nullptr;
    return m_impl->program->findCard(where.cardId);
}

bool Session::isWaiting(const std::string& partner) const
{
    return position(partner).place == PartnerPlace::Waiting;
}

std::vector<std::string> Session::waitingFor(const std::string& partner) const
{
    std::vector<std::string> others;
    if (!isWaiting(partner))
        return others;
    for (const std::string& other : m_impl->partners) {
        const auto place = m_impl->state.partners.at(other).place;
        if (other != partner && place != PartnerPlace::Waiting && place != PartnerPlace::Finished)
            others.push_back(other);
    }
    return others;
}

std::vector<StepProgress> Session::progress() const
{
    const Program& program = *m_impl->program;
    std::vector<StepProgress> rail;
    for (std::size_t s = 0; s < program.steps.size(); ++s) {
        StepProgress step;
        step.stepId = program.steps[s].id;
        step.who = program.steps[s].who;
        for (const std::string& partner : m_impl->partners) {
            const PartnerPosition where = position(partner);
            StepState state = StepState::Ahead;
            if (where.place == PartnerPlace::Finished) {
                state = StepState::Done;
            } else if (auto index = program.stepIndex(where.stepId)) {
                state = s < *index ? StepState::Done : (s == *index ? StepState::Current : StepState::Ahead);
            }
            step.partners[partner] = state;
        }
        rail.push_back(std::move(step));
    }
    return rail;
}

const AnswerRecord* Session::answerFor(const std::string& partner, const std::string& cardId) const
{
    const Card* card = m_impl->program->findCard(cardId);
    if (!card)
        return nullptr;
    const std::map<std::string, AnswerRecord>* answers = nullptr;
    if (m_impl->program->stepOf(*card).who == Who::Together) {
        answers = &*m_impl->state.shared.answers;
    } else {
        auto it = m_impl->state.partners.find(partner);
        if (it == m_impl->state.partners.end())
            return nullptr;
        answers = &*it->second.answers;
    }
    auto it = answers->find(cardId);
    return it == answers->end() ? nullptr : &it->second;
}

const std::map<std::string, AnswerRecord>& Session::answersOf(const std::string& partner) const
{
    static const std::map<std::string, AnswerRecord> none;
    auto it = m_impl->state.partners.find(partner);
    return it == m_impl->state.partners.end() ? none : *it->second.answers;
}

const std::map<std::string, AnswerRecord>& Session::sharedAnswers() const
{
    return *m_impl->state.shared.answers;
}
const std::vector<PastRound>& Session::pastRounds() const
{
    return *m_impl->state.past;
}

int Session::roundOf(const std::string& stepId, const std::string& partner) const
{
    const content::Step* step = m_impl->program->findStep(stepId);
    const std::map<std::string, int>* rounds = nullptr;
    if (step && step->who == Who::Together) {
        rounds = &m_impl->state.shared.rounds;
    } else {
        auto it = m_impl->state.partners.find(partner);
        if (it == m_impl->state.partners.end())
            return 1;
        rounds = &it->second.rounds;
    }
    auto it = rounds->find(stepId);
    return it == rounds->end() ? 1 : it->second;
}

Result<TurnStatus> Session::turnStatus(const std::string& partner) const
{
    auto context = turnsContext(*this, partner);
    if (!context)
        return context.error();
    return engine::turnStatus(context->answer, context->people);
}

const std::optional<PauseInfo>& Session::pauseInfo() const
{
    return m_impl->state.pause;
}

std::vector<Commitment> Session::commitments() const
{
    std::vector<Commitment> list;
    auto collect = [&](const std::map<std::string, AnswerRecord>& answers, bool shared) {
        for (const auto& [cardId, record] : answers) {
            const Card* card = m_impl->program->findCard(cardId);
            if (!card || card->records != content::Records::Commitments || !record.value.is_string())
                continue;
            for (const std::string& line : commitmentLines(record.value.get<std::string>()))
                list.push_back({cardId, record.by, shared, line});
        }
    };
    for (const std::string& partner : m_impl->partners)
        collect(*m_impl->state.partners.at(partner).answers, false);
    collect(*m_impl->state.shared.answers, true);
    return list;
}

std::vector<std::string> Session::history(const std::string& partner) const
{
    auto it = m_impl->state.partners.find(partner);
    if (it == m_impl->state.partners.end())
        return {};
    if (it->second.place == PartnerPlace::Together)
        return *m_impl->state.shared.history;
    return *it->second.history;
}

int Session::subscribe(Observer observer)
{
    const int id = m_impl->nextObserver++;
    m_impl->observers.emplace(id, std::move(observer));
    return id;
}

void Session::unsubscribe(int id)
{
    m_impl->observers.erase(id);
}

// ---- persistence ----

namespace {

json recordToJson(const AnswerRecord& record)
{
    return json{{"value", record.value}, {"by", record.by}, {"private", record.keptPrivate}, {"at", record.at}};
}

json answersToJson(const std::map<std::string, AnswerRecord>& answers)
{
    json out = json::object();
    for (const auto& [card, record] : answers)
        out[card] = recordToJson(record);
    return out;
}

json roundsToJson(const std::map<std::string, int>& rounds)
{
    json out = json::object();
    for (const auto& [step, number] : rounds)
        out[step] = number;
    return out;
}

// Reading: any type mismatch throws nlohmann's type_error, turned into one clear error by fromJson.
const json& need(const json& object, const char* key)
{
    if (!object.is_object() || !object.contains(key))
        throw std::runtime_error(std::string("missing \"") + key + "\"");
    return object.at(key);
}

std::string text(const json& object, const char* key)
{
    const json& value = need(object, key);
    if (!value.is_string())
        throw std::runtime_error(std::string("\"") + key + "\" is not text");
    return value.get<std::string>();
}

std::vector<std::string> textList(const json& value)
{
    if (!value.is_array())
        throw std::runtime_error("a list of ids is not a list");
    std::vector<std::string> out;
    for (const json& item : value) {
        if (!item.is_string())
            throw std::runtime_error("a list of ids holds something other than text");
        out.push_back(item.get<std::string>());
    }
    return out;
}

AnswerRecord recordFromJson(const json& value)
{
    if (!value.is_object() || value.size() != 4)
        throw std::runtime_error("an answer record is malformed");
    AnswerRecord record;
    record.value = need(value, "value");
    record.by = text(value, "by");
    if (!need(value, "private").is_boolean())
        throw std::runtime_error("\"private\" is not true or false");
    record.keptPrivate = value.at("private").get<bool>();
    record.at = text(value, "at");
    return record;
}

/// The saved answers. An answer kept for a card that has since become an `info` card (which asks nothing) is
/// dropped, so a paused session still opens after a question was turned into a plain page without a new version.
std::map<std::string, AnswerRecord> answersFromJson(const json& value, const Program& program)
{
    if (!value.is_object())
        throw std::runtime_error("answers are not an object");
    std::map<std::string, AnswerRecord> out;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (const Card* card = program.findCard(it.key()); card && card->kind == CardKind::Info)
            continue;
        out[it.key()] = recordFromJson(it.value());
    }
    return out;
}

std::map<std::string, int> roundsFromJson(const json& value)
{
    if (!value.is_object())
        throw std::runtime_error("rounds are not an object");
    std::map<std::string, int> out;
    for (auto it = value.begin(); it != value.end(); ++it) {
        if (!it.value().is_number_integer() || it.value().get<std::int64_t>() < 1 ||
            it.value().get<std::int64_t>() > 1000000)
            throw std::runtime_error("a round number is not a positive whole number");
        out[it.key()] = static_cast<int>(it.value().get<std::int64_t>());
    }
    return out;
}

template <typename Enum> Enum enumFromText(const std::string& value, std::initializer_list<Enum> all)
{
    for (Enum candidate : all) {
        if (toString(candidate) == value)
            return candidate;
    }
    throw std::runtime_error("unknown value \"" + value + "\"");
}

} // namespace

Result<void> Session::checkConsistency() const
{
    return detail::checkState(m_impl->state, *m_impl->program, m_impl->partners);
}

json Session::toJson() const
{
    const State& state = m_impl->state;
    const Program& program = *m_impl->program;
    json out;
    out["format"] = kStateFormat;
    out["program"] = {{"id", program.id}, {"version", program.version}, {"locale", program.locale}};
    out["partners"] = m_impl->partners;
    out["status"] = std::string(toString(state.status));
    out["started_at"] = state.startedAt;
    json positions = json::object();
    for (const std::string& partner : m_impl->partners) {
        const auto& person = state.partners.at(partner);
        positions[partner] = {{"place", std::string(toString(person.place))},
                              {"card", person.card},
                              {"history", *person.history},
                              {"answers", answersToJson(*person.answers)},
                              {"rounds", roundsToJson(person.rounds)}};
    }
    out["positions"] = positions;
    out["shared"] = {{"card", state.shared.card},
                     {"history", *state.shared.history},
                     {"answers", answersToJson(*state.shared.answers)},
                     {"rounds", roundsToJson(state.shared.rounds)}};
    json past = json::array();
    for (const PastRound& round : *state.past) {
        past.push_back({{"step", round.stepId},
                        {"partner", round.partner},
                        {"number", round.number},
                        {"answers", answersToJson(round.answers)},
                        {"ended_at", round.endedAt}});
    }
    out["past_rounds"] = past;
    if (state.pause) {
        const PauseInfo& pause = *state.pause;
        out["pause"] = {{"reason", pause.reason}, {"resume_at", pause.resumeAt},
                        {"place", pause.place},   {"requested_by", pause.requestedBy},
                        {"card", pause.cardId},   {"by_route", pause.byRoute},
                        {"at", pause.at}};
    } else {
        out["pause"] = nullptr;
    }
    json resume = json::array();
    for (const detail::ResumePlan& plan : state.resume)
        resume.push_back({{"scope", plan.scope}, {"target", plan.target.toString()}, {"from", plan.fromCard}});
    out["resume"] = resume;
    return out;
}

Result<Session> Session::fromJson(const json& saved, std::shared_ptr<const Program> program,
                                  std::shared_ptr<const Clock> clock)
{
    if (!program)
        return makeError("A session needs a program.");
    try {
        if (!saved.is_object())
            return makeError("The saved session is not a JSON object.");
        const json& format = need(saved, "format");
        if (!format.is_number_integer() || format.get<std::int64_t>() != kStateFormat)
            return makeError("The saved session uses a format this version cannot read.");
        const json& about = need(saved, "program");
        const std::string id = text(about, "id");
        const std::string version = text(about, "version");
        const std::string locale = text(about, "locale");
        if (id != program->id)
            return makeError("The saved session belongs to the program \"" + id + "\", not \"" + program->id + "\".");
        if (version != program->version || locale != program->locale)
            return makeError("The saved session was made with \"" + id + "\" version " + version + " (" + locale +
                             "); the program loaded is version " + program->version + " (" + program->locale +
                             "), so it cannot be resumed exactly.");

        auto created = create(program, textList(need(saved, "partners")), std::move(clock));
        if (!created)
            return makeError("The saved session's partners are not valid: " + created.error().message);
        Session session = std::move(created.value());
        State& state = session.m_impl->state;
        state.status = enumFromText(text(saved, "status"), {SessionStatus::NotStarted, SessionStatus::Active,
                                                            SessionStatus::Paused, SessionStatus::Completed});
        state.startedAt = text(saved, "started_at");
        const json& positions = need(saved, "positions");
        if (!positions.is_object() || positions.size() != session.m_impl->partners.size())
            return makeError("The saved session's positions do not match its partners.");
        for (const std::string& partner : session.m_impl->partners) {
            const json& entry = need(positions, partner.c_str());
            if (!entry.is_object() || entry.size() != 5)
                return makeError("The saved position of \"" + partner + "\" is malformed.");
            auto& person = state.partners.at(partner);
            person.place = enumFromText(text(entry, "place"),
                                        {PartnerPlace::NotStarted, PartnerPlace::OwnCard, PartnerPlace::Waiting,
                                         PartnerPlace::Together, PartnerPlace::Finished});
            person.card = text(entry, "card");
            person.history.assign(textList(need(entry, "history")));
            person.answers.assign(answersFromJson(need(entry, "answers"), *program));
            person.rounds = roundsFromJson(need(entry, "rounds"));
        }
        const json& shared = need(saved, "shared");
        if (!shared.is_object() || shared.size() != 4)
            return makeError("The saved shared position is malformed.");
        state.shared.card = text(shared, "card");
        state.shared.history.assign(textList(need(shared, "history")));
        state.shared.answers.assign(answersFromJson(need(shared, "answers"), *program));
        state.shared.rounds = roundsFromJson(need(shared, "rounds"));
        const json& past = need(saved, "past_rounds");
        if (!past.is_array())
            return makeError("The saved past rounds are not a list.");
        for (const json& entry : past) {
            if (!entry.is_object() || entry.size() != 5)
                return makeError("A saved past round is malformed.");
            PastRound round;
            round.stepId = text(entry, "step");
            round.partner = text(entry, "partner");
            const json& number = need(entry, "number");
            if (!number.is_number_integer() || number.get<std::int64_t>() < 1 || number.get<std::int64_t>() > 1000000)
                return makeError("A saved past round has no valid number.");
            round.number = static_cast<int>(number.get<std::int64_t>());
            round.answers = answersFromJson(need(entry, "answers"), *program);
            round.endedAt = text(entry, "ended_at");
            state.past.mut().push_back(std::move(round));
        }
        const json& pause = need(saved, "pause");
        if (!pause.is_null()) {
            if (!pause.is_object() || pause.size() != 7)
                return makeError("The saved pause is malformed.");
            PauseInfo info;
            info.reason = text(pause, "reason");
            info.resumeAt = text(pause, "resume_at");
            info.place = text(pause, "place");
            info.requestedBy = text(pause, "requested_by");
            info.cardId = text(pause, "card");
            if (!need(pause, "by_route").is_boolean())
                return makeError("The saved pause is malformed.");
            info.byRoute = pause.at("by_route").get<bool>();
            info.at = text(pause, "at");
            state.pause = info;
        }
        const json& resume = need(saved, "resume");
        if (!resume.is_array())
            return makeError("The saved resume plan is not a list.");
        for (const json& entry : resume) {
            if (!entry.is_object() || entry.size() != 3)
                return makeError("A saved resume plan is malformed.");
            auto target = content::Target::parse(text(entry, "target"));
            if (!target)
                return makeError("A saved resume plan has no valid target.");
            state.resume.push_back({text(entry, "scope"), *target, text(entry, "from")});
        }
        if (saved.size() != 10)
            return makeError("The saved session has fields this version does not know.");
        if (auto ok = detail::checkState(state, *program, session.m_impl->partners); !ok)
            return makeError("The saved session does not fit the program: " + ok.error().message);
        return session;
    } catch (const std::exception& error) {
        return makeError(std::string("The saved session is malformed: ") + error.what() + ".");
    }
}

} // namespace tend::engine
