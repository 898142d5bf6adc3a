// Reading an export piece by piece: the bytes are checked as they pass (UTF-8, size, position) and the document is
// cut into one DOM per couple and per session, so memory holds one session at a time whatever the file's size.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <streambuf>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "tend/journal/Exchange.h"

namespace tend::journal::exchange::stream {

/// The bytes of an import on their way to the parser. Stops (end of stream) at the first problem, and says which.
class CheckedInput : public std::streambuf {
public:
    CheckedInput(const ImportReader& read, std::size_t maxBytes);

    std::optional<std::string> readFailure; ///< the reader's own error (an I/O error, a damaged encrypted chunk)
    std::optional<std::size_t> badUtf8At;   ///< byte offset of the first invalid UTF-8 sequence
    bool tooLarge = false;                  ///< more than maxBytes arrived
    bool reachedEnd = false;                ///< the reader said there is nothing more

    /// Bytes handed to the parser so far.
    std::size_t delivered() const { return m_chunkStart + static_cast<std::size_t>(egptr() - eback()); }
    /// 1-based line and column of the byte before `offset` (nlohmann counts the failing byte as read).
    std::pair<std::size_t, std::size_t> lineColumnBefore(std::size_t offset) const;

protected:
    int_type underflow() override;

private:
    bool stopped() const { return readFailure || badUtf8At || tooLarge; }

    const ImportReader& m_read;
    std::size_t m_maxBytes;
    std::size_t m_received = 0;   // raw bytes from the reader
    std::vector<char> m_chunk;    // what the parser is reading now (valid UTF-8)
    std::string m_carry;          // a UTF-8 sequence cut by the end of the last read
    std::size_t m_chunkStart = 0; // offset of m_chunk's first byte in the file
    std::size_t m_line = 1;       // position of m_chunk's first byte
    std::size_t m_column = 1;
};

/// Where a top-level value sits: "couples" and "sessions" arrive element by element; the rest as values.
struct TopLevel {
    bool isObject = false;
    std::string notObjectType;                    ///< the top value's type when it is not an object
    std::map<std::string, nlohmann::json> values; ///< format, version (small values only)
    std::map<std::string, std::string> types;     ///< every top-level key → its value's type name
    std::vector<std::string> repeated;            ///< keys that appeared more than once
};

/// One parse of the whole input. `element` receives each element of /couples and /sessions as it completes, with
/// its list name and index; `listEnded` hears when either list is complete.
struct ParseOutcome {
    bool syntaxError = false;
    bool valueOutOfRange = false; ///< e.g. 1e400
    bool tooDeep = false;
    std::size_t errorByte = 0;
    TopLevel top;
};
struct Handlers {
    std::function<void(const std::string& list, std::size_t index, nlohmann::json&& element)> element;
    std::function<void(const std::string& list)> listEnded;
};
ParseOutcome parse(CheckedInput& input, int maxDepth, const Handlers& handlers);

} // namespace tend::journal::exchange::stream
