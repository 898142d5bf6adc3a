#pragma once

#include <string>
#include <string_view>

namespace tend {

/// One JSON Pointer reference token (RFC 6901): "~" becomes "~0" and "/" becomes "~1", so an object key
/// holding either still names exactly one place in an error message.
inline std::string escapeJsonPointerToken(std::string_view key)
{
    std::string out;
    out.reserve(key.size());
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out.push_back(c);
    }
    return out;
}

} // namespace tend
