// The demo journal: what the sample history holds, that it is the same every time, that the paused
// session resumes in the engine, and that nothing reaches the disk.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <set>

#include "ModesTestSupport.h"
#include "tend/demo/DemoJournal.h"
#include "tend/engine/Session.h"
#include "tend/journal/Exchange.h"
#include "tend/modes/AnswerPayload.h"
#include "tend/modes/CommitmentLedger.h"
#include "tend/modes/SoloToJoint.h"

using namespace tend;
using namespace tend::modes::test;
using nlohmann::json;

namespace {

demo::DemoJournal makeDemo(std::uint64_t seed = demo::kDefaultSeed, engine::TimePoint now = fixedNow())
{
    demo::DemoOptions options;
    options.contentDir = std::filesystem::path(TEND_SOURCE_DIR) / "content";
    options.now = now;
    options.seed = seed;
    auto made = demo::openDemoJournal(shippedLibrary(), options);
    if (!made)
        FAIL(made.error().message);
    return std::move(*made);
}

const demo::DemoSession& sessionLabelled(const demo::DemoJournal& d, const std::string& label)
{
    for (const auto& s : d.sessions)
        if (s.label == label)
            return s;
    throw std::runtime_error("no demo session " + label);
}

std::string exportAll(journal::Journal& j)
{
    auto text = journal::exchange::exportJsonText(j);
    REQUIRE(text);
    return *text;
}

std::set<std::string> listing(const std::filesystem::path& root)
{
    std::set<std::string> found;
    std::error_code ec;
    for (std::filesystem::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec))
        found.insert(std::filesystem::relative(it->path(), root).string());
    return found;
}

} // namespace

TEST_CASE("the demo journal holds a sample couple and a few months of history", "[demo]")
{
    auto d = makeDemo();
    REQUIRE(d.journal->isInMemory());
    auto couples = d.journal->couples();
    REQUIRE(couples);
    REQUIRE(couples->size() == 1);
    CHECK(couples->front().name == "Sam & Alex");
    auto partners = d.journal->partners(d.coupleId);
    REQUIRE(partners);
    REQUIRE(partners->size() == 2);
    CHECK(partners->at(0).displayName == "Sam");
    CHECK(partners->at(1).displayName == "Alex");
    CHECK(d.partners[0].colour.size() == 7);
    CHECK(d.partners[1].colour != d.partners[0].colour);

    auto list = d.journal->sessionList(d.coupleId);
    REQUIRE(list);
    // Eight repairs of the last three months, and three shorter ones before them (Insights has months to show).
    REQUIRE(list->size() == 11);
    std::map<journal::SessionStatus, int> byStatus;
    int solo = 0;
    for (const auto& summary : *list) {
        ++byStatus[summary.session.status];
        solo += summary.session.mode == journal::SessionMode::Solo;
        CHECK(summary.entryCount > 0);
        CHECK_FALSE(summary.session.engineState.empty());
    }
    CHECK(byStatus[journal::SessionStatus::Completed] == 8);
    CHECK(byStatus[journal::SessionStatus::Abandoned] == 2);
    CHECK(byStatus[journal::SessionStatus::Paused] == 1);
    CHECK(solo == 1);

    // History spans about five months before "now", and nothing lies in the future except agreed times.
    const std::string oldest = list->back().session.startedAt;
    CHECK(*engine::parseIso(oldest) < fixedNow() - std::chrono::days(140));
    for (const auto& summary : *list)
        CHECK(*engine::parseIso(summary.session.startedAt) < fixedNow());
}

TEST_CASE("completed demo repairs have both partners' steps 1-4, step 5 together, and private answers", "[demo]")
{
    auto d = makeDemo();
    const std::string id = sessionLabelled(d, "station-pickup").id;
    auto all = d.journal->entries(id, journal::Viewer::everything());
    REQUIRE(all);
    std::set<std::string> samSteps, alexSteps, jointSteps;
    int privateCount = 0;
    for (const auto& e : *all) {
        if (!e.partnerId)
            jointSteps.insert(e.step);
        else if (*e.partnerId == d.partners[0].id)
            samSteps.insert(e.step);
        else
            alexSteps.insert(e.step);
        privateCount += e.visibility == journal::Visibility::Private;
        CHECK(modes::answerFromPayloadText(e.payload).has_value());
    }
    const std::set<std::string> eachSteps{"acknowledge", "stabilize", "honor", "reflect"};
    CHECK(samSteps == eachSteps);
    CHECK(alexSteps == eachSteps);
    CHECK(jointSteps == std::set<std::string>{"reengage"});
    CHECK(privateCount == 3);

    auto shared = d.journal->entries(id, journal::Viewer::sharedOnly());
    REQUIRE(shared);
    CHECK(shared->size() == all->size() - 3);

    // Check-ins before and after settling, with the change recorded.
    auto checkIns = d.journal->checkIns(id);
    REQUIRE(checkIns);
    REQUIRE(checkIns->size() == 4);
    for (const auto& c : *checkIns) {
        // The window's shape (tend/repair/SessionRecord.h): the words chosen and the card they were chosen on.
        const nlohmann::json payload = nlohmann::json::parse(c.payload);
        CHECK(payload["card"] == (c.moment == journal::CheckInMoment::Before ? "checkin-before" : "checkin-after"));
        CHECK(payload["emotions"].is_array());
    }
    for (const std::string& partner : {d.partners[0].id, d.partners[1].id}) {
        std::optional<int> before, after;
        for (const auto& c : *checkIns) {
            if (c.partnerId != partner)
                continue;
            (c.moment == journal::CheckInMoment::Before ? before : after) = c.level;
        }
        REQUIRE(before);
        REQUIRE(after);
        CHECK(*after < *before);
    }
}

TEST_CASE("the demo's clear gate once said no, so step 5 ran twice", "[demo]")
{
    auto d = makeDemo();
    const std::string id = sessionLabelled(d, "holiday-plans").id;
    auto all = d.journal->entries(id, journal::Viewer::everything());
    REQUIRE(all);
    int clearAnswers = 0, intentions = 0;
    for (const auto& e : *all) {
        clearAnswers += e.card == "clear";
        intentions += e.card == "shared-intention";
    }
    CHECK(clearAnswers == 2);
    CHECK(intentions == 2);
    auto state = d.journal->session(id);
    REQUIRE(state);
    auto restored = engine::Session::fromJson(json::parse((*state)->engineState), d.program,
                                              std::make_shared<engine::ManualClock>(fixedNow()));
    REQUIRE(restored);
    CHECK(restored->status() == engine::SessionStatus::Completed);
    CHECK(restored->roundOf("reengage") == 2);
}

TEST_CASE("the demo ledger has kept, in-progress, let-go, revisit and new commitments", "[demo][ledger]")
{
    auto d = makeDemo();
    auto items = modes::ledger(*d.journal, d.coupleId, engine::formatIsoUtc(fixedNow()));
    REQUIRE(items);
    REQUIRE(items->size() == 13); // eight from the last three months, five from the earlier repairs
    std::map<modes::LedgerStatus, int> count;
    for (const auto& item : *items) {
        ++count[item.status];
        CHECK_FALSE(item.text.empty());
        if (item.status != modes::LedgerStatus::New) {
            CHECK_FALSE(item.followUpNote.empty());
            CHECK(item.row.reviewedAt.has_value());
        }
    }
    CHECK(count[modes::LedgerStatus::Kept] == 7);
    CHECK(count[modes::LedgerStatus::InProgress] == 1);
    CHECK(count[modes::LedgerStatus::LetGo] == 2);
    CHECK(count[modes::LedgerStatus::Revisit] == 1);
    CHECK(count[modes::LedgerStatus::New] == 2);

    auto open = modes::openCommitments(*d.journal, d.coupleId);
    REQUIRE(open);
    CHECK(open->size() == 4);

    auto reminders = d.journal->reminders(d.coupleId);
    REQUIRE(reminders);
    int returns = 0, followUps = 0;
    for (const auto& r : *reminders) {
        returns += r.kind == journal::ReminderKind::Return;
        followUps += r.kind == journal::ReminderKind::FollowUp;
        CHECK(*engine::parseIso(r.dueAt) > fixedNow());
    }
    CHECK(returns == 1);
    CHECK(followUps == 3); // the revisit and the two new commitments of the last repair
}

TEST_CASE("the paused demo session restores into an engine session at its cards", "[demo]")
{
    auto d = makeDemo();
    REQUIRE_FALSE(d.pausedSessionId.empty());
    auto row = d.journal->session(d.pausedSessionId);
    REQUIRE(row);
    REQUIRE(row->has_value());
    const journal::Session& s = **row;
    CHECK(s.status == journal::SessionStatus::Paused);
    CHECK(s.pauseReason == std::optional<std::string>("space"));
    REQUIRE(s.returnAt);
    REQUIRE(s.returnPlace);
    CHECK(*engine::parseIso(*s.returnAt) > fixedNow());
    CHECK(*s.returnPlace == "A walk around the block together");

    auto clock = std::make_shared<engine::ManualClock>(fixedNow());
    auto restored = engine::Session::fromJson(json::parse(s.engineState), d.program, clock);
    REQUIRE(restored);
    CHECK(restored->status() == engine::SessionStatus::Paused);
    const std::string sam = d.partners[0].id;
    const std::string alex = d.partners[1].id;
    CHECK(d.pausedCards.at(sam) == "if-partner-needs-space");
    CHECK(d.pausedCards.at(alex) == "stabilize-intro");
    CHECK(restored->position(sam).cardId == d.pausedCards.at(sam));
    CHECK(restored->position(alex).cardId == d.pausedCards.at(alex));
    REQUIRE(restored->pauseInfo());
    CHECK(restored->pauseInfo()->requestedBy == alex);
    CHECK(restored->pauseInfo()->place == *s.returnPlace);
    CHECK(restored->pauseInfo()->resumeAt == *s.returnAt);

    // It can be resumed and goes on from where each partner stood.
    REQUIRE(restored->resume());
    CHECK(restored->currentCard(alex)->id == "stabilize-intro");
    REQUIRE(restored->next(alex));
    CHECK(restored->currentCard(alex)->id == "checkin-before");
}

TEST_CASE("the demo's joint repair carries Alex's solo reflection", "[demo][solo]")
{
    auto d = makeDemo();
    const std::string joint = sessionLabelled(d, "party-story").id;
    auto carried = modes::carriedEntries(*d.journal, joint, journal::Viewer::partner(d.partners[1].id));
    REQUIRE(carried);
    CHECK(carried->size() == 6);
    const std::string solo = sessionLabelled(d, "party-solo").id;
    for (const auto& c : *carried)
        CHECK(c.fromSessionId == solo);
    auto seenBySam = modes::carriedEntries(*d.journal, joint, journal::Viewer::partner(d.partners[0].id));
    REQUIRE(seenBySam);
    CHECK(seenBySam->size() == 5);
}

TEST_CASE("the demo journal is the same for the same seed and now", "[demo]")
{
    auto first = makeDemo();
    auto second = makeDemo();
    const std::string a = exportAll(*first.journal);
    const std::string b = exportAll(*second.journal);
    CHECK(a == b);
    CHECK(first.pausedCards == second.pausedCards);

    auto other = makeDemo(demo::kDefaultSeed + 1);
    const std::string c = exportAll(*other.journal);
    CHECK(c != a);
    auto list = other.journal->sessionList();
    REQUIRE(list);
    CHECK(list->size() == 11);
}

TEST_CASE("the demo journal writes nothing to disk", "[demo]")
{
    TempDir sandbox;
    const auto home = sandbox.path() / "home";
    const auto tmp = sandbox.path() / "tmp";
    const auto work = sandbox.path() / "work";
    for (const auto& dir : {home, tmp, work})
        std::filesystem::create_directories(dir);

    // Point every place a stray write could go at the sandbox, and work from inside it.
    struct Env {
        std::string name;
        std::optional<std::string> old;
    };
    std::vector<Env> saved;
    for (const char* name : {"HOME", "TMPDIR", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "TEND_DATA_DIR"}) {
        const char* value = std::getenv(name);
        saved.push_back({name, value ? std::optional<std::string>(value) : std::nullopt});
    }
    ::setenv("HOME", home.c_str(), 1);
    ::setenv("TMPDIR", tmp.c_str(), 1);
    ::setenv("XDG_DATA_HOME", (home / ".local/share").c_str(), 1);
    ::setenv("XDG_CONFIG_HOME", (home / ".config").c_str(), 1);
    ::setenv("XDG_CACHE_HOME", (home / ".cache").c_str(), 1);
    ::setenv("TEND_DATA_DIR", (home / "tend-data").c_str(), 1);
    const auto before = listing(sandbox.path());
    const auto previous = std::filesystem::current_path();
    std::filesystem::current_path(work);

    {
        auto d = makeDemo();
        // Use it a little, as the app would: read, search, export, review a commitment.
        auto text = journal::exchange::exportJsonText(*d.journal);
        REQUIRE(text);
        journal::SearchQuery query;
        query.text = "kitchen";
        query.viewer = journal::Viewer::sharedOnly();
        REQUIRE(d.journal->search(query));
        auto open = modes::openCommitments(*d.journal, d.coupleId);
        REQUIRE(open);
        REQUIRE_FALSE(open->empty());
        modes::LedgerReview review;
        review.status = modes::LedgerStatus::Kept;
        review.at = engine::formatIsoUtc(fixedNow());
        REQUIRE(modes::reviewCommitment(*d.journal, d.coupleId, open->front().row.id, review));
        auto reader = d.journal->openReader();
        REQUIRE(reader);
    }

    std::filesystem::current_path(previous);
    const auto after = listing(sandbox.path());
    for (const auto& env : saved) {
        if (env.old)
            ::setenv(env.name.c_str(), env.old->c_str(), 1);
        else
            ::unsetenv(env.name.c_str());
    }
    CHECK(after == before);
    for (const auto& name : after)
        CHECK(std::filesystem::path(name).filename() != "tend.db");
}
