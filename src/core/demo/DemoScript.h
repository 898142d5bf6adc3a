#pragma once
// Internal: the sample history as data. Each story is one repair (or solo reflection) of Sam and Alex,
// written as the answers each of them gives card by card; DemoJournal.cpp plays the stories through the real
// flow engine so every answer is checked against the program, then stores what the engine recorded.

#include <array>
#include <deque>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/content/Problem.h"
#include "tend/demo/DemoJournal.h"
#include "tend/modes/CommitmentLedger.h"

namespace tend::demo::detail {

inline constexpr int kSam = 0;
inline constexpr int kAlex = 1;

/// One answer on one card. A schedule answer is written as {"inMinutes": n, "place": "..."} and turned into
/// a real time (rounded up to a quarter hour) when it is given.
struct Say {
    nlohmann::json value;
    bool keepPrivate = false;
};

/// Card id → the answers given each time the card is shown (front first).
using Answers = std::map<std::string, std::deque<Say>>;

struct TurnRound {
    std::string shared;
    std::string reflected;
    std::string noticed;
    bool confirmed = true;
    std::string correction;
};

struct Turn {
    int speaker = kSam;
    std::vector<TurnRound> rounds;
};

/// Step 5, played together.
struct TogetherScript {
    Answers answers;
    std::map<std::string, std::deque<std::array<std::string, 2>>> votes; ///< unanimous gates: Sam's, Alex's
    std::deque<std::vector<Turn>> turns;                                 ///< one exchange per visit of the turns card
};

/// What became of a commitment line later on.
struct Fate {
    modes::LedgerStatus status = modes::LedgerStatus::Kept;
    std::string note;
    std::string reviewedIn;                 ///< label of the story at whose start it was reviewed
    std::optional<int> followUpDaysFromNow; ///< revisit / in progress: when to look again
};

struct PauseScript {
    int by = kAlex;
    std::string reason; ///< a need id, e.g. "space"
};

struct Story {
    std::string label;
    DemoSessionKind kind = DemoSessionKind::Completed;
    int daysAgo = 0; ///< start: that many days before now, at hour:minute UTC...
    int hour = 19;
    int minute = 30;
    std::optional<int> minutesAgo; ///< ...or this many minutes before now (today's paused session)
    std::vector<int> participants{kSam, kAlex};
    std::map<int, Answers> each;       ///< steps 1–4, per partner
    std::map<int, std::string> stopAt; ///< where a partner stopped (abandoned, paused, solo)
    std::optional<TogetherScript> together;
    std::optional<PauseScript> pause;
    int abandonedAfterDays = 1;      ///< abandoned: when it was marked so, after the last answer
    std::optional<int> followUpDays; ///< commitments: ask "did we keep this?" this many days later
    std::vector<Fate> fates;         ///< per commitment line, in order; missing = still new
    // Solo → joint: the solo story whose reflection Alex brings, and which of its cards are shared or private.
    std::string broughtFrom;
    int broughtBy = kAlex;
    std::vector<std::string> shareCards;
    std::vector<std::string> privateCards;
};

/// The names and colours of the sample couple.
struct SamplePerson {
    std::string name;
    std::string colour; ///< "#RRGGBB"
};

/// content/demo/stories.<locale>.json: the couple and every story, oldest first.
struct StoryBook {
    std::string locale;
    std::array<SamplePerson, 2> people;
    std::vector<Story> stories;
};

struct StoryRead {
    StoryBook book;
    std::vector<content::Problem> problems; ///< empty when the file is sound
};

/// Reads a stories document, collecting every problem with its JSON pointer.
StoryRead readStories(const nlohmann::json& document, const std::string& file);
/// content/demo/stories.<locale>.json
std::filesystem::path storiesFile(const std::filesystem::path& contentDir, const std::string& locale);
/// The stories of `locale`, or the English ones when that language has none.
Result<StoryBook> loadStories(const std::filesystem::path& contentDir, const std::string& locale);

} // namespace tend::demo::detail
