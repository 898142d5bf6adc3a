#pragma once

#include <ctime>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/common/Result.h"
#include "tend/content/ContentLibrary.h"
#include "tend/content/Program.h"
#include "tend/journal/Exchange.h"
#include "tend/journal/Journal.h"

namespace tend::reading {

// The one renderer from the journal to text a person reads (docs/readable-text.md). Everything Tend writes out for
// people — the Markdown export, the journal screen's record and search results, "Bring your reflection" — goes
// through it, so a card reads by its title, an option by its label, a partner by their name and a time in local
// time, and no id, kind, round or JSON ever reaches a person. Where the content has no title or label (a card of
// an earlier program version, a user program that is gone), it falls back to readable words, never to the id.

/// How much of a moment to say.
enum class TimeStyle {
    DateAndTime, ///< "Tuesday 3 March 2026, 19:30"
    TimeOnly,    ///< "19:30"
    DateOnly     ///< "Tuesday 3 March 2026"
};

/// Turns a moment into words. The shell passes one that follows the person's locale; the default is localTime().
using TimeFormatter = std::function<std::string(std::time_t when, TimeStyle style)>;

/// A moment in this computer's local time zone, written with the C library ("Tuesday 3 March 2026, 19:30").
std::string localTime(std::time_t when, TimeStyle style = TimeStyle::DateAndTime);

/// Seconds since the epoch of an ISO-8601 time with a zone ("2026-05-01T18:30:00Z", "…+02:00"); nullopt otherwise.
std::optional<std::time_t> parseTimestamp(std::string_view iso);

/// An id as words, for content that is missing: "too-much" → "Too much". Never returns the id itself when it
/// holds a dash; an empty id gives an empty string.
std::string readableId(std::string_view id);

/// One line of a rendered answer: a list item, a paragraph, or what one person said (speaker set).
struct Line {
    std::string speaker; ///< a name, for dialogue (turns, a gate each partner answered); else empty
    std::string text;
};

/// An answer as a person would write it.
struct Answer {
    enum class Form {
        Nothing, ///< no answer (a skipped card)
        Words,   ///< a short phrase: "6 of 10", "Yes, I feel clear", "Hand on chest — done"
        Written, ///< what someone wrote, as they wrote it (may hold line breaks)
        List,    ///< items: a checklist's ticked labels, a choice's options
        Dialogue ///< who said what, in order (turns; a gate answered by each partner)
    };
    Form form = Form::Nothing;
    std::vector<Line> lines;

    /// The answer on one line (a preview): list items joined by ", ", dialogue as "Sam: …; Alex: …".
    std::string oneLine() const;
};

/// A couple's partners by id, in position order (who speaks first; the listener of a turn is the next one).
struct Person {
    std::string id;
    std::string name;
};

/// The reader's own words (everything that is not the content's or the person's), English unless the caller gives
/// them in the person's language (the window does, from its translations: ui/screens/RecordFormatter.cpp). `{n}` and
/// `{max}` stand for numbers.
struct Words {
    std::string together = "Together";
    std::string someone = "Someone";
    std::string onMyOwn = "On my own";
    std::string repairTogether = "A repair together";
    std::string inProgress = "in progress";
    std::string paused = "paused";
    std::string complete = "complete";
    std::string setAside = "set aside";
    std::string outOf = "{n} of {max}";
    std::string nothingTicked = "Nothing ticked";
    std::string racing = "racing";
    std::string steady = "steady";
    std::string shutDown = "shut down";
    std::string oneMinute = "1 minute";
    std::string minutes = "{n} minutes";
    std::string oneSecond = "1 second";
    std::string seconds = "{n} seconds";
    std::string theFullTime = "the full time";
    std::string done = "done";
    std::string saidAloud = "(said aloud)";
    std::string noticingInBody = "(noticing in my body) {n}";
    std::string yesThatsIt = "Yes, that's it.";
    std::string notQuite = "Not quite: {n}";
    std::string earlierCard = "A card from an earlier version of the program";
    // The Markdown export's own headings and sentences.
    std::string journalTitle = "Tend journal";
    std::string noRepairsYet = "No repairs yet.";
    std::string oneRepair = "1 repair.";
    std::string repairs = "{n} repairs.";
    std::string asSeenBy = "As {n} sees it: what someone else kept private is not here.";
    std::string sharedOnly = "Shared answers only: nothing anyone kept private is here.";
    std::string agreements = "Agreements";
    std::string anAgreement = "An agreement";
    std::string togetherWith = "Together, {n}";
    std::string ended = "Ended: {n}";
    std::string pausedToAskFor = "Paused to ask for: {n}";
    std::string comingBack = "Coming back:";
    std::string comingBackToStep = "Coming back to this step:";
    std::string keptPrivate = "(kept private)";
    std::string checkIns = "Check-ins";
    std::string before = "before";
    std::string after = "after";
    std::string notFinishedYet = "Not finished yet";
    std::string skipped = "Skipped.";
    std::string open = "open";
    std::string kept = "kept";
    std::string partlyKept = "partly kept";
    std::string notKept = "not kept";
    std::string letGo = "let go";
};

/// `pattern` with each "{n}" replaced by `n` and each "{max}" by `max` (the placeholders of Words).
std::string filled(std::string pattern, const std::string& n, const std::string& max = {});

/// The renderer. Cheap to copy; holds no journal. `library` may be null (everything then falls back to readable
/// words) and must outlive the Reader.
class Reader {
public:
    explicit Reader(const content::ContentLibrary* library = nullptr, std::string locale = "en");

    void setTimeFormatter(TimeFormatter formatter) { m_time = std::move(formatter); }
    void setWords(Words words) { m_words = std::move(words); }
    const Words& ownWords() const { return m_words; }
    void setPeople(std::vector<Person> people) { m_people = std::move(people); }
    /// The people of every couple in `journal` (names for ids); errors leave the list as it was.
    void addPeopleFrom(journal::Journal& journal);
    const std::vector<Person>& people() const { return m_people; }

    /// A partner's name; "Together" for a joint answer (no id); "Someone" for an id nobody has.
    std::string name(const std::optional<std::string>& partnerId) const;
    /// A stored time (ISO-8601) in words; "" for a time that cannot be read.
    std::string when(std::string_view iso, TimeStyle style = TimeStyle::DateAndTime) const;

    /// The program a session followed, in the reader's locale (else English, else any); nullptr when unknown.
    std::shared_ptr<const content::Program> program(std::string_view programId) const;
    std::string programTitle(std::string_view programId) const;
    std::string stepTitle(const content::Program* program, std::string_view stepId) const;
    /// The card's title, or "A card from an earlier version of the program" when the content does not have it.
    std::string cardTitle(const content::Program* program, std::string_view cardId) const;
    std::string practiceTitle(std::string_view practiceId) const;
    /// A need named when pausing (the needs list), e.g. "space" → its label.
    std::string needLabel(std::string_view needId) const;
    /// A choice's or gate's option label, else the option's words.
    std::string optionLabel(const content::Card* card, std::string_view optionId) const;

    /// An engine answer for `card` (kind from the card; `kindHint` — a payload's "kind" — when the card is unknown;
    /// otherwise the kind is read from the answer's shape).
    Answer answer(const content::Card* card, std::string_view kindHint, const nlohmann::json& value) const;
    /// A stored payload (docs/modes.md, "Payloads"; drafts' "draft" too) of card `cardId`.
    Answer payload(const content::Program* program, std::string_view cardId, const nlohmann::json& payload) const;
    /// A journal entry's answer.
    Answer entry(const content::Program* program, const journal::Entry& entry) const;

    /// A search snippet (journal::SearchHit::snippet) made readable: lines that are ids or kinds are dropped, an
    /// option id of the hit's card becomes its label, repeated lines are said once. Highlight markers are kept.
    std::string snippet(const content::Program* program, std::string_view cardId, std::string_view snippet) const;

    /// A session's heading facts: "Together · complete", "On my own · paused".
    std::string sessionFacts(const journal::Session& session) const;

    /// The first few words someone wrote in `entries` (in the order given: the journal's), as a title: at most
    /// kTitleWords words on one line, "…" when there were more; "" when nothing written is among them.
    std::string firstWords(const content::Program* program, const std::vector<journal::Entry>& entries) const;
    /// A session's title: its own (Session::title) when it has one, else firstWords of `entries` (read them with
    /// the viewer who will see the title), else "A repair together" / "On my own".
    std::string sessionTitle(const journal::Session& session, const content::Program* program,
                             const std::vector<journal::Entry>& entries) const;
    static constexpr int kTitleWords = 6;

private:
    const content::ContentLibrary* m_library = nullptr;
    std::string m_locale;
    TimeFormatter m_time;
    Words m_words;
    std::vector<Person> m_people;
};

/// The journal as Markdown for reading: one section per session, one per step, each answer as a person would write
/// it. Uses journal::exchange::exportJson for what `options.viewer` may see (a partner's view leaves out the other's
/// private answers; safety answers are never in it) and counts what was left out in options.stats.
Result<std::string> exportMarkdown(journal::Journal& journal, const journal::exchange::ExportOptions& options,
                                   const Reader& reader);

} // namespace tend::reading
