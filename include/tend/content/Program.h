#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/content/Guard.h"

namespace tend::content {

/// Where the flow goes next: a card, the first card of a step, a pause, or the end.
/// Written in content as `"card-id"`, `"step:<step-id>"`, `"pause"` or `"end"`.
struct Target {
    enum class Type { Card, Step, Pause, End };
    Type type = Type::End;
    std::string id; ///< card id or step id; empty for Pause and End

    static Target card(std::string cardId) { return {Type::Card, std::move(cardId)}; }
    static Target step(std::string stepId) { return {Type::Step, std::move(stepId)}; }
    static Target pause() { return {Type::Pause, {}}; }
    static Target end() { return {Type::End, {}}; }

    /// Parses the content spelling; nullopt when it is not a well-formed target (the id may still not exist).
    static std::optional<Target> parse(std::string_view text);
    /// The content spelling, e.g. "step:stabilize".
    std::string toString() const;

    bool operator==(const Target&) const = default;
};

/// Every kind of card a program can hold. See docs/content-format.md for what each records.
enum class CardKind {
    Info,
    Prompt,
    Choice,
    Scale,
    Checkin,
    Checklist,
    Timer,
    Breathing,
    Practice,
    Turns,
    Gate,
    Schedule
};

/// "info", "prompt", ... as written in content.
std::string_view toString(CardKind kind);
std::optional<CardKind> cardKindFromString(std::string_view text);
/// All kinds, in the order of the doc's table.
const std::vector<CardKind>& allCardKinds();

/// Whether a step is each partner's own inner work or done together at one screen.
enum class Who { Each, Together };
std::string_view toString(Who who);

/// `checkin.phase`.
enum class CheckinPhase { Before, After };

/// What a card's answer adds to beyond the session: `"records": "commitments"` turns each line of a prompt's
/// answer into an entry of the commitments ledger; `"records": "cycle"` keeps a prompt's answer as the name the
/// couple gave their cycle, shown on Home.
enum class Records { Nothing, Commitments, Cycle };

/// `options_from`: a choice card whose options are a list of the practices library, written once per language.
enum class OptionsFrom { Nowhere, Needs, Rebonding };

/// An option of a `choice` or `gate` card.
struct Option {
    std::string id;
    std::string label;
    std::optional<Target> next; ///< required for gates; optional for choices
    /// `switch_to`: a program id. Choosing this option stops this program and starts that one with the answers
    /// to cards of the same id and kind carried over (the ten-minute repair's "it's bigger than it looked").
    std::string switchTo;
    /// `old_pain`: choosing this option marks the hurt as an old one ("this feels old, it keeps coming back"). When
    /// a person marks old pain in more than one repair, the app suggests a therapist.
    bool oldPain = false;
};

/// An item of a `checklist` card.
struct ChecklistItem {
    std::string id;
    std::string label;
};

/// One card. A plain struct holding every kind's fields; only the fields of `kind` are meaningful
/// (the rest keep their defaults). `raw` is the card exactly as written, for fields the app does not model.
struct Card {
    // --- shared by every kind ---
    std::string id;
    CardKind kind = CardKind::Info;
    std::string title;
    std::string body;
    std::string note;
    std::optional<Target> next; ///< explicit route; nullopt = the default (next card, next step, then end)
    std::optional<Guard> when;  ///< shown only when this holds; otherwise passed over as if answered
    bool optional = true;       ///< may be skipped; defaults to false for `gate` and `turns`
    bool allowPrivate = false;  ///< `private`: the writer may keep the answer private (default true in each steps)
    bool coach = false;         ///< language coach's side note while writing
    Records records = Records::Nothing;
    std::optional<Target> afterPause; ///< `after_pause`: where the flow resumes after this card routes to "pause"
    std::string recall; ///< `recall`: a choice or checklist card whose answer is shown above this one ("You chose: …")
    std::vector<std::string> lookBack; ///< `look_back`: earlier cards whose shared answers are shown, by name
    bool carryOver = false; ///< `carry_over`: another round of a together step starts from the round before's answer
    /// `earlier_answers`: card ids whose latest shared answers by this person in earlier sessions (of any program)
    /// are shown above this card ("our cycle" shows what each wrote about their own pattern in earlier repairs).
    std::vector<std::string> earlierAnswers;

    // --- prompt ---
    std::string placeholder;
    int minRows = 3;

    // --- choice and gate ---
    std::vector<Option> options;
    bool multiple = false;                          ///< choice: more than one option may be selected
    bool other = false;                             ///< choice: adds a free-text "something else"
    OptionsFrom optionsFrom = OptionsFrom::Nowhere; ///< choice: `options` filled from the practices library
    std::string unanimous; ///< gate in a together step: option taken only when every partner picks it
    std::string otherwise; ///< gate with `unanimous`: the option whose route is taken when anyone picks differently

    // --- scale ---
    int min = 0;
    int max = 10;
    std::string lowLabel;
    std::string highLabel;

    // --- checkin ---
    CheckinPhase phase = CheckinPhase::Before;
    std::vector<std::string> emotions; ///< suggested emotion words

    // --- checklist ---
    std::vector<ChecklistItem> items;

    // --- timer (and the label of breathing) ---
    int seconds = 0;
    std::string label;

    // --- breathing ---
    std::string pattern; ///< a pattern id from the practices library
    int minutes = 5;     ///< default length, 1–10

    // --- practice ---
    std::string practice; ///< one practice id, or empty when `tag` is used
    std::string tag;      ///< "settle" or "lift": offer every practice with that tag

    // --- turns ---
    std::vector<std::string> speakerPrompts;
    std::vector<std::string> listenerPrompts;
    std::string confirm; ///< the question the listener asks ("Did I hear you right?")
    /// `validate`: after reflecting back, the listener is asked this: what makes sense to them about how the speaker
    /// felt (understanding, not agreement). Empty: not asked.
    std::string validate;
    /// `turn_minutes`: the length the optional turn timer offers for each speaker (equal airtime); 0: no timer.
    int turnMinutes = 0;

    // --- schedule ---
    int minMinutes = 20;
    int maxHours = 24;
    std::vector<std::string> suggestPlaces;

    // --- everything as written, and where the card sits ---
    nlohmann::json raw;        ///< the card's JSON object, unchanged
    std::size_t stepIndex = 0; ///< index of its step in Program::steps (set by Program::reindex)
    std::size_t index = 0;     ///< index within the step's cards (set by Program::reindex)

    /// Finds an option by id (choice and gate).
    const Option* findOption(std::string_view optionId) const;
};

/// One step of a program.
struct Step {
    std::string id;
    std::string title;
    std::string purpose;     ///< why this step matters, shown on request
    std::string facilitator; ///< notes for a therapist presenting the step
    Who who = Who::Each;
    std::vector<Card> cards;
    nlohmann::json raw; ///< the step's JSON object without its cards (cards keep their own raw)
};

/// A whole program: a guided sequence of steps and cards, loaded from `programs/<id>.<locale>.json`.
/// Plain data plus lookups. After changing steps or cards by hand, call reindex().
class Program {
public:
    int format = 1;
    std::string id;
    std::string version;
    std::string locale;
    std::string title;
    std::string summary;
    std::vector<Step> steps;
    std::filesystem::path source; ///< the file it came from (empty when built in memory)

    /// Rebuilds the id lookups and each card's stepIndex/index. Later duplicates of an id are ignored.
    void reindex();

    const Card* findCard(std::string_view cardId) const;
    const Step* findStep(std::string_view stepId) const;
    /// Index of a step in `steps`, or nullopt.
    std::optional<std::size_t> stepIndex(std::string_view stepId) const;
    /// The step holding a card (the card must belong to this program).
    const Step& stepOf(const Card& card) const { return steps[card.stepIndex]; }

    /// The first card of the first step that has cards, or nullptr for an empty program.
    const Card* firstCard() const;
    /// The first card of a step, or nullptr when the step is unknown or empty.
    const Card* firstCardOf(std::string_view stepId) const;
    /// Where the flow goes after `card` when nothing else routes: the next card in the step, else the first
    /// card of the next step that has cards, else `end`.
    Target sequentialNext(const Card& card) const;
    /// `card.next` when set, else sequentialNext(card).
    Target routeAfter(const Card& card) const { return card.next ? *card.next : sequentialNext(card); }
    /// Resolves `step:<id>` to its first card; card/pause/end targets are returned unchanged.
    /// Returns nullopt when the target names a card or step that does not exist (or an empty step).
    std::optional<Target> resolve(const Target& target) const;

    /// Number of cards over all steps.
    std::size_t cardCount() const;

private:
    std::map<std::string, std::pair<std::size_t, std::size_t>, std::less<>> m_cards;
    std::map<std::string, std::size_t, std::less<>> m_steps;
};

/// The value a guard sees for `card`'s recorded `answer` and `field` (empty = the answer itself): a choice
/// without a field means its selected ids; a field reads that member of an object answer.
/// nullopt when the answer is null or has no such field.
std::optional<nlohmann::json> guardValue(const Card& card, const nlohmann::json& answer, std::string_view field);

/// The fields a guard may read on answers of `kind` (e.g. "level", "state", "emotions" for a checkin).
const std::vector<std::string>& guardFields(CardKind kind);

/// True when `id` is a valid content id: lowercase ASCII letters, digits and '-', starting with a letter or digit.
bool isValidId(std::string_view id);

/// True when `locale` looks like "en", "de" or "pt-BR".
bool isValidLocale(std::string_view locale);

} // namespace tend::content
