#pragma once
// Shared by the crash test and its child: the deterministic texts both sides can regenerate.
//
// Child: tend_journal_crash_child DATA_DIR SEED TRIAL MODE, where MODE is "write" (entries and a
// draft being typed) or "open" (open, migrate if needed, stay). It writes lines to stdout (a pipe):
//   R                      ready (journal open)
//   E <index> <id>         entry <index> of this trial committed (COMMIT returned)
//   T <length>             <length> bytes of the draft have been typed so far
//   D <length>             a draft with the first <length> typed bytes committed

#include <cstdint>
#include <string>

namespace tend::journal::crash {

inline std::uint64_t mix(std::uint64_t x)
{
    x += 0x9E3779B97F4A7C15ull;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
    return x ^ (x >> 31);
}

/// The text of entry `index` in trial `trial`: words, sometimes emoji, RTL script, combining marks or NUL.
inline std::string entryText(std::uint64_t seed, int trial, int index)
{
    static const char* kWords[] = {"I",
                                   "felt",
                                   "tight",
                                   "in",
                                   "my",
                                   "chest",
                                   "when",
                                   "you",
                                   "left",
                                   "the",
                                   "room",
                                   "and",
                                   "needed",
                                   "space",
                                   "אני",
                                   "מרגיש",
                                   "👩‍❤️‍👨",
                                   "e\xCC\x81",
                                   "calm",
                                   "again",
                                   "later",
                                   "we",
                                   "talked",
                                   "slowly"};
    std::uint64_t state = mix(seed ^ mix(static_cast<std::uint64_t>(trial) * 7919 + static_cast<std::uint64_t>(index)));
    const int words = 3 + static_cast<int>(state % 60);
    std::string text;
    for (int w = 0; w < words; ++w) {
        state = mix(state);
        if (!text.empty())
            text.push_back(state % 41 == 0 ? '\0' : ' ');
        text += kWords[state % (sizeof kWords / sizeof kWords[0])];
    }
    return text;
}

/// The full text typed into the trial's draft; the child types it a few bytes at a time.
inline std::string draftText(std::uint64_t seed, int trial)
{
    std::string text;
    for (int i = 0; text.size() < 20000; ++i)
        text += entryText(seed ^ 0xD4AF7ull, trial, i) + "\n";
    return text;
}

inline std::string entryId(std::uint64_t seed, int trial, int index)
{
    std::uint64_t a = mix(seed * 31 + static_cast<std::uint64_t>(trial));
    std::uint64_t b = mix(a ^ static_cast<std::uint64_t>(index) * 0x100000001B3ull);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < 32; ++i) {
        const std::uint64_t word = i < 16 ? a : b;
        int nibble = static_cast<int>((word >> ((i % 16) * 4)) & 0xF);
        if (i == 12)
            nibble = 4;
        if (i == 16)
            nibble = 8 | (nibble & 3);
        if (i == 8 || i == 12 || i == 16 || i == 20)
            out.push_back('-');
        out.push_back(kHex[nibble]);
    }
    return out;
}

inline std::string draftId(std::uint64_t seed, int trial)
{
    return entryId(seed ^ 0xDADAull, trial, 0);
}

} // namespace tend::journal::crash
