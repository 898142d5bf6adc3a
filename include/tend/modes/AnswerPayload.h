#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/content/Program.h"
#include "tend/engine/Session.h"
#include "tend/journal/Model.h"

namespace tend::modes {

/// The smallest payload an engine answer can be kept in, which every reader (export, search, the views) reads back
/// beside recordedPayload below, the shape the recorders store:
///
/// - a `prompt` answer (text):  `{"text": "..."}`   (what export's Markdown and search show)
/// - every other kind:          `{"answer": <the engine's answer JSON>}`
///
/// Other top-level keys may be added next to these (e.g. `"carriedFrom"` on entries brought from a solo
/// reflection, see SoloToJoint.h); readers ignore keys they do not know.
nlohmann::json payloadFor(const content::Card& card, const nlohmann::json& answer);

/// payloadFor as JSON text, ready for journal::Entry::payload.
std::string payloadTextFor(const content::Card& card, const nlohmann::json& answer);

/// What a recorded answer keeps: the one shape the window's recorder and the demo's seeder both store.
/// `{"kind": <card kind>, "answer": <the engine's answer>, "round": <1 = first time through the step>,
///   "by": <who gave it>}`, and `"text"` beside `"answer"` when the answer is a string (a prompt's words; for other
/// kinds an option id, which search and the readers know by the kind). Readers take payloadFor's shape too.
nlohmann::json recordedPayload(const content::Card& card, const engine::AnswerRecord& record, int round);
/// recordedPayload as JSON text, ready for journal::Entry::payload.
std::string recordedPayloadText(const content::Card& card, const engine::AnswerRecord& record, int round);

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
