#include "tend/modes/SoloToJoint.h"
#include "tend/common/Result.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "tend/common/Log.h"

namespace tend::modes {
namespace {

using journal::Entry;
using journal::Viewer;
using nlohmann::json;

std::string makeId(const std::function<std::string()>& newId)
{
    return newId ? newId() : journal::newId();
}

bool arrived(engine::PartnerPlace place)
{
    return place == engine::PartnerPlace::Waiting || place == engine::PartnerPlace::Together ||
           place == engine::PartnerPlace::Finished;
}

// The option of a gate or choice card whose route leads to `target` (resolved to a card), or nullptr.
const content::Option* optionInto(const content::Program& program, const content::Card& card,
                                  const std::string& targetCard)
{
    for (const content::Option& option : card.options) {
        if (!option.next)
            continue;
        auto resolved = program.resolve(*option.next);
        if (resolved && resolved->type == content::Target::Type::Card && resolved->id == targetCard)
            return &option;
    }
    return nullptr;
}

} // namespace

Result<SoloReflection> soloReflection(journal::Journal& journal, const std::string& soloSessionId)
{
    auto session = journal.session(soloSessionId);
    if (!session)
        return session.error();
    if (!*session)
        return makeError("There is no session with this id");
    if ((*session)->mode != journal::SessionMode::Solo)
        return makeError("This session was not a solo reflection");
    // The writer's own view: everything they wrote, private answers included.
    auto entries = journal.entries(soloSessionId, Viewer::everything());
    if (!entries)
        return entries.error();
    SoloReflection reflection;
    reflection.session = **session;
    for (const Entry& e : *entries) {
        if (!e.partnerId)
            continue; // a solo session that went on alone into a together step: those are not a reflection
        if (reflection.partnerId.empty())
            reflection.partnerId = *e.partnerId;
        else if (reflection.partnerId != *e.partnerId)
            return makeError("This solo session holds the writing of more than one person");
        reflection.entries.push_back(e);
    }
    if (reflection.partnerId.empty()) {
        auto partners = journal.partners(reflection.session.coupleId);
        if (!partners)
            return partners.error();
        if (partners->size() == 1)
            reflection.partnerId = partners->front().id;
    }
    return reflection;
}

Result<void> finishEachSteps(engine::Session& session, const std::string& partner)
{
    const content::Program& program = session.program();
    std::optional<std::size_t> together;
    for (std::size_t i = 1; i < program.steps.size(); ++i) {
        if (program.steps[i].who == content::Who::Together && !program.steps[i].cards.empty()) {
            together = i;
            break;
        }
    }
    if (!together)
        return makeError("This program has no together step after the steps each partner does alone");
    const content::Card* last = nullptr;
    for (std::size_t i = *together; i-- > 0 && !last;) {
        if (program.steps[i].who == content::Who::Each && !program.steps[i].cards.empty())
            last = &program.steps[i].cards.back();
    }
    if (!last)
        return makeError("This program has no step each partner does alone before its together step");
    const std::string firstTogether = program.steps[*together].cards.front().id;

    if (session.status() == engine::SessionStatus::NotStarted) {
        TEND_TRY(session.start());
    }
    if (arrived(session.position(partner).place))
        return {};

    const content::Option* option = nullptr;
    if (last->kind == content::CardKind::Gate || last->kind == content::CardKind::Choice) {
        option = optionInto(program, *last, firstTogether);
        if (!option && last->kind == content::CardKind::Gate)
            return makeError("The last card before the together step has no option that leads into it");
    }
    if (!option) {
        auto route = program.resolve(program.routeAfter(*last));
        if (!route || route->type != content::Target::Type::Card || route->id != firstTogether)
            return makeError("The last card before the together step does not lead into it");
    }

    engine::Session before = session;
    auto undo = [&](const Error& error) -> Result<void> {
        session = before;
        return error;
    };
    if (auto moved = session.jumpTo(partner, last->id); !moved)
        return undo(moved.error());
    if (option) {
        const json value =
            last->kind == content::CardKind::Gate ? json(option->id) : json{{"selected", json::array({option->id})}};
        if (auto answered = session.answer(partner, value); !answered)
            return undo(answered.error());
    }
    if (auto moved = session.next(partner); !moved)
        return undo(moved.error());
    const auto place = session.position(partner).place;
    if (place != engine::PartnerPlace::Waiting && place != engine::PartnerPlace::Together)
        return undo(makeError("The partner did not arrive at the together step"));
    return {};
}

Result<BringPlan> planBringIntoJoint(journal::Journal& journal, const BringRequest& request,
                                     std::shared_ptr<const engine::Clock> clock)
{
    if (!journal::isValidTimestamp(request.at) || !engine::parseIso(request.at))
        return makeError("The time of bringing the reflection is not an ISO-8601 UTC timestamp");
    auto reflection = soloReflection(journal, request.soloSessionId);
    if (!reflection)
        return reflection.error();

    auto couple = journal.couple(request.coupleId);
    if (!couple)
        return couple.error();
    if (!*couple)
        return makeError("There is no couple with this id");
    if ((*couple)->kind != journal::CoupleKind::Couple)
        return makeError("A reflection can only be brought into a couple's joint session");
    auto partners = journal.partners(request.coupleId);
    if (!partners)
        return partners.error();
    if (std::none_of(partners->begin(), partners->end(),
                     [&](const journal::Partner& p) { return p.id == request.partnerId; }))
        return makeError("The person bringing the reflection is not a partner of this couple");

    if (request.share.empty() && request.keepPrivate.empty())
        return makeError("Choose at least one answer to bring");
    std::set<std::string> chosen;
    for (const auto* list : {&request.share, &request.keepPrivate}) {
        for (const std::string& id : *list) {
            if (!chosen.insert(id).second)
                return makeError("An answer was chosen twice");
            if (std::none_of(reflection->entries.begin(), reflection->entries.end(),
                             [&](const Entry& e) { return e.id == id; }))
                return makeError("An answer to bring is not part of this solo reflection");
        }
    }
    if (request.program && request.program->id != reflection->session.programId)
        return makeError("The joint session must follow the same program as the solo reflection");

    BringPlan plan;
    if (request.jointSessionId) {
        auto joint = journal.session(*request.jointSessionId);
        if (!joint)
            return joint.error();
        if (!*joint)
            return makeError("There is no joint session with this id");
        const journal::Session& s = **joint;
        if (s.coupleId != request.coupleId || s.mode != journal::SessionMode::Together)
            return makeError("That session is not a joint session of this couple");
        if (s.status == journal::SessionStatus::Completed || s.status == journal::SessionStatus::Abandoned)
            return makeError("That joint session has ended");
        if (s.programId != reflection->session.programId)
            return makeError("The joint session follows another program than the solo reflection");
        auto already = carriedEntries(journal, s.id, Viewer::everything());
        if (!already)
            return already.error();
        for (const CarriedEntry& carried : *already) {
            if (chosen.count(carried.fromEntryId))
                return makeError("An answer was already brought into this joint session");
        }
        plan.joint = s;
    } else {
        plan.createsSession = true;
        plan.joint.id = makeId(request.newId);
        plan.joint.coupleId = request.coupleId;
        plan.joint.programId = reflection->session.programId;
        plan.joint.programVersion = reflection->session.programVersion;
        plan.joint.status = journal::SessionStatus::Active;
        plan.joint.mode = journal::SessionMode::Together;
        plan.joint.startedAt = request.at;
    }
    plan.joint.updatedAt = request.at;

    if (request.program) {
        if (!clock)
            clock = std::make_shared<engine::ManualClock>(*engine::parseIso(request.at));
        std::vector<std::string> ids;
        for (const journal::Partner& p : *partners)
            ids.push_back(p.id);
        std::optional<engine::Session> engineSession;
        if (!plan.joint.engineState.empty()) {
            json state = json::parse(plan.joint.engineState, nullptr, false);
            if (state.is_discarded())
                return makeError("The joint session's saved state cannot be read");
            auto restored = engine::Session::fromJson(state, request.program, clock);
            if (!restored)
                return restored.error();
            engineSession.emplace(std::move(*restored));
        } else {
            auto created = engine::Session::create(request.program, ids, clock);
            if (!created)
                return created.error();
            engineSession.emplace(std::move(*created));
        }
        TEND_TRY(finishEachSteps(*engineSession, request.partnerId));
        plan.joint.engineState = engineSession->toJson().dump(-1, ' ', false, json::error_handler_t::replace);
        plan.joint.programVersion = request.program->version;
    }

    // Copies in the order they were written, shared ones and private ones alike.
    for (const Entry& original : reflection->entries) {
        if (!chosen.count(original.id))
            continue;
        const bool shared = std::find(request.share.begin(), request.share.end(), original.id) != request.share.end();
        json payload = json::parse(original.payload, nullptr, false);
        if (!payload.is_object())
            payload = json{{"answer", payload.is_discarded() ? json(original.payload) : payload}};
        payload["carriedFrom"] = {
            {"sessionId", original.sessionId}, {"entryId", original.id}, {"createdAt", original.createdAt}};
        Entry copy;
        copy.id = makeId(request.newId);
        copy.sessionId = plan.joint.id;
        copy.partnerId = request.partnerId;
        copy.step = original.step;
        copy.card = original.card;
        copy.payload = payload.dump(-1, ' ', false, json::error_handler_t::replace);
        copy.visibility = shared ? journal::Visibility::Shared : journal::Visibility::Private;
        copy.createdAt = request.at;
        copy.updatedAt = request.at;
        plan.carried.push_back(std::move(copy));
    }
    return plan;
}

Result<void> applyBringPlan(journal::Journal& journal, const BringPlan& plan)
{
    auto done = journal.transaction([&]() -> Result<void> {
        journal::Session session = plan.joint;
        TEND_TRY(plan.createsSession ? journal.addSession(session) : journal.updateSession(session));
        for (const Entry& carried : plan.carried) {
            Entry copy = carried;
            TEND_TRY(journal.saveEntry(copy));
        }
        return {};
    });
    if (done)
        log::get("modes")->info("solo reflection brought into a joint session: {} entries", plan.carried.size());
    return done;
}

Result<BringPlan> bringIntoJoint(journal::Journal& journal, const BringRequest& request,
                                 std::shared_ptr<const engine::Clock> clock)
{
    auto plan = planBringIntoJoint(journal, request, std::move(clock));
    if (!plan)
        return plan.error();
    TEND_TRY(applyBringPlan(journal, *plan));
    return plan;
}

Result<std::vector<CarriedEntry>> carriedEntries(journal::Journal& journal, const std::string& jointSessionId,
                                                 const Viewer& viewer)
{
    auto entries = journal.entries(jointSessionId, viewer);
    if (!entries)
        return entries.error();
    std::vector<CarriedEntry> carried;
    for (const Entry& e : *entries) {
        json payload = json::parse(e.payload, nullptr, false);
        if (!payload.is_object())
            continue;
        auto from = payload.find("carriedFrom");
        if (from == payload.end() || !from->is_object())
            continue;
        CarriedEntry item;
        item.entry = e;
        item.fromSessionId = from->value("sessionId", "");
        item.fromEntryId = from->value("entryId", "");
        item.fromCreatedAt = from->value("createdAt", "");
        carried.push_back(std::move(item));
    }
    return carried;
}

} // namespace tend::modes
