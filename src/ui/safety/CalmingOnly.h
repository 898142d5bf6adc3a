#pragma once

#include <QList>
#include <QString>

#include <vector>

#include "ui/app/AppContext.h"

class QWidget;

namespace tend::ui {

class CardWidget;

namespace safety {

/// Whether the flow may show a program card to someone, given everyone's private checks (docs/safety-format.md,
/// `effects`). The answer never says which person's check closed it, so nothing can reveal why.
enum class ProgramAccess {
    Open,        ///< show the card
    CalmingOnly, ///< this person is offered calming practices and help only, never the program's steps
    JointClosed, ///< a together step, and someone in the session has joint work closed
};

/// `writer`: the person at the screen; `everyone`: every person in the session (including the writer);
/// `togetherStep`: the card belongs to a together step.
ProgramAccess programAccess(const SafetyStatus& writer, const std::vector<SafetyStatus>& everyone, bool togetherStep);

/// The calming practices offered instead of the program: a slow breathing rhythm and the settling practices
/// of the regulation library, for `who`. The cards keep nothing in the journal.
QList<CardWidget*> makeCalmingPractices(const AppContext& app, const PartnerInfo& who, QWidget* parent);

} // namespace safety
} // namespace tend::ui
