#include "tend/coach/LearnedLayer.h"

#include "Features.h"
#include "TextPipeline.h"
#include "Utf8.h"
#include "tend/coach/Coach.h"

namespace tend::coach {

std::vector<LearnedFeature> learnedFeatures(std::string_view text, const CoachContent& content)
{
    // The same steps analyze() takes before the model speaks: the same cut, the same tokens, the rules' verdicts.
    const std::string_view read = utf8::prefix(text, kMaxAnalysedBytes);
    const Analysis rules = analyze(read, content.withoutModel());
    const detail::FeatureList list = detail::extractFeatures(read, detail::tokenize(read, content.compiled()), rules);
    std::vector<LearnedFeature> features;
    features.reserve(list.items.size());
    for (const auto& item : list.items)
        features.push_back({std::string(list.name(item)), item.begin, item.end});
    return features;
}

bool readsForSafety(std::string_view featureName)
{
    return featureName.rfind("r:", 0) != 0 && featureName.find("safety.") == std::string_view::npos;
}

} // namespace tend::coach
