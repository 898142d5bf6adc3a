#include "TextPipeline.h"

#include <algorithm>
#include <cctype>
#include <tuple>

#include "Utf8.h"

namespace tend::coach::detail {

namespace {

// What the scanner sees in the folded text before words are normalised.
enum class ItemKind { Word, SentenceEnd, ClauseBreak, DoubleQuote, SingleQuote };

struct Item {
    ItemKind kind = ItemKind::Word;
    std::string text;
    std::size_t begin = 0; ///< original byte span
    std::size_t end = 0;
    bool canOpen = false;  ///< single quote at the start of a word
    bool canClose = false; ///< single quote at the end of a word
    bool afterColon = false;
};

// Lowercased text with replacements applied, and for every byte the original byte it came from.
struct Folded {
    std::string text;
    std::vector<std::size_t> origin;
};

Folded fold(std::string_view input, const CompiledCoach& coach)
{
    Folded folded;
    folded.text.reserve(input.size() + 8);
    folded.origin.reserve(input.size() + 8);
    std::size_t pos = 0;
    while (pos < input.size()) {
        const auto byte = static_cast<unsigned char>(input[pos]);
        bool replaced = false;
        if (byte >= 0x80 || (!std::isalnum(byte) && byte != ' ')) {
            for (const auto& [from, to] : coach.replacements) {
                if (input.compare(pos, from.size(), from) != 0)
                    continue;
                // A symbol that stands for a word gets spaces, so ":(" next to a word still splits off.
                const bool wordLike = !to.empty() && utf8::isWordChar(static_cast<unsigned char>(to[0]));
                std::string piece = wordLike ? " " + to + " " : to;
                folded.text += piece;
                folded.origin.insert(folded.origin.end(), piece.size(), pos);
                pos += from.size();
                replaced = true;
                break;
            }
        }
        if (replaced)
            continue;
        const std::size_t start = pos;
        char32_t cp = utf8::next(input, pos);
        std::size_t before = folded.text.size();
        if (cp == 0xFFFD && pos == start + 1)
            folded.text.push_back(' '); // undecodable byte: a separator, never part of a word
        else
            utf8::append(folded.text, utf8::toLower(cp));
        folded.origin.insert(folded.origin.end(), folded.text.size() - before, start);
    }
    return folded;
}

// Extends an original-text position to the end of the UTF-8 character starting there.
std::size_t endOfChar(std::string_view input, std::size_t pos)
{
    if (pos >= input.size())
        return input.size();
    ++pos;
    while (pos < input.size() && (static_cast<unsigned char>(input[pos]) & 0xC0) == 0x80)
        ++pos;
    return pos;
}

std::vector<Item> scan(std::string_view input, const Folded& folded, const CompiledCoach& coach)
{
    std::vector<Item> items;
    const std::string& t = folded.text;
    auto spanOf = [&](std::size_t from, std::size_t to) {
        std::size_t b = folded.origin[from];
        std::size_t e = endOfChar(input, folded.origin[to - 1]);
        return std::make_pair(b, std::max(b, e));
    };
    auto wordAt = [&](std::size_t i) {
        if (i >= t.size())
            return false;
        std::size_t p = i;
        return utf8::isWordChar(utf8::next(t, p));
    };
    auto wordBefore = [&](std::size_t i) {
        if (i == 0)
            return false;
        std::size_t p = i - 1;
        while (p > 0 && (static_cast<unsigned char>(t[p]) & 0xC0) == 0x80)
            --p;
        std::size_t q = p;
        return utf8::isWordChar(utf8::next(t, q));
    };

    bool lastWasColon = false;
    std::size_t i = 0;
    while (i < t.size()) {
        const char c = t[i];
        if (wordAt(i)) {
            std::size_t start = i;
            while (i < t.size()) {
                if (wordAt(i)) {
                    std::size_t p = i;
                    utf8::next(t, p);
                    i = p;
                } else if (t[i] == '\'' && wordBefore(i) && wordAt(i + 1)) {
                    ++i; // an apostrophe inside a word: don't, you're
                } else {
                    break;
                }
            }
            Item item;
            item.kind = ItemKind::Word;
            item.text = t.substr(start, i - start);
            std::tie(item.begin, item.end) = spanOf(start, i);
            items.push_back(std::move(item));
            lastWasColon = false;
            continue;
        }
        Item item;
        std::tie(item.begin, item.end) = spanOf(i, i + 1);
        if (c == '"') {
            item.kind = ItemKind::DoubleQuote;
            item.afterColon = lastWasColon;
            items.push_back(item);
        } else if (c == '\'') {
            item.kind = ItemKind::SingleQuote;
            item.canOpen = !wordBefore(i) && wordAt(i + 1);
            item.canClose = wordBefore(i) && !wordAt(i + 1);
            item.afterColon = lastWasColon;
            if (item.canOpen || item.canClose)
                items.push_back(item);
        } else if (coach.sentenceEnds.find(c) != std::string::npos) {
            item.kind = ItemKind::SentenceEnd;
            items.push_back(item);
        } else if (coach.clauseBreaks.find(c) != std::string::npos) {
            item.kind = ItemKind::ClauseBreak;
            items.push_back(item);
        }
        if (c != ' ')
            lastWasColon = (c == ':');
        std::size_t p = i;
        utf8::next(t, p);
        i = p;
    }
    return items;
}

bool known(const std::string& word, const CompiledCoach& coach)
{
    return coach.vocab.count(word) != 0 || coach.forms.count(word) != 0;
}

std::string collapseRuns(const std::string& word, std::size_t keep)
{
    std::string out;
    for (std::size_t i = 0; i < word.size(); ++i) {
        std::size_t run = 1;
        while (i + run < word.size() && word[i + run] == word[i])
            ++run;
        out.append(run >= 3 ? keep : run, word[i]);
        i += run - 1;
    }
    return out;
}

bool hasLongRun(const std::string& word)
{
    for (std::size_t i = 0; i + 2 < word.size(); ++i) {
        if (word[i] == word[i + 1] && word[i] == word[i + 2] && std::isalpha(static_cast<unsigned char>(word[i])))
            return true;
    }
    return false;
}

// Exactly one edit (insertion, deletion, substitution or swap of neighbours) apart?
bool oneEditApart(const std::string& a, const std::string& b)
{
    if (a == b)
        return false;
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    if (n == m) {
        std::size_t first = 0;
        while (first < n && a[first] == b[first])
            ++first;
        std::size_t last = n;
        while (last > first && a[last - 1] == b[last - 1])
            --last;
        const std::size_t span = last - first;
        if (span == 1)
            return true; // substitution
        return span == 2 && a[first] == b[first + 1] && a[first + 1] == b[first];
    }
    const std::string& longer = n > m ? a : b;
    const std::string& shorter = n > m ? b : a;
    if (longer.size() != shorter.size() + 1)
        return false;
    std::size_t i = 0;
    while (i < shorter.size() && longer[i] == shorter[i])
        ++i;
    return longer.compare(i + 1, std::string::npos, shorter, i, std::string::npos) == 0;
}

// A word the coach does not know, one typing slip away from exactly one word it does ("alwasy" -> "always").
std::string correctSpelling(const std::string& word, const CompiledCoach& coach)
{
    if (!coach.spelling || static_cast<int>(word.size()) < coach.spellingMinLength || !utf8::isAsciiLetters(word))
        return word;
    std::vector<int> candidates;
    auto consider = [&](const std::string& key) {
        auto it = coach.deletions.find(key);
        if (it == coach.deletions.end())
            return;
        for (int id : it->second) {
            const std::string& candidate = coach.words[static_cast<std::size_t>(id)];
            if (candidate[0] != word[0] || !oneEditApart(word, candidate))
                continue;
            if (std::find(candidates.begin(), candidates.end(), id) == candidates.end())
                candidates.push_back(id);
        }
    };
    consider(word);
    for (std::size_t i = 0; i < word.size(); ++i)
        consider(word.substr(0, i) + word.substr(i + 1));
    if (candidates.size() > 1) {
        // Prefer a same-length fix (a swapped or mistyped letter) over adding or dropping one.
        std::vector<int> sameLength;
        for (int id : candidates) {
            if (coach.words[static_cast<std::size_t>(id)].size() == word.size())
                sameLength.push_back(id);
        }
        candidates = sameLength;
    }
    return candidates.size() == 1 ? coach.words[static_cast<std::size_t>(candidates.front())] : word;
}

std::vector<std::string> normaliseWord(std::string word, const CompiledCoach& coach, int depth = 0)
{
    if (auto it = coach.wordTable.find(word); it != coach.wordTable.end())
        return it->second;
    if (coach.collapseRepeats && hasLongRun(word)) {
        std::string single = collapseRuns(word, 1);
        std::string pair = collapseRuns(word, 2);
        if (coach.wordTable.count(single) || known(single, coach))
            word = single;
        else
            word = pair;
        if (auto it = coach.wordTable.find(word); it != coach.wordTable.end())
            return it->second;
    }
    if (depth == 0 && word.find('\'') != std::string::npos) {
        for (const auto& [suffix, replacement] : coach.clitics) {
            if (word.size() <= suffix.size() || word.compare(word.size() - suffix.size(), suffix.size(), suffix) != 0)
                continue;
            std::vector<std::string> parts = normaliseWord(word.substr(0, word.size() - suffix.size()), coach, 1);
            if (!replacement.empty())
                parts.push_back(replacement);
            return parts;
        }
        word.erase(std::remove(word.begin(), word.end(), '\''), word.end());
        if (word.empty())
            return {};
        if (auto it = coach.wordTable.find(word); it != coach.wordTable.end())
            return it->second;
    }
    if (!known(word, coach))
        word = correctSpelling(word, coach);
    return {word};
}

Token makeToken(std::string text, const Item& item, const CompiledCoach& coach)
{
    Token token;
    token.id = coach.wordId(text);
    if (auto it = coach.forms.find(text); it != coach.forms.end())
        token.info = &it->second;
    token.negation = coach.negationCues.count(text) != 0;
    token.scopeEnd = coach.negationScopeEnders.count(text) != 0;
    token.begin = item.begin;
    token.end = item.end;
    token.text = std::move(text);
    return token;
}

struct QuoteMark {
    ItemKind kind;
    int tokenIndex; ///< index of the first token after the mark
    bool canOpen;
    bool canClose;
    bool afterColon;
};

void markQuotes(std::vector<QuoteMark>& marks, TokenizedText& out, const CompiledCoach& coach)
{
    auto classify = [&](const QuoteMark& open, int endToken) {
        const int startToken = open.tokenIndex;
        const int words = endToken - startToken;
        if (words <= 0)
            return;
        bool speech = open.afterColon;
        for (int j = startToken - 1; j >= 0 && j >= startToken - coach.speechWindow && !speech; --j)
            speech = coach.speechWords.count(out.tokens[static_cast<std::size_t>(j)].text) != 0;
        const bool reported = speech || words > coach.scareQuoteMaxWords;
        for (int j = startToken; j < endToken; ++j) {
            Token& token = out.tokens[static_cast<std::size_t>(j)];
            (reported ? token.quoted : token.scare) = true;
        }
    };
    // Double quotes pair up in order; an unmatched last one is ignored.
    std::vector<const QuoteMark*> doubles;
    for (const auto& mark : marks) {
        if (mark.kind == ItemKind::DoubleQuote)
            doubles.push_back(&mark);
    }
    for (std::size_t i = 0; i + 1 < doubles.size(); i += 2)
        classify(*doubles[i], doubles[i + 1]->tokenIndex);
    // Single quotes: an opening one (before a word) pairs with the next closing one (after a word).
    const QuoteMark* open = nullptr;
    for (const auto& mark : marks) {
        if (mark.kind != ItemKind::SingleQuote)
            continue;
        if (!open && mark.canOpen) {
            open = &mark;
        } else if (open && mark.canClose) {
            classify(*open, mark.tokenIndex);
            open = nullptr;
        }
    }
}

} // namespace

TokenizedText tokenize(std::string_view text, const CompiledCoach& coach)
{
    TokenizedText out;
    out.locale = coach.locale;
    const Folded folded = fold(text, coach);
    const std::vector<Item> items = scan(text, folded, coach);

    // Normalise every word on its own first; contextual rules then look at the next word ("ur so" -> "you are so").
    std::vector<std::vector<std::string>> normalised(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].kind == ItemKind::Word)
            normalised[i] = normaliseWord(items[i].text, coach);
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (items[i].kind != ItemKind::Word || normalised[i].size() != 1)
            continue;
        // Keyed by what was typed ("ur") or, failing that, by its normal form ("your").
        auto rule = coach.contextual.find(items[i].text);
        if (rule == coach.contextual.end())
            rule = coach.contextual.find(normalised[i].front());
        if (rule == coach.contextual.end())
            continue;
        std::size_t j = i + 1;
        if (j >= items.size() || items[j].kind != ItemKind::Word || normalised[j].empty())
            continue;
        auto form = coach.forms.find(normalised[j].front());
        if (form == coach.forms.end())
            continue;
        for (int list : rule->second.nextLists) {
            if (form->second.bits.test(static_cast<std::size_t>(list))) {
                normalised[i] = rule->second.replacement;
                break;
            }
        }
    }

    std::vector<QuoteMark> marks;
    int sentence = 0;
    int clause = 0;
    bool sentenceOpen = false;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const Item& item = items[i];
        switch (item.kind) {
        case ItemKind::Word:
            for (std::string& word : normalised[i]) {
                if (word.empty())
                    continue;
                if (sentenceOpen && coach.clauseBreakWords.count(word))
                    ++clause;
                Token token = makeToken(std::move(word), item, coach);
                token.sentence = sentence;
                token.clause = clause;
                out.tokens.push_back(std::move(token));
                sentenceOpen = true;
            }
            break;
        case ItemKind::SentenceEnd:
            if (sentenceOpen) {
                ++sentence;
                ++clause;
                sentenceOpen = false;
            }
            break;
        case ItemKind::ClauseBreak:
            ++clause;
            break;
        case ItemKind::DoubleQuote:
        case ItemKind::SingleQuote:
            marks.push_back(
                {item.kind, static_cast<int>(out.tokens.size()), item.canOpen, item.canClose, item.afterColon});
            break;
        }
    }
    markQuotes(marks, out, coach);

    // Sentences as token ranges; quoted words are left out of "does this sentence speak in the first person".
    for (std::size_t i = 0; i < out.tokens.size();) {
        Sentence s;
        s.first = static_cast<int>(i);
        const int id = out.tokens[i].sentence;
        while (i < out.tokens.size() && out.tokens[i].sentence == id) {
            const Token& token = out.tokens[i];
            if (!token.quoted && token.inList(coach.firstPersonList))
                s.firstPerson = true;
            ++i;
        }
        s.last = static_cast<int>(i);
        out.sentences.push_back(s);
    }
    return out;
}

} // namespace tend::coach::detail
