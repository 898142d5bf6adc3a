// tend_core gathers the core modules; this file gives the archive one object of its own.
#include "tend/common/Version.h"

namespace tend {
const char* coreVersion()
{
    return kVersion;
}
} // namespace tend
