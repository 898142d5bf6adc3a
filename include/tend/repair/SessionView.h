#pragma once

#include <string_view>

#include "tend/engine/Session.h"

namespace tend::repair {

// Which view the session screen shows, decided from the state of the repair and nothing else: the window renders
// the answer (ui/screens/SessionScreen) and never decides it, so the order of these rules is tested here, without a
// window.

enum class SessionView {
    Empty,     ///< no repair is open
    Card,      ///< the writer's card (their own, or the shared one in a together step)
    Waiting,   ///< the writer is at the together step; the others have not finished the steps before it
    Finished,  ///< the writer has reached the end (or not started) while the repair goes on for someone else
    Paused,    ///< the repair is paused
    Unsafe,    ///< paused because someone said they feel unsafe: the private route to help, never the plan
    Completed, ///< the repair is done
    Calming,   ///< a settling practice on its own, outside any program
    Review,    ///< looking back at earlier agreements before a repair together starts
    Reflected, ///< a solo reflection is done and could be brought into a repair together
    Curtain    ///< the privacy curtain is down between two partners' turns: nothing of anyone's writing shows
};
std::string_view toString(SessionView view);

/// Everything the choice depends on.
struct SessionViewState {
    bool calming = false;    ///< a settling practice runs on its own
    bool hasSession = false; ///< a repair is open
    bool curtainUp = false;  ///< the privacy curtain is down
    engine::SessionStatus status = engine::SessionStatus::NotStarted;
    bool showingUnsafe = false; ///< the unsafe view is on screen already (it stays while the repair is paused)
    bool reviewPending = false; ///< earlier agreements are to be looked at first
    bool soloReflectionDone = false;
    bool practice = false;     ///< a short practice, not a repair (nothing to bring into a repair together)
    bool jointAllowed = false; ///< every private check leaves joint work open
    engine::PartnerPlace place = engine::PartnerPlace::NotStarted; ///< where the writer is
};

/// The view for `state`, by these rules in order: a practice on its own; no repair; the curtain; paused (the
/// unsafe view stays once shown); completed; the review first; a finished solo reflection that can be brought into
/// joint work; else where the writer is.
SessionView chooseSessionView(const SessionViewState& state);

} // namespace tend::repair
