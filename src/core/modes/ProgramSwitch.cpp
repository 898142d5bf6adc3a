#include "tend/modes/ProgramSwitch.h"

#include "tend/modes/AnswerPayload.h"

#include <algorithm>
#include <set>

namespace tend::modes {

namespace {

std::set<std::string> idsOffered(const content::Card& card)
{
    std::set<std::string> ids;
    for (const content::Option& option : card.options)
        ids.insert(option.id);
    for (const content::ChecklistItem& item : card.items)
        ids.insert(item.id);
    return ids;
}

// A choice or checklist answer with only the ids `card` offers; nullopt when nothing of it is left.
std::optional<nlohmann::json> keepOffered(const content::Card& card, const nlohmann::json& value)
{
    const std::set<std::string> offered = idsOffered(card);
    auto keep = [&offered](const nlohmann::json& list) {
        nlohmann::json kept = nlohmann::json::array();
        for (const auto& id : list)
            if (id.is_string() && offered.count(id.get<std::string>()))
                kept.push_back(id);
        return kept;
    };
    if (card.kind == content::CardKind::Checklist && value.is_array())
        return keep(value); // an empty list is still an answer: "none of these"
    if (card.kind == content::CardKind::Choice && value.is_object()) {
        nlohmann::json out = value;
        out["selected"] = keep(value.value("selected", nlohmann::json::array()));
        const bool other =
            card.other && out.contains("other") && out["other"].is_string() && !out["other"].get<std::string>().empty();
        if (!other)
            out.erase("other");
        if (out["selected"].empty() && !other)
            return std::nullopt;
        return out;
    }
    if (card.kind == content::CardKind::Gate && value.is_string())
        return offered.count(value.get<std::string>()) ? std::optional(value) : std::nullopt;
    return value;
}

} // namespace

bool isRepairProgram(std::string_view programId)
{
    return programId == kRepairProgramId || programId == kQuickRepairProgramId;
}

const content::Option* switchChosen(const content::Card& card, const nlohmann::json& answer)
{
    const std::vector<std::string> chosen = chosenOptionIds(answer);
    for (const content::Option& option : card.options)
        if (!option.switchTo.empty() && std::find(chosen.begin(), chosen.end(), option.id) != chosen.end())
            return &option;
    return nullptr;
}

std::vector<CarriedAnswer> carriedAnswers(const engine::Session& from, const content::Program& to)
{
    std::vector<CarriedAnswer> carried;
    const content::Program& program = from.program();
    for (const std::string& partner : from.partners()) {
        for (const auto& [cardId, record] : from.answersOf(partner)) {
            const content::Card* card = program.findCard(cardId);
            const content::Card* target = to.findCard(cardId);
            if (!card || !target || card->kind != target->kind)
                continue;
            if (program.stepOf(*card).who != content::Who::Each || to.stepOf(*target).who != content::Who::Each)
                continue;
            if (switchChosen(*card, record.value))
                continue;
            auto value = keepOffered(*target, record.value);
            if (!value)
                continue;
            carried.push_back({partner, cardId, *value, record.keptPrivate});
        }
    }
    return carried;
}

} // namespace tend::modes
