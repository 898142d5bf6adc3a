#pragma once

#include <string>
#include <string_view>

namespace tend::coach::detail {

/// The Snowball stemmer (libstemmer) of the coach's language: "apologising", "apologise" and "apologised" share
/// "apologis", so the learned layer hears a word it was trained on in a form it never saw ("enfadada" and
/// "enfadado", "verletzt" and "verletzend" likewise). English, Spanish and German have one; any other locale gets
/// the word back unchanged. One stemmer per thread and language, because a Snowball stemmer keeps state between
/// calls and `analyze` may run on any thread.
std::string stem(std::string_view word, std::string_view locale);

} // namespace tend::coach::detail
