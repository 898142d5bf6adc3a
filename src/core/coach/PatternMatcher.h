#pragma once

#include <vector>

#include "CompiledCoach.h"
#include "TextPipeline.h"

namespace tend::coach::detail {

/// Tries `pattern` at token `start` within the sentence [start, last). Returns one past the last matched token, or
/// -1. Quoted tokens never match; for a negatable pattern, wildcards and gaps refuse negation cues, so
/// "you are not lazy" does not match "you are *0-3 @negative_trait".
int matchPattern(const Pattern& pattern, const std::vector<Token>& tokens, int start, int last);

/// True when a negation cue sits within `window` tokens before `pos` in the same clause ("I'm not saying you...").
bool negatedBefore(const std::vector<Token>& tokens, int pos, int sentenceFirst, int window);

} // namespace tend::coach::detail
