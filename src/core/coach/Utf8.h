#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

// Just enough UTF-8 for the coach: decoding that never throws, simple lowercasing, and letter classes.
namespace tend::coach::utf8 {

/// Decodes the code point at `text[pos]` and advances `pos`. Invalid or truncated bytes decode as U+FFFD and advance
/// by one byte, so any input can be walked safely.
char32_t next(std::string_view text, std::size_t& pos);

/// Appends `cp` encoded as UTF-8.
void append(std::string& out, char32_t cp);

/// Lowercase for ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic capitals; other code points are unchanged.
char32_t toLower(char32_t cp);
std::string toLower(std::string_view text);

/// Letters and digits of any script (approximate: everything that is not ASCII punctuation, a space, a general
/// punctuation mark, a symbol or an emoji).
bool isWordChar(char32_t cp);

/// The longest prefix of at most `maxBytes` bytes that does not split a character.
std::string_view prefix(std::string_view text, std::size_t maxBytes);

bool isValid(std::string_view text);
std::size_t length(std::string_view text);
bool isAsciiLetters(std::string_view text);

} // namespace tend::coach::utf8
