#pragma once

// The coach file after validation: every word interned to an id, every list a bit, every pattern a small program.
// Private to the coach module; the public face is tend::coach::CoachContent.

#include <bitset>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "tend/coach/Analysis.h"

namespace tend::coach::detail {

/// Lists (declared word lists plus the ones derived from emotion groups) are bits, so a token's memberships are one
/// bitset and a list test is one bit test.
constexpr std::size_t kMaxLists = 256;
using ListBits = std::bitset<kMaxLists>;

/// Everything known about one surface form: its memberships through itself or an inflection of a list word.
struct WordInfo {
    ListBits bits;
    std::vector<std::uint16_t> lists; ///< the set bits, for indexing patterns by first element
};

/// One word slot of a pattern: a literal word (by id) or a list.
struct WordMatcher {
    int wordId = -1;
    int list = -1;
};

enum class ElementKind { Words, Any, Gap, ScareQuote };

/// One element of a pattern: alternatives of word sequences, one any-token, a gap of N..M tokens, or a scare-quoted
/// token. Any element except a gap may be optional.
struct Element {
    ElementKind kind = ElementKind::Words;
    std::vector<std::vector<WordMatcher>> alternatives; ///< for Words: each alternative is a sequence
    int minGap = 0;
    int maxGap = 0;
    bool optional = false;
};

/// Safety channels come last: a disclosure of harm, or of self-harm and suicidal thoughts (docs/coach.md, "Safety").
enum class Channel { Blame, Describe, Express, Ownership, SafetyHarm, SafetySelfHarm };

struct Pattern {
    std::string group;   ///< pattern group id in the file
    int groupIndex = 0;  ///< a group scores at most once per sentence
    std::string source;  ///< the pattern text, for errors and debugging
    std::string feature; ///< "blame.absolute", "describe", "express.body", "ownership", "safety.harm"
    Channel channel = Channel::Blame;
    int blameKind = -1; ///< index into CompiledCoach::blameKinds for blame features
    double weight = 0.0;
    bool negatable = true;
    bool anchorStart = false;
    std::vector<Element> elements;
};

struct EmotionGroup {
    std::string id;
    std::string label;
    bool feelingTalk = false;
    bool soft = false;
    int list = -1;                       ///< derived list "emotion_<id>" of its single-word entries
    std::unordered_set<int> notAfterIds; ///< a mention right after one of these words does not count
};

/// A multi-word emotion entry ("let down"), matched as consecutive literal words.
struct EmotionPhrase {
    std::vector<int> wordIds;
    int group = -1;
};

struct HintRule {
    std::string id;
    std::string group;
    std::string text;
    std::optional<bool> blame;
    std::optional<bool> ownership;
    std::vector<int> blameKinds;
    std::vector<Stage> stages;
    std::vector<int> emotionsAny;
    std::vector<int> emotionsNone;
};

struct ContextRule {
    std::vector<int> nextLists;
    std::vector<std::string> replacement;
};

struct Inflection {
    std::string strip;
    std::string add;
};

struct CompiledCoach {
    std::string sourceName;
    std::string locale;

    // Vocabulary: every word the file mentions anywhere.
    std::unordered_map<std::string, int> vocab;
    std::vector<std::string> words;
    std::unordered_map<std::string, WordInfo> forms; ///< surface form (word or inflection) -> list memberships
    std::unordered_map<std::string, int> listIndex;
    std::vector<std::string> listNames;

    // Normalisation.
    std::vector<std::pair<std::string, std::string>> replacements; ///< characters and symbols, longest first
    std::unordered_map<std::string, std::vector<std::string>> wordTable;
    std::unordered_map<std::string, ContextRule> contextual;
    std::vector<std::pair<std::string, std::string>> clitics;
    std::vector<Inflection> inflections;
    int minStemLength = 3;
    bool collapseRepeats = true;
    bool spelling = true;
    int spellingMinLength = 6;
    std::unordered_map<std::string, std::vector<int>> deletions; ///< one-letter deletions of spelling targets -> ids

    // Segmentation, negation, quotes.
    std::string sentenceEnds;
    std::string clauseBreaks;
    std::unordered_set<std::string> clauseBreakWords;
    std::unordered_set<std::string> negationCues;
    std::unordered_set<std::string> negationScopeEnders; ///< "can't believe you..." is not a negated "you..."
    int negationWindow = 5;
    std::unordered_set<std::string> speechWords;
    int speechWindow = 4;
    int scareQuoteMaxWords = 2;

    // Patterns and their first-element index.
    std::vector<Pattern> patterns;
    int patternGroups = 0;
    std::unordered_map<int, std::vector<int>> patternsByWord;
    std::vector<std::vector<int>> patternsByList;
    std::vector<int> patternsAnyStart;

    // Emotions.
    std::vector<EmotionGroup> emotionGroups;
    std::vector<EmotionPhrase> emotionPhrases;
    std::unordered_map<int, std::vector<int>> phrasesByFirstWord;
    int firstPersonList = -1;
    int partnerList = -1; ///< optional list "partner_ref": a feeling right after "you" is the partner's

    // Scoring.
    std::vector<std::string> blameKinds;
    double blameThreshold = 2.0;
    double ownershipThreshold = 2.0;
    double expressingThreshold = 2.0;
    double describingThreshold = 1.0;
    double emotionFeelingTalkWeight = 1.0;

    // Safety: the one neutral line shown instead of any tone advice, and the per-sentence score that flags it.
    std::string safetyNote;
    double safetyThreshold = 1.0;

    // Hints.
    int maxHints = 2;
    std::vector<HintRule> hints;

    int wordId(const std::string& word) const
    {
        auto it = vocab.find(word);
        return it == vocab.end() ? -1 : it->second;
    }
};

} // namespace tend::coach::detail
