// The program of record, content/programs/rupture-to-repair.en.json: it loads against the shipped practices,
// has the shape of the five-step process, every gate route goes where it says, and the step-5 loop works.
// Until the file exists these tests are skipped with a warning.
#include <catch2/catch.hpp>

#include <iostream>
#include <set>

#include "EngineTestSupport.h"

using namespace tend::engine;
using nlohmann::json;
using tend::content::Card;
using tend::content::CardKind;
using tend::content::Target;
using tend::content::Who;

namespace {

std::shared_ptr<const tend::content::Program> requireProgram()
{
    auto program = tend::test::programOfRecord();
    INFO("the program of record does not load:\n" << tend::test::shippedProblems());
    REQUIRE(program);
    return program;
}

// The program of record ships with Tend: a missing file is a failure, never a skip.
#define REQUIRE_PROGRAM_OF_RECORD_FILE() REQUIRE(tend::test::programOfRecordFileExists())

const Card* unanimousGate(const tend::content::Program& program)
{
    for (const auto& step : program.steps) {
        for (const auto& card : step.cards) {
            if (step.who == Who::Together && card.kind == CardKind::Gate && !card.unanimous.empty())
                return &card;
        }
    }
    return nullptr;
}

// Where the flow should be after routing to `target` from `from`, for a checkable case: a card (or step start)
// in the same kind of step that has no guard. Returns empty when the case is not that simple.
std::string simpleDestination(const tend::content::Program& program, const Card& from, const Target& target)
{
    auto resolved = program.resolve(target);
    if (!resolved || resolved->type != Target::Type::Card)
        return {};
    const Card* card = program.findCard(resolved->id);
    if (!card || card->when || program.stepOf(*card).who != program.stepOf(from).who)
        return {};
    return card->id;
}

} // namespace

TEST_CASE("the program of record loads with the shipped practices and follows the five steps")
{
    REQUIRE_PROGRAM_OF_RECORD_FILE();
    auto program = requireProgram();
    CHECK(program->id == "rupture-to-repair");
    CHECK(program->locale == "en");
    REQUIRE(program->steps.size() == 5);
    for (int s = 0; s < 4; ++s) {
        INFO("step " << s + 1 << " is each partner's own work");
        CHECK(program->steps[static_cast<std::size_t>(s)].who == Who::Each);
    }
    CHECK(program->steps[4].who == Who::Together);
    for (const auto& step : program->steps) {
        CHECK_FALSE(step.title.empty());
        CHECK_FALSE(step.purpose.empty());
    }

    auto kindsIn = [&](std::size_t s) {
        std::set<CardKind> kinds;
        for (const auto& card : program->steps[s].cards)
            kinds.insert(card.kind);
        return kinds;
    };
    CHECK(kindsIn(0).count(CardKind::Schedule)); // agree when and where to come back
    CHECK(kindsIn(0).count(CardKind::Choice));   // what I need
    CHECK(kindsIn(1).count(CardKind::Checkin));  // check-in before and after
    CHECK(kindsIn(3).count(CardKind::Gate));     // readiness
    CHECK(kindsIn(4).count(CardKind::Turns));    // speaker–listener
    CHECK(kindsIn(4).count(CardKind::Timer));    // the hug

    // "Are we clear?": no leads back to the start of step 5.
    const Card* clear = unanimousGate(*program);
    REQUIRE(clear);
    const auto* otherwise = clear->findOption(clear->otherwise);
    REQUIRE(otherwise);
    REQUIRE(otherwise->next);
    CHECK(program->resolve(*otherwise->next) == Target::card(program->steps[4].cards.front().id));

    // The needs list offers every need of the process.
    const auto* practices = tend::test::shippedLibrary().practices("en");
    REQUIRE(practices);
    for (const auto& id : tend::content::requiredNeedIds())
        CHECK(practices->findNeed(id));
    std::cout << "rupture-to-repair: " << program->cardCount() << " cards in " << program->steps.size() << " steps\n";
}

TEST_CASE("every gate route of the program of record goes where it says")
{
    REQUIRE_PROGRAM_OF_RECORD_FILE();
    auto program = requireProgram();
    int routes = 0;
    for (const auto& step : program->steps) {
        for (const auto& card : step.cards) {
            if (card.kind != CardKind::Gate)
                continue;
            const bool together = step.who == Who::Together;
            const bool unanimous = together && !card.unanimous.empty();
            for (const auto& option : card.options) {
                INFO("gate " << card.id << ", option " << option.id);
                REQUIRE(option.next);
                Session session = tend::test::startedSession(program);
                REQUIRE(session.jumpTo("a", card.id).ok());
                if (together) {
                    for (const auto& partner : session.partners())
                        REQUIRE(session.answer(partner, option.id).ok());
                } else {
                    REQUIRE(session.answer("a", option.id).ok());
                }
                tend::test::EventLog log;
                log.attach(session);
                REQUIRE(session.next("a").ok());
                REQUIRE_FALSE(log.events.empty());
                const Event& routed = log.events.front();
                CHECK(routed.type == EventType::Routed);
                CHECK(routed.cardId == card.id);
                Target expected = *option.next;
                if (unanimous && option.id != card.unanimous)
                    expected = *card.findOption(card.otherwise)->next;
                CHECK(routed.target == expected.toString());
                REQUIRE(session.checkConsistency().ok());
                if (expected.type == Target::Type::Pause) {
                    CHECK(session.status() == SessionStatus::Paused);
                } else if (expected.type == Target::Type::End) {
                    CHECK(session.status() == SessionStatus::Completed);
                } else if (const std::string destination = simpleDestination(*program, card, expected);
                           !destination.empty()) {
                    CHECK(session.position("a").cardId == destination);
                }
                ++routes;

                if (unanimous) {
                    // One dissenting voice takes the otherwise route.
                    Session split = tend::test::startedSession(program);
                    REQUIRE(split.jumpTo("a", card.id).ok());
                    REQUIRE(split.answer("a", card.unanimous).ok());
                    const std::string other = option.id == card.unanimous ? card.otherwise : option.id;
                    REQUIRE(split.answer("b", other).ok());
                    tend::test::EventLog splitLog;
                    splitLog.attach(split);
                    REQUIRE(split.next("b").ok());
                    CHECK(splitLog.events.front().target == card.findOption(card.otherwise)->next->toString());
                    ++routes;
                }
            }
        }
    }
    std::cout << "rupture-to-repair: " << routes << " gate routes checked\n";
    CHECK(routes > 0);
}

TEST_CASE("the step-5 loop of the program of record: not clear sends the couple back to the start of step 5")
{
    REQUIRE_PROGRAM_OF_RECORD_FILE();
    auto program = requireProgram();
    const Card* clear = unanimousGate(*program);
    REQUIRE(clear);
    const std::string together = program->steps[4].id;
    const std::string firstOfStep5 = program->steps[4].cards.front().id;

    // Both partners walk the whole way from the first card, each on their own, then together.
    Session session = tend::test::startedSession(program);
    for (const std::string partner : {"a", "b"}) {
        bool waiting = tend::test::driveUntil(session, partner, [&](const Session& s) {
            return s.isWaiting(partner) || s.position(partner).place == PartnerPlace::Together;
        });
        INFO(partner << " stopped at " << session.position(partner).cardId);
        REQUIRE(waiting);
    }
    REQUIRE(session.position("a").place == PartnerPlace::Together);
    REQUIRE(tend::test::driveUntil(
        session, "a", [&](const Session& s) { return s.position("a").cardId == clear->id; }, 200));
    // (the driver answers "clear" for both only when it has to move on; stop before that)
    CHECK(session.sharedAnswers().count(clear->id) == 0);
    const std::size_t sharedBefore = session.sharedAnswers().size();

    REQUIRE(session.answer("a", clear->unanimous).ok());
    REQUIRE(session.answer("b", clear->otherwise).ok());
    tend::test::EventLog log;
    log.attach(session);
    REQUIRE(session.next("a").ok());
    CHECK(session.position("a").cardId == firstOfStep5);
    CHECK(session.position("b").cardId == firstOfStep5);
    CHECK(session.roundOf(together) == 2);
    CHECK(log.has(EventType::RoundStarted));
    CHECK(session.sharedAnswers().empty());
    REQUIRE_FALSE(session.pastRounds().empty());
    const PastRound& round = session.pastRounds().back();
    CHECK(round.stepId == together);
    CHECK(round.number == 1);
    CHECK(round.answers.size() == sharedBefore + 1);
    CHECK(round.answers.at(clear->id).value == json({{"a", clear->unanimous}, {"b", clear->otherwise}}));
    // Steps 1–4 keep their answers.
    CHECK_FALSE(session.answersOf("a").empty());

    // Second round: both clear, and the session completes.
    REQUIRE(
        tend::test::driveUntil(session, "a", [&](const Session& s) { return s.position("a").cardId == clear->id; }));
    REQUIRE(session.answer("a", clear->unanimous).ok());
    REQUIRE(session.answer("b", clear->unanimous).ok());
    REQUIRE(session.next("b").ok());
    CHECK(
        tend::test::driveUntil(session, "a", [](const Session& s) { return s.status() == SessionStatus::Completed; }));
    tend::test::requireRoundTrip(session);
}
