#include "CoachFileReader.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "PatternCompiler.h"
#include "Utf8.h"
#include "tend/coach/CoachContent.h"

namespace tend::coach::detail {

namespace {

using nlohmann::json;

constexpr int kFormat = 1;

// Builds one error sentence: "<source>: <pointer>: <problem>".
class Problems {
public:
    explicit Problems(std::string source) : m_source(std::move(source)) {}
    Error at(const std::string& pointer, const std::string& problem) const
    {
        return makeError(m_source + ": " + (pointer.empty() ? "/" : pointer) + ": " + problem);
    }

private:
    std::string m_source;
};

bool isIdentifier(const std::string& text)
{
    if (text.empty())
        return false;
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'; });
}

bool hasSpace(const std::string& text)
{
    return text.find(' ') != std::string::npos;
}

class Reader {
public:
    Reader(const json& root, const std::string& source) : m_root(root), m_problems(source)
    {
        m_coach = std::make_shared<CompiledCoach>();
        m_coach->sourceName = source;
    }

    Result<std::shared_ptr<const CompiledCoach>> run()
    {
        if (!m_root.is_object())
            return m_problems.at("", "the file must hold one JSON object");
        for (auto step : {&Reader::readHeader, &Reader::readLists, &Reader::readEmotions, &Reader::readNormalise,
                          &Reader::readSegment, &Reader::readNegation, &Reader::readQuotes, &Reader::readScoring,
                          &Reader::readPatterns, &Reader::readHints, &Reader::readSafety}) {
            auto done = (this->*step)();
            if (!done)
                return done.error();
        }
        buildForms();
        buildSpellingIndex();
        return std::shared_ptr<const CompiledCoach>(m_coach);
    }

private:
    // ---- small typed accessors -------------------------------------------------------------------------------
    Result<const json*> member(const json& object, const std::string& pointer, const char* key, bool required)
    {
        auto it = object.find(key);
        if (it == object.end()) {
            if (required)
                return m_problems.at(pointer, std::string("\"") + key + "\" is missing");
            return static_cast<const json*>(nullptr);
        }
        return &*it;
    }

    Result<void> onlyKeys(const json& object, const std::string& pointer, std::initializer_list<const char*> keys)
    {
        if (!object.is_object())
            return m_problems.at(pointer, "must be an object");
        for (auto it = object.begin(); it != object.end(); ++it) {
            const std::string& key = it.key();
            if (!key.empty() && key[0] == '_')
                continue; // "_comment" and friends are for people
            bool known = std::any_of(keys.begin(), keys.end(), [&](const char* k) { return key == k; });
            if (!known)
                return m_problems.at(pointer + "/" + key, "unknown key \"" + key + "\" (misspelt?)");
        }
        return {};
    }

    Result<std::string> text(const json& value, const std::string& pointer, bool allowEmpty = false)
    {
        if (!value.is_string())
            return m_problems.at(pointer, "must be a string");
        std::string s = value.get<std::string>();
        if (!allowEmpty && s.empty())
            return m_problems.at(pointer, "must not be empty");
        if (!utf8::isValid(s))
            return m_problems.at(pointer, "is not valid UTF-8");
        return s;
    }

    Result<double> number(const json& value, const std::string& pointer)
    {
        if (!value.is_number())
            return m_problems.at(pointer, "must be a number");
        return value.get<double>();
    }

    Result<int> integer(const json& value, const std::string& pointer, int low, int high)
    {
        if (!value.is_number_integer())
            return m_problems.at(pointer, "must be a whole number");
        auto v = value.get<long long>();
        if (v < low || v > high)
            return m_problems.at(pointer, "must be between " + std::to_string(low) + " and " + std::to_string(high));
        return static_cast<int>(v);
    }

    Result<bool> boolean(const json& value, const std::string& pointer)
    {
        if (!value.is_boolean())
            return m_problems.at(pointer, "must be true or false");
        return value.get<bool>();
    }

    // A lowercase word (or phrase when allowed) as the normaliser would produce it.
    Result<std::string> word(const json& value, const std::string& pointer, bool phrase)
    {
        auto s = text(value, pointer);
        if (!s)
            return s.error();
        if (utf8::toLower(*s) != *s)
            return m_problems.at(pointer, "\"" + *s + "\" must be lowercase");
        if (!phrase && hasSpace(*s))
            return m_problems.at(pointer, "\"" + *s + "\" must be a single word");
        if (s->front() == ' ' || s->back() == ' ' || s->find("  ") != std::string::npos)
            return m_problems.at(pointer, "\"" + *s + "\" has stray spaces");
        return s;
    }

    Result<std::vector<std::string>> wordArray(const json& value, const std::string& pointer, bool phrase,
                                               bool allowEmpty = false)
    {
        if (!value.is_array())
            return m_problems.at(pointer, "must be an array of words");
        if (value.empty() && !allowEmpty)
            return m_problems.at(pointer, "must not be empty");
        std::vector<std::string> words;
        for (std::size_t i = 0; i < value.size(); ++i) {
            auto w = word(value[i], pointer + "/" + std::to_string(i), phrase);
            if (!w)
                return w.error();
            words.push_back(*w);
        }
        return words;
    }

    // "key" inside object, read by one of the accessors above; the pointer names the object.
    Result<int> requiredInteger(const json& object, const std::string& pointer, const char* key, int low, int high)
    {
        auto value = member(object, pointer, key, true);
        if (!value)
            return value.error();
        return integer(**value, pointer + "/" + key, low, high);
    }

    Result<std::vector<std::string>> requiredWords(const json& object, const std::string& pointer, const char* key,
                                                   bool phrase)
    {
        auto value = member(object, pointer, key, true);
        if (!value)
            return value.error();
        return wordArray(**value, pointer + "/" + key, phrase);
    }

    // Optional settings leave their target at its default when absent.
    Result<void> optionalInteger(const json& object, const std::string& pointer, const char* key, int low, int high,
                                 int& target)
    {
        auto value = member(object, pointer, key, false);
        if (!value)
            return value.error();
        if (*value) {
            auto i = integer(**value, pointer + "/" + key, low, high);
            if (!i)
                return i.error();
            target = *i;
        }
        return {};
    }

    Result<void> optionalBoolean(const json& object, const std::string& pointer, const char* key, bool& target)
    {
        auto value = member(object, pointer, key, false);
        if (!value)
            return value.error();
        if (*value) {
            auto b = boolean(**value, pointer + "/" + key);
            if (!b)
                return b.error();
            target = *b;
        }
        return {};
    }

    // An absent optional list reads as empty.
    Result<std::vector<std::string>> optionalWords(const json& object, const std::string& pointer, const char* key,
                                                   bool phrase)
    {
        auto value = member(object, pointer, key, false);
        if (!value)
            return value.error();
        if (!*value)
            return std::vector<std::string>{};
        return wordArray(**value, pointer + "/" + key, phrase, true);
    }

    int intern(const std::string& w)
    {
        auto [it, inserted] = m_coach->vocab.emplace(w, static_cast<int>(m_coach->words.size()));
        if (inserted)
            m_coach->words.push_back(w);
        return it->second;
    }

    Result<int> addList(const std::string& name, const std::string& pointer)
    {
        if (m_coach->listIndex.count(name))
            return m_problems.at(pointer, "list \"" + name + "\" is defined twice");
        if (m_coach->listNames.size() >= kMaxLists)
            return m_problems.at(pointer, "too many lists (at most " + std::to_string(kMaxLists) + ")");
        int index = static_cast<int>(m_coach->listNames.size());
        m_coach->listIndex.emplace(name, index);
        m_coach->listNames.push_back(name);
        m_listWords.emplace_back();
        return index;
    }

    int findList(const std::string& name) const
    {
        auto it = m_coach->listIndex.find(name);
        return it == m_coach->listIndex.end() ? -1 : it->second;
    }

    // ---- sections --------------------------------------------------------------------------------------------
    Result<void> readHeader()
    {
        auto keys =
            onlyKeys(m_root, "",
                     {"format", "kind", "locale", "version", "normalise", "segment", "negation", "quotes", "lists",
                      "emotions", "thresholds", "weights", "blameKinds", "patterns", "hints", "safety"});
        if (!keys)
            return keys;
        auto format = member(m_root, "", "format", true);
        if (!format)
            return format.error();
        auto f = integer(**format, "/format", 0, 1000);
        if (!f)
            return f.error();
        if (*f != kFormat)
            return m_problems.at("/format", "format " + std::to_string(*f) + " is not supported (this build reads " +
                                                std::to_string(kFormat) + ")");
        auto kind = member(m_root, "", "kind", true);
        if (!kind)
            return kind.error();
        if (!(*kind)->is_string() || (*kind)->get<std::string>() != "coach")
            return m_problems.at("/kind", "must be \"coach\"");
        auto locale = member(m_root, "", "locale", true);
        if (!locale)
            return locale.error();
        auto l = text(**locale, "/locale");
        if (!l)
            return l.error();
        if (!CoachContent::isValidLocale(*l))
            return m_problems.at("/locale", "\"" + *l + "\" is not a locale tag like \"en\" or \"pt-br\"");
        m_coach->locale = *l;
        if (auto version = member(m_root, "", "version", false); version && *version) {
            auto v = text(**version, "/version");
            if (!v)
                return v.error();
        }
        return {};
    }

    Result<void> readLists()
    {
        auto lists = member(m_root, "", "lists", true);
        if (!lists)
            return lists.error();
        if (!(*lists)->is_object())
            return m_problems.at("/lists", "must be an object of name: [words]");
        for (auto it = (*lists)->begin(); it != (*lists)->end(); ++it) {
            const std::string pointer = "/lists/" + it.key();
            if (!isIdentifier(it.key()))
                return m_problems.at(pointer, "list names use lowercase letters, digits, '_' and '-'");
            auto words = wordArray(it.value(), pointer, false);
            if (!words)
                return words.error();
            auto index = addList(it.key(), pointer);
            if (!index)
                return index.error();
            for (const auto& w : *words) {
                intern(w);
                m_listWords[static_cast<std::size_t>(*index)].push_back(w);
            }
        }
        m_coach->firstPersonList = findList("first_person");
        m_coach->partnerList = findList("partner_ref");
        if (m_coach->firstPersonList < 0)
            return m_problems.at("/lists", "the list \"first_person\" (I, me, my, ...) is required");
        return {};
    }

    Result<void> readEmotions()
    {
        auto emotions = member(m_root, "", "emotions", true);
        if (!emotions)
            return emotions.error();
        auto keys = onlyKeys(**emotions, "/emotions", {"groups"});
        if (!keys)
            return keys;
        auto groups = member(**emotions, "/emotions", "groups", true);
        if (!groups)
            return groups.error();
        if (!(*groups)->is_array() || (*groups)->empty())
            return m_problems.at("/emotions/groups", "must be a non-empty array");

        std::vector<std::vector<std::string>> singles;
        for (std::size_t g = 0; g < (*groups)->size(); ++g) {
            const json& item = (**groups)[g];
            const std::string pointer = "/emotions/groups/" + std::to_string(g);
            auto k = onlyKeys(item, pointer, {"id", "label", "feelingTalk", "soft", "words", "notAfter"});
            if (!k)
                return k;
            EmotionGroup group;
            auto id = member(item, pointer, "id", true);
            if (!id)
                return id.error();
            auto idText = text(**id, pointer + "/id");
            if (!idText)
                return idText.error();
            if (!isIdentifier(*idText))
                return m_problems.at(pointer + "/id", "ids use lowercase letters, digits, '_' and '-'");
            for (const auto& other : m_coach->emotionGroups) {
                if (other.id == *idText)
                    return m_problems.at(pointer + "/id", "emotion group \"" + *idText + "\" appears twice");
            }
            group.id = *idText;
            auto label = member(item, pointer, "label", true);
            if (!label)
                return label.error();
            auto labelText = text(**label, pointer + "/label");
            if (!labelText)
                return labelText.error();
            group.label = *labelText;
            for (auto [key, target] : {std::pair{"feelingTalk", &group.feelingTalk}, std::pair{"soft", &group.soft}}) {
                auto flag = member(item, pointer, key, false);
                if (!flag)
                    return flag.error();
                if (*flag) {
                    auto b = boolean(**flag, pointer + "/" + key);
                    if (!b)
                        return b.error();
                    *target = *b;
                }
            }
            auto words = member(item, pointer, "words", true);
            if (!words)
                return words.error();
            auto list = wordArray(**words, pointer + "/words", true);
            if (!list)
                return list.error();
            auto notAfter = member(item, pointer, "notAfter", false);
            if (!notAfter)
                return notAfter.error();
            if (*notAfter) {
                auto after = wordArray(**notAfter, pointer + "/notAfter", false);
                if (!after)
                    return after.error();
                for (const auto& w : *after)
                    group.notAfterIds.insert(intern(w));
            }
            int groupIndex = static_cast<int>(m_coach->emotionGroups.size());
            std::vector<std::string> single;
            for (const auto& entry : *list) {
                if (hasSpace(entry)) {
                    EmotionPhrase phrase;
                    phrase.group = groupIndex;
                    std::size_t start = 0;
                    while (start <= entry.size()) {
                        std::size_t space = entry.find(' ', start);
                        std::string part = entry.substr(start, space - start);
                        phrase.wordIds.push_back(intern(part));
                        if (space == std::string::npos)
                            break;
                        start = space + 1;
                    }
                    m_coach->phrasesByFirstWord[phrase.wordIds.front()].push_back(
                        static_cast<int>(m_coach->emotionPhrases.size()));
                    m_coach->emotionPhrases.push_back(std::move(phrase));
                } else {
                    intern(entry);
                    single.push_back(entry);
                }
            }
            singles.push_back(std::move(single));
            m_coach->emotionGroups.push_back(std::move(group));
        }

        // Derived lists: emotion_<id> for each group, and emotion / feeling_emotion / soft_emotion across groups.
        auto all = addList("emotion", "/emotions");
        auto feeling = addList("feeling_emotion", "/emotions");
        auto soft = addList("soft_emotion", "/emotions");
        if (!all)
            return all.error();
        if (!feeling)
            return feeling.error();
        if (!soft)
            return soft.error();
        for (std::size_t g = 0; g < m_coach->emotionGroups.size(); ++g) {
            auto& group = m_coach->emotionGroups[g];
            auto index = addList("emotion_" + group.id, "/emotions/groups/" + std::to_string(g));
            if (!index)
                return index.error();
            group.list = *index;
            for (const auto& w : singles[g]) {
                m_listWords[static_cast<std::size_t>(*index)].push_back(w);
                m_listWords[static_cast<std::size_t>(*all)].push_back(w);
                if (group.feelingTalk)
                    m_listWords[static_cast<std::size_t>(*feeling)].push_back(w);
                if (group.soft)
                    m_listWords[static_cast<std::size_t>(*soft)].push_back(w);
            }
        }
        return {};
    }

    Result<void> readNormalise()
    {
        auto normalise = member(m_root, "", "normalise", true);
        if (!normalise)
            return normalise.error();
        const json& n = **normalise;
        auto keys = onlyKeys(n, "/normalise",
                             {"characters", "symbols", "words", "contextual", "clitics", "inflections", "minStemLength",
                              "collapseRepeatedLetters", "spelling"});
        if (!keys)
            return keys;

        for (const char* table : {"characters", "symbols"}) {
            auto entries = member(n, "/normalise", table, false);
            if (!entries)
                return entries.error();
            if (!*entries)
                continue;
            const std::string pointer = std::string("/normalise/") + table;
            if (!(*entries)->is_object())
                return m_problems.at(pointer, "must be an object of \"from\": \"to\"");
            for (auto it = (*entries)->begin(); it != (*entries)->end(); ++it) {
                if (it.key().empty() || !utf8::isValid(it.key()))
                    return m_problems.at(pointer, "keys must be non-empty UTF-8 text");
                auto to = text(it.value(), pointer + "/" + it.key(), true);
                if (!to)
                    return to.error();
                if (utf8::toLower(*to) != *to)
                    return m_problems.at(pointer + "/" + it.key(), "replacements must be lowercase");
                m_coach->replacements.emplace_back(it.key(), *to);
            }
        }
        // Longest first, so ":'(" wins over ":(".
        std::stable_sort(m_coach->replacements.begin(), m_coach->replacements.end(),
                         [](const auto& a, const auto& b) { return a.first.size() > b.first.size(); });

        auto words = member(n, "/normalise", "words", false);
        if (!words)
            return words.error();
        if (*words) {
            if (!(*words)->is_object())
                return m_problems.at("/normalise/words", "must be an object of \"word\": \"replacement words\"");
            for (auto it = (*words)->begin(); it != (*words)->end(); ++it) {
                const std::string pointer = "/normalise/words/" + it.key();
                if (it.key().empty() || hasSpace(it.key()) || utf8::toLower(it.key()) != it.key())
                    return m_problems.at(pointer, "keys must be single lowercase words");
                auto to = word(it.value(), pointer, true);
                if (!to)
                    return to.error();
                std::vector<std::string> parts;
                std::size_t start = 0;
                while (true) {
                    std::size_t space = to->find(' ', start);
                    parts.push_back(to->substr(start, space - start));
                    intern(parts.back());
                    if (space == std::string::npos)
                        break;
                    start = space + 1;
                }
                m_coach->wordTable.emplace(it.key(), std::move(parts));
            }
        }

        // A list word the normaliser rewrites could never match; say so instead of silently ignoring it.
        for (std::size_t list = 0; list < m_listWords.size(); ++list) {
            for (const auto& w : m_listWords[list]) {
                if (m_coach->wordTable.count(w))
                    return m_problems.at("/lists/" + m_coach->listNames[list],
                                         "\"" + w + "\" never reaches the matcher: normalise/words rewrites it");
            }
        }

        auto contextual = member(n, "/normalise", "contextual", false);
        if (!contextual)
            return contextual.error();
        if (*contextual) {
            if (!(*contextual)->is_array())
                return m_problems.at("/normalise/contextual", "must be an array");
            for (std::size_t i = 0; i < (*contextual)->size(); ++i) {
                const json& rule = (**contextual)[i];
                const std::string pointer = "/normalise/contextual/" + std::to_string(i);
                auto k = onlyKeys(rule, pointer, {"word", "nextIn", "replace"});
                if (!k)
                    return k;
                auto w = member(rule, pointer, "word", true);
                auto next = member(rule, pointer, "nextIn", true);
                auto replace = member(rule, pointer, "replace", true);
                if (!w)
                    return w.error();
                if (!next)
                    return next.error();
                if (!replace)
                    return replace.error();
                auto wordText = word(**w, pointer + "/word", false);
                if (!wordText)
                    return wordText.error();
                auto lists = wordArray(**next, pointer + "/nextIn", false);
                if (!lists)
                    return lists.error();
                auto to = word(**replace, pointer + "/replace", true);
                if (!to)
                    return to.error();
                ContextRule contextRule;
                for (const auto& name : *lists) {
                    int index = findList(name);
                    if (index < 0)
                        return m_problems.at(pointer + "/nextIn", "unknown list \"" + name + "\"");
                    contextRule.nextLists.push_back(index);
                }
                std::size_t start = 0;
                while (true) {
                    std::size_t space = to->find(' ', start);
                    contextRule.replacement.push_back(to->substr(start, space - start));
                    intern(contextRule.replacement.back());
                    if (space == std::string::npos)
                        break;
                    start = space + 1;
                }
                m_coach->contextual[*wordText] = std::move(contextRule);
            }
        }

        auto clitics = member(n, "/normalise", "clitics", false);
        if (!clitics)
            return clitics.error();
        if (*clitics) {
            if (!(*clitics)->is_array())
                return m_problems.at("/normalise/clitics", "must be an array");
            for (std::size_t i = 0; i < (*clitics)->size(); ++i) {
                const json& rule = (**clitics)[i];
                const std::string pointer = "/normalise/clitics/" + std::to_string(i);
                auto k = onlyKeys(rule, pointer, {"suffix", "replace"});
                if (!k)
                    return k;
                auto suffix = member(rule, pointer, "suffix", true);
                auto replace = member(rule, pointer, "replace", true);
                if (!suffix)
                    return suffix.error();
                if (!replace)
                    return replace.error();
                auto s = text(**suffix, pointer + "/suffix");
                auto r = text(**replace, pointer + "/replace", true);
                if (!s)
                    return s.error();
                if (!r)
                    return r.error();
                if (hasSpace(*r))
                    return m_problems.at(pointer + "/replace", "must be one word or empty");
                if (!r->empty())
                    intern(*r);
                m_coach->clitics.emplace_back(*s, *r);
            }
        }

        auto inflections = member(n, "/normalise", "inflections", false);
        if (!inflections)
            return inflections.error();
        if (*inflections) {
            if (!(*inflections)->is_array())
                return m_problems.at("/normalise/inflections", "must be an array");
            for (std::size_t i = 0; i < (*inflections)->size(); ++i) {
                const json& rule = (**inflections)[i];
                const std::string pointer = "/normalise/inflections/" + std::to_string(i);
                auto k = onlyKeys(rule, pointer, {"strip", "add"});
                if (!k)
                    return k;
                auto strip = member(rule, pointer, "strip", true);
                auto add = member(rule, pointer, "add", true);
                if (!strip)
                    return strip.error();
                if (!add)
                    return add.error();
                auto s = text(**strip, pointer + "/strip");
                auto a = text(**add, pointer + "/add", true);
                if (!s)
                    return s.error();
                if (!a)
                    return a.error();
                m_coach->inflections.push_back({*s, *a});
            }
        }

        if (auto r = optionalInteger(n, "/normalise", "minStemLength", 1, 20, m_coach->minStemLength); !r)
            return r;
        if (auto r = optionalBoolean(n, "/normalise", "collapseRepeatedLetters", m_coach->collapseRepeats); !r)
            return r;
        if (auto v = member(n, "/normalise", "spelling", false); !v) {
            return v.error();
        } else if (*v) {
            const std::string at = "/normalise/spelling";
            auto k = onlyKeys(**v, at, {"enabled", "minLength", "targets"});
            if (!k)
                return k;
            if (auto r = optionalBoolean(**v, at, "enabled", m_coach->spelling); !r)
                return r;
            if (auto r = optionalInteger(**v, at, "minLength", 3, 30, m_coach->spellingMinLength); !r)
                return r;
            auto targets = optionalWords(**v, at, "targets", false);
            if (!targets)
                return targets.error();
            for (const auto& target : *targets)
                m_spellingTargets.push_back(intern(target));
        }
        return {};
    }

    Result<std::string> punctuation(const json& value, const std::string& pointer)
    {
        if (!value.is_array())
            return m_problems.at(pointer, "must be an array of single characters");
        std::string chars;
        for (std::size_t i = 0; i < value.size(); ++i) {
            auto s = text(value[i], pointer + "/" + std::to_string(i));
            if (!s)
                return s.error();
            if (s->size() != 1 || static_cast<unsigned char>((*s)[0]) >= 0x80 ||
                std::isalnum(static_cast<unsigned char>((*s)[0])) || (*s)[0] == '\'' || (*s)[0] == '"')
                return m_problems.at(pointer + "/" + std::to_string(i),
                                     "must be one ASCII punctuation character (map others in normalise/characters)");
            chars += *s;
        }
        return chars;
    }

    Result<void> readSegment()
    {
        auto segment = member(m_root, "", "segment", true);
        if (!segment)
            return segment.error();
        auto k = onlyKeys(**segment, "/segment", {"sentenceEnds", "clauseBreaks", "clauseBreakWords"});
        if (!k)
            return k;
        auto ends = member(**segment, "/segment", "sentenceEnds", true);
        if (!ends)
            return ends.error();
        auto e = punctuation(**ends, "/segment/sentenceEnds");
        if (!e)
            return e.error();
        m_coach->sentenceEnds = *e;
        if (auto breaks = member(**segment, "/segment", "clauseBreaks", false); !breaks) {
            return breaks.error();
        } else if (*breaks) {
            auto b = punctuation(**breaks, "/segment/clauseBreaks");
            if (!b)
                return b.error();
            m_coach->clauseBreaks = *b;
        }
        auto words = optionalWords(**segment, "/segment", "clauseBreakWords", false);
        if (!words)
            return words.error();
        m_coach->clauseBreakWords.insert(words->begin(), words->end());
        return {};
    }

    Result<void> readNegation()
    {
        auto negation = member(m_root, "", "negation", true);
        if (!negation)
            return negation.error();
        auto k = onlyKeys(**negation, "/negation", {"cues", "window", "scopeEnders"});
        if (!k)
            return k;
        auto cues = requiredWords(**negation, "/negation", "cues", false);
        if (!cues)
            return cues.error();
        for (const auto& w : *cues)
            intern(w);
        m_coach->negationCues.insert(cues->begin(), cues->end());
        auto window = requiredInteger(**negation, "/negation", "window", 0, 20);
        if (!window)
            return window.error();
        m_coach->negationWindow = *window;
        auto enders = optionalWords(**negation, "/negation", "scopeEnders", false);
        if (!enders)
            return enders.error();
        m_coach->negationScopeEnders.insert(enders->begin(), enders->end());
        return {};
    }

    Result<void> readQuotes()
    {
        auto quotes = member(m_root, "", "quotes", true);
        if (!quotes)
            return quotes.error();
        auto k = onlyKeys(**quotes, "/quotes", {"speechWords", "speechWindow", "scareQuoteMaxWords"});
        if (!k)
            return k;
        auto speech = requiredWords(**quotes, "/quotes", "speechWords", false);
        if (!speech)
            return speech.error();
        m_coach->speechWords.insert(speech->begin(), speech->end());
        auto window = requiredInteger(**quotes, "/quotes", "speechWindow", 0, 20);
        if (!window)
            return window.error();
        m_coach->speechWindow = *window;
        auto scare = requiredInteger(**quotes, "/quotes", "scareQuoteMaxWords", 0, 10);
        if (!scare)
            return scare.error();
        m_coach->scareQuoteMaxWords = *scare;
        return {};
    }

    Result<void> readScoring()
    {
        auto thresholds = member(m_root, "", "thresholds", true);
        if (!thresholds)
            return thresholds.error();
        auto k = onlyKeys(**thresholds, "/thresholds", {"blame", "ownership", "expressing", "describing"});
        if (!k)
            return k;
        for (auto [key, target] :
             {std::pair{"blame", &m_coach->blameThreshold}, std::pair{"ownership", &m_coach->ownershipThreshold},
              std::pair{"expressing", &m_coach->expressingThreshold},
              std::pair{"describing", &m_coach->describingThreshold}}) {
            auto value = member(**thresholds, "/thresholds", key, true);
            if (!value)
                return value.error();
            auto v = number(**value, std::string("/thresholds/") + key);
            if (!v)
                return v.error();
            if (*v <= 0.0)
                return m_problems.at(std::string("/thresholds/") + key, "must be above zero");
            *target = *v;
        }
        auto weights = member(m_root, "", "weights", false);
        if (!weights)
            return weights.error();
        if (*weights) {
            auto kw = onlyKeys(**weights, "/weights", {"emotionFeelingTalk"});
            if (!kw)
                return kw;
            if (auto value = member(**weights, "/weights", "emotionFeelingTalk", false); !value) {
                return value.error();
            } else if (*value) {
                auto v = number(**value, "/weights/emotionFeelingTalk");
                if (!v)
                    return v.error();
                if (*v < 0.0)
                    return m_problems.at("/weights/emotionFeelingTalk", "must not be negative");
                m_coach->emotionFeelingTalkWeight = *v;
            }
        }
        auto kinds = member(m_root, "", "blameKinds", true);
        if (!kinds)
            return kinds.error();
        auto list = wordArray(**kinds, "/blameKinds", false);
        if (!list)
            return list.error();
        for (const auto& kind : *list) {
            if (std::find(m_coach->blameKinds.begin(), m_coach->blameKinds.end(), kind) != m_coach->blameKinds.end())
                return m_problems.at("/blameKinds", "\"" + kind + "\" appears twice");
            m_coach->blameKinds.push_back(kind);
        }
        return {};
    }

    Result<void> feature(const std::string& name, const std::string& pointer, Pattern& pattern)
    {
        auto dot = name.find('.');
        std::string head = name.substr(0, dot);
        std::string tail = dot == std::string::npos ? std::string() : name.substr(dot + 1);
        if (head == "blame") {
            auto it = std::find(m_coach->blameKinds.begin(), m_coach->blameKinds.end(), tail);
            if (it == m_coach->blameKinds.end())
                return m_problems.at(pointer, "\"" + name + "\": blame features are blame.<kind>, with a kind from " +
                                                  "/blameKinds");
            pattern.channel = Channel::Blame;
            pattern.blameKind = static_cast<int>(it - m_coach->blameKinds.begin());
        } else if (head == "describe") {
            pattern.channel = Channel::Describe;
        } else if (head == "express") {
            pattern.channel = Channel::Express;
        } else if (head == "ownership") {
            pattern.channel = Channel::Ownership;
        } else if (head == "safety") {
            if (tail == "harm")
                pattern.channel = Channel::SafetyHarm;
            else if (tail == "self_harm")
                pattern.channel = Channel::SafetySelfHarm;
            else
                return m_problems.at(pointer, "\"" + name + "\": safety features are safety.harm and safety.self_harm");
        } else {
            return m_problems.at(pointer, "unknown feature \"" + name +
                                              "\" (use blame.<kind>, describe, express[.<label>], ownership, "
                                              "safety.harm or safety.self_harm)");
        }
        if (head != "blame" && head != "express" && head != "safety" && !tail.empty())
            return m_problems.at(pointer, "\"" + head + "\" takes no \".<label>\"");
        pattern.feature = name;
        return {};
    }

    Result<int> internPatternWord(const std::string& w)
    {
        if (utf8::toLower(w) != w)
            return makeError("\"" + w + "\" must be lowercase");
        if (m_coach->wordTable.count(w)) {
            std::string to;
            for (const auto& part : m_coach->wordTable.at(w))
                to += (to.empty() ? "" : " ") + part;
            return makeError("\"" + w + "\" never reaches the matcher: normalise/words rewrites it to \"" + to + "\"");
        }
        if (w.find('\'') != std::string::npos)
            return makeError("\"" + w + "\" has an apostrophe; write the normalised form (\"do not\", \"i am\")");
        return intern(w);
    }

    Result<void> readPatterns()
    {
        auto patterns = member(m_root, "", "patterns", true);
        if (!patterns)
            return patterns.error();
        if (!(*patterns)->is_array() || (*patterns)->empty())
            return m_problems.at("/patterns", "must be a non-empty array of pattern groups");
        PatternNames names;
        names.internWord = [this](const std::string& w) { return internPatternWord(w); };
        names.findList = [this](const std::string& list) { return findList(list); };
        std::set<std::string> ids;
        for (std::size_t g = 0; g < (*patterns)->size(); ++g) {
            const json& group = (**patterns)[g];
            const std::string pointer = "/patterns/" + std::to_string(g);
            auto k = onlyKeys(group, pointer, {"id", "feature", "weight", "negatable", "match"});
            if (!k)
                return k;
            auto id = member(group, pointer, "id", true);
            if (!id)
                return id.error();
            auto idText = text(**id, pointer + "/id");
            if (!idText)
                return idText.error();
            if (!isIdentifier(*idText))
                return m_problems.at(pointer + "/id", "ids use lowercase letters, digits, '_' and '-'");
            if (!ids.insert(*idText).second)
                return m_problems.at(pointer + "/id", "pattern group \"" + *idText + "\" appears twice");
            Pattern base;
            base.group = *idText;
            base.groupIndex = m_coach->patternGroups++;
            auto featureName = member(group, pointer, "feature", true);
            if (!featureName)
                return featureName.error();
            auto f = text(**featureName, pointer + "/feature");
            if (!f)
                return f.error();
            auto known = feature(*f, pointer + "/feature", base);
            if (!known)
                return known;
            auto weight = member(group, pointer, "weight", true);
            if (!weight)
                return weight.error();
            auto w = number(**weight, pointer + "/weight");
            if (!w)
                return w.error();
            if (*w == 0.0 || *w < -100.0 || *w > 100.0)
                return m_problems.at(pointer + "/weight", "must be a non-zero number between -100 and 100");
            base.weight = *w;
            if (auto negatable = member(group, pointer, "negatable", false); !negatable) {
                return negatable.error();
            } else if (*negatable) {
                auto b = boolean(**negatable, pointer + "/negatable");
                if (!b)
                    return b.error();
                base.negatable = *b;
            }
            auto match = member(group, pointer, "match", true);
            if (!match)
                return match.error();
            if (!(*match)->is_array() || (*match)->empty())
                return m_problems.at(pointer + "/match", "must be a non-empty array of patterns");
            for (std::size_t i = 0; i < (*match)->size(); ++i) {
                const std::string at = pointer + "/match/" + std::to_string(i);
                auto source = text((**match)[i], at);
                if (!source)
                    return source.error();
                Pattern pattern = base;
                pattern.source = *source;
                auto compiled = compilePattern(*source, names, pattern);
                if (!compiled)
                    return m_problems.at(at, compiled.error().message + " in \"" + *source + "\"");
                auto variants = expandLeadingOptional(std::move(pattern));
                if (!variants)
                    return m_problems.at(at, variants.error().message + " in \"" + *source + "\"");
                for (auto& variant : *variants) {
                    index(variant, static_cast<int>(m_coach->patterns.size()));
                    m_coach->patterns.push_back(std::move(variant));
                }
            }
        }
        return {};
    }

    void index(const Pattern& pattern, int patternIndex)
    {
        m_coach->patternsByList.resize(m_coach->listNames.size());
        const Element& first = pattern.elements.front();
        if (first.kind != ElementKind::Words) {
            m_coach->patternsAnyStart.push_back(patternIndex);
            return;
        }
        std::set<int> byWord;
        std::set<int> byList;
        for (const auto& alternative : first.alternatives) {
            const WordMatcher& head = alternative.front();
            if (head.list >= 0)
                byList.insert(head.list);
            else
                byWord.insert(head.wordId);
        }
        for (int id : byWord)
            m_coach->patternsByWord[id].push_back(patternIndex);
        for (int list : byList)
            m_coach->patternsByList[static_cast<std::size_t>(list)].push_back(patternIndex);
    }

    // The safety path: required, because a language whose coach cannot hear a disclosure would coach its tone.
    Result<void> readSafety()
    {
        auto safety = member(m_root, "", "safety", true);
        if (!safety)
            return safety.error();
        auto k = onlyKeys(**safety, "/safety", {"note", "threshold"});
        if (!k)
            return k;
        auto note = member(**safety, "/safety", "note", true);
        if (!note)
            return note.error();
        auto t = text(**note, "/safety/note");
        if (!t)
            return t.error();
        if (t->empty() || utf8::length(*t) > 200)
            return m_problems.at("/safety/note", "must be one line of 1 to 200 characters");
        m_coach->safetyNote = *t;
        if (auto threshold = member(**safety, "/safety", "threshold", false); !threshold) {
            return threshold.error();
        } else if (*threshold) {
            auto v = number(**threshold, "/safety/threshold");
            if (!v)
                return v.error();
            if (*v <= 0.0)
                return m_problems.at("/safety/threshold", "must be above zero");
            m_coach->safetyThreshold = *v;
        }
        bool harm = false;
        bool selfHarm = false;
        for (const Pattern& pattern : m_coach->patterns) {
            harm = harm || (pattern.channel == Channel::SafetyHarm && pattern.weight > 0.0);
            selfHarm = selfHarm || (pattern.channel == Channel::SafetySelfHarm && pattern.weight > 0.0);
        }
        if (!harm || !selfHarm)
            return m_problems.at("/patterns", "needs patterns for both safety.harm and safety.self_harm");
        return {};
    }

    Result<void> readHints()
    {
        auto hints = member(m_root, "", "hints", true);
        if (!hints)
            return hints.error();
        auto k = onlyKeys(**hints, "/hints", {"max", "items"});
        if (!k)
            return k;
        auto max = member(**hints, "/hints", "max", true);
        if (!max)
            return max.error();
        auto m = integer(**max, "/hints/max", 0, 2);
        if (!m)
            return m.error();
        m_coach->maxHints = *m;
        auto items = member(**hints, "/hints", "items", true);
        if (!items)
            return items.error();
        if (!(*items)->is_array())
            return m_problems.at("/hints/items", "must be an array");
        std::set<std::string> ids;
        for (std::size_t i = 0; i < (*items)->size(); ++i) {
            const json& item = (**items)[i];
            const std::string pointer = "/hints/items/" + std::to_string(i);
            auto ki = onlyKeys(item, pointer, {"id", "group", "text", "when"});
            if (!ki)
                return ki;
            HintRule rule;
            for (auto [key, target] :
                 {std::pair{"id", &rule.id}, std::pair{"group", &rule.group}, std::pair{"text", &rule.text}}) {
                auto value = member(item, pointer, key, true);
                if (!value)
                    return value.error();
                auto t = text(**value, pointer + "/" + key);
                if (!t)
                    return t.error();
                *target = *t;
            }
            if (!ids.insert(rule.id).second)
                return m_problems.at(pointer + "/id", "hint \"" + rule.id + "\" appears twice");
            if (utf8::length(rule.text) > 160)
                return m_problems.at(pointer + "/text", "is longer than 160 characters; hints are short");
            auto when = member(item, pointer, "when", true);
            if (!when)
                return when.error();
            auto cond = readCondition(**when, pointer + "/when", rule);
            if (!cond)
                return cond;
            m_coach->hints.push_back(std::move(rule));
        }
        return {};
    }

    Result<void> readCondition(const json& when, const std::string& pointer, HintRule& rule)
    {
        auto k = onlyKeys(when, pointer, {"blame", "ownership", "blameKinds", "stage", "emotionsAny", "emotionsNone"});
        if (!k)
            return k;
        std::size_t conditions = 0;
        for (auto [key, target] : {std::pair{"blame", &rule.blame}, std::pair{"ownership", &rule.ownership}}) {
            auto value = member(when, pointer, key, false);
            if (!value)
                return value.error();
            if (*value) {
                auto b = boolean(**value, pointer + "/" + key);
                if (!b)
                    return b.error();
                *target = *b;
                ++conditions;
            }
        }
        if (auto value = member(when, pointer, "blameKinds", false); !value) {
            return value.error();
        } else if (*value) {
            auto kinds = wordArray(**value, pointer + "/blameKinds", false);
            if (!kinds)
                return kinds.error();
            for (const auto& kind : *kinds) {
                auto it = std::find(m_coach->blameKinds.begin(), m_coach->blameKinds.end(), kind);
                if (it == m_coach->blameKinds.end())
                    return m_problems.at(pointer + "/blameKinds", "unknown blame kind \"" + kind + "\"");
                rule.blameKinds.push_back(static_cast<int>(it - m_coach->blameKinds.begin()));
            }
            ++conditions;
        }
        if (auto value = member(when, pointer, "stage", false); !value) {
            return value.error();
        } else if (*value) {
            auto stages = wordArray(**value, pointer + "/stage", false);
            if (!stages)
                return stages.error();
            for (const auto& s : *stages) {
                if (s == "neutral")
                    rule.stages.push_back(Stage::Neutral);
                else if (s == "describing")
                    rule.stages.push_back(Stage::Describing);
                else if (s == "expressing")
                    rule.stages.push_back(Stage::Expressing);
                else
                    return m_problems.at(pointer + "/stage",
                                         "unknown stage \"" + s + "\" (neutral, describing or expressing)");
            }
            ++conditions;
        }
        for (auto [key, target] :
             {std::pair{"emotionsAny", &rule.emotionsAny}, std::pair{"emotionsNone", &rule.emotionsNone}}) {
            auto value = member(when, pointer, key, false);
            if (!value)
                return value.error();
            if (!*value)
                continue;
            auto ids = wordArray(**value, pointer + "/" + key, false);
            if (!ids)
                return ids.error();
            for (const auto& id : *ids) {
                auto it = std::find_if(m_coach->emotionGroups.begin(), m_coach->emotionGroups.end(),
                                       [&](const EmotionGroup& g) { return g.id == id; });
                if (it == m_coach->emotionGroups.end())
                    return m_problems.at(pointer + "/" + key, "unknown emotion group \"" + id + "\"");
                target->push_back(static_cast<int>(it - m_coach->emotionGroups.begin()));
            }
            ++conditions;
        }
        if (conditions == 0)
            return m_problems.at(pointer, "a hint needs at least one condition, or it would show on every line");
        return {};
    }

    // ---- derived tables --------------------------------------------------------------------------------------
    void addForm(const std::string& form, int list)
    {
        WordInfo& info = m_coach->forms[form];
        if (!info.bits.test(static_cast<std::size_t>(list))) {
            info.bits.set(static_cast<std::size_t>(list));
            info.lists.push_back(static_cast<std::uint16_t>(list));
        }
    }

    // Every list word, and every form an inflection rule would bring back to it ("hurts" -> "hurt").
    void buildForms()
    {
        const int minStem = m_coach->minStemLength;
        for (std::size_t list = 0; list < m_listWords.size(); ++list) {
            for (const std::string& w : m_listWords[list]) {
                addForm(w, static_cast<int>(list));
                for (const Inflection& rule : m_coach->inflections) {
                    if (w.size() < rule.add.size() || w.compare(w.size() - rule.add.size(), rule.add.size(), rule.add))
                        continue;
                    std::string stem = w.substr(0, w.size() - rule.add.size());
                    if (static_cast<int>(stem.size()) < minStem)
                        continue;
                    addForm(stem + rule.strip, static_cast<int>(list));
                }
            }
        }
        m_coach->patternsByList.resize(m_coach->listNames.size());
    }

    void buildSpellingIndex()
    {
        if (!m_coach->spelling)
            return;
        // Only curated targets: with no dictionary, correcting towards every known word would turn real words
        // into others ("morning" -> "mourning").
        for (int target : m_spellingTargets) {
            const auto id = static_cast<std::size_t>(target);
            const std::string& w = m_coach->words[id];
            m_coach->deletions[w].push_back(static_cast<int>(id));
            for (std::size_t i = 0; i < w.size(); ++i) {
                std::string deleted = w.substr(0, i) + w.substr(i + 1);
                auto& ids = m_coach->deletions[deleted];
                if (std::find(ids.begin(), ids.end(), static_cast<int>(id)) == ids.end())
                    ids.push_back(static_cast<int>(id));
            }
        }
    }

    const json& m_root;
    Problems m_problems;
    std::shared_ptr<CompiledCoach> m_coach;
    std::vector<std::vector<std::string>> m_listWords;
    std::vector<int> m_spellingTargets;
};

} // namespace

Result<std::shared_ptr<const CompiledCoach>> readCoachFile(std::string_view jsonText, const std::string& sourceName)
{
    json root;
    try {
        root = json::parse(jsonText.begin(), jsonText.end());
    } catch (const json::parse_error& error) {
        return makeError(sourceName + ": not valid JSON (" + std::string(error.what()) + ")");
    }
    try {
        Reader reader(root, sourceName);
        return reader.run();
    } catch (const std::exception& error) {
        // Defensive: every path above checks types first, but a parser of outside input must never throw.
        return makeError(sourceName + ": could not be read (" + std::string(error.what()) + ")");
    }
}

} // namespace tend::coach::detail
