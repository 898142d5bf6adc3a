#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "tend/common/Result.h"
#include "tend/crypto/KeyVault.h"
#include "tend/insights/Insights.h"
#include "tend/journal/Journal.h"
#include "tend/reading/Reading.h"

namespace tend::report {

// A report a couple can take to their therapist: a cover (names, dates, how many repairs), then each repair in
// order as a person would read it, with its check-ins and agreements, and the insight figures. Qt-free: this module
// decides what goes in; the shell only lays it out as a PDF (ui/report/PdfReport.h). docs/report.md has the rules.
//
// Consent and privacy, in one place:
// - Private answers are never read (the journal is read with Viewer::sharedOnly()); the safety check's answers and
//   outcome are never read either (journal exports do not hold them).
// - A partner's shared answers, check-ins and notes go in only when that partner agreed (`Request::agreed`).
// - What the couple wrote together (joint answers, the wording of agreements) and the insight figures, which mix
//   both partners' check-ins, go in only when every partner of the couple agreed.
// - Counts (repairs started, completed, paused; agreements kept) are about the couple's repairs, not anyone's
//   answers, and are always on the cover.

/// Whose answers the report is about.
enum class Scope {
    Couple, ///< both partners (each only if they agreed)
    Partner ///< one partner's own answers (`Request::partnerId`); nothing the couple wrote together
};

struct Request {
    std::string coupleId; ///< empty: the journal's first couple
    std::string from;     ///< first day, "2026-01-01" (inclusive); empty: from the first repair
    std::string to;       ///< last day, "2026-12-31" (inclusive); empty: up to now
    Scope scope = Scope::Couple;
    std::string partnerId;        ///< Scope::Partner: whose report it is
    std::set<std::string> agreed; ///< partner ids who agreed to their shared answers going in
    insights::CardRoles cards;    ///< which cards are check-ins and practices (for the figures)
};

/// One partner as the consent screen shows them.
struct PartnerShare {
    std::string id;
    std::string name;
    int sharedAnswers = 0; ///< their shared answers in the range (what their consent is about)
    int checkIns = 0;
    bool needed = false; ///< their consent matters for this report (in scope and something of theirs is in range)
};

/// What a report would hold, before anyone agrees: for the consent screen and the command line's summary.
struct Preview {
    std::string coupleId;
    std::string coupleName; ///< "Maya & Jonas"
    std::vector<PartnerShare> partners;
    int repairs = 0;
    int completed = 0;
    int paused = 0;
    int jointAnswers = 0; ///< answers written together (need everyone's consent)
    int agreements = 0;
    int privateLeftOut = 0; ///< private answers in the range: never in a report, counted so the screen can say so
};

/// One answer as the report shows it.
struct Item {
    std::string card; ///< the card's title
    std::string who;  ///< a name, or "Together"
    std::string when; ///< local time ("19:30", or a whole date when not the repair's day)
    reading::Answer answer;
};

struct Step {
    std::string title;
    std::vector<Item> items;
};

/// One person's check-ins in one repair, in order: "7 of 10, racing → 3 of 10, steady".
struct CheckInLine {
    std::string who;
    std::vector<std::string> moments; ///< "7 of 10, racing" in the order they were taken
};

struct Agreement {
    std::string text;   ///< its words (empty when the wording is left out for want of consent)
    std::string status; ///< "kept", "partly kept", "open", "not kept this time", "let go"
};

struct Repair {
    std::string title; ///< the session's title, or its first words
    std::string date;  ///< when it began, in words
    std::string facts; ///< "Together · complete"
    std::vector<Step> steps;
    std::vector<CheckInLine> checkIns;
    std::vector<Agreement> agreements;
    int answersLeftOut = 0; ///< shared answers of someone who did not agree
};

/// The report's own sentences, English unless the caller gives them in the person's language (the window does, from
/// its translations: ui/screens/ReportDialog.cpp). `{n}` and `{max}` stand for names, dates and numbers.
struct Words {
    std::string everyRepair = "Every repair in the journal";
    std::string upTo = "Every repair up to {n}";
    std::string fromToToday = "From {n} to today";
    std::string fromTo = "{n} to {max}";
    std::string ownAnswers = "{n}'s own answers";
    std::string forCouple = "For {n}, together";
    std::string declined = "{n} did not agree to share their answers, so none of them are here.";
    std::string jointLeftOut = "What the two of you wrote together, the wording of your agreements and the charts are "
                               "left out: they need both of you to agree.";
    std::string onlyOwn = "Only {n}'s own answers are here; nothing written together.";
    std::string neverHere = "Nothing anyone kept private is here, and nothing from the safety check ever is.";
    std::string checkInMoment = "{n} of 10, {max}"; ///< level, body state
    std::string open = "open";
    std::string kept = "kept";
    std::string partlyKept = "partly kept";
    std::string notKept = "not kept this time";
    std::string letGo = "let go together";
    /// Dates with their year (a report is read later and may span years); the default is reading::localTime.
    reading::TimeFormatter fullDate;
};

struct Document {
    std::string coupleName;
    std::vector<std::string> names; ///< the partners whose answers are in it
    std::string range;              ///< "1 January 2026 to 31 December 2026"
    std::string scopeLine;          ///< "For Maya and Jonas together" / "Maya's own answers"
    int repairs = 0;
    int completed = 0;
    int paused = 0;
    std::vector<std::string> leftOut; ///< sentences: who declined, that private and safety answers are never here
    std::vector<Repair> sessions;     ///< oldest first
    std::optional<insights::Figures> figures;          ///< only when every partner agreed
    std::map<std::string, std::string> practiceTitles; ///< the figures' practice ids → their titles
};

/// What a report for `request` would hold (the `agreed` set is ignored).
Result<Preview> preview(journal::Journal& journal, const Request& request);

/// The report itself. A locked journal fails (its content cannot be read).
/// Body states in the check-in lines come from the reader's words (racing, steady, shut down).
Result<Document> build(journal::Journal& journal, const Request& request, const reading::Reader& reader,
                       const Words& words = {});

/// How a partner must show that they agree: a partner with a key of their own (a passphrase or PIN for their private
/// answers) types it; anyone else agrees with a tick. nullopt: no key of their own.
std::optional<crypto::PartnerSecretKind> consentSecret(const journal::Journal& journal, const std::string& partnerId);

/// Checks a partner's own passphrase or PIN, given to agree to a report. Leaves their key as it was (open or
/// closed); a wrong secret is an error that says so, and nothing is changed.
Result<void> confirmConsent(journal::Journal& journal, const std::string& partnerId, crypto::PartnerSecret secret);

/// "2026-03-01" → true (a calendar date, as --from and --to take).
bool isDay(const std::string& text);

} // namespace tend::report
