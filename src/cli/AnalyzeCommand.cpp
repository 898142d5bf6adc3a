#include "cli/Commands.h"

#include <istream>
#include <ostream>
#include <string>

#include "tend/coach/Coach.h"

namespace tend::cli {

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
    const std::string locale = args->value("--locale").value_or("en");
    auto coach = coach::CoachContent::loadLocale(call.globals.contentDir, locale);
    if (!coach) {
        call.err << "tend analyze: " << coach.error().message << '\n';
        return kExitFailure;
    }
    std::string line;
    while (std::getline(call.in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        call.out << coach::toJsonLine(coach::analyze(line, *coach)) << '\n';
        call.out.flush(); // a line in, a line out: usable from a pipe, interactively
    }
    return call.out ? kExitOk : kExitFailure;
}

} // namespace tend::cli
