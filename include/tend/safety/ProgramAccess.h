#pragma once

#include <vector>

#include "tend/safety/SafetyStatus.h"

namespace tend::safety {

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

/// Whether the come-back plan (a return time, its reminders, Home's "You agreed to come back…") may be offered
/// to anyone in the couple. Off for everyone when any person's check turned take-space off: time-outs used as
/// control come from the other partner, and the neutral notice already tells them joint work is closed.
bool comeBackPlanAllowed(const std::vector<SafetyStatus>& couple);

} // namespace tend::safety
