#include "tend/repair/SessionView.h"

namespace tend::repair {

std::string_view toString(SessionView view)
{
    switch (view) {
    case SessionView::Empty:
        return "empty";
    case SessionView::Card:
        return "card";
    case SessionView::Waiting:
        return "waiting";
    case SessionView::Finished:
        return "finished";
    case SessionView::Paused:
        return "paused";
    case SessionView::Unsafe:
        return "unsafe";
    case SessionView::Completed:
        return "completed";
    case SessionView::Calming:
        return "calming";
    case SessionView::Review:
        return "review";
    case SessionView::Reflected:
        return "reflected";
    case SessionView::Curtain:
        return "curtain";
    }
    return "empty";
}

SessionView chooseSessionView(const SessionViewState& state)
{
    if (state.calming)
        return SessionView::Calming;
    if (!state.hasSession)
        return SessionView::Empty;
    if (state.curtainUp)
        return SessionView::Curtain; // nothing of anyone's writing is rebuilt behind it
    if (state.status == engine::SessionStatus::Paused)
        return state.showingUnsafe ? SessionView::Unsafe : SessionView::Paused;
    if (state.status == engine::SessionStatus::Completed)
        return SessionView::Completed;
    if (state.reviewPending)
        return SessionView::Review;
    // When someone's check has closed joint work, the together step's neutral calming view shows instead.
    if (state.soloReflectionDone && !state.practice && state.jointAllowed)
        return SessionView::Reflected;
    switch (state.place) {
    case engine::PartnerPlace::OwnCard:
    case engine::PartnerPlace::Together:
        return SessionView::Card;
    case engine::PartnerPlace::Waiting:
        return SessionView::Waiting;
    case engine::PartnerPlace::Finished:
    case engine::PartnerPlace::NotStarted:
        return SessionView::Finished;
    }
    return SessionView::Finished;
}

} // namespace tend::repair
