#include "cli/Commands.h"

#include <istream>
#include <ostream>
#include <string>

#include "tend/coach/Coach.h"

namespace tend::cli {

namespace {
// The longest line analysed: the largest answer the journal keeps (1 MiB).
constexpr std::size_t kMaxAnalyzeLineBytes = 1024 * 1024;

// Reads one line, keeping at most kMaxAnalyzeLineBytes of it; the rest of a longer line is skipped unread
// into memory. False at the end of input.
bool readBoundedLine(std::istream& in, std::string& line, bool& tooLong)
{
    line.clear();
    tooLong = false;
    std::streambuf* buffer = in.rdbuf();
    bool any = false;
    for (;;) {
        const auto c = buffer->sbumpc();
        if (c == std::char_traits<char>::eof()) {
            if (!any)
                in.setstate(std::ios::eofbit);
            return any;
        }
        any = true;
        if (c == '\n')
            return true;
        if (line.size() < kMaxAnalyzeLineBytes)
            line.push_back(static_cast<char>(c));
        else
            tooLong = true;
    }
}
} // namespace

// `tend analyze [--locale en]`: one text per line in, one JSON object per line out. The text is never logged.
int runAnalyze(Invocation& call)
{
    auto args = parseOrExplain(call, "analyze");
    if (!args)
        return kExitUsage;
    if (!args->positional().empty()) {
        call.err << "tend analyze: reads text from standard input; unexpected argument \"" << args->positional().front()
                 << "\"\n";
        return kExitUsage;
    }
    const std::string locale = args->value("--locale").value_or(call.globals.contentLocale());
    auto coach = coach::CoachContent::loadLocale(call.globals.contentDir, locale);
    if (!coach) {
        call.err << "tend analyze: " << coach.error().message << '\n';
        return kExitFailure;
    }
    std::string line;
    bool tooLong = false;
    bool anyTooLong = false;
    while (readBoundedLine(call.in, line, tooLong)) {
        if (tooLong) {
            // Still one line out per line in, so a caller's lines stay aligned; memory stays bounded.
            anyTooLong = true;
            call.out << "{\"error\":\"this line is longer than " << kMaxAnalyzeLineBytes / 1024
                     << " KiB and was not analysed\"}\n";
            call.out.flush();
            continue;
        }
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        call.out << coach::toJsonLine(coach::analyze(line, *coach)) << '\n';
        call.out.flush(); // a line in, a line out: usable from a pipe, interactively
    }
    if (anyTooLong)
        call.err << "tend analyze: lines longer than " << kMaxAnalyzeLineBytes / 1024
                 << " KiB (the largest answer Tend keeps) were not analysed\n";
    return call.out && !anyTooLong ? kExitOk : kExitFailure;
}

} // namespace tend::cli
