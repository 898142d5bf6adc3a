#pragma once

#include <string>
#include <string_view>

#include "tend/coach/Analysis.h"
#include "tend/coach/CoachContent.h"

namespace tend::coach {

/// Listens to one piece of writing with one language's coach and reports what it heard. Pure and fast (well under
/// a millisecond for a paragraph), so a UI can call it on every typing pause. Never logs or keeps the text.
Analysis analyze(std::string_view text, const CoachContent& content);

/// The one-line JSON the `tend analyze` command prints, keys in this order:
/// `{"blame": false, "stage": "neutral", "emotions": [], "ownership": false, "hints": []}`.
std::string toJsonLine(const Analysis& analysis);

} // namespace tend::coach
