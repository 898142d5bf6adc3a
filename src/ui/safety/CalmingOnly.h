#pragma once

#include <QList>
#include <QString>

#include <string>
#include <vector>

#include "tend/content/Program.h"
#include "tend/safety/ProgramAccess.h"
#include "ui/app/AppContext.h"

class QWidget;

namespace tend::ui {

class CardWidget;

namespace safety {

// The rule itself lives in the core (tend/safety/ProgramAccess.h); the screens name it from here.
using tend::safety::ProgramAccess;
using tend::safety::programAccess;

/// The calming practices offered instead of the program: a slow breathing rhythm and the settling practices
/// of the regulation library, for `who`. The cards keep nothing in the journal.
/// A practice card built in code, offering every practice of the library with `tag` ("settle" or "lift"); the
/// screens that calm outside a program (the safety check, the unsafe route, calming only) show it.
content::Card settlingPractices(const std::string& id, const QString& title, const QString& body,
                                const std::string& tag = "settle");

QList<CardWidget*> makeCalmingPractices(const AppContext& app, const PartnerInfo& who, QWidget* parent);

} // namespace safety
} // namespace tend::ui
