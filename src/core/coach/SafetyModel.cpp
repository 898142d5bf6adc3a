#include "SafetyModel.h"

#include <nlohmann/json.hpp>

#include "Features.h"
#include "LinearModel.h"
#include "tend/coach/LearnedLayer.h"

namespace tend::coach::detail {

Result<std::shared_ptr<const SafetyModel>> SafetyModel::parse(std::string_view jsonText, const std::string& sourceName)
{
    auto problem = [&](const std::string& what) { return makeError(sourceName + ": " + what); };
    auto read = readModelDocument(jsonText, sourceName, "coach-safety-model");
    if (!read)
        return read.error();
    const nlohmann::json& doc = *read;
    auto model = std::make_shared<SafetyModel>();
    model->hashBits = doc["hashBits"].get<int>();
    if (!doc.contains("threshold") || !doc["threshold"].is_number())
        return problem("/threshold: expected a number");
    model->threshold = doc["threshold"].get<double>();
    const auto& bias = doc.contains("bias") ? doc["bias"] : nlohmann::json();
    if (!bias.is_array() || bias.size() != 2 || !bias[0].is_number() || !bias[1].is_number())
        return problem("/bias: expected [harm, self_harm]");
    model->bias = {bias[0].get<double>(), bias[1].get<double>()};
    const auto& rows = doc.contains("weights") ? doc["weights"] : nlohmann::json();
    if (!rows.is_array() || rows.empty())
        return problem("/weights: expected a list of [bucket, harm, self_harm]");
    model->weights.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& row = rows[i];
        const std::string where = "/weights/" + std::to_string(i);
        if (!row.is_array() || row.size() != 3 || !row[0].is_number_unsigned() || !row[1].is_number() ||
            !row[2].is_number())
            return problem(where + ": expected [bucket, harm, self_harm]");
        const auto bucket = row[0].get<std::uint64_t>();
        if (bucket >= (std::uint64_t{1} << model->hashBits))
            return problem(where + ": bucket out of range for hashBits");
        if (!model->weights
                 .emplace(static_cast<std::uint32_t>(bucket), std::array{row[1].get<float>(), row[2].get<float>()})
                 .second)
            return problem(where + ": bucket listed twice");
    }
    return std::shared_ptr<const SafetyModel>(std::move(model));
}

std::array<bool, 2> hearDisclosure(const SafetyModel& model, std::string_view text, const TokenizedText& tokens,
                                   const Analysis& rules)
{
    const FeatureList features = extractFeatures(text, tokens, rules);
    std::array<double, 2> sum = model.bias;
    const std::uint32_t mask = (1u << model.hashBits) - 1u;
    for (const auto& feature : features.items) {
        if (!readsForSafety(features.name(feature)))
            continue;
        auto it = model.weights.find(feature.hash & mask);
        if (it == model.weights.end())
            continue;
        sum[0] += it->second[0];
        sum[1] += it->second[1];
    }
    return {sum[0] >= model.threshold, sum[1] >= model.threshold};
}

} // namespace tend::coach::detail
