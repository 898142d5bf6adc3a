#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/common/Result.h"
#include "tend/content/Program.h"

namespace tend::engine {

/// Longest text accepted in any one answer field (characters of UTF-8).
inline constexpr std::size_t kMaxAnswerText = 100000;

/// Checks that `answer` has the shape the card's kind records (docs/content-format.md, "Kinds"), e.g. a whole
/// number within min..max for a scale, known option ids for a choice. `partners` is needed for turns.
/// `null` is always accepted: it clears an answer. Errors are plain sentences the UI may show.
Result<void> checkAnswer(const content::Card& card, const nlohmann::json& answer,
                         const std::vector<std::string>& partners);

/// Lines of a `"records": "commitments"` prompt answer that become commitments: trimmed, empty lines dropped,
/// a leading "- " or "* " bullet removed.
std::vector<std::string> commitmentLines(const std::string& text);

} // namespace tend::engine
