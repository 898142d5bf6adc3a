#include "Features.h"

#include <algorithm>
#include <unordered_set>

#include "Stemmer.h"

namespace tend::coach::detail {

namespace {

constexpr int kNegationReach = 3; ///< words after a negation cue that are heard as negated ("not | really | angry")
constexpr std::size_t kCharacterGram = 4;
constexpr std::size_t kLongestWordForGrams = 24; ///< longer "words" are pasted junk; their n-grams teach nothing

// Keeps each feature once, by its full 32-bit hash: a set of numbers is far cheaper than a set of strings, and two
// names sharing a full hash are as rare as they are harmless (training reads features through the same sink).
class FeatureSink {
public:
    FeatureSink()
    {
        m_seen.reserve(1024);
        m_features.reserve(512);
    }
    void add(std::string name, std::size_t begin = 0, std::size_t end = 0)
    {
        if (m_seen.insert(featureBucket(name, 32)).second)
            m_features.push_back({std::move(name), begin, end});
    }
    std::vector<LearnedFeature> take() { return std::move(m_features); }

private:
    std::unordered_set<std::uint32_t> m_seen;
    std::vector<LearnedFeature> m_features;
};

// Buckets keep counts coarse, so "a long text" and "a short one" are features without one weight per length.
std::string bucket(double value, std::initializer_list<double> edges)
{
    std::string label = "0";
    for (double edge : edges) {
        if (value >= edge)
            label = std::to_string(static_cast<int>(edge));
        else
            break;
    }
    return label;
}

void addCharacterGrams(FeatureSink& sink, const Token& token)
{
    // Character 4-grams carry what spelling hides: "sorryyy", "luv", "apologising" and "apologizing" share most.
    // (3-grams as well heard fewer of the writers' texts right when each was left out of training: docs/coach.md.)
    if (token.text.size() > kLongestWordForGrams)
        return;
    const std::string padded = "<" + token.text + ">";
    for (std::size_t i = 0; i + kCharacterGram <= padded.size(); ++i)
        sink.add("c:" + padded.substr(i, kCharacterGram), token.begin, token.end);
}

void addWords(FeatureSink& sink, const TokenizedText& text)
{
    const auto& tokens = text.tokens;
    for (const Sentence& sentence : text.sentences) {
        std::string previous = "<s>";
        std::string beforePrevious;
        std::size_t previousBegin = 0;
        std::size_t beforePreviousBegin = 0;
        int negatedUntil = -1;
        int negationClause = -1;
        bool started = false;
        for (int i = sentence.first; i < sentence.last; ++i) {
            const Token& token = tokens[static_cast<std::size_t>(i)];
            if (token.quoted) { // reported speech is someone else's words
                previous = "<q>";
                beforePrevious.clear();
                continue;
            }
            const std::string& word = token.text;
            const std::size_t begin = started ? previousBegin : token.begin;
            sink.add("w:" + word, token.begin, token.end);
            sink.add("s:" + stemEnglish(word), token.begin, token.end);
            sink.add("b:" + previous + " " + word, begin, token.end);
            if (!beforePrevious.empty())
                sink.add("t:" + beforePrevious + " " + previous + " " + word, beforePreviousBegin, token.end);
            if (token.scare)
                sink.add("q:" + word, token.begin, token.end);
            if (i <= negatedUntil && token.clause == negationClause && !token.negation)
                sink.add("n:" + word, token.begin, token.end);
            if (token.negation) {
                negatedUntil = i + kNegationReach;
                negationClause = token.clause;
            }
            if (token.scopeEnd)
                negatedUntil = -1;
            addCharacterGrams(sink, token);
            beforePrevious = previous;
            beforePreviousBegin = started ? previousBegin : token.begin;
            previous = word;
            previousBegin = token.begin;
            started = true;
        }
        if (started)
            sink.add("b:" + previous + " </s>", previousBegin, tokens[static_cast<std::size_t>(sentence.last - 1)].end);
    }
}

void addRules(FeatureSink& sink, const Analysis& rules)
{
    // What the hand-written patterns heard: each pattern group and feature where it matched, and the verdicts.
    for (const Finding& finding : rules.findings) {
        sink.add("p:" + finding.feature + "/" + finding.patternId, finding.begin, finding.end);
        sink.add("f:" + finding.feature, finding.begin, finding.end);
    }
    for (const auto& kind : rules.blameKinds)
        sink.add("k:" + kind);
    sink.add(std::string("r:blame=") + (rules.blame ? "1" : "0"));
    sink.add("r:stage=" + std::string(stageName(rules.stage)));
    sink.add(std::string("r:ownership=") + (rules.ownership ? "1" : "0"));
    sink.add("r:blamescore=" + bucket(rules.blameScore, {1, 2, 3}));
    sink.add("r:describescore=" + bucket(rules.describeScore, {1, 2, 3}));
    sink.add("r:expressscore=" + bucket(rules.expressScore, {1, 2, 3, 4}));
}

void addShape(FeatureSink& sink, std::string_view text, const TokenizedText& tokens)
{
    sink.add("n:words=" + bucket(static_cast<double>(tokens.tokens.size()), {1, 4, 9, 21, 51}));
    sink.add("n:sentences=" + bucket(static_cast<double>(tokens.sentences.size()), {1, 2, 3, 5}));
    if (text.find('?') != std::string_view::npos)
        sink.add("x:question");
    if (text.find('!') != std::string_view::npos)
        sink.add("x:exclaim");
    const auto upper = std::count_if(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    const auto lower = std::count_if(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (upper > 3 && upper > lower)
        sink.add("x:shouting");
}

} // namespace

std::vector<LearnedFeature> extractFeatures(std::string_view text, const TokenizedText& tokens, const Analysis& rules)
{
    FeatureSink sink;
    sink.add("bias");
    addWords(sink, tokens);
    addRules(sink, rules);
    addShape(sink, text, tokens);
    return sink.take();
}

} // namespace tend::coach::detail

namespace tend::coach {

std::uint32_t featureBucket(std::string_view name, int hashBits)
{
    std::uint32_t hash = 2166136261u;
    for (unsigned char c : name) {
        hash ^= c;
        hash *= 16777619u;
    }
    return hashBits >= 32 ? hash : hash & ((1u << hashBits) - 1u);
}

} // namespace tend::coach
