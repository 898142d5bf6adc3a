#include "PatternMatcher.h"

namespace tend::coach::detail {

namespace {

struct Context {
    const Pattern& pattern;
    const std::vector<Token>& tokens;
    int last;
};

bool wordMatches(const Token& token, const WordMatcher& matcher)
{
    return matcher.list >= 0 ? token.inList(matcher.list) : token.id == matcher.wordId;
}

// May a wildcard or gap swallow this token?
bool swallowable(const Context& ctx, int pos)
{
    if (pos >= ctx.last)
        return false;
    const Token& token = ctx.tokens[static_cast<std::size_t>(pos)];
    return !token.quoted && !(ctx.pattern.negatable && token.negation);
}

int matchFrom(const Context& ctx, std::size_t elementIndex, int pos)
{
    const auto& elements = ctx.pattern.elements;
    if (elementIndex == elements.size())
        return pos;
    const Element& element = elements[elementIndex];
    switch (element.kind) {
    case ElementKind::Any:
        if (swallowable(ctx, pos)) {
            int end = matchFrom(ctx, elementIndex + 1, pos + 1);
            if (end >= 0)
                return end;
        }
        break;
    case ElementKind::Gap:
        for (int length = 0; length <= element.maxGap; ++length) {
            if (length > 0 && !swallowable(ctx, pos + length - 1))
                break;
            if (length < element.minGap)
                continue;
            int end = matchFrom(ctx, elementIndex + 1, pos + length);
            if (end >= 0)
                return end;
        }
        return -1;
    case ElementKind::ScareQuote:
        if (pos < ctx.last && ctx.tokens[static_cast<std::size_t>(pos)].scare) {
            int end = matchFrom(ctx, elementIndex + 1, pos + 1);
            if (end >= 0)
                return end;
        }
        break;
    case ElementKind::Words:
        for (const auto& alternative : element.alternatives) {
            int at = pos;
            bool ok = true;
            for (const WordMatcher& matcher : alternative) {
                if (at >= ctx.last) {
                    ok = false;
                    break;
                }
                const Token& token = ctx.tokens[static_cast<std::size_t>(at)];
                if (token.quoted || !wordMatches(token, matcher)) {
                    ok = false;
                    break;
                }
                ++at;
            }
            if (!ok)
                continue;
            int end = matchFrom(ctx, elementIndex + 1, at);
            if (end >= 0)
                return end;
        }
        break;
    }
    if (element.optional)
        return matchFrom(ctx, elementIndex + 1, pos);
    return -1;
}

} // namespace

int matchPattern(const Pattern& pattern, const std::vector<Token>& tokens, int start, int last)
{
    Context ctx{pattern, tokens, last};
    return matchFrom(ctx, 0, start);
}

bool negatedBefore(const std::vector<Token>& tokens, int pos, int sentenceFirst, int window)
{
    const int clause = tokens[static_cast<std::size_t>(pos)].clause;
    int seen = 0;
    for (int j = pos - 1; j >= sentenceFirst && seen < window; --j) {
        const Token& token = tokens[static_cast<std::size_t>(j)];
        if (token.clause != clause)
            break;
        if (token.quoted)
            continue;
        if (token.scopeEnd)
            return false;
        if (token.negation)
            return true;
        ++seen;
    }
    return false;
}

} // namespace tend::coach::detail
