#include "cli/Commands.h"

#include <ostream>

namespace tend::cli {
namespace {
int notYet(Invocation& call)
{
    call.err << "tend: this command is not available in this build yet\n";
    return kExitFailure;
}
} // namespace

// Placeholders until the journal module lands; they fail loudly rather than pretending.
int runExport(Invocation& call) { return notYet(call); }
int runImport(Invocation& call) { return notYet(call); }
int runSearch(Invocation& call) { return notYet(call); }
int runBackup(Invocation& call) { return notYet(call); }
int runCheck(Invocation& call) { return notYet(call); }

} // namespace tend::cli
