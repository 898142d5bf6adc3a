#include "Stemmer.h"

#include <libstemmer.h>

namespace tend::coach::detail {

namespace {

class ThreadStemmer {
public:
    explicit ThreadStemmer(const char* algorithm) : m_stemmer(sb_stemmer_new(algorithm, "UTF_8")) {}
    ~ThreadStemmer()
    {
        if (m_stemmer)
            sb_stemmer_delete(m_stemmer);
    }
    ThreadStemmer(const ThreadStemmer&) = delete;
    ThreadStemmer& operator=(const ThreadStemmer&) = delete;

    std::string stem(std::string_view word)
    {
        if (!m_stemmer || word.empty())
            return std::string(word);
        const sb_symbol* out =
            sb_stemmer_stem(m_stemmer, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
        if (!out) // only when memory runs out; the word itself is the next best thing
            return std::string(word);
        return std::string(reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(m_stemmer)));
    }

private:
    sb_stemmer* m_stemmer;
};

} // namespace

std::string stem(std::string_view word, std::string_view locale)
{
    // Only the base language matters ("de-AT" stems as German).
    const std::string_view language = locale.substr(0, locale.find('-'));
    if (language == "en") {
        thread_local ThreadStemmer english("english");
        return english.stem(word);
    }
    if (language == "es") {
        thread_local ThreadStemmer spanish("spanish");
        return spanish.stem(word);
    }
    if (language == "de") {
        thread_local ThreadStemmer german("german");
        return german.stem(word);
    }
    return std::string(word);
}

} // namespace tend::coach::detail
