#include "Utf8.h"

namespace tend::coach::utf8 {

namespace {
constexpr char32_t kReplacement = 0xFFFD;

bool continuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}
} // namespace

char32_t next(std::string_view text, std::size_t& pos)
{
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
        ++pos;
        return byte;
    }
    std::size_t extra = 0;
    char32_t cp = 0;
    char32_t minimum = 0;
    if ((byte & 0xE0) == 0xC0) {
        extra = 1;
        cp = byte & 0x1F;
        minimum = 0x80;
    } else if ((byte & 0xF0) == 0xE0) {
        extra = 2;
        cp = byte & 0x0F;
        minimum = 0x800;
    } else if ((byte & 0xF8) == 0xF0) {
        extra = 3;
        cp = byte & 0x07;
        minimum = 0x10000;
    } else {
        ++pos;
        return kReplacement;
    }
    if (pos + extra >= text.size()) {
        ++pos; // truncated sequence at the end of the text
        return kReplacement;
    }
    for (std::size_t i = 1; i <= extra; ++i) {
        const auto c = static_cast<unsigned char>(text[pos + i]);
        if (!continuation(c)) {
            ++pos;
            return kReplacement;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    if (cp < minimum || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++pos;
        return kReplacement;
    }
    pos += extra + 1;
    return cp;
}

void append(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

char32_t toLower(char32_t cp)
{
    if (cp >= 'A' && cp <= 'Z')
        return cp + 32;
    if (cp < 0xC0)
        return cp;
    if (cp <= 0xDE && cp != 0xD7)
        return cp + 32; // Latin-1 capitals
    if (cp >= 0x100 && cp <= 0x17F) {
        // Latin Extended-A alternates capital/small, with a few irregular stretches.
        if (cp == 0x130 || cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F)
            return cp;
        if (cp == 0x178)
            return 0xFF;
        bool oddCapitals = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        if (oddCapitals)
            return (cp % 2 == 1) ? cp + 1 : cp;
        return (cp % 2 == 0) ? cp + 1 : cp;
    }
    if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2)
        return cp + 32; // Greek
    if (cp >= 0x410 && cp <= 0x42F)
        return cp + 32; // Cyrillic
    if (cp >= 0x400 && cp <= 0x40F)
        return cp + 80;
    return cp;
}

std::string toLower(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t start = pos;
        char32_t cp = next(text, pos);
        if (cp == kReplacement && pos == start + 1 && static_cast<unsigned char>(text[start]) >= 0x80)
            out.push_back(text[start]); // keep undecodable bytes as they were
        else
            append(out, toLower(cp));
    }
    return out;
}

bool isWordChar(char32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    if (cp == 0xFFFD || cp == 0xD7 || cp == 0xF7)
        return false;
    if (cp < 0xC0)
        return cp == 0xAA || cp == 0xB5 || cp == 0xBA; // the few Latin-1 letters below À
    if (cp >= 0x2000 && cp <= 0x2BFF)
        return false; // general punctuation, arrows, maths, dingbats, symbols
    if (cp >= 0x3000 && cp <= 0x303F)
        return false; // CJK punctuation
    if (cp >= 0xFE00 && cp <= 0xFE0F)
        return false; // variation selectors
    if (cp >= 0xFF00 && cp <= 0xFF0F)
        return false; // full-width punctuation
    if (cp >= 0x1F000)
        return false; // emoji and pictographs
    return true;
}

bool isValid(std::string_view text)
{
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t start = pos;
        char32_t cp = next(text, pos);
        if (cp == kReplacement && !(pos - start == 3 && text.substr(start, 3) == "\xEF\xBF\xBD"))
            return false;
    }
    return true;
}

std::size_t length(std::string_view text)
{
    std::size_t count = 0;
    std::size_t pos = 0;
    while (pos < text.size()) {
        next(text, pos);
        ++count;
    }
    return count;
}

bool isAsciiLetters(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text) {
        if (c < 'a' || c > 'z')
            return false;
    }
    return true;
}

std::string_view prefix(std::string_view text, std::size_t maxBytes)
{
    if (text.size() <= maxBytes)
        return text;
    std::size_t cut = maxBytes;
    // Step back over continuation bytes (10xxxxxx) to the start of the character that would be split.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut);
}

} // namespace tend::coach::utf8
