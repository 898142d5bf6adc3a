#include <algorithm>
#include <array>

#include "CompiledCoach.h"
#include "LinearModel.h"
#include "PatternMatcher.h"
#include "SafetyModel.h"
#include "TextPipeline.h"
#include "Utf8.h"
#include "tend/coach/Coach.h"

namespace tend::coach {

namespace {

using detail::Channel;
using detail::CompiledCoach;
using detail::Pattern;
using detail::Token;

constexpr std::size_t kChannels = 6;

std::size_t channelIndex(Channel channel)
{
    return static_cast<std::size_t>(channel);
}

struct SentenceScore {
    std::array<double, kChannels> sum{};
    std::vector<int> blameKinds; ///< kinds with a positive contribution in this sentence
};

class Listener {
public:
    Listener(const CompiledCoach& coach, const detail::LinearModel* model, const detail::SafetyModel* safetyModel,
             std::string_view text)
        : m_coach(coach), m_model(model), m_safetyModel(safetyModel), m_raw(text),
          m_text(detail::tokenize(text, coach)), m_usedIn(coach.patterns.size(), -1),
          m_triedAt(coach.patterns.size(), -1), m_groupScoredIn(static_cast<std::size_t>(coach.patternGroups), -1),
          m_emotions(coach.emotionGroups.size(), false)
    {
    }

    Analysis run()
    {
        std::vector<SentenceScore> scores(m_text.sentences.size());
        for (std::size_t s = 0; s < m_text.sentences.size(); ++s) {
            matchPatterns(static_cast<int>(s), scores[s]);
            findEmotions(static_cast<int>(s), scores[s]);
        }
        Analysis analysis = combine(scores);
        if (hearSafety(scores, analysis))
            return analysis;
        if (m_safetyModel) { // told in words no pattern lists: the disclosure model can only add a flag
            const auto heard = detail::hearDisclosure(*m_safetyModel, m_raw, m_text, analysis);
            if (heard[0] || heard[1]) {
                analysis = disclosure(heard[0], heard[1], std::move(analysis));
                return analysis;
            }
        }
        if (m_model) { // the learned layer decides blame and stage only; hints follow its verdict
            detail::applyModel(*m_model, m_raw, m_text, analysis);
            if (!analysis.blame)
                m_kindIndices.clear();
        }
        chooseHints(analysis);
        std::stable_sort(analysis.findings.begin(), analysis.findings.end(),
                         [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
        return analysis;
    }

private:
    void matchPatterns(int sentenceIndex, SentenceScore& score)
    {
        const detail::Sentence& sentence = m_text.sentences[static_cast<std::size_t>(sentenceIndex)];
        const auto& tokens = m_text.tokens;
        for (int i = sentence.first; i < sentence.last; ++i) {
            const Token& token = tokens[static_cast<std::size_t>(i)];
            if (token.quoted)
                continue;
            auto attempt = [&](int patternIndex) { tryPattern(patternIndex, i, sentenceIndex, score); };
            if (token.id >= 0) {
                if (auto it = m_coach.patternsByWord.find(token.id); it != m_coach.patternsByWord.end()) {
                    for (int p : it->second)
                        attempt(p);
                }
            }
            if (token.info) {
                for (std::uint16_t list : token.info->lists) {
                    for (int p : m_coach.patternsByList[list])
                        attempt(p);
                }
            }
            for (int p : m_coach.patternsAnyStart)
                attempt(p);
        }
    }

    void tryPattern(int patternIndex, int start, int sentenceIndex, SentenceScore& score)
    {
        const auto index = static_cast<std::size_t>(patternIndex);
        // Each pattern counts once per sentence, so one long sentence cannot pile up evidence by repetition.
        if (m_usedIn[index] == sentenceIndex || m_triedAt[index] == start)
            return;
        m_triedAt[index] = start;
        const Pattern& pattern = m_coach.patterns[index];
        const detail::Sentence& sentence = m_text.sentences[static_cast<std::size_t>(sentenceIndex)];
        if (pattern.anchorStart && start != sentence.first)
            return;
        const int end = detail::matchPattern(pattern, m_text.tokens, start, sentence.last);
        if (end <= start)
            return;
        if (pattern.negatable && detail::negatedBefore(m_text.tokens, start, sentence.first, m_coach.negationWindow))
            return;
        m_usedIn[index] = sentenceIndex;
        if (pattern.weight <= 0.0) {
            if (m_groupScoredIn[static_cast<std::size_t>(pattern.groupIndex)] != sentenceIndex) {
                m_groupScoredIn[static_cast<std::size_t>(pattern.groupIndex)] = sentenceIndex;
                score.sum[channelIndex(pattern.channel)] += pattern.weight;
            }
            return;
        }
        // A group is one idea: it scores once per sentence however many of its patterns match (all are shown).
        if (m_groupScoredIn[static_cast<std::size_t>(pattern.groupIndex)] != sentenceIndex) {
            m_groupScoredIn[static_cast<std::size_t>(pattern.groupIndex)] = sentenceIndex;
            score.sum[channelIndex(pattern.channel)] += pattern.weight;
        }
        if (pattern.channel == Channel::Blame &&
            std::find(score.blameKinds.begin(), score.blameKinds.end(), pattern.blameKind) == score.blameKinds.end())
            score.blameKinds.push_back(pattern.blameKind);
        addFinding(pattern.feature, pattern.group, start, end, sentenceIndex);
    }

    void findEmotions(int sentenceIndex, SentenceScore& score)
    {
        const detail::Sentence& sentence = m_text.sentences[static_cast<std::size_t>(sentenceIndex)];
        const auto& tokens = m_text.tokens;
        std::vector<bool> counted(m_coach.emotionGroups.size(), false);
        auto mention = [&](std::size_t group, int start, int end) {
            if (detail::negatedBefore(tokens, start, sentence.first, m_coach.negationWindow))
                return;
            const detail::EmotionGroup& g = m_coach.emotionGroups[group];
            if (start > sentence.first && g.notAfterIds.count(tokens[static_cast<std::size_t>(start - 1)].id))
                return;
            m_emotions[group] = true;
            m_mentionSpans.push_back({"emotion." + g.id, g.id, tokens[static_cast<std::size_t>(start)].begin,
                                      tokens[static_cast<std::size_t>(end - 1)].end});
            // Talking about one's own difficult feelings is the describing stage's evidence.
            if (g.feelingTalk && sentence.firstPerson && !counted[group] && !partnersFeeling(start, sentence)) {
                counted[group] = true;
                score.sum[channelIndex(Channel::Describe)] += m_coach.emotionFeelingTalkWeight;
            }
        };
        for (int i = sentence.first; i < sentence.last; ++i) {
            const Token& token = tokens[static_cast<std::size_t>(i)];
            if (token.quoted)
                continue;
            if (token.info) {
                for (std::size_t g = 0; g < m_coach.emotionGroups.size(); ++g) {
                    if (token.inList(m_coach.emotionGroups[g].list))
                        mention(g, i, i + 1);
                }
            }
            if (token.id < 0)
                continue;
            auto phrases = m_coach.phrasesByFirstWord.find(token.id);
            if (phrases == m_coach.phrasesByFirstWord.end())
                continue;
            for (int p : phrases->second) {
                const detail::EmotionPhrase& phrase = m_coach.emotionPhrases[static_cast<std::size_t>(p)];
                const int end = i + static_cast<int>(phrase.wordIds.size());
                if (end > sentence.last)
                    continue;
                bool ok = true;
                for (std::size_t k = 0; k < phrase.wordIds.size() && ok; ++k) {
                    const Token& t = tokens[static_cast<std::size_t>(i) + k];
                    ok = !t.quoted && t.id == phrase.wordIds[k];
                }
                if (ok)
                    mention(static_cast<std::size_t>(phrase.group), i, end);
            }
        }
    }

    // "you look tired": the nearest person word before the feeling, within its clause, is the partner.
    bool partnersFeeling(int pos, const detail::Sentence& sentence) const
    {
        if (m_coach.partnerList < 0)
            return false;
        const auto& tokens = m_text.tokens;
        const int clause = tokens[static_cast<std::size_t>(pos)].clause;
        for (int j = pos - 1; j >= sentence.first; --j) {
            const Token& token = tokens[static_cast<std::size_t>(j)];
            if (token.clause != clause)
                break;
            if (token.inList(m_coach.firstPersonList))
                return false;
            if (token.inList(m_coach.partnerList))
                return true;
        }
        return false;
    }

    void addFinding(const std::string& feature, const std::string& group, int start, int end, int sentenceIndex)
    {
        m_pending.push_back(
            {sentenceIndex, Finding{feature, group, m_text.tokens[static_cast<std::size_t>(start)].begin,
                                    m_text.tokens[static_cast<std::size_t>(end - 1)].end}});
    }

    Analysis combine(const std::vector<SentenceScore>& scores)
    {
        Analysis analysis;
        std::vector<bool> blamedSentence(scores.size(), false);
        std::vector<bool> kinds(m_coach.blameKinds.size(), false);
        for (std::size_t s = 0; s < scores.size(); ++s) {
            const auto& sum = scores[s].sum;
            const double blame = sum[channelIndex(Channel::Blame)];
            analysis.blameScore = std::max(analysis.blameScore, blame);
            if (blame >= m_coach.blameThreshold) {
                blamedSentence[s] = true;
                for (int kind : scores[s].blameKinds)
                    kinds[static_cast<std::size_t>(kind)] = true;
            }
            analysis.ownershipScore = std::max(analysis.ownershipScore, sum[channelIndex(Channel::Ownership)]);
            analysis.describeScore += std::max(0.0, sum[channelIndex(Channel::Describe)]);
            analysis.expressScore += std::max(0.0, sum[channelIndex(Channel::Express)]);
        }
        analysis.blame = analysis.blameScore >= m_coach.blameThreshold;
        analysis.ownership = analysis.ownershipScore >= m_coach.ownershipThreshold;
        if (analysis.expressScore >= m_coach.expressingThreshold)
            analysis.stage = Stage::Expressing;
        else if (analysis.describeScore >= m_coach.describingThreshold)
            analysis.stage = Stage::Describing;
        for (std::size_t k = 0; k < kinds.size(); ++k) {
            if (kinds[k]) {
                analysis.blameKinds.push_back(m_coach.blameKinds[k]);
                m_kindIndices.push_back(static_cast<int>(k));
            }
        }
        for (std::size_t g = 0; g < m_emotions.size(); ++g) {
            if (m_emotions[g])
                analysis.emotions.push_back(m_coach.emotionGroups[g].id);
        }
        // Blame findings only where a sentence was heard as blaming; a lone "again" is not worth underlining.
        for (auto& [sentenceIndex, finding] : m_pending) {
            const bool blameFeature = finding.feature.rfind("blame.", 0) == 0;
            if (blameFeature && !blamedSentence[static_cast<std::size_t>(sentenceIndex)])
                continue;
            analysis.findings.push_back(std::move(finding));
        }
        for (auto& span : m_mentionSpans)
            analysis.findings.push_back(std::move(span));
        return analysis;
    }

    // A disclosure of harm or of self-harm is not a matter of tone: everything else the coach heard is dropped,
    // so no line about blame or feelings and no hint can show, and only the safety findings remain.
    bool hearSafety(const std::vector<SentenceScore>& scores, Analysis& analysis) const
    {
        bool harm = false;
        bool selfHarm = false;
        for (const auto& score : scores) {
            const double h = score.sum[channelIndex(Channel::SafetyHarm)];
            const double s = score.sum[channelIndex(Channel::SafetySelfHarm)];
            analysis.safetyScore = std::max({analysis.safetyScore, h, s});
            harm = harm || h >= m_coach.safetyThreshold;
            selfHarm = selfHarm || s >= m_coach.safetyThreshold;
        }
        if (!harm && !selfHarm) {
            std::erase_if(analysis.findings, [](const Finding& f) { return f.feature.rfind("safety.", 0) == 0; });
            return false;
        }
        analysis = disclosure(harm, selfHarm, std::move(analysis));
        return true;
    }

    // What a disclosure leaves of an analysis: the flag, its kinds, the neutral note and the safety findings.
    Analysis disclosure(bool harm, bool selfHarm, Analysis analysis) const
    {
        Analysis heard;
        heard.safety = true;
        if (harm)
            heard.safetyKinds.push_back("harm");
        if (selfHarm)
            heard.safetyKinds.push_back("self_harm");
        heard.safetyNote = m_coach.safetyNote;
        heard.safetyScore = analysis.safetyScore;
        for (auto& finding : analysis.findings) {
            if (finding.feature.rfind("safety.", 0) == 0)
                heard.findings.push_back(std::move(finding));
        }
        std::stable_sort(heard.findings.begin(), heard.findings.end(),
                         [](const Finding& a, const Finding& b) { return a.begin < b.begin; });
        return heard;
    }

    bool holds(const detail::HintRule& rule, const Analysis& analysis) const
    {
        if (rule.blame && *rule.blame != analysis.blame)
            return false;
        if (rule.ownership && *rule.ownership != analysis.ownership)
            return false;
        if (!rule.blameKinds.empty()) {
            bool any = std::any_of(rule.blameKinds.begin(), rule.blameKinds.end(), [&](int kind) {
                return std::find(m_kindIndices.begin(), m_kindIndices.end(), kind) != m_kindIndices.end();
            });
            if (!any)
                return false;
        }
        if (!rule.stages.empty() &&
            std::find(rule.stages.begin(), rule.stages.end(), analysis.stage) == rule.stages.end())
            return false;
        if (!rule.emotionsAny.empty() && std::none_of(rule.emotionsAny.begin(), rule.emotionsAny.end(),
                                                      [&](int g) { return m_emotions[static_cast<std::size_t>(g)]; }))
            return false;
        if (std::any_of(rule.emotionsNone.begin(), rule.emotionsNone.end(),
                        [&](int g) { return m_emotions[static_cast<std::size_t>(g)]; }))
            return false;
        return true;
    }

    void chooseHints(Analysis& analysis) const
    {
        // Never more than two, whatever the file says; one per group, first match wins.
        const std::size_t most = static_cast<std::size_t>(std::clamp(m_coach.maxHints, 0, 2));
        std::vector<std::string> groupsUsed;
        for (const auto& rule : m_coach.hints) {
            if (analysis.hints.size() >= most)
                break;
            if (std::find(groupsUsed.begin(), groupsUsed.end(), rule.group) != groupsUsed.end())
                continue;
            if (!holds(rule, analysis))
                continue;
            groupsUsed.push_back(rule.group);
            analysis.hints.push_back(rule.text);
            analysis.hintIds.push_back(rule.id);
        }
    }

    const CompiledCoach& m_coach;
    const detail::LinearModel* m_model;
    const detail::SafetyModel* m_safetyModel;
    std::string_view m_raw;
    detail::TokenizedText m_text;
    std::vector<int> m_usedIn;
    std::vector<int> m_triedAt;
    std::vector<int> m_groupScoredIn;
    std::vector<bool> m_emotions;
    std::vector<int> m_kindIndices;
    std::vector<std::pair<int, Finding>> m_pending;
    std::vector<Finding> m_mentionSpans;
};

} // namespace

Analysis analyze(std::string_view text, const CoachContent& content)
{
    return Listener(content.compiled(), content.model(), content.safetyModel(), utf8::prefix(text, kMaxAnalysedBytes))
        .run();
}

} // namespace tend::coach
