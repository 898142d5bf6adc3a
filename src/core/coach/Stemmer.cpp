#include "Stemmer.h"

#include <libstemmer.h>

namespace tend::coach::detail {

namespace {

class ThreadStemmer {
public:
    ThreadStemmer() : m_stemmer(sb_stemmer_new("english", "UTF_8")) {}
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

std::string stemEnglish(std::string_view word)
{
    thread_local ThreadStemmer stemmer;
    return stemmer.stem(word);
}

} // namespace tend::coach::detail
