#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/content/Program.h"
#include "tend/journal/Model.h"

namespace tend::modes {

/// How an engine answer is kept in a journal entry's payload, so every writer (the shell, the demo,
/// solo → joint) stores the same shape and export, search and the views can read it back:
///
/// - a `prompt` answer (text):  `{"text": "..."}`   (what export's Markdown and search show)
/// - every other kind:          `{"answer": <the engine's answer JSON>}`
///
/// Other top-level keys may be added next to these (e.g. `"carriedFrom"` on entries brought from a solo
/// reflection, see SoloToJoint.h); readers ignore keys they do not know.
nlohmann::json payloadFor(const content::Card& card, const nlohmann::json& answer);

/// payloadFor as JSON text, ready for journal::Entry::payload.
std::string payloadTextFor(const content::Card& card, const nlohmann::json& answer);

/// The engine answer held in a payload (either shape above); nullopt when the payload holds neither.
std::optional<nlohmann::json> answerFromPayload(const nlohmann::json& payload);
/// Same, from payload text; nullopt when the text is not JSON.
std::optional<nlohmann::json> answerFromPayloadText(const std::string& payload);

/// The option ids a choice or gate answer chose: a gate's id, or a choice's `"selected"` list (empty otherwise).
std::vector<std::string> chosenOptionIds(const nlohmann::json& answer);

/// The written text of a payload (`"text"`), or empty when it holds no text.
std::string textOfPayload(const std::string& payload);

/// The engine's body state spelling ("racing", "shut-down", "steady") as the journal's BodyState.
std::optional<journal::BodyState> bodyStateFromAnswer(const std::string& state);

} // namespace tend::modes
