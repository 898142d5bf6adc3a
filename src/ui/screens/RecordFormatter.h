#pragma once

#include <QString>

#include <vector>

#include <nlohmann/json.hpp>

#include "tend/journal/Model.h"

namespace tend::content {
class Program;
}

namespace tend::ui {

struct Profile;

/// Turns a session's entries into a readable record (HTML for a QTextBrowser): by step, then by
/// partner, each answer in plain words. Never shows what the viewer may not see: the caller reads
/// entries with the right journal Viewer.
QString formatRecord(const journal::Session& session, const std::vector<journal::Entry>& entries,
                     const content::Program* program, const Profile& profile);

/// One answer in plain words (as HTML) for a card of `kind`.
QString formatAnswer(const nlohmann::json& answer, const std::string& kind, const nlohmann::json& card,
                     const Profile& profile);

/// A search snippet with the journal's highlight markers turned into emphasis, everything else escaped.
QString highlightSnippet(const std::string& snippet);

} // namespace tend::ui
