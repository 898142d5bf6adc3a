#include "LinearModel.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "Features.h"

namespace tend::coach::detail {

namespace {

constexpr std::size_t kMaxReasons = 3;

struct Contribution {
    double weight = 0.0;
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string_view name;
};

// The strongest positive contributions that point at words, one per place in the text.
std::vector<Finding> strongest(std::vector<Contribution> parts, const std::string& verdict)
{
    std::stable_sort(parts.begin(), parts.end(),
                     [](const Contribution& a, const Contribution& b) { return a.weight > b.weight; });
    std::vector<Finding> reasons;
    for (const auto& part : parts) {
        if (reasons.size() >= kMaxReasons || part.weight <= 0.0)
            break;
        if (part.end <= part.begin)
            continue;
        const bool overlaps = std::any_of(reasons.begin(), reasons.end(),
                                          [&](const Finding& r) { return part.begin < r.end && r.begin < part.end; });
        if (!overlaps)
            reasons.push_back({verdict, std::string(part.name), part.begin, part.end});
    }
    return reasons;
}

} // namespace

Result<nlohmann::json> readModelDocument(std::string_view jsonText, const std::string& sourceName,
                                         std::string_view kind)
{
    auto problem = [&](const std::string& what) { return makeError(sourceName + ": " + what); };
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(jsonText);
    } catch (const nlohmann::json::exception& e) {
        return problem(std::string("not valid JSON (") + e.what() + ")");
    }
    if (!doc.is_object() || doc.value("kind", "") != kind)
        return problem("/kind: expected \"" + std::string(kind) + "\"");
    if (!doc.contains("format") || doc["format"] != 1)
        return problem("/format: expected 1");
    if (!doc.contains("hashBits") || !doc["hashBits"].is_number_integer() || doc["hashBits"] < 8 ||
        doc["hashBits"] > 24)
        return problem("/hashBits: expected a whole number from 8 to 24");
    return doc;
}

Result<std::shared_ptr<const LinearModel>> LinearModel::parse(std::string_view jsonText, const std::string& sourceName)
{
    auto problem = [&](const std::string& what) { return makeError(sourceName + ": " + what); };
    auto read = readModelDocument(jsonText, sourceName, "coach-model");
    if (!read)
        return read.error();
    const nlohmann::json& doc = *read;
    auto model = std::make_shared<LinearModel>();
    model->hashBits = doc["hashBits"].get<int>();
    if (doc.contains("rulePrior")) {
        const auto& prior = doc["rulePrior"];
        if (!prior.is_object() || !prior.value("blame", nlohmann::json()).is_number() ||
            !prior.value("stage", nlohmann::json()).is_number())
            return problem("/rulePrior: expected {\"blame\": number, \"stage\": number}");
        model->blamePrior = prior["blame"].get<double>();
        model->stagePrior = prior["stage"].get<double>();
    }
    const auto& rows = doc["weights"];
    if (!rows.is_array())
        return problem("/weights: expected a list of [bucket, blame, neutral, describing, expressing]");
    model->weights.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        const std::string where = "/weights/" + std::to_string(i);
        if (!row.is_array() || row.size() != kOutputs + 1 || !row[0].is_number_unsigned())
            return problem(where + ": expected [bucket, blame, neutral, describing, expressing]");
        const auto bucket = row[0].get<std::uint64_t>();
        if (bucket >= (std::uint64_t{1} << model->hashBits))
            return problem(where + ": bucket out of range for hashBits");
        std::array<float, kOutputs> w{};
        for (std::size_t k = 0; k < kOutputs; ++k) {
            if (!row[k + 1].is_number())
                return problem(where + ": weights must be numbers");
            w[k] = row[k + 1].get<float>();
        }
        if (!model->weights.emplace(static_cast<std::uint32_t>(bucket), w).second)
            return problem(where + ": bucket listed twice");
    }
    return std::shared_ptr<const LinearModel>(std::move(model));
}

void applyModel(const LinearModel& model, std::string_view text, const TokenizedText& tokens, Analysis& analysis)
{
    const FeatureList features = extractFeatures(text, tokens, analysis);
    // The rules' verdicts are a head start that the weights must overcome to disagree (none in the shipped model).
    std::array<double, LinearModel::kOutputs> sum{};
    sum[0] = analysis.blame ? model.blamePrior : -model.blamePrior;
    sum[static_cast<std::size_t>(analysis.stage) + 1] = model.stagePrior;
    const std::uint32_t mask = model.hashBits >= 32 ? ~0u : (1u << model.hashBits) - 1u;
    std::vector<std::pair<const FeatureList::Item*, const std::array<float, LinearModel::kOutputs>*>> used;
    used.reserve(features.items.size());
    for (const auto& feature : features.items) {
        auto it = model.weights.find(feature.hash & mask);
        if (it == model.weights.end())
            continue;
        for (std::size_t k = 0; k < LinearModel::kOutputs; ++k)
            sum[k] += it->second[k];
        used.emplace_back(&feature, &it->second);
    }
    analysis.blame = sum[0] >= 0.0;
    const auto best = std::max_element(sum.begin() + 1, sum.end()) - (sum.begin() + 1);
    analysis.stage = static_cast<Stage>(best);
    if (!analysis.blame) {
        analysis.blameKinds.clear();
        std::erase_if(analysis.findings, [](const Finding& f) { return f.feature.rfind("blame.", 0) == 0; });
    }

    std::vector<Contribution> forBlame;
    std::vector<Contribution> forStage;
    const std::size_t stageOutput = static_cast<std::size_t>(best) + 1;
    for (const auto& [feature, w] : used) {
        const std::string_view name = features.name(*feature);
        forBlame.push_back({(*w)[0], feature->begin, feature->end, name});
        double others = 0.0;
        for (std::size_t k = 1; k < LinearModel::kOutputs; ++k)
            others += k == stageOutput ? 0.0 : (*w)[k];
        forStage.push_back({(*w)[stageOutput] - others / 2.0, feature->begin, feature->end, name});
    }
    analysis.reasons.clear();
    if (analysis.blame)
        analysis.reasons = strongest(std::move(forBlame), "blame");
    if (analysis.stage != Stage::Neutral) {
        auto stageReasons = strongest(std::move(forStage), "stage." + std::string(stageName(analysis.stage)));
        analysis.reasons.insert(analysis.reasons.end(), stageReasons.begin(), stageReasons.end());
    }
}

} // namespace tend::coach::detail
