#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "tend/coach/Analysis.h"
#include "tend/coach/CoachContent.h"

namespace tend::coach {

/// The most of a text `analyze` reads: longer input is cut there (at a character boundary), so a pasted book costs
/// what 16 KiB of writing costs. Far beyond any answer in the app (a full page is about 3 KiB).
constexpr std::size_t kMaxAnalysedBytes = 16 * 1024;

/// Listens to one piece of writing with one language's coach and reports what it heard. Pure and fast (well under
/// a millisecond for a paragraph), so a UI can call it on every typing pause. Never logs or keeps the text.
Analysis analyze(std::string_view text, const CoachContent& content);

/// The one-line JSON the `tend analyze` command prints, keys in this order:
/// `{"blame": false, "stage": "neutral", "emotions": [], "ownership": false, "hints": []}`.
std::string toJsonLine(const Analysis& analysis);

} // namespace tend::coach
