// The insight figures on a journal written by hand, where every answer is known, and on the demo journal.
#include <catch2/catch.hpp>

#include "tend/content/ContentLibrary.h"
#include "tend/demo/DemoJournal.h"
#include "tend/insights/Insights.h"
#include "tend/journal/Journal.h"

using namespace tend;
using journal::CheckInMoment;
using journal::CommitmentStatus;
using journal::SessionMode;
using journal::SessionStatus;
using journal::Viewer;
using journal::Visibility;

namespace {

struct Hand {
    std::unique_ptr<journal::Journal> journal;
    std::string couple;
    std::string sam;
    std::string alex;
};

std::string addSession(Hand& h, SessionStatus status, const std::string& started,
                       const std::optional<std::string>& ended = std::nullopt, SessionMode mode = SessionMode::Together)
{
    journal::Session s;
    s.id = journal::newId();
    s.coupleId = h.couple;
    s.programId = "rupture-to-repair";
    s.programVersion = "1.0.0";
    s.status = status;
    s.mode = mode;
    s.startedAt = started;
    s.endedAt = ended;
    s.updatedAt = ended.value_or(started);
    REQUIRE(h.journal->addSession(s));
    return s.id;
}

void checkIn(Hand& h, const std::string& session, const std::string& partner, CheckInMoment moment, int level,
             const std::string& at)
{
    journal::CheckIn c;
    c.id = journal::newId();
    c.sessionId = session;
    c.partnerId = partner;
    c.step = "stabilize";
    c.moment = moment;
    c.level = level;
    c.state = journal::BodyState::Racing;
    c.createdAt = at;
    REQUIRE(h.journal->addCheckIn(c));
}

void entry(Hand& h, const std::string& session, const std::string& partner, const std::string& card,
           const std::string& payload, const std::string& at, Visibility visibility = Visibility::Shared)
{
    journal::Entry e;
    e.id = journal::newId();
    e.sessionId = session;
    e.partnerId = partner;
    e.step = "stabilize";
    e.card = card;
    e.payload = payload;
    e.visibility = visibility;
    e.createdAt = at;
    e.updatedAt = at;
    REQUIRE(h.journal->saveEntry(e));
}

void commitment(Hand& h, const std::string& session, CommitmentStatus status, const std::string& at)
{
    journal::Commitment c;
    c.id = journal::newId();
    c.coupleId = h.couple;
    c.sessionId = session;
    c.status = status;
    c.payload = R"({"text":"A walk on Sunday"})";
    c.createdAt = at;
    c.updatedAt = at;
    REQUIRE(h.journal->addCommitment(c));
}

insights::CardRoles roles()
{
    insights::CardRoles r;
    r.checkInCards = {"checkin-before", "checkin-after"};
    r.practiceCards = {{"settle-practices", ""}, {"settle-breathing", "slow-six"}};
    return r;
}

// Four repairs over September–November 2026, with known check-ins, practices and commitments:
//  A  Sep 03 19:00 → Sep 03 21:30  completed together. Sam 8 → 4 (cool-water), Alex 6 → 3 (slow-six breathing)
//  B  Sep 20 20:00 → Sep 22 20:00  completed together. Sam 7 → 2 (cool-water); Alex 9 → 5 (cool-water) with the
//                                  check-in cards kept private by Alex
//  C  Oct 10 18:00                 paused. Sam 5 → 5 (orienting), kept private by Sam
//  D  Nov 02 09:00 → Nov 02 10:00  completed alone (solo). no check-ins
// Commitments: A kept, A partly kept, B open, B released, C not kept (made Oct 10).
Hand handMade()
{
    Hand h;
    auto opened = journal::Journal::openInMemory();
    REQUIRE(opened);
    h.journal = std::move(*opened);
    journal::Couple couple;
    couple.id = journal::newId();
    couple.name = "Sam & Alex";
    couple.createdAt = couple.updatedAt = "2026-09-01T00:00:00.000Z";
    REQUIRE(h.journal->addCouple(couple));
    h.couple = couple.id;
    for (int i = 0; i < 2; ++i) {
        journal::Partner p;
        p.id = journal::newId();
        p.coupleId = couple.id;
        p.displayName = i == 0 ? "Sam" : "Alex";
        p.position = i;
        p.createdAt = p.updatedAt = couple.createdAt;
        REQUIRE(h.journal->addPartner(p));
        (i == 0 ? h.sam : h.alex) = p.id;
    }
    const std::string practice = R"({"answer":{"completed":true,"practice":"cool-water"}})";
    const std::string orienting = R"({"answer":{"completed":true,"practice":"orienting"}})";

    const std::string a =
        addSession(h, SessionStatus::Completed, "2026-09-03T19:00:00.000Z", "2026-09-03T21:30:00.000Z");
    checkIn(h, a, h.sam, CheckInMoment::Before, 8, "2026-09-03T19:10:00.000Z");
    entry(h, a, h.sam, "settle-practices", practice, "2026-09-03T19:15:00.000Z");
    checkIn(h, a, h.sam, CheckInMoment::After, 4, "2026-09-03T19:25:00.000Z");
    checkIn(h, a, h.alex, CheckInMoment::Before, 6, "2026-09-03T19:11:00.000Z");
    entry(h, a, h.alex, "settle-breathing", R"({"answer":{"completed":true}})", "2026-09-03T19:16:00.000Z");
    checkIn(h, a, h.alex, CheckInMoment::After, 3, "2026-09-03T19:26:00.000Z");
    commitment(h, a, CommitmentStatus::Kept, "2026-09-03T21:20:00.000Z");
    commitment(h, a, CommitmentStatus::PartlyKept, "2026-09-03T21:21:00.000Z");

    const std::string b =
        addSession(h, SessionStatus::Completed, "2026-09-20T20:00:00.000Z", "2026-09-22T20:00:00.000Z");
    checkIn(h, b, h.sam, CheckInMoment::Before, 7, "2026-09-20T20:10:00.000Z");
    entry(h, b, h.sam, "settle-practices", practice, "2026-09-20T20:15:00.000Z");
    checkIn(h, b, h.sam, CheckInMoment::After, 2, "2026-09-20T20:30:00.000Z");
    checkIn(h, b, h.alex, CheckInMoment::Before, 9, "2026-09-20T20:11:00.000Z");
    entry(h, b, h.alex, "checkin-before", R"({"answer":{"level":9}})", "2026-09-20T20:11:00.000Z", Visibility::Private);
    entry(h, b, h.alex, "settle-practices", practice, "2026-09-20T20:16:00.000Z");
    checkIn(h, b, h.alex, CheckInMoment::After, 5, "2026-09-20T20:31:00.000Z");
    commitment(h, b, CommitmentStatus::Open, "2026-09-22T19:50:00.000Z");
    commitment(h, b, CommitmentStatus::Released, "2026-09-22T19:51:00.000Z");

    const std::string c = addSession(h, SessionStatus::Paused, "2026-10-10T18:00:00.000Z");
    checkIn(h, c, h.sam, CheckInMoment::Before, 5, "2026-10-10T18:10:00.000Z");
    entry(h, c, h.sam, "settle-practices", orienting, "2026-10-10T18:15:00.000Z", Visibility::Private);
    checkIn(h, c, h.sam, CheckInMoment::After, 5, "2026-10-10T18:25:00.000Z");
    commitment(h, c, CommitmentStatus::NotKept, "2026-10-10T18:40:00.000Z");

    addSession(h, SessionStatus::Completed, "2026-11-02T09:00:00.000Z", "2026-11-02T10:00:00.000Z", SessionMode::Solo);

    // A safety answer the figures must never read (nothing below changes with it).
    journal::SafetyAnswer safety;
    safety.id = journal::newId();
    safety.partnerId = h.alex;
    safety.payload = R"({"answers":{"afraid":"yes"}})";
    safety.createdAt = "2026-09-20T20:05:00.000Z";
    REQUIRE(h.journal->addSafetyAnswer(safety));
    return h;
}

insights::Figures figuresFor(Hand& h, const Viewer& viewer, const std::string& from = {}, const std::string& to = {})
{
    insights::Options options;
    options.coupleId = h.couple;
    options.viewer = viewer;
    options.from = from;
    options.to = to;
    options.cards = roles();
    auto figures = insights::compute(*h.journal, options);
    REQUIRE(figures);
    return *figures;
}

const insights::PracticeFigure* practice(const insights::Figures& f, const std::string& id)
{
    for (const auto& p : f.practices)
        if (p.practiceId == id)
            return &p;
    return nullptr;
}

} // namespace

TEST_CASE("Insights: a hand-made journal gives the known figures for the whole history", "[insights]")
{
    Hand h = handMade();
    const insights::Figures f = figuresFor(h, Viewer::everything());

    REQUIRE(f.months.size() == 3);
    CHECK(f.months[0].month == "2026-09");
    CHECK(f.months[0].started == 2);
    CHECK(f.months[0].completed == 2);
    CHECK(f.months[0].paused == 0);
    CHECK(f.months[1].month == "2026-10");
    CHECK(f.months[1].started == 1);
    CHECK(f.months[1].completed == 0);
    CHECK(f.months[1].paused == 1);
    CHECK(f.months[2].month == "2026-11");
    CHECK(f.months[2].started == 1);
    CHECK(f.months[2].completed == 1);
    CHECK(f.started == 4);
    CHECK(f.completed == 3);
    CHECK(f.paused == 1);
    CHECK(f.enoughHistory());

    // 2.5 h, 48 h and 1 h: the median is 2.5 h.
    REQUIRE(f.repairTimes.size() == 3);
    CHECK(f.repairTimes[0].hours == Approx(2.5));
    CHECK(f.repairTimes[1].hours == Approx(48.0));
    CHECK(f.repairTimes[2].hours == Approx(1.0));
    CHECK(f.medianHoursToRebond == Approx(2.5));

    // Pairs: 8→4, 6→3, 7→2, 9→5, 5→5: before 35/5 = 7, after 19/5 = 3.8.
    CHECK(f.settling.pairs == 5);
    CHECK(f.settling.meanBefore == Approx(7.0));
    CHECK(f.settling.meanAfter == Approx(3.8));
    CHECK(f.settling.meanDrop() == Approx(3.2));
    CHECK(f.settling.cameDown == 4);
    CHECK(f.settling.same == 1);
    CHECK(f.settling.wentUp == 0);

    CHECK(f.commitments.made == 5);
    CHECK(f.commitments.kept == 1);
    CHECK(f.commitments.partlyKept == 1);
    CHECK(f.commitments.open == 1);
    CHECK(f.commitments.released == 1);
    CHECK(f.commitments.notKept == 1);

    // cool-water: drops 4, 5, 4 → 13/3; slow-six: 3; orienting: 0. Largest drop first.
    REQUIRE(f.practices.size() == 3);
    CHECK(f.practices[0].practiceId == "cool-water");
    CHECK(f.practices[0].times == 3);
    CHECK(f.practices[0].measured == 3);
    CHECK(f.practices[0].meanDrop == Approx(13.0 / 3.0));
    CHECK(f.practices[1].practiceId == "slow-six");
    CHECK(f.practices[1].meanDrop == Approx(3.0));
    CHECK(f.practices[2].practiceId == "orienting");
    CHECK(f.practices[2].meanDrop == Approx(0.0));

    // Completed together: A and B (D was completed alone).
    REQUIRE(f.timeline.size() == 2);
    CHECK(f.timeline[0].completedAt == "2026-09-03T21:30:00.000Z");
    CHECK(f.timeline[0].together == 1);
    CHECK(f.timeline[1].completedAt == "2026-09-22T20:00:00.000Z");
    CHECK(f.timeline[1].together == 2);
}

TEST_CASE("Insights: a partner's view leaves out what the other partner kept private", "[insights][privacy]")
{
    Hand h = handMade();

    // Sam's view: Alex kept B's check-in card private, so Alex's 9 → 5 in B is not used, nor the practice's drop.
    const insights::Figures sam = figuresFor(h, Viewer::partner(h.sam));
    CHECK(sam.settling.pairs == 4);
    CHECK(sam.settling.meanBefore == Approx(26.0 / 4.0));
    CHECK(sam.settling.meanAfter == Approx(14.0 / 4.0));
    const auto* coolWater = practice(sam, "cool-water");
    REQUIRE(coolWater);
    CHECK(coolWater->times == 3);
    CHECK(coolWater->measured == 2);
    CHECK(coolWater->meanDrop == Approx(4.5));
    REQUIRE(practice(sam, "orienting")); // Sam's own private practice

    // Alex's view: Sam's private orienting practice is left out; Alex's own private check-ins are used.
    const insights::Figures alex = figuresFor(h, Viewer::partner(h.alex));
    CHECK(alex.settling.pairs == 5);
    CHECK(practice(alex, "orienting") == nullptr);
    REQUIRE(practice(alex, "cool-water"));
    CHECK(practice(alex, "cool-water")->measured == 3);

    // A screen both people see: neither private row.
    const insights::Figures shared = figuresFor(h, Viewer::sharedOnly());
    CHECK(shared.settling.pairs == 4);
    CHECK(practice(shared, "orienting") == nullptr);

    // Sessions and commitments carry no private words: the same counts for everyone.
    CHECK(sam.started == 4);
    CHECK(alex.commitments.made == 5);
    CHECK(shared.timeline.size() == 2);
}

TEST_CASE("Insights: the date range keeps repairs that began in it and lists every month", "[insights]")
{
    Hand h = handMade();
    // From 10 September to the end of October: B and C began in it; B completed in it; A did not.
    const insights::Figures f =
        figuresFor(h, Viewer::everything(), "2026-09-10T00:00:00.000Z", "2026-11-01T00:00:00.000Z");
    REQUIRE(f.months.size() == 2);
    CHECK(f.months[0].month == "2026-09");
    CHECK(f.months[0].started == 1);
    CHECK(f.months[0].completed == 1);
    CHECK(f.months[1].month == "2026-10");
    CHECK(f.months[1].paused == 1);
    CHECK(f.started == 2);
    CHECK(f.completed == 1);
    REQUIRE(f.repairTimes.size() == 1);
    CHECK(f.medianHoursToRebond == Approx(48.0));
    CHECK(f.settling.pairs == 3); // B's two, C's one
    CHECK(f.commitments.made == 3);
    REQUIRE(f.timeline.size() == 1);
    CHECK(f.timeline[0].together == 1);

    // A range with nothing in it: every month listed, empty, and too little history for charts.
    const insights::Figures empty =
        figuresFor(h, Viewer::everything(), "2026-01-01T00:00:00.000Z", "2026-04-01T00:00:00.000Z");
    REQUIRE(empty.months.size() == 3);
    CHECK(empty.months[0].month == "2026-01");
    CHECK(empty.months[2].month == "2026-03");
    CHECK(empty.started == 0);
    CHECK_FALSE(empty.enoughHistory());
    CHECK(empty.practices.empty());
}

TEST_CASE("Insights: card roles come from the program", "[insights]")
{
    content::ContentLibrary library;
    REQUIRE(library.addFolder(std::filesystem::path(TEND_SOURCE_DIR) / "content"));
    const auto program = library.program("rupture-to-repair", "en");
    REQUIRE(program);
    const insights::CardRoles r = insights::CardRoles::fromProgram(*program);
    CHECK(r.checkInCards == std::set<std::string>{"checkin-before", "checkin-after"});
    REQUIRE(r.practiceCards.count("settle-practices"));
    CHECK(r.practiceCards.at("settle-practices").empty());
    CHECK(r.practiceCards.at("settle-breathing") == "slow-six");
}

TEST_CASE("Insights: the demo journal has something for every chart", "[insights][demo]")
{
    auto demo = demo::openDemoJournal(std::filesystem::path(TEND_SOURCE_DIR) / "content");
    REQUIRE(demo);
    insights::Options o;
    o.coupleId = demo->coupleId;
    o.viewer = Viewer::sharedOnly();
    o.cards = insights::CardRoles::fromProgram(*demo->program);
    auto f = insights::compute(*demo->journal, o);
    REQUIRE(f);
    CHECK(f->enoughHistory());
    CHECK(f->months.size() >= 4);
    CHECK(f->completed >= 4);
    CHECK(f->paused >= 1);
    CHECK(f->settling.pairs >= 6);
    CHECK(f->commitments.kept >= 2);
    CHECK(f->commitments.open >= 1);
    CHECK(f->practices.size() >= 3);
    CHECK(f->timeline.size() >= 4);
}
