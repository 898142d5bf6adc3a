#pragma once
// Shared helpers for the engine tests: programs to run, a clock, event capture and a random player.

#include <filesystem>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/content/ContentLibrary.h"
#include "tend/engine/Session.h"

namespace tend::test {

std::filesystem::path sourceDir();

/// The fixture content (tests/data/content/good), loaded once.
const content::ContentLibrary& fixtureLibrary();
std::shared_ptr<const content::Program> fixtureProgram();

/// The shipped content folder, loaded once; and the program of record from it, or nullptr when the file
/// does not exist yet. When the file exists but does not load, the problems are in `shippedProblems()`.
const content::ContentLibrary& shippedLibrary();
std::shared_ptr<const content::Program> programOfRecord();
bool programOfRecordFileExists();
std::string shippedProblems();

/// A clock at 2026-05-01T18:00:00Z.
std::shared_ptr<engine::ManualClock> testClock();

/// A started session for the given partners.
engine::Session startedSession(std::shared_ptr<const content::Program> program,
                               std::vector<std::string> partners = {"a", "b"});

/// Records events.
struct EventLog {
    std::vector<engine::Event> events;
    void attach(engine::Session& session);
    std::vector<engine::EventType> types() const;
    bool has(engine::EventType type, const std::string& cardId = {}) const;
    void clear() { events.clear(); }
};

/// A valid answer of the card's kind, chosen at random (null for info and turns).
nlohmann::json randomAnswer(const content::Card& card, std::mt19937_64& random,
                            const content::PracticeLibrary* practices);

/// The partner's answer that leads onward from the card: for a gate, the first option whose route does not
/// pause or go back; else a valid answer.
nlohmann::json forwardAnswer(const content::Program& program, const content::Card& card);

/// Plays the turns card at the shared position to the end (every partner heard on the first round).
void completeTurns(engine::Session& session);

/// Moves `partner` forward (answering required cards with forwardAnswer) until `stop` holds or `limit` moves.
/// Returns false when it could not move.
template <typename Stop>
bool driveUntil(engine::Session& session, const std::string& partner, Stop stop, int limit = 500);

/// The seed of this run: $TEND_SEED when set, else a fixed default.
std::uint64_t runSeed();

/// Compares a session with its restored copy: equal JSON, and equal behaviour on `next` for every partner.
void requireRoundTrip(const engine::Session& session);

} // namespace tend::test

#include "EngineTestSupport.inl"
