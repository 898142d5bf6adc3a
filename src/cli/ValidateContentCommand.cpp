#include <ostream>

#include "cli/Commands.h"
#include "tend/validation/ContentCheck.h"

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
    const content::ValidationReport report = validation::validateContent(paths);
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
