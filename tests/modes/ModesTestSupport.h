#pragma once
// Shared helpers for the modes tests: the shipped content, a fixed "now", a small journal with a couple.

#include <filesystem>
#include <memory>
#include <string>

#include "support/TempDir.h"
#include "tend/content/ContentLibrary.h"
#include "tend/engine/Clock.h"
#include "tend/journal/Journal.h"

namespace tend::modes::test {

inline std::filesystem::path sourceDir()
{
    return TEND_SOURCE_DIR;
}
inline std::filesystem::path contentDir()
{
    return sourceDir() / "content";
}
inline std::filesystem::path dataDir()
{
    return sourceDir() / "tests" / "data" / "modes";
}

/// The "now" every demo in these tests is seeded against.
inline engine::TimePoint fixedNow()
{
    return *engine::parseIso("2026-11-20T18:05:00Z");
}

/// The shipped content, loaded once.
const content::ContentLibrary& shippedLibrary();
/// The program the demo and the solo tests follow.
std::shared_ptr<const content::Program> repairProgram();

/// A fresh in-memory journal with one couple (Sam at position 0, Alex at 1).
struct SmallJournal {
    std::unique_ptr<journal::Journal> journal;
    std::string coupleId;
    std::string sam;
    std::string alex;
};
SmallJournal smallJournal();

/// Adds a session of the couple (Together unless `mode` says otherwise) and returns its id.
std::string addSession(SmallJournal& j, journal::SessionMode mode = journal::SessionMode::Together,
                       const std::string& startedAt = "2026-11-01T19:00:00Z",
                       const std::string& programId = "rupture-to-repair");

using TempDir = tend::test::TempDir;

} // namespace tend::modes::test
