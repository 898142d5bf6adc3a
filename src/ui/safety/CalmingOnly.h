#pragma once

#include <QList>
#include <QString>

#include <vector>

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
QList<CardWidget*> makeCalmingPractices(const AppContext& app, const PartnerInfo& who, QWidget* parent);

} // namespace safety
} // namespace tend::ui
