// Which view the session screen shows, decided without a window: every rule, and the order they are taken in.
#include <catch2/catch.hpp>

#include <set>

#include "tend/repair/SessionView.h"

using namespace tend;
using repair::SessionView;
using repair::SessionViewState;

namespace {

// An active repair with the writer at their own card: the ordinary case each rule below changes one thing of.
SessionViewState atOwnCard()
{
    SessionViewState s;
    s.hasSession = true;
    s.status = engine::SessionStatus::Active;
    s.place = engine::PartnerPlace::OwnCard;
    s.jointAllowed = true;
    return s;
}

} // namespace

TEST_CASE("where the writer is decides the view of an active repair")
{
    SessionViewState s = atOwnCard();
    CHECK(chooseSessionView(s) == SessionView::Card);
    s.place = engine::PartnerPlace::Together;
    CHECK(chooseSessionView(s) == SessionView::Card);
    s.place = engine::PartnerPlace::Waiting;
    CHECK(chooseSessionView(s) == SessionView::Waiting);
    s.place = engine::PartnerPlace::Finished;
    CHECK(chooseSessionView(s) == SessionView::Finished);
    s.place = engine::PartnerPlace::NotStarted;
    CHECK(chooseSessionView(s) == SessionView::Finished);
}

TEST_CASE("a practice on its own and no repair at all come before anything about a repair")
{
    SessionViewState s = atOwnCard();
    s.calming = true;
    s.status = engine::SessionStatus::Paused;
    s.curtainUp = true;
    CHECK(chooseSessionView(s) == SessionView::Calming);
    SessionViewState none;
    CHECK(chooseSessionView(none) == SessionView::Empty);
    none.reviewPending = true; // a review with no repair open shows nothing
    CHECK(chooseSessionView(none) == SessionView::Empty);
}

TEST_CASE("behind the curtain nothing of anyone's writing is shown, whatever the repair's state")
{
    for (const auto status :
         {engine::SessionStatus::Active, engine::SessionStatus::Paused, engine::SessionStatus::Completed}) {
        SessionViewState s = atOwnCard();
        s.status = status;
        s.curtainUp = true;
        s.reviewPending = true;
        CHECK(chooseSessionView(s) == SessionView::Curtain);
    }
}

TEST_CASE("a paused repair shows the pause, and the unsafe view stays once it is on screen")
{
    SessionViewState s = atOwnCard();
    s.status = engine::SessionStatus::Paused;
    CHECK(chooseSessionView(s) == SessionView::Paused);
    s.showingUnsafe = true;
    CHECK(chooseSessionView(s) == SessionView::Unsafe);
    // Resumed: the unsafe view gives way to the card.
    s.status = engine::SessionStatus::Active;
    CHECK(chooseSessionView(s) == SessionView::Card);
}

TEST_CASE("completed, then the review, then a finished solo reflection, in that order")
{
    SessionViewState s = atOwnCard();
    s.status = engine::SessionStatus::Completed;
    s.reviewPending = true;
    s.soloReflectionDone = true;
    CHECK(chooseSessionView(s) == SessionView::Completed);
    s.status = engine::SessionStatus::Active;
    CHECK(chooseSessionView(s) == SessionView::Review);
    s.reviewPending = false;
    CHECK(chooseSessionView(s) == SessionView::Reflected);
}

TEST_CASE("a finished solo reflection offers joint work only when it is open and the session is a repair")
{
    SessionViewState s = atOwnCard();
    s.soloReflectionDone = true;
    s.place = engine::PartnerPlace::Finished;
    CHECK(chooseSessionView(s) == SessionView::Reflected);
    s.jointAllowed = false; // someone's private check closed joint work: no offer, the writer's own place instead
    CHECK(chooseSessionView(s) == SessionView::Finished);
    s.jointAllowed = true;
    s.practice = true; // a short practice is not brought into a repair together
    CHECK(chooseSessionView(s) == SessionView::Finished);
}

TEST_CASE("every view has a name of its own")
{
    std::set<std::string_view> names;
    for (int v = 0; v <= static_cast<int>(SessionView::Curtain); ++v)
        names.insert(repair::toString(static_cast<SessionView>(v)));
    CHECK(names.size() == 11);
}
