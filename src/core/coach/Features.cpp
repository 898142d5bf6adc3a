#include "Features.h"

#include <algorithm>
#include <initializer_list>
#include <unordered_set>

#include "Stemmer.h"

namespace tend::coach::detail {

namespace {

constexpr int kNegationReach = 3; ///< words after a negation cue that are heard as negated ("not | really | angry")
constexpr std::size_t kCharacterGram = 4;
constexpr std::size_t kLongestWordForGrams = 24; ///< longer "words" are pasted junk; their n-grams teach nothing

std::uint32_t fnv1a(std::string_view text)
{
    std::uint32_t hash = 2166136261u;
    for (unsigned char c : text) {
        hash ^= c;
        hash *= 16777619u;
    }
    return hash;
}

// Keeps each feature once, by its full 32-bit hash: a set of numbers is far cheaper than a set of strings, and two
// names sharing a full hash are as rare as they are harmless (training reads features through the same sink).
// A name is written straight into the packed string and taken back if it was seen before.
class FeatureSink {
public:
    FeatureSink()
    {
        m_seen.reserve(2048);
        m_list.items.reserve(512);
        m_list.names.reserve(8192);
    }
    void add(std::initializer_list<std::string_view> parts, std::size_t begin = 0, std::size_t end = 0)
    {
        const std::size_t start = m_list.names.size();
        for (std::string_view part : parts)
            m_list.names.append(part);
        const std::string_view name = std::string_view(m_list.names).substr(start);
        const std::uint32_t hash = fnv1a(name);
        if (!m_seen.insert(hash).second) {
            m_list.names.resize(start);
            return;
        }
        m_list.items.push_back(
            {hash, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(name.size()), begin, end});
    }
    FeatureList take() { return std::move(m_list); }

private:
    std::unordered_set<std::uint32_t> m_seen;
    FeatureList m_list;
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

void addCharacterGrams(FeatureSink& sink, const Token& token, std::string& padded)
{
    // Character 4-grams carry what spelling hides: "sorryyy", "luv", "apologising" and "apologizing" share most.
    // (3-grams as well heard fewer of the writers' texts right when each was left out of training: docs/coach.md.)
    if (token.text.size() > kLongestWordForGrams)
        return;
    padded.clear(); // (built with append: GCC 12 warns wrongly about "<" assigned and then appended to)
    padded.push_back('<');
    padded.append(token.text);
    padded.push_back('>');
    const std::string_view view(padded);
    for (std::size_t i = 0; i + kCharacterGram <= view.size(); ++i)
        sink.add({"c:", view.substr(i, kCharacterGram)}, token.begin, token.end);
}

void addWords(FeatureSink& sink, const TokenizedText& text)
{
    const auto& tokens = text.tokens;
    std::string padded;
    for (const Sentence& sentence : text.sentences) {
        std::string_view previous = "<s>";
        std::string_view beforePrevious;
        std::size_t previousBegin = 0;
        std::size_t beforePreviousBegin = 0;
        int negatedUntil = -1;
        int negationClause = -1;
        bool started = false;
        for (int i = sentence.first; i < sentence.last; ++i) {
            const Token& token = tokens[static_cast<std::size_t>(i)];
            if (token.quoted) { // reported speech is someone else's words
                previous = "<q>";
                beforePrevious = {};
                continue;
            }
            const std::string_view word = token.text;
            const std::size_t begin = started ? previousBegin : token.begin;
            sink.add({"w:", word}, token.begin, token.end);
            sink.add({"s:", stem(word, text.locale)}, token.begin, token.end);
            sink.add({"b:", previous, " ", word}, begin, token.end);
            if (!beforePrevious.empty())
                sink.add({"t:", beforePrevious, " ", previous, " ", word}, beforePreviousBegin, token.end);
            if (token.scare)
                sink.add({"q:", word}, token.begin, token.end);
            if (i <= negatedUntil && token.clause == negationClause && !token.negation)
                sink.add({"n:", word}, token.begin, token.end);
            if (token.negation) {
                negatedUntil = i + kNegationReach;
                negationClause = token.clause;
            }
            if (token.scopeEnd)
                negatedUntil = -1;
            addCharacterGrams(sink, token, padded);
            beforePrevious = previous;
            beforePreviousBegin = started ? previousBegin : token.begin;
            previous = word;
            previousBegin = token.begin;
            started = true;
        }
        if (started)
            sink.add({"b:", previous, " </s>"}, previousBegin, tokens[static_cast<std::size_t>(sentence.last - 1)].end);
    }
}

void addRules(FeatureSink& sink, const Analysis& rules)
{
    // What the hand-written patterns heard: each pattern group and feature where it matched, and the verdicts.
    for (const Finding& finding : rules.findings) {
        sink.add({"p:", finding.feature, "/", finding.patternId}, finding.begin, finding.end);
        sink.add({"f:", finding.feature}, finding.begin, finding.end);
    }
    for (const auto& kind : rules.blameKinds)
        sink.add({"k:", kind});
    sink.add({"r:blame=", rules.blame ? "1" : "0"});
    sink.add({"r:stage=", stageName(rules.stage)});
    sink.add({"r:ownership=", rules.ownership ? "1" : "0"});
    sink.add({"r:blamescore=", bucket(rules.blameScore, {1, 2, 3})});
    sink.add({"r:describescore=", bucket(rules.describeScore, {1, 2, 3})});
    sink.add({"r:expressscore=", bucket(rules.expressScore, {1, 2, 3, 4})});
}

void addShape(FeatureSink& sink, std::string_view text, const TokenizedText& tokens)
{
    sink.add({"n:words=", bucket(static_cast<double>(tokens.tokens.size()), {1, 4, 9, 21, 51})});
    sink.add({"n:sentences=", bucket(static_cast<double>(tokens.sentences.size()), {1, 2, 3, 5})});
    if (text.find('?') != std::string_view::npos)
        sink.add({"x:question"});
    if (text.find('!') != std::string_view::npos)
        sink.add({"x:exclaim"});
    const auto upper = std::count_if(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    const auto lower = std::count_if(text.begin(), text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (upper > 3 && upper > lower)
        sink.add({"x:shouting"});
}

} // namespace

FeatureList extractFeatures(std::string_view text, const TokenizedText& tokens, const Analysis& rules)
{
    FeatureSink sink;
    sink.add({"bias"});
    addWords(sink, tokens);
    addRules(sink, rules);
    addShape(sink, text, tokens);
    return sink.take();
}

} // namespace tend::coach::detail

namespace tend::coach {

std::uint32_t featureBucket(std::string_view name, int hashBits)
{
    const std::uint32_t hash = detail::fnv1a(name);
    return hashBits >= 32 ? hash : hash & ((1u << hashBits) - 1u);
}

} // namespace tend::coach
