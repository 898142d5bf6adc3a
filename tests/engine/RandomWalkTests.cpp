// Random walks: thousands of sessions driven by random (but legal-minded) moves. Every move either succeeds
// and leaves a consistent state, or fails and changes nothing; every walk ends (completed or paused) within a
// bound; together the walks reach every card. The seed is printed; TEND_SEED=<n> replays a run.
#include <catch2/catch.hpp>

#include <algorithm>
#include <iostream>
#include <map>
#include <set>

#include "EngineTestSupport.h"

using namespace tend::engine;
using nlohmann::json;
using tend::content::Card;
using tend::content::CardKind;

namespace {

constexpr int kMoveBound = 4000;

struct WalkStats {
    int walks = 0;
    int completed = 0;
    int paused = 0;
    int maxMoves = 0;
    long totalMoves = 0;
    long refused = 0;
    std::set<std::string> visited;
    std::set<std::string> routes; // "card>target"
};

bool coin(std::mt19937_64& random, double p)
{
    return std::bernoulli_distribution(p)(random);
}

std::vector<std::string> actors(const Session& session)
{
    std::vector<std::string> list;
    for (const auto& partner : session.partners()) {
        const auto place = session.position(partner).place;
        if (place == PartnerPlace::OwnCard || place == PartnerPlace::Together)
            list.push_back(partner);
    }
    return list;
}

std::vector<std::string> participants(const Session& session)
{
    std::vector<std::string> list;
    for (const auto& partner : session.partners()) {
        if (session.position(partner).place == PartnerPlace::Together)
            list.push_back(partner);
    }
    return list;
}

// Takes the next step of the turns exchange for whoever's role it is.
tend::Result<void> playTurn(Session& session, const std::string& actor, std::mt19937_64& random)
{
    auto status = session.turnStatus(actor);
    if (!status)
        return status.error();
    switch (status->phase) {
    case TurnPhase::Share:
        return session.turnShare(status->speaker, coin(random, 0.5) ? "what I felt" : "");
    case TurnPhase::Reflect:
        return session.turnReflect(status->listener, "what I heard", "my shoulders dropped");
    case TurnPhase::Confirm:
        return session.turnConfirm(status->speaker, coin(random, 0.7), "not quite");
    case TurnPhase::Complete:
        return tend::makeError("complete");
    }
    return tend::makeError("unknown phase");
}

// Hot-loop assertion: builds its message only on failure (INFO would build one on every move).
#define WALK_REQUIRE(condition, message)                                                                               \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            FAIL("walk seed " << walkSeed << ", move " << moves << ": " << message);                                   \
        }                                                                                                              \
    } while (false)

void walkOnce(const std::shared_ptr<const tend::content::Program>& program,
              const tend::content::PracticeLibrary* practices, std::vector<std::string> partners,
              std::mt19937_64& random, WalkStats& stats, std::uint64_t walkSeed)
{
    Session session = tend::test::startedSession(program, std::move(partners));
    int moves = 0;
    ++stats.walks;
    for (; moves < kMoveBound; ++moves) {
        if (session.status() == SessionStatus::Completed) {
            ++stats.completed;
            break;
        }
        if (session.status() == SessionStatus::Paused) {
            if (coin(random, 0.3)) {
                ++stats.paused;
                break;
            }
            WALK_REQUIRE(session.resume().ok(), "resume failed");
            continue;
        }
        const auto who = actors(session);
        WALK_REQUIRE(!who.empty(), "an active session has nobody who can act");
        const std::string actor = who[random() % who.size()];
        const Card* card = session.currentCard(actor);
        WALK_REQUIRE(card != nullptr, "an acting partner has no card");
        stats.visited.insert(card->id);
        const bool together = session.position(actor).place == PartnerPlace::Together;
        // Now and then, a refused move is checked to have changed nothing at all.
        const bool checkRefusal = coin(random, 0.02);
        const json before = checkRefusal ? session.toJson() : json();

        const double roll = std::uniform_real_distribution<double>(0, 1)(random);
        if (roll < 0.015) {
            WALK_REQUIRE(session.pause(actor, {"a break", coin(random, 0.5) ? "2026-05-01T19:00:00Z" : "", ""}).ok(),
                         "pause failed");
        } else if (roll < 0.07) {
            if (!session.back(actor)) {
                ++stats.refused;
                WALK_REQUIRE(!checkRefusal || session.toJson() == before, "a refused back changed the session");
            }
        } else if (roll < 0.40) {
            if (card->kind == CardKind::Turns) {
                if (!playTurn(session, actor, random))
                    ++stats.refused;
            } else if (card->kind == CardKind::Info) {
                WALK_REQUIRE(!session.answer(actor, "words").ok(), "an info card took an answer");
                ++stats.refused;
            } else if (coin(random, 0.05)) {
                auto result = session.answer(actor, {{"bogus", true}}); // never a valid shape
                WALK_REQUIRE(!result.ok(), "a malformed answer was taken on " << card->id);
                ++stats.refused;
                WALK_REQUIRE(!checkRefusal || session.toJson() == before, "a refused answer changed the session");
            } else if (coin(random, 0.08)) {
                WALK_REQUIRE(session.answer(actor, nullptr).ok(), "clearing failed on " << card->id);
            } else {
                const json answer = tend::test::randomAnswer(*card, random, practices);
                auto result = session.answer(actor, answer, {card->allowPrivate && coin(random, 0.3)});
                WALK_REQUIRE(result.ok(), card->id << " refused " << answer.dump() << ": " << result.error().message);
            }
        } else {
            auto result = session.next(actor);
            if (!result) {
                ++stats.refused;
                WALK_REQUIRE(!checkRefusal || session.toJson() == before, "a refused next changed the session");
                // Only required cards refuse to be left; answer them so the walk can go on.
                if (card->kind == CardKind::Turns) {
                    (void)playTurn(session, actor, random);
                } else if (card->kind == CardKind::Gate && together && !card->unanimous.empty()) {
                    for (const auto& voter : participants(session)) {
                        if (coin(random, 0.7))
                            WALK_REQUIRE(session.answer(voter, tend::test::randomAnswer(*card, random, practices)).ok(),
                                         "a vote failed");
                    }
                } else {
                    WALK_REQUIRE(!card->optional,
                                 "the optional card " << card->id << " refused next: " << result.error().message);
                    WALK_REQUIRE(session.answer(actor, tend::test::randomAnswer(*card, random, practices)).ok(),
                                 "answering " << card->id << " failed");
                }
            } else if (const auto* moved = session.currentCard(actor)) {
                stats.routes.insert(card->id + ">" + moved->id);
            }
        }
        auto consistent = session.checkConsistency();
        WALK_REQUIRE(consistent.ok(), "inconsistent: " << consistent.error().message);
        if (moves % 50 == 0) {
            const json saved = session.toJson();
            auto restored = Session::fromJson(saved, program, tend::test::testClock());
            WALK_REQUIRE(restored.ok() && restored->toJson() == saved, "the state does not round-trip");
        }
    }
    WALK_REQUIRE(moves < kMoveBound, "the walk did not end within the bound");
    stats.totalMoves += moves;
    stats.maxMoves = std::max(stats.maxMoves, moves);
    if (walkSeed % 8 == 0) // the full round trip (same JSON, same behaviour) on a sample of final states
        tend::test::requireRoundTrip(session);
}

WalkStats walkMany(const std::shared_ptr<const tend::content::Program>& program,
                   const tend::content::PracticeLibrary* practices, int walks, std::uint64_t seed)
{
    WalkStats stats;
    std::mt19937_64 seeds(seed);
    for (int i = 0; i < walks; ++i) {
        const std::uint64_t walkSeed = seeds();
        std::mt19937_64 random(walkSeed);
        std::vector<std::string> partners =
            coin(random, 0.75) ? std::vector<std::string>{"a", "b"} : std::vector<std::string>{"me"};
        walkOnce(program, practices, std::move(partners), random, stats, walkSeed);
    }
    return stats;
}

void report(const char* name, const WalkStats& stats, std::uint64_t seed)
{
    std::cout << name << ": " << stats.walks << " random walks, seed " << seed << " (replay with TEND_SEED=" << seed
              << "): " << stats.completed << " completed, " << stats.paused << " paused, " << stats.totalMoves
              << " moves (longest " << stats.maxMoves << "), " << stats.refused << " refused moves, "
              << stats.visited.size() << " cards visited, " << stats.routes.size() << " distinct routes\n";
}

void requireEveryCardVisited(const tend::content::Program& program, const WalkStats& stats)
{
    for (const auto& step : program.steps) {
        for (const auto& card : step.cards) {
            INFO("no random walk reached the card " << card.id);
            CHECK(stats.visited.count(card.id) == 1);
        }
    }
}

// From `cardId`, a solo walk that only moves forward (answers, turns, next) must end within the bound.
void requireEndsFrom(const std::shared_ptr<const tend::content::Program>& program,
                     const tend::content::PracticeLibrary* practices, const std::string& cardId, std::uint64_t seed)
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        std::mt19937_64 random(seed + static_cast<std::uint64_t>(attempt));
        auto created = Session::create(program, {"me"}, tend::test::testClock());
        REQUIRE(created.ok());
        Session session = std::move(created.value());
        REQUIRE(session.jumpTo("me", cardId).ok());
        int moves = 0;
        while (session.status() == SessionStatus::Active && moves < kMoveBound) {
            ++moves;
            const Card* card = session.currentCard("me");
            REQUIRE(card != nullptr);
            if (card->kind == CardKind::Turns) {
                if (playTurn(session, "me", random).ok())
                    continue;
            } else if (coin(random, 0.5)) {
                const json answer = tend::test::randomAnswer(*card, random, practices);
                if (!answer.is_null())
                    REQUIRE(session.answer("me", answer).ok());
            }
            auto moved = session.next("me");
            if (!moved && card->kind != CardKind::Turns)
                REQUIRE(session.answer("me", tend::test::randomAnswer(*card, random, practices)).ok());
        }
        INFO("from the card " << cardId << " the session did not end or pause within " << kMoveBound << " moves");
        REQUIRE(session.status() != SessionStatus::Active);
    }
}

} // namespace

TEST_CASE("random walks on the fixture never reach an invalid state and always end")
{
    const std::uint64_t seed = tend::test::runSeed();
    const int walks = 2000;
    auto program = tend::test::fixtureProgram();
    const WalkStats stats = walkMany(program, tend::test::fixtureLibrary().practices("en"), walks, seed);
    report("fixture", stats, seed);
    CHECK(stats.completed + stats.paused == stats.walks);
    CHECK(stats.completed > 0);
    requireEveryCardVisited(*program, stats);
}

TEST_CASE("random walks on the program of record never reach an invalid state and always end")
{
    REQUIRE(tend::test::programOfRecordFileExists()); // the program ships: a missing file fails
    auto program = tend::test::programOfRecord();
    INFO(tend::test::shippedProblems());
    REQUIRE(program);
    const std::uint64_t seed = tend::test::runSeed();
    const WalkStats stats = walkMany(program, tend::test::shippedLibrary().practices("en"), 10000, seed);
    report("rupture-to-repair", stats, seed);
    CHECK(stats.completed + stats.paused == stats.walks);
    CHECK(stats.completed > 0);
    requireEveryCardVisited(*program, stats);
}

TEST_CASE("from every card of the fixture the session can end or pause")
{
    auto program = tend::test::fixtureProgram();
    for (const auto& step : program->steps) {
        for (const auto& card : step.cards)
            requireEndsFrom(program, tend::test::fixtureLibrary().practices("en"), card.id, tend::test::runSeed());
    }
}

TEST_CASE("from every card of the program of record the session can end or pause")
{
    REQUIRE(tend::test::programOfRecordFileExists()); // the program ships: a missing file fails
    auto program = tend::test::programOfRecord();
    REQUIRE(program);
    for (const auto& step : program->steps) {
        for (const auto& card : step.cards)
            requireEndsFrom(program, tend::test::shippedLibrary().practices("en"), card.id, tend::test::runSeed());
    }
}

TEST_CASE("random walks on the ten-minute repair never reach an invalid state and always end")
{
    auto program = tend::test::shippedLibrary().program("quick-repair", "en");
    INFO(tend::test::shippedProblems());
    REQUIRE(program); // the program ships: a missing file fails
    const std::uint64_t seed = tend::test::runSeed();
    const WalkStats stats = walkMany(program, tend::test::shippedLibrary().practices("en"), 3000, seed);
    report("quick-repair", stats, seed);
    CHECK(stats.completed + stats.paused == stats.walks);
    CHECK(stats.completed > 0);
    CHECK(stats.paused > 0); // "not yet" pauses; the switch to the full repair ends this one
    requireEveryCardVisited(*program, stats);
}

TEST_CASE("from every card of the ten-minute repair the session can end or pause")
{
    auto program = tend::test::shippedLibrary().program("quick-repair", "en");
    REQUIRE(program);
    for (const auto& step : program->steps) {
        for (const auto& card : step.cards)
            requireEndsFrom(program, tend::test::shippedLibrary().practices("en"), card.id, tend::test::runSeed());
    }
}

TEST_CASE("random walks on our cycle, repair attempts and starting gently never reach an invalid state and end")
{
    // The ways to practise between repairs (#20), in every language they ship in: each route ends or pauses.
    const std::uint64_t seed = tend::test::runSeed();
    for (const char* id : {"our-cycle", "repair-attempts", "starting-gently"}) {
        for (const char* locale : {"en", "es", "de"}) {
            INFO(id << " (" << locale << ")");
            auto program = tend::test::shippedLibrary().program(id, locale);
            INFO(tend::test::shippedProblems());
            REQUIRE(program); // the program ships: a missing file fails
            const WalkStats stats = walkMany(program, tend::test::shippedLibrary().practices(locale), 1000, seed);
            report((std::string(id) + "." + locale).c_str(), stats, seed);
            CHECK(stats.completed + stats.paused == stats.walks);
            CHECK(stats.completed > 0);
            requireEveryCardVisited(*program, stats);
            for (const auto& step : program->steps)
                for (const auto& card : step.cards)
                    requireEndsFrom(program, tend::test::shippedLibrary().practices(locale), card.id, seed);
        }
    }
}

namespace {

// Where a card can lead: its own route (or the default), every option's route; "end" and "pause" lead nowhere.
std::vector<const Card*> successors(const tend::content::Program& program, const Card& card)
{
    using tend::content::Target;
    std::vector<std::optional<Target>> routes{card.next};
    for (const auto& option : card.options)
        routes.push_back(option.next ? option.next : card.next);
    std::vector<const Card*> out;
    for (const auto& route : routes) {
        if (!route) { // the default: the next card of the step, then the first card of the next step
            const auto& step = program.stepOf(card);
            const auto at =
                std::find_if(step.cards.begin(), step.cards.end(), [&card](const Card& c) { return c.id == card.id; });
            if (at + 1 != step.cards.end())
                out.push_back(&*(at + 1));
            else if (card.stepIndex + 1 < program.steps.size())
                out.push_back(&program.steps[card.stepIndex + 1].cards.front());
        } else if (route->type == Target::Type::Card) {
            out.push_back(program.findCard(route->id));
        } else if (route->type == Target::Type::Step) {
            for (const auto& step : program.steps)
                if (step.id == route->id)
                    out.push_back(&step.cards.front());
        }
    }
    return out;
}

// The most cards one person can meet on a path without meeting a card twice.
int longestPath(const tend::content::Program& program, const Card& from, std::set<std::string>& onPath)
{
    onPath.insert(from.id);
    int best = 0;
    for (const Card* next : successors(program, from))
        if (next && !onPath.count(next->id))
            best = std::max(best, longestPath(program, *next, onPath));
    onPath.erase(from.id);
    return best + 1;
}

} // namespace

TEST_CASE("the ten-minute repair has at most 12 cards on its longest path")
{
    auto program = tend::test::shippedLibrary().program("quick-repair", "en");
    REQUIRE(program);
    std::set<std::string> onPath;
    const int longest = longestPath(*program, program->steps.front().cards.front(), onPath);
    INFO("longest path: " << longest << " cards");
    CHECK(longest <= 12);
    CHECK(longest >= 8); // still the five steps in miniature, not a stub
    // And the full repair is longer: the check above measures something.
    auto full = tend::test::programOfRecord();
    REQUIRE(full);
    CHECK(longestPath(*full, full->steps.front().cards.front(), onPath) > 12);
}
