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
    return detail::extractFeatures(read, detail::tokenize(read, content.compiled()), rules);
}

} // namespace tend::coach
