#include "PatternCompiler.h"

#include <charconv>
#include <optional>
#include <vector>

namespace tend::coach::detail {

namespace {

constexpr int kMaxGap = 12;

std::vector<std::string> splitOn(std::string_view text, char separator)
{
    std::vector<std::string> parts;
    std::string current;
    for (char c : text) {
        if (c == separator) {
            parts.push_back(current);
            current.clear();
        } else {
            current.push_back(c);
        }
    }
    parts.push_back(current);
    return parts;
}

// Splits a pattern into element strings; a parenthesised group (which may contain spaces) stays one element.
Result<std::vector<std::string>> splitElements(std::string_view text)
{
    std::vector<std::string> elements;
    std::size_t i = 0;
    while (i < text.size()) {
        if (text[i] == ' ') {
            ++i;
            continue;
        }
        std::size_t start = i;
        if (text[i] == '(') {
            std::size_t close = text.find(')', i);
            if (close == std::string_view::npos)
                return makeError("a '(' has no closing ')'");
            if (text.substr(i + 1, close - i - 1).find('(') != std::string_view::npos)
                return makeError("groups cannot be nested");
            i = close + 1;
            if (i < text.size() && text[i] == '?')
                ++i;
            if (i < text.size() && text[i] != ' ')
                return makeError("a group must be followed by a space or '?'");
        } else {
            while (i < text.size() && text[i] != ' ')
                ++i;
        }
        elements.emplace_back(text.substr(start, i - start));
    }
    return elements;
}

Result<WordMatcher> compileWord(const std::string& word, const PatternNames& names)
{
    if (word.empty())
        return makeError("an empty word (check for '||', a leading or trailing '|', or double spaces in a group)");
    WordMatcher matcher;
    if (word[0] == '@') {
        matcher.list = names.findList(word.substr(1));
        if (matcher.list < 0)
            return makeError("unknown list \"" + word + "\"");
        return matcher;
    }
    for (char c : word) {
        if (c == '*' || c == '?' || c == '(' || c == ')' || c == '^')
            return makeError("\"" + word + "\" mixes a word with pattern syntax");
    }
    auto id = names.internWord(word);
    if (!id)
        return id.error();
    matcher.wordId = *id;
    return matcher;
}

std::optional<std::pair<int, int>> parseGap(const std::string& element)
{
    // "*N-M"
    if (element.size() < 4 || element[0] != '*')
        return std::nullopt;
    std::size_t dash = element.find('-');
    if (dash == std::string::npos)
        return std::nullopt;
    int low = -1;
    int high = -1;
    auto first = std::from_chars(element.data() + 1, element.data() + dash, low);
    auto second = std::from_chars(element.data() + dash + 1, element.data() + element.size(), high);
    if (first.ec != std::errc{} || first.ptr != element.data() + dash || second.ec != std::errc{} ||
        second.ptr != element.data() + element.size())
        return std::nullopt;
    return std::make_pair(low, high);
}

} // namespace

Result<void> compilePattern(std::string_view text, const PatternNames& names, Pattern& pattern)
{
    pattern.elements.clear();
    pattern.anchorStart = false;
    auto parts = splitElements(text);
    if (!parts)
        return parts.error();
    if (parts->empty())
        return makeError("the pattern is empty");

    for (std::size_t index = 0; index < parts->size(); ++index) {
        std::string part = (*parts)[index];
        if (part == "^") {
            if (index != 0)
                return makeError("'^' (sentence start) may only begin a pattern");
            pattern.anchorStart = true;
            continue;
        }
        Element element;
        if (part == "*") {
            element.kind = ElementKind::Any;
        } else if (part[0] == '*') {
            auto gap = parseGap(part);
            if (!gap)
                return makeError("\"" + part + "\" is not a gap; write *N-M, e.g. *0-3");
            if (gap->first < 0 || gap->second < gap->first || gap->second > kMaxGap)
                return makeError("gap \"" + part + "\" must have 0 <= N <= M <= " + std::to_string(kMaxGap));
            element.kind = ElementKind::Gap;
            element.minGap = gap->first;
            element.maxGap = gap->second;
        } else {
            if (part.size() > 1 && part.back() == '?') {
                element.optional = true;
                part.pop_back();
            }
            if (part == "_scarequote_") {
                element.kind = ElementKind::ScareQuote;
            } else {
                std::string body = part;
                bool grouped = body.front() == '(';
                if (grouped) {
                    if (body.back() != ')')
                        return makeError("\"" + part + "\" has an unbalanced group");
                    body = body.substr(1, body.size() - 2);
                }
                for (const std::string& alternative : splitOn(body, '|')) {
                    std::vector<WordMatcher> sequence;
                    auto words = splitOn(alternative, ' ');
                    if (!grouped && words.size() > 1)
                        return makeError("\"" + part + "\": use parentheses for alternatives of several words");
                    for (const std::string& word : words) {
                        auto matcher = compileWord(word, names);
                        if (!matcher)
                            return matcher.error();
                        sequence.push_back(*matcher);
                    }
                    element.alternatives.push_back(std::move(sequence));
                }
            }
        }
        pattern.elements.push_back(std::move(element));
    }

    if (pattern.elements.empty())
        return makeError("the pattern has nothing to match after '^'");
    const Element& first = pattern.elements.front();
    if (first.kind == ElementKind::Gap || first.kind == ElementKind::Any)
        return makeError("a pattern must start with a word, list or group (not a gap or '*')");
    const Element& last = pattern.elements.back();
    if (last.kind == ElementKind::Gap)
        return makeError("a pattern cannot end with a gap");
    return {};
}

Result<std::vector<Pattern>> expandLeadingOptional(Pattern pattern)
{
    std::vector<Pattern> variants;
    std::vector<Pattern> pending{std::move(pattern)};
    while (!pending.empty()) {
        Pattern current = std::move(pending.back());
        pending.pop_back();
        if (current.elements.empty())
            return makeError("the pattern can match nothing (every element is optional)");
        Element& first = current.elements.front();
        if (first.kind == ElementKind::Gap || first.kind == ElementKind::Any)
            return makeError("without its optional start the pattern would begin with a gap or '*'");
        if (!first.optional) {
            variants.push_back(std::move(current));
            continue;
        }
        // Indexing needs a required first element: "oh? great" becomes "oh great" and "great".
        Pattern without = current;
        without.elements.erase(without.elements.begin());
        first.optional = false;
        pending.push_back(std::move(current));
        pending.push_back(std::move(without));
    }
    return variants;
}

} // namespace tend::coach::detail
