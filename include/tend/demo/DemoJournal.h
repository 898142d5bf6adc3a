#pragma once

#include <array>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "tend/common/Result.h"
#include "tend/content/ContentLibrary.h"
#include "tend/content/Problem.h"
#include "tend/content/Program.h"
#include "tend/engine/Clock.h"
#include "tend/journal/Journal.h"

namespace tend::demo {

// Demo mode ("in the office"): an in-memory journal seeded with a sample couple, Sam and Alex, and about
// five months of history, so every screen has something to show. Nothing is written to disk: the journal
// is Journal::openInMemory(), and nothing here touches files other than reading the content folder.
//
// Deterministic: the same seed and the same `now` give byte-identical journals (ids come from the seed,
// every time is relative to `now`, engine sessions run on a ManualClock). Screenshots and tests rely on it.

/// The seed used unless another is given.
inline constexpr std::uint64_t kDefaultSeed = 0x54454E44u; // "TEND"
/// The program the sample history follows.
inline constexpr const char* kDemoProgramId = "rupture-to-repair";

struct DemoOptions {
    engine::TimePoint now;             ///< every date in the sample history is relative to this
    std::uint64_t seed = kDefaultSeed; ///< decides the ids (and small variations in times)
    std::string locale = "en";         ///< program and stories locale (each falls back to "en")
    std::filesystem::path contentDir;  ///< where demo/stories.<locale>.json is read (the library's folder)
};

/// A sample partner. The colour is a suggestion for the UI (the journal has no colour field).
struct DemoPartner {
    std::string id;
    std::string name;
    std::string colour; ///< "#RRGGBB"
};

/// What kind of sample session it is, for tests and the presenter.
enum class DemoSessionKind { Completed, Abandoned, Paused, Solo, JointFromSolo };

/// One sample session.
struct DemoSession {
    std::string id;
    std::string label; ///< short English label for tests and logs ("station-pickup"), never shown as content
    DemoSessionKind kind = DemoSessionKind::Completed;
};

/// The seeded journal and the ids a caller needs to find its way around it.
struct DemoJournal {
    std::unique_ptr<journal::Journal> journal;
    std::string coupleId;
    std::array<DemoPartner, 2> partners; ///< position 0 (Sam) and 1 (Alex)
    std::vector<DemoSession> sessions;   ///< oldest first
    std::string pausedSessionId;
    /// Where each partner stands in the paused session (engine partner id = journal partner id → card id).
    std::map<std::string, std::string> pausedCards;
    std::shared_ptr<const content::Program> program;
};

/// Seeds a new in-memory journal from the program `kDemoProgramId` of `library`.
Result<DemoJournal> openDemoJournal(const content::ContentLibrary& library, const DemoOptions& options);
/// Same, loading the content folder first (only reads it).
Result<DemoJournal> openDemoJournal(const std::filesystem::path& contentDir, const DemoOptions& options);
/// For the CLI: the content folder and the wall clock's now, default seed. `tend --demo export` wires this:
///     auto demo = tend::demo::openDemoJournal(call.globals.contentDir);
///     if (demo) journal = std::move(demo->journal);
Result<DemoJournal> openDemoJournal(const std::filesystem::path& contentDir);

/// Checks a demo stories file (content/demo/stories.<locale>.json): its structure, each problem with its JSON
/// pointer, and then that the stories play through the program of `library` in that locale, as the demo seeds
/// them. Empty when sound.
std::vector<content::Problem> checkDemoStories(const nlohmann::json& document, const std::filesystem::path& file,
                                               const content::ContentLibrary& library);

} // namespace tend::demo
