#include <algorithm>
#include <ostream>

#include "cli/Commands.h"
#include "tend/validation/ContentCheck.h"
#include "tend/validation/TranslationParity.h"

namespace tend::cli {

// tend validate-content [DIR|FILE ...]: one line per problem (`<file>:<pointer>: <sentence>`) and exit 1,
// or one summary line and exit 0. With no paths, the content folder is checked.
int runValidateContent(Invocation& call)
{
    auto args = parseOrExplain(call, "validate-content");
    if (!args)
        return kExitUsage;
    std::vector<std::filesystem::path> paths;
    for (const std::string& word : args->positional())
        paths.emplace_back(word);
    if (paths.empty()) {
        if (call.globals.contentDir.empty()) {
            call.err << "tend validate-content: no content folder is known; name one or use --content-dir\n";
            return kExitUsage;
        }
        paths.push_back(call.globals.contentDir);
    }
    content::ValidationReport report = validation::validateContent(paths);
    // `tend --locale es validate-content`: the language must also be one a person can choose (docs/content-format.md,
    // "Languages"): its safety check and help resources present and sound.
    if (!call.globals.locale.empty() && !call.globals.contentDir.empty()) {
        for (auto& problem : validation::languageProblems(call.globals.contentDir, call.globals.locale))
            if (std::none_of(report.problems.begin(), report.problems.end(),
                             [&](const content::Problem& known) { return known == problem; }))
                report.problems.push_back(std::move(problem));
    }
    for (const content::Problem& problem : report.problems)
        call.out << problem.toString() << '\n';
    if (!report.ok()) {
        call.err << report.problems.size() << (report.problems.size() == 1 ? " problem" : " problems") << " found\n";
        return kExitFailure;
    }
    call.out << report.summary.describe() << '\n';
    return kExitOk;
}

} // namespace tend::cli
