#pragma once

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

#include "tend/engine/Answer.h"

#include "tend/journal/Model.h"
#include "tend/reading/Reading.h"

namespace tend::content {
class Program;
struct Card;
} // namespace tend::content

namespace tend::ui {

class AppContext;

/// The core's reader (tend/reading/Reading.h) set up for the screens: the app's content and locale, the couple's
/// names, and times in the person's locale (friendlyDateTime). Every screen that shows journal text to a person
/// renders it through this, so no id, kind, round or JSON reaches the screen.
reading::Reader readerFor(const AppContext& app);

/// A rendered answer as rich text: written words kept as written, lists and dialogue one line each.
QString answerHtml(const reading::Answer& answer);

/// Turns a session's entries into a readable record (HTML for a QTextBrowser): by step, then by partner, each
/// answer in plain words. Never shows what the viewer may not see: the caller reads entries with the right
/// journal Viewer.
QString formatRecord(const reading::Reader& reader, const journal::Session& session,
                     const std::vector<journal::Entry>& entries, const content::Program* program);

/// One answer of `card` in plain words (as HTML).
QString formatAnswer(const reading::Reader& reader, const content::Card& card, const engine::Answer& answer);

/// The name of the anchor formatRecord puts at an entry's title (for scrolling to it).
QString entryAnchor(const QString& entryId);

/// The words a search snippet marks (between the journal's highlight markers), as written, each once.
QStringList matchedWords(const std::string& snippet);

/// A search snippet with the journal's highlight markers turned into emphasis, everything else escaped.
QString highlightSnippet(const std::string& snippet);

} // namespace tend::ui
