#pragma once

#include <nlohmann/json.hpp>

namespace tend::engine {

/// An answer to a card, in the shape docs/content-format.md gives for the card's kind: the text written, a level,
/// {"selected": [...]}, a turns record... A JSON value because the format defines answers as JSON: guards read
/// them, the journal stores them as written and exports carry them. Code above the core names this type, never the
/// JSON library (a configure check holds the Qt layer to that).
using Answer = nlohmann::json;

} // namespace tend::engine
