#pragma once

#include <string>

namespace tend::content {

/// One thing wrong with a content file, in the validator's words.
/// Shown to authors as `<file>:<pointer>: <message>`; never contains anything a user wrote.
struct Problem {
    std::string file;    ///< the file as it was named to the loader (e.g. "content/programs/x.en.json")
    std::string pointer; ///< RFC 6901 JSON pointer ("/steps/0/cards/3/next"); empty = the whole file
    std::string message; ///< one plain sentence

    /// `<file>:<pointer>: <message>`, or `<file>: <message>` when it is about the whole file
    std::string toString() const { return file + (pointer.empty() ? "" : ":" + pointer) + ": " + message; }

    bool operator==(const Problem&) const = default;
};

} // namespace tend::content
