// Solo → joint: a reflection written alone (steps 1–4) is brought into a couple's joint step 5.
#include <catch2/catch.hpp>

#include "ModesTestSupport.h"
#include "tend/engine/Session.h"
#include "tend/modes/AnswerPayload.h"
#include "tend/modes/PrivacyView.h"
#include "tend/modes/SoloToJoint.h"

using namespace tend;
using namespace tend::modes;
using namespace tend::modes::test;
using journal::Viewer;
using nlohmann::json;

namespace {

struct Solo {
    std::string session;
    std::map<std::string, std::string> entryByCard;
};

// Alex works steps 1–4 alone, through the real engine, and the answers are kept as journal entries.
Solo writeSolo(SmallJournal& j, const std::string& who)
{
    Solo solo;
    solo.session = addSession(j, journal::SessionMode::Solo, "2026-11-02T21:00:00Z");
    auto program = repairProgram();
    auto clock = std::make_shared<engine::ManualClock>(*engine::parseIso("2026-11-02T21:00:00Z"));
    auto s = engine::Session::create(program, {who}, clock);
    REQUIRE(s);
    REQUIRE(s->start());
    const std::map<std::string, std::pair<json, bool>> answers = {
        {"speak-or-settle", {"too-much", false}},
        {"checkin-before", {json{{"level", 5}, {"state", "steady"}}, false}},
        {"settle-or-lift", {json{{"selected", {"steady"}}}, false}},
        {"checkin-after", {json{{"level", 3}, {"state", "steady"}}, false}},
        {"feel-and-express", {"It stung more than I showed.", false}},
        {"inside-me", {"A hot face and a quiet stomach.", false}},
        {"echoes", {"An old family joke came back to me.", true}},
        {"my-part", {"I said nothing at the time.", false}},
        {"ready", {"yes", false}},
    };
    for (int guard = 0; guard < 100 && s->position(who).place == engine::PartnerPlace::OwnCard; ++guard) {
        const content::Card* card = s->currentCard(who);
        clock->advance(std::chrono::minutes(2));
        if (auto it = answers.find(card->id); it != answers.end()) {
            engine::AnswerOptions options;
            options.keepPrivate = it->second.second;
            REQUIRE(s->answer(who, it->second.first, options));
            journal::Entry entry;
            entry.sessionId = solo.session;
            entry.partnerId = who;
            entry.step = program->stepOf(*card).id;
            entry.card = card->id;
            entry.payload = payloadTextFor(*card, it->second.first);
            entry.visibility = it->second.second ? journal::Visibility::Private : journal::Visibility::Shared;
            REQUIRE(j.journal->saveEntry(entry));
            solo.entryByCard[card->id] = entry.id;
        }
        REQUIRE(s->next(who));
    }
    // On their own, the together step opens at once for the one person: the reflection is done.
    CHECK(s->position(who).place == engine::PartnerPlace::Together);
    CHECK(s->position(who).cardId == "leftover-check");
    return solo;
}

BringRequest request(const SmallJournal& j, const Solo& solo, const std::string& partner)
{
    BringRequest r;
    r.soloSessionId = solo.session;
    r.coupleId = j.coupleId;
    r.partnerId = partner;
    r.share = {solo.entryByCard.at("feel-and-express"), solo.entryByCard.at("my-part")};
    r.keepPrivate = {solo.entryByCard.at("echoes")};
    r.at = "2026-11-03T19:30:00Z";
    r.program = repairProgram();
    return r;
}

} // namespace

TEST_CASE("a solo reflection is read as its writer sees it", "[solo]")
{
    auto j = smallJournal();
    auto solo = writeSolo(j, j.alex);
    auto reflection = soloReflection(*j.journal, solo.session);
    REQUIRE(reflection);
    CHECK(reflection->partnerId == j.alex);
    CHECK(reflection->entries.size() == solo.entryByCard.size());

    const std::string together = addSession(j);
    CHECK_FALSE(soloReflection(*j.journal, together)); // not a solo session
    CHECK_FALSE(soloReflection(*j.journal, "00000000-0000-4000-8000-000000000000"));
}

TEST_CASE("bringing a solo reflection starts a joint session with shared and private copies", "[solo]")
{
    auto j = smallJournal();
    auto solo = writeSolo(j, j.alex);
    const auto soloBefore = j.journal->entries(solo.session, Viewer::everything());
    REQUIRE(soloBefore);

    auto plan = bringIntoJoint(*j.journal, request(j, solo, j.alex));
    REQUIRE(plan);
    CHECK(plan->createsSession);
    auto joint = j.journal->session(plan->joint.id);
    REQUIRE(joint);
    REQUIRE(joint->has_value());
    CHECK((*joint)->mode == journal::SessionMode::Together);
    CHECK((*joint)->status == journal::SessionStatus::Active);
    CHECK((*joint)->coupleId == j.coupleId);
    CHECK((*joint)->startedAt == "2026-11-03T19:30:00Z");

    // Alex sees all three copies; Sam sees the two shared ones; each copy says where it came from.
    auto forAlex = carriedEntries(*j.journal, plan->joint.id, Viewer::partner(j.alex));
    auto forSam = carriedEntries(*j.journal, plan->joint.id, Viewer::partner(j.sam));
    REQUIRE(forAlex);
    REQUIRE(forSam);
    CHECK(forAlex->size() == 3);
    REQUIRE(forSam->size() == 2);
    for (const auto& c : *forAlex) {
        CHECK(c.fromSessionId == solo.session);
        CHECK(c.entry.partnerId == std::optional<std::string>(j.alex));
        CHECK(answerFromPayloadText(c.entry.payload).has_value());
    }
    for (const auto& c : *forSam)
        CHECK(c.entry.visibility == journal::Visibility::Shared);
    auto samRecord = sessionRecordFor(*j.journal, plan->joint.id, Viewer::partner(j.sam), repairProgram().get());
    REQUIRE(samRecord);
    for (const auto& step : samRecord->steps)
        for (const auto& partner : step.partners)
            for (const auto& e : partner.entries)
                CHECK(e.payload.find("family joke") == std::string::npos);

    // The solo session is left exactly as it was.
    auto soloAfter = j.journal->entries(solo.session, Viewer::everything());
    REQUIRE(soloAfter);
    REQUIRE(soloAfter->size() == soloBefore->size());
    for (std::size_t i = 0; i < soloAfter->size(); ++i)
        CHECK(soloAfter->at(i).payload == soloBefore->at(i).payload);

    // In the engine, Alex waits at step 5; Sam still does steps 1–4, and then step 5 opens for both.
    auto clock = std::make_shared<engine::ManualClock>(*engine::parseIso("2026-11-03T19:30:00Z"));
    auto s = engine::Session::fromJson(json::parse((*joint)->engineState), repairProgram(), clock);
    REQUIRE(s);
    CHECK(s->position(j.alex).place == engine::PartnerPlace::Waiting);
    CHECK(s->position(j.alex).cardId == "leftover-check");
    CHECK(s->position(j.sam).place == engine::PartnerPlace::OwnCard);
    CHECK(s->position(j.sam).cardId == repairProgram()->firstCard()->id);
    REQUIRE(finishEachSteps(*s, j.sam));
    CHECK(s->position(j.sam).place == engine::PartnerPlace::Together);
    CHECK(s->position(j.alex).place == engine::PartnerPlace::Together);
    CHECK(s->currentCard(j.sam)->id == "leftover-check");
}

TEST_CASE("the other partner's solo reflection joins the same joint session", "[solo]")
{
    auto j = smallJournal();
    auto alexSolo = writeSolo(j, j.alex);
    auto samSolo = writeSolo(j, j.sam);
    auto first = bringIntoJoint(*j.journal, request(j, alexSolo, j.alex));
    REQUIRE(first);
    BringRequest second = request(j, samSolo, j.sam);
    second.jointSessionId = first->joint.id;
    second.at = "2026-11-03T19:40:00Z";
    auto added = bringIntoJoint(*j.journal, second);
    REQUIRE(added);
    CHECK_FALSE(added->createsSession);
    CHECK(added->joint.id == first->joint.id);
    auto sessions = j.journal->sessionList(j.coupleId);
    REQUIRE(sessions);
    CHECK(sessions->size() == 3); // two solo, one joint
    auto everything = carriedEntries(*j.journal, first->joint.id, Viewer::everything());
    REQUIRE(everything);
    CHECK(everything->size() == 6);

    auto joint = j.journal->session(first->joint.id);
    REQUIRE(joint);
    auto s = engine::Session::fromJson(json::parse((*joint)->engineState), repairProgram(),
                                       std::make_shared<engine::ManualClock>(*engine::parseIso(second.at)));
    REQUIRE(s);
    CHECK(s->position(j.sam).place == engine::PartnerPlace::Together);
    CHECK(s->position(j.alex).place == engine::PartnerPlace::Together);
    CHECK(s->currentCard(j.alex)->id == "leftover-check");

    // Bringing the same answer twice into the same joint session is refused.
    BringRequest again = request(j, alexSolo, j.alex);
    again.jointSessionId = first->joint.id;
    CHECK_FALSE(bringIntoJoint(*j.journal, again));
}

TEST_CASE("bringing checks what it is given", "[solo]")
{
    auto j = smallJournal();
    auto solo = writeSolo(j, j.alex);
    const std::string together = addSession(j);

    SECTION("an answer that is not part of the reflection")
    {
        auto r = request(j, solo, j.alex);
        r.share.push_back("00000000-0000-4000-8000-000000000000");
        CHECK_FALSE(planBringIntoJoint(*j.journal, r));
    }
    SECTION("the same answer shared and private")
    {
        auto r = request(j, solo, j.alex);
        r.keepPrivate.push_back(r.share.front());
        CHECK_FALSE(planBringIntoJoint(*j.journal, r));
    }
    SECTION("nothing chosen")
    {
        auto r = request(j, solo, j.alex);
        r.share.clear();
        r.keepPrivate.clear();
        CHECK_FALSE(planBringIntoJoint(*j.journal, r));
    }
    SECTION("a person who is not in the couple")
    {
        auto r = request(j, solo, "00000000-0000-4000-8000-000000000000");
        CHECK_FALSE(planBringIntoJoint(*j.journal, r));
    }
    SECTION("a session that is not solo")
    {
        auto r = request(j, solo, j.alex);
        r.soloSessionId = together;
        CHECK_FALSE(planBringIntoJoint(*j.journal, r));
    }
    SECTION("a joint session that is the solo one")
    {
        auto r = request(j, solo, j.alex);
        r.jointSessionId = solo.session;
        CHECK_FALSE(planBringIntoJoint(*j.journal, r));
    }
    SECTION("a bad time")
    {
        auto r = request(j, solo, j.alex);
        r.at = "tonight";
        CHECK_FALSE(planBringIntoJoint(*j.journal, r));
    }
    SECTION("without a program the engine state is left alone")
    {
        auto r = request(j, solo, j.alex);
        r.program = nullptr;
        auto plan = bringIntoJoint(*j.journal, r);
        REQUIRE(plan);
        CHECK(plan->joint.engineState.empty());
        CHECK(plan->carried.size() == 3);
    }
    // Nothing was written by the refused requests.
    auto sessions = j.journal->sessionList(j.coupleId);
    REQUIRE(sessions);
    CHECK(sessions->size() <= 3);
}
