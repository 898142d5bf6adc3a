// Safe JSON reading: size cap, a nesting pre-scan (nlohmann's parser recurses once per level, so a hostile
// file of 100,000 '[' would overflow the stack), and parse errors turned into line and column.
#include <algorithm>
#include <fstream>
#include <system_error>

#include "tend/content/Loader.h"

namespace tend::content {

namespace {

struct Place {
    std::size_t line = 1;
    std::size_t column = 1;
};

// Line and column (in characters) of byte `offset`.
Place placeOf(std::string_view text, std::size_t offset)
{
    Place place;
    const std::size_t end = std::min(offset, text.size());
    for (std::size_t i = 0; i < end; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++place.line;
            place.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++place.column;
        }
    }
    return place;
}

std::string placeText(const Place& place)
{
    return "line " + std::to_string(place.line) + ", column " + std::to_string(place.column);
}

// Keeps parser messages printable: they may quote bytes of the file, which can be anything.
std::string printable(std::string_view text)
{
    std::string out;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7F)
            out += c;
        else
            out += '?';
    }
    if (out.size() > 200)
        out = out.substr(0, 200) + "...";
    return out;
}

// Returns the offset where nesting first exceeds `maxDepth`, or npos.
std::size_t tooDeepAt(std::string_view text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth; // never below zero, so stray closers cannot hide deeper nesting later on
        }
    }
    return std::string_view::npos;
}

} // namespace

Result<nlohmann::json> parseJsonText(std::string_view text, const JsonLimits& limits)
{
    if (text.size() > limits.maxBytes)
        return makeError("the file is larger than " + std::to_string(limits.maxBytes / 1024) +
                         " KiB; content files are small, so this is refused");
    if (const std::size_t at = tooDeepAt(text, limits.maxDepth); at != std::string_view::npos)
        return makeError("invalid JSON at " + placeText(placeOf(text, at)) + ": nested more than " +
                         std::to_string(limits.maxDepth) + " levels deep");
    try {
        return nlohmann::json::parse(text.begin(), text.end(), nullptr, true, false);
    } catch (const nlohmann::json::parse_error& error) {
        // nlohmann reports the byte just read; describe it by line and column and keep its explanation.
        std::string what = error.what();
        std::string detail;
        if (auto colon = what.find(": ", what.find("parse error")); colon != std::string::npos)
            detail = what.substr(colon + 2);
        const std::size_t offset = error.byte > 0 ? error.byte - 1 : 0;
        std::string message = "invalid JSON at " + placeText(placeOf(text, offset));
        if (!detail.empty())
            message += ": " + printable(detail);
        return makeError(message);
    } catch (const std::exception& error) {
        return makeError(std::string("invalid JSON: ") + printable(error.what()));
    }
}

Result<std::string> readFileCapped(const std::filesystem::path& file, std::size_t maxBytes)
{
    std::error_code ec;
    if (std::filesystem::is_directory(file, ec))
        return makeError("this is a folder, not a file");
    const auto size = std::filesystem::file_size(file, ec);
    if (ec)
        return makeError("cannot read the file: " + ec.message());
    if (size > maxBytes)
        return makeError("the file is larger than " + std::to_string(maxBytes / 1024) +
                         " KiB; content files are small, so this is refused");
    std::ifstream in(file, std::ios::binary);
    if (!in)
        return makeError("cannot open the file");
    std::string text;
    text.resize(static_cast<std::size_t>(size));
    in.read(text.data(), static_cast<std::streamsize>(size));
    // Size read may differ if the file changed meanwhile; keep what was actually read.
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad())
        return makeError("cannot read the file");
    return text;
}

} // namespace tend::content
