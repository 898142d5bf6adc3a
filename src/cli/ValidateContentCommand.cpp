#include "cli/Commands.h"

#include <ostream>

namespace tend::cli {

// Placeholder until the owning module lands; fails loudly rather than pretending.
int runValidateContent(Invocation& call)
{
    call.err << "tend: this command is not available in this build yet\n";
    return kExitFailure;
}

} // namespace tend::cli
