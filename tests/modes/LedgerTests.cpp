// The commitments ledger: lines of a step-5 answer become rows in one transaction, and the
// "did we keep this?" review moves them between kept, in progress, let go and revisit.
#include <catch2/catch.hpp>

#include "ModesTestSupport.h"
#include "tend/engine/Session.h"
#include "tend/modes/CommitmentLedger.h"

using namespace tend;
using namespace tend::modes;
using namespace tend::modes::test;

namespace {

NewCommitments madeIn(const SmallJournal& j, const std::string& sessionId,
                      const std::string& at = "2026-11-01T20:00:00Z")
{
    NewCommitments made;
    made.coupleId = j.coupleId;
    made.sessionId = sessionId;
    made.createdAt = at;
    return made;
}

LedgerReview review(LedgerStatus status, const std::string& at, std::optional<std::string> followUpAt = std::nullopt,
                    const std::string& note = "a note")
{
    LedgerReview r;
    r.status = status;
    r.at = at;
    r.followUpAt = std::move(followUpAt);
    r.note = note;
    return r;
}

LedgerItem itemOf(SmallJournal& j, const std::string& id)
{
    auto all = ledger(*j.journal, j.coupleId);
    REQUIRE(all);
    for (const auto& item : *all)
        if (item.row.id == id)
            return item;
    FAIL("commitment not found");
    return {};
}

} // namespace

TEST_CASE("each non-empty line of a commitments answer becomes one ledger row", "[ledger]")
{
    auto j = smallJournal();
    const std::string session = addSession(j);
    const std::string answer =
        "- Text when plans change\n\n  * Sunday planning together  \nText when plans change\n \n";
    auto added = recordCommitments(*j.journal, madeIn(j, session), answer);
    REQUIRE(added);
    REQUIRE(added->size() == 2);
    auto items = ledger(*j.journal, j.coupleId);
    REQUIRE(items);
    REQUIRE(items->size() == 2);
    CHECK(items->at(0).text == "Text when plans change");
    CHECK(items->at(1).text == "Sunday planning together");
    for (const auto& item : *items) {
        CHECK(item.status == LedgerStatus::New);
        CHECK(item.row.sessionId == std::optional<std::string>(session));
        CHECK_FALSE(item.row.partnerId);
        CHECK(item.row.createdAt == "2026-11-01T20:00:00Z");
        CHECK(item.due); // never reviewed
    }

    // Saving the same (or an edited) answer again adds only what is new.
    auto again = recordCommitments(*j.journal, madeIn(j, session), answer + "\nA third one");
    REQUIRE(again);
    REQUIRE(again->size() == 1);
    CHECK(ledger(*j.journal, j.coupleId)->size() == 3);

    // Nothing at all for an empty answer.
    auto none = recordCommitments(*j.journal, madeIn(j, session), "\n  \n- \n");
    REQUIRE(none);
    CHECK(none->empty());
}

TEST_CASE("commitments are written in one transaction: all or nothing", "[ledger]")
{
    auto j = smallJournal();
    const std::string session = addSession(j);
    NewCommitments made = madeIn(j, session);
    made.coupleId = "00000000-0000-4000-8000-000000000000"; // no such couple: the insert fails
    auto added = recordCommitments(*j.journal, made, "one\ntwo\nthree");
    CHECK_FALSE(added);
    auto rows = j.journal->commitments(made.coupleId);
    REQUIRE(rows);
    CHECK(rows->empty());

    NewCommitments tooLong = madeIn(j, session);
    auto refused = recordCommitments(*j.journal, tooLong, "fine\n" + std::string(kMaxCommitmentText + 1, 'x'));
    CHECK_FALSE(refused);
    CHECK(j.journal->commitments(j.coupleId)->empty());
}

TEST_CASE("a follow-up date adds a reminder for each new commitment", "[ledger]")
{
    auto j = smallJournal();
    const std::string session = addSession(j);
    NewCommitments made = madeIn(j, session);
    made.followUpAt = "2026-11-08T20:00:00Z";
    REQUIRE(recordCommitments(*j.journal, made, "one\ntwo"));
    auto reminders = j.journal->reminders(j.coupleId);
    REQUIRE(reminders);
    REQUIRE(reminders->size() == 2);
    for (const auto& r : *reminders) {
        CHECK(r.kind == journal::ReminderKind::FollowUp);
        CHECK(r.dueAt == "2026-11-08T20:00:00Z");
        CHECK(r.commitmentId.has_value());
    }
    auto items = ledger(*j.journal, j.coupleId, "2026-11-05T10:00:00Z");
    REQUIRE(items);
    CHECK_FALSE(items->front().due);
    items = ledger(*j.journal, j.coupleId, "2026-11-08T20:00:00.000Z");
    CHECK(items->front().due);

    made.followUpAt = "2026-10-01T00:00:00Z"; // before it was made
    CHECK_FALSE(recordCommitments(*j.journal, made, "three"));
}

TEST_CASE("the commitments of an engine session's step 5 go into the ledger", "[ledger]")
{
    auto j = smallJournal();
    const std::string session = addSession(j);
    auto clock = std::make_shared<engine::ManualClock>(*engine::parseIso("2026-11-01T20:00:00Z"));
    auto engineSession = engine::Session::create(repairProgram(), {j.sam, j.alex}, clock);
    REQUIRE(engineSession);
    REQUIRE(engineSession->start());
    REQUIRE(engineSession->jumpTo(j.sam, "new-commitments"));
    REQUIRE(engineSession->answer(j.alex, nlohmann::json("Hug before leaving for work\n- Phones away at dinner\n")));
    const auto lines = engineSession->commitments();
    REQUIRE(lines.size() == 2);
    auto added = recordCommitments(*j.journal, madeIn(j, session), lines);
    REQUIRE(added);
    REQUIRE(added->size() == 2);
    CHECK(describeCommitment(added->at(1)).text == "Phones away at dinner");
    CHECK_FALSE(added->at(0).partnerId); // made together: taken on by both

    // A line written in a step of one's own is that person's.
    engine::Commitment own{"my-needs-requests", j.alex, false, "Ask for a minute before answering"};
    auto mine = recordCommitments(*j.journal, madeIn(j, session), std::vector<engine::Commitment>{own});
    REQUIRE(mine);
    REQUIRE(mine->size() == 1);
    CHECK(mine->front().partnerId == std::optional<std::string>(j.alex));
    engine::Commitment stranger{"my-needs-requests", "someone-else", false, "x"};
    CHECK_FALSE(recordCommitments(*j.journal, madeIn(j, session), std::vector<engine::Commitment>{stranger}));
}

TEST_CASE("review transitions: open to any, closed only back to revisit", "[ledger]")
{
    auto j = smallJournal();
    const std::string session = addSession(j);
    auto added = recordCommitments(*j.journal, madeIn(j, session), "one\ntwo\nthree\nfour");
    REQUIRE(added);
    const std::string one = added->at(0).id, two = added->at(1).id, three = added->at(2).id, four = added->at(3).id;
    const std::string at = "2026-11-10T19:00:00Z";

    SECTION("kept closes it, and only revisit reopens it")
    {
        REQUIRE(reviewCommitment(*j.journal, j.coupleId, one, review(LedgerStatus::Kept, at)));
        auto item = itemOf(j, one);
        CHECK(item.status == LedgerStatus::Kept);
        CHECK(item.row.status == journal::CommitmentStatus::Kept);
        CHECK(item.row.reviewedAt == std::optional<std::string>(at));
        CHECK(item.followUpNote == "a note");
        CHECK_FALSE(reviewCommitment(*j.journal, j.coupleId, one, review(LedgerStatus::InProgress, at)));
        CHECK_FALSE(reviewCommitment(*j.journal, j.coupleId, one, review(LedgerStatus::LetGo, at)));
        CHECK_FALSE(reviewCommitment(*j.journal, j.coupleId, one, review(LedgerStatus::Revisit, at))); // no date
        REQUIRE(reviewCommitment(*j.journal, j.coupleId, one,
                                 review(LedgerStatus::Revisit, at, "2026-11-20T19:00:00Z", "let's look again")));
        item = itemOf(j, one);
        CHECK(item.status == LedgerStatus::Revisit);
        CHECK(item.row.status == journal::CommitmentStatus::Open);
        REQUIRE(item.reviews.size() == 2);
        CHECK(item.reviews[0].status == LedgerStatus::Kept);
        CHECK(item.reviews[1].status == LedgerStatus::Revisit);
        CHECK(item.followUpNote == "let's look again");
    }
    SECTION("let go closes it as released")
    {
        REQUIRE(reviewCommitment(*j.journal, j.coupleId, two, review(LedgerStatus::LetGo, at)));
        auto item = itemOf(j, two);
        CHECK(item.status == LedgerStatus::LetGo);
        CHECK(item.row.status == journal::CommitmentStatus::Released);
        CHECK_FALSE(isOpen(item.status));
    }
    SECTION("in progress stays open, with or without a date")
    {
        REQUIRE(reviewCommitment(*j.journal, j.coupleId, three, review(LedgerStatus::InProgress, at)));
        auto item = itemOf(j, three);
        CHECK(item.status == LedgerStatus::InProgress);
        CHECK(item.row.status == journal::CommitmentStatus::Open);
        CHECK_FALSE(item.due);
        REQUIRE(reviewCommitment(*j.journal, j.coupleId, three,
                                 review(LedgerStatus::InProgress, at, "2026-11-12T19:00:00Z")));
        CHECK(itemOf(j, three).row.followUpAt == std::optional<std::string>("2026-11-12T19:00:00Z"));
        REQUIRE(reviewCommitment(*j.journal, j.coupleId, three, review(LedgerStatus::Kept, "2026-11-12T19:30:00Z")));
        CHECK_FALSE(itemOf(j, three).row.followUpAt);
    }
    SECTION("bad reviews change nothing")
    {
        CHECK_FALSE(reviewCommitment(*j.journal, j.coupleId, four, review(LedgerStatus::New, at)));
        CHECK_FALSE(reviewCommitment(*j.journal, j.coupleId, four, review(LedgerStatus::Kept, "yesterday")));
        CHECK_FALSE(reviewCommitment(*j.journal, j.coupleId, four,
                                     review(LedgerStatus::Revisit, at, "2026-11-01T00:00:00Z"))); // before the review
        CHECK_FALSE(reviewCommitment(*j.journal, j.coupleId, four,
                                     review(LedgerStatus::Kept, at, "2026-11-20T00:00:00Z"))); // kept has no date
        CHECK_FALSE(
            reviewCommitment(*j.journal, j.coupleId, four,
                             review(LedgerStatus::Kept, at, std::nullopt, std::string(kMaxLedgerNote + 1, 'n'))));
        CHECK_FALSE(reviewCommitment(*j.journal, j.coupleId, "00000000-0000-4000-8000-000000000000",
                                     review(LedgerStatus::Kept, at)));
        auto item = itemOf(j, four);
        CHECK(item.status == LedgerStatus::New);
        CHECK(item.reviews.empty());
        CHECK_FALSE(item.row.reviewedAt);
    }
}

TEST_CASE("a newer follow-up replaces the reminder still waiting", "[ledger]")
{
    auto j = smallJournal();
    const std::string session = addSession(j);
    auto added = recordCommitments(*j.journal, madeIn(j, session), "one");
    REQUIRE(added);
    const std::string id = added->front().id;
    REQUIRE(reviewCommitment(*j.journal, j.coupleId, id,
                             review(LedgerStatus::Revisit, "2026-11-10T19:00:00Z", "2026-11-17T19:00:00Z")));
    REQUIRE(reviewCommitment(*j.journal, j.coupleId, id,
                             review(LedgerStatus::InProgress, "2026-11-17T19:00:00Z", "2026-11-24T19:00:00Z")));
    auto reminders = j.journal->reminders(j.coupleId);
    REQUIRE(reminders);
    REQUIRE(reminders->size() == 2);
    CHECK(reminders->at(0).deliveredAt == std::optional<std::string>("2026-11-17T19:00:00Z"));
    CHECK_FALSE(reminders->at(1).deliveredAt);
    CHECK(reminders->at(1).dueAt == "2026-11-24T19:00:00Z");
    REQUIRE(reviewCommitment(*j.journal, j.coupleId, id, review(LedgerStatus::Kept, "2026-11-20T19:00:00Z")));
    reminders = j.journal->reminders(j.coupleId);
    CHECK(reminders->at(1).deliveredAt.has_value());
}

TEST_CASE("the review at the start of a repair lists open commitments of earlier ones, due first", "[ledger]")
{
    auto j = smallJournal();
    const std::string earlier = addSession(j, journal::SessionMode::Together, "2026-10-01T19:00:00Z");
    const std::string current = addSession(j, journal::SessionMode::Together, "2026-11-15T19:00:00Z");
    auto old = recordCommitments(*j.journal, madeIn(j, earlier, "2026-10-01T20:00:00Z"), "a\nb\nc\nd");
    REQUIRE(old);
    auto fresh = recordCommitments(*j.journal, madeIn(j, current, "2026-11-15T20:00:00Z"), "made today");
    REQUIRE(fresh);
    const std::string now = "2026-11-15T19:05:00Z";
    // a: kept (closed) · b: in progress with a follow-up later · c: revisit, due already · d: new (due)
    REQUIRE(
        reviewCommitment(*j.journal, j.coupleId, old->at(0).id, review(LedgerStatus::Kept, "2026-10-20T10:00:00Z")));
    REQUIRE(reviewCommitment(*j.journal, j.coupleId, old->at(1).id,
                             review(LedgerStatus::InProgress, "2026-10-20T10:00:00Z", "2026-12-01T10:00:00Z")));
    REQUIRE(reviewCommitment(*j.journal, j.coupleId, old->at(2).id,
                             review(LedgerStatus::Revisit, "2026-10-20T10:00:00Z", "2026-11-01T10:00:00Z")));
    auto review_ = reviewAtStart(*j.journal, j.coupleId, now, current);
    REQUIRE(review_);
    REQUIRE(review_->size() == 3);
    CHECK(review_->at(0).text == "c");
    CHECK(review_->at(0).due);
    CHECK(review_->at(1).text == "d");
    CHECK(review_->at(1).due);
    CHECK(review_->at(2).text == "b");
    CHECK_FALSE(review_->at(2).due);

    auto open = openCommitments(*j.journal, j.coupleId, now);
    REQUIRE(open);
    CHECK(open->size() == 4); // b, c, d and today's
}

TEST_CASE("rows written with the journal's other statuses read sensibly", "[ledger]")
{
    journal::Commitment row;
    row.payload = R"({"text":"x"})";
    row.status = journal::CommitmentStatus::PartlyKept;
    CHECK(describeCommitment(row).status == LedgerStatus::InProgress);
    row.status = journal::CommitmentStatus::NotKept;
    CHECK(describeCommitment(row).status == LedgerStatus::Revisit);
    row.payload = "not json";
    row.status = journal::CommitmentStatus::Open;
    CHECK(describeCommitment(row).text.empty());
    CHECK(describeCommitment(row).status == LedgerStatus::New);
    for (auto status :
         {LedgerStatus::New, LedgerStatus::Kept, LedgerStatus::InProgress, LedgerStatus::LetGo, LedgerStatus::Revisit})
        CHECK(ledgerStatusFromString(toString(status)) == status);
    CHECK_FALSE(ledgerStatusFromString("done"));
}
