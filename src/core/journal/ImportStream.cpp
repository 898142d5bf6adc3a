// Reading an export piece by piece: checked bytes in, one DOM per couple and per session out.
#include "ImportStream.h"

#include <utility>

namespace tend::journal::exchange::stream {
namespace {
using nlohmann::json;

constexpr std::size_t kChunkBytes = 1u << 20;

struct Utf8Scan {
    std::size_t validUpTo = 0; ///< bytes before the first problem (or all of them)
    bool invalid = false;      ///< false: the rest is a sequence cut short by the end of the buffer
};

// Finds the first invalid UTF-8 sequence, or a sequence the buffer's end cut short (to be completed by the next read).
Utf8Scan scanUtf8(const char* data, std::size_t n)
{
    const auto* p = reinterpret_cast<const unsigned char*>(data);
    std::size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        std::size_t len = 0;
        std::uint32_t cp = 0;
        if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return {i, true};
        }
        for (std::size_t k = 1; k < len; ++k) {
            if (i + k >= n)
                return {i, false};
            if ((p[i + k] & 0xC0) != 0x80)
                return {i, true};
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
            (cp >= 0xD800 && cp <= 0xDFFF))
            return {i, true};
        i += len;
    }
    return {n, false};
}

// nlohmann's SAX events, turned into one DOM per element of /couples and /sessions. Everything else at the top is
// noted by type only (format and version by value), and skipped without being kept.
class Splitter {
public:
    Splitter(int maxDepth, const Handlers& handlers, ParseOutcome& outcome)
        : m_maxDepth(maxDepth), m_handlers(handlers), m_out(outcome)
    {
    }

    bool null() { return scalar(json(nullptr)); }
    bool boolean(bool value) { return scalar(json(value)); }
    bool number_integer(json::number_integer_t value) { return scalar(json(value)); }
    bool number_unsigned(json::number_unsigned_t value) { return scalar(json(value)); }
    bool number_float(json::number_float_t value, const std::string&) { return scalar(json(value)); }
    bool string(std::string& value) { return scalar(json(std::move(value))); }
    bool binary(json::binary_t&) { return true; } // never produced by the JSON parser
    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& name)
    {
        if (!m_build.empty()) {
            m_key = std::move(name);
        } else if (m_skipFrom == 0 && m_depth == 1) {
            if (m_out.top.types.count(name))
                m_out.top.repeated.push_back(name);
            m_topKey = std::move(name);
        }
        return true;
    }

    bool parse_error(std::size_t byte, const std::string&, const nlohmann::detail::exception& error)
    {
        m_out.errorByte = byte;
        // 406: a number no type can hold (1e400); everything else is a syntax error.
        (error.id == 406 ? m_out.valueOutOfRange : m_out.syntaxError) = true;
        return false;
    }

private:
    bool inList() const { return !m_list.empty(); }

    bool scalar(json&& value)
    {
        if (!m_build.empty()) {
            place(std::move(value));
        } else if (m_skipFrom != 0) {
            // inside a skipped value
        } else if (m_depth == 0) {
            m_out.top.notObjectType = value.type_name();
        } else if (m_depth == 1) {
            m_out.top.types[m_topKey] = value.type_name();
            if (m_topKey == "format" || m_topKey == "version")
                m_out.top.values[m_topKey] = std::move(value);
        } else if (m_depth == 2 && inList()) {
            m_handlers.element(m_list, m_index++, std::move(value));
        }
        return true;
    }

    bool open(json&& container)
    {
        if (++m_depth > m_maxDepth) {
            m_out.tooDeep = true;
            return false;
        }
        if (!m_build.empty()) {
            m_build.push_back(place(std::move(container)));
        } else if (m_skipFrom != 0) {
            // inside a skipped value
        } else if (m_depth == 1) {
            m_out.top.isObject = container.is_object();
            if (!m_out.top.isObject) {
                m_out.top.notObjectType = container.type_name();
                m_skipFrom = m_depth;
            }
        } else if (m_depth == 2) {
            m_out.top.types[m_topKey] = container.type_name();
            if (container.is_array() && (m_topKey == "couples" || m_topKey == "sessions")) {
                m_list = m_topKey;
                m_index = 0;
            } else {
                m_skipFrom = m_depth;
            }
        } else if (m_depth == 3 && inList()) {
            m_elementRoot = std::move(container);
            m_build.push_back(&m_elementRoot);
        }
        return true;
    }

    bool close()
    {
        if (!m_build.empty()) {
            m_build.pop_back();
            if (m_build.empty())
                m_handlers.element(m_list, m_index++, std::move(m_elementRoot));
        } else if (m_skipFrom != 0) {
            if (m_depth == m_skipFrom)
                m_skipFrom = 0;
        } else if (m_depth == 2 && inList()) {
            m_handlers.listEnded(m_list);
            m_list.clear();
        }
        --m_depth;
        return true;
    }

    // Adds a value to the innermost open container of the element being built; returns where it now lives. Only
    // that container grows, so the pointers to the containers around it stay valid.
    json* place(json&& value)
    {
        json& into = *m_build.back();
        if (into.is_array()) {
            into.push_back(std::move(value));
            return &into.back();
        }
        json& slot = into[m_key];
        slot = std::move(value);
        return &slot;
    }

    int m_maxDepth;
    const Handlers& m_handlers;
    ParseOutcome& m_out;
    int m_depth = 0;
    int m_skipFrom = 0; // depth of a value being skipped, 0 when none
    std::string m_topKey;
    std::string m_list; // "couples" or "sessions" while inside that array
    std::size_t m_index = 0;
    json m_elementRoot; // the element being built
    std::vector<json*> m_build;
    std::string m_key;
};

} // namespace

CheckedInput::CheckedInput(const ImportReader& read, std::size_t maxBytes) : m_read(read), m_maxBytes(maxBytes)
{
}

CheckedInput::int_type CheckedInput::underflow()
{
    if (gptr() < egptr())
        return traits_type::to_int_type(*gptr());
    for (char c : m_chunk) {
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else {
            ++m_column;
        }
    }
    m_chunkStart += m_chunk.size();
    m_chunk.clear();
    setg(nullptr, nullptr, nullptr);
    while (!stopped() && !reachedEnd) {
        m_chunk.assign(m_carry.begin(), m_carry.end());
        m_carry.clear();
        const std::size_t kept = m_chunk.size();
        m_chunk.resize(kept + kChunkBytes);
        auto got = m_read(m_chunk.data() + kept, kChunkBytes);
        if (!got) {
            readFailure = got.error().message;
            m_chunk.clear();
            break;
        }
        m_chunk.resize(kept + *got);
        if (*got == 0) {
            reachedEnd = true;
            if (kept > 0) // a sequence the file's end cut short
                badUtf8At = m_chunkStart;
            m_chunk.clear();
            break;
        }
        m_received += *got;
        if (m_received > m_maxBytes) {
            tooLarge = true;
            m_chunk.clear();
            break;
        }
        const Utf8Scan scan = scanUtf8(m_chunk.data(), m_chunk.size());
        if (scan.invalid)
            badUtf8At = m_chunkStart + scan.validUpTo;
        else
            m_carry.assign(m_chunk.begin() + static_cast<std::ptrdiff_t>(scan.validUpTo), m_chunk.end());
        m_chunk.resize(scan.validUpTo);
        if (!m_chunk.empty())
            break;
    }
    if (m_chunk.empty())
        return traits_type::eof();
    setg(m_chunk.data(), m_chunk.data(), m_chunk.data() + m_chunk.size());
    return traits_type::to_int_type(*gptr());
}

std::pair<std::size_t, std::size_t> CheckedInput::lineColumnBefore(std::size_t offset) const
{
    std::size_t line = m_line;
    std::size_t column = m_column;
    const std::size_t upto = offset > 0 ? offset - 1 : 0;
    for (std::size_t i = 0; m_chunkStart + i < upto && i < m_chunk.size(); ++i) {
        if (m_chunk[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

ParseOutcome parse(CheckedInput& input, int maxDepth, const Handlers& handlers)
{
    ParseOutcome outcome;
    Splitter splitter(maxDepth, handlers, outcome);
    std::istream in(&input);
    json::sax_parse(in, &splitter);
    return outcome;
}

} // namespace tend::journal::exchange::stream
