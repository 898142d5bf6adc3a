#include "tend/modes/PrivacyView.h"

#include <algorithm>
#include <map>

namespace tend::modes {
namespace {

using journal::Viewer;
using nlohmann::json;

bool hiddenFrom(const json& value, const Viewer& viewer)
{
    if (viewer.kind == Viewer::Kind::Everything || !value.is_object())
        return false;
    // The engine writes an answer record as {"value", "by", "private", "at"}.
    auto flag = value.find("private");
    if (flag == value.end())
        flag = value.find("keptPrivate");
    if (flag == value.end() || !flag->is_boolean() || !flag->get<bool>() || !value.contains("value"))
        return false;
    if (viewer.kind == Viewer::Kind::SharedOnly)
        return true;
    auto by = value.find("by");
    return by == value.end() || !by->is_string() || by->get<std::string>() != viewer.partnerId;
}

json redact(const json& value, const Viewer& viewer)
{
    if (value.is_object()) {
        json out = json::object();
        for (auto it = value.begin(); it != value.end(); ++it) {
            if (!hiddenFrom(it.value(), viewer))
                out[it.key()] = redact(it.value(), viewer);
        }
        return out;
    }
    if (value.is_array()) {
        json out = json::array();
        for (const json& element : value) {
            if (!hiddenFrom(element, viewer))
                out.push_back(redact(element, viewer));
        }
        return out;
    }
    return value;
}

} // namespace

Result<SessionRecord> sessionRecordFor(journal::Journal& journal, const std::string& sessionId, const Viewer& viewer,
                                       const content::Program* program)
{
    auto session = journal.session(sessionId);
    if (!session)
        return session.error();
    if (!*session)
        return makeError("There is no session with this id");
    auto entries = journal.entries(sessionId, viewer);
    if (!entries)
        return entries.error();
    auto partners = journal.partners((*session)->coupleId);
    if (!partners)
        return partners.error();

    SessionRecord record;
    record.session = **session;
    record.viewer = viewer;

    // Step order: the program's, then any step it does not know in the order first written.
    std::vector<std::string> stepOrder;
    if (program) {
        for (const content::Step& step : program->steps)
            stepOrder.push_back(step.id);
    }
    for (const journal::Entry& e : *entries) {
        if (std::find(stepOrder.begin(), stepOrder.end(), e.step) == stepOrder.end())
            stepOrder.push_back(e.step);
    }
    // Partner order: by position in the couple, then anyone else in the order first written, then joint.
    std::vector<std::optional<std::string>> partnerOrder;
    for (const journal::Partner& p : *partners)
        partnerOrder.emplace_back(p.id);
    for (const journal::Entry& e : *entries) {
        if (e.partnerId && std::find(partnerOrder.begin(), partnerOrder.end(), e.partnerId) == partnerOrder.end())
            partnerOrder.push_back(e.partnerId);
    }
    partnerOrder.emplace_back(std::nullopt);

    for (const std::string& stepId : stepOrder) {
        StepRecord step;
        step.stepId = stepId;
        if (program) {
            if (const content::Step* known = program->findStep(stepId))
                step.title = known->title;
        }
        for (const auto& partnerId : partnerOrder) {
            PartnerAnswers answers;
            answers.partnerId = partnerId;
            for (const journal::Entry& e : *entries) {
                if (e.step == stepId && e.partnerId == partnerId)
                    answers.entries.push_back(e);
            }
            if (!answers.entries.empty())
                step.partners.push_back(std::move(answers));
        }
        if (!step.partners.empty())
            record.steps.push_back(std::move(step));
    }
    for (const journal::Entry& e : *entries) {
        if (e.visibility == journal::Visibility::Private)
            ++record.ownPrivateCount;
    }
    return record;
}

json redactEngineState(const json& state, const Viewer& viewer)
{
    if (viewer.kind == Viewer::Kind::Everything)
        return state;
    return redact(state, viewer);
}

Result<json> exportFor(journal::Journal& journal, const journal::exchange::ExportOptions& options)
{
    auto document = journal::exchange::exportJson(journal, options);
    if (!document)
        return document.error();
    if (options.viewer.kind == Viewer::Kind::Everything)
        return document;
    json& sessions = (*document)["sessions"];
    if (sessions.is_array()) {
        // The journal leaves engineState out of any export but Everything (it cannot filter it); put back a
        // copy redacted for this viewer, so an exported session still restores.
        for (json& session : sessions) {
            if (!session.contains("id") || !session["id"].is_string())
                continue;
            auto stored = journal.session(session["id"].get<std::string>());
            if (!stored)
                return stored.error();
            if (!*stored || (*stored)->engineState.empty())
                continue;
            json state = json::parse((*stored)->engineState, nullptr, false);
            if (!state.is_discarded())
                session["engineState"] = redactEngineState(state, options.viewer);
        }
    }
    return document;
}

Result<std::string> exportTextFor(journal::Journal& journal, const journal::exchange::ExportOptions& options)
{
    auto document = exportFor(journal, options);
    if (!document)
        return document.error();
    return document->dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

Result<std::vector<journal::SearchHit>> searchFor(journal::Journal& journal, const Viewer& viewer,
                                                  const std::string& text, int limit)
{
    journal::SearchQuery query;
    query.text = text;
    query.viewer = viewer;
    query.limit = limit;
    return journal.search(query);
}

} // namespace tend::modes
