#pragma once

#include <string>
#include <string_view>

namespace tend::coach::detail {

/// The English Snowball stemmer (libstemmer): "apologising", "apologise" and "apologised" share "apologis", so the
/// learned layer hears a word it was trained on in a form it never saw. One stemmer per thread, because a Snowball
/// stemmer keeps state between calls and `analyze` may run on any thread.
std::string stemEnglish(std::string_view word);

} // namespace tend::coach::detail
