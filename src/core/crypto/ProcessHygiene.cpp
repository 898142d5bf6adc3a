#include "tend/crypto/ProcessHygiene.h"

#include <sys/prctl.h>
#include <sys/resource.h>

namespace tend::crypto {

tend::Result<void> disableCoreDumps()
{
    // Two independent switches: the rlimit stops the kernel writing a core file, non-dumpable also stops
    // core pipes (systemd-coredump) and ptrace by other processes of the same user.
    const rlimit none{0, 0};
    const bool limited = ::setrlimit(RLIMIT_CORE, &none) == 0;
    const bool undumpable = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
    if (!limited && !undumpable)
        return tend::makeError("Core dumps could not be turned off.");
    return {};
}

bool coreDumpsDisabled()
{
    rlimit current{};
    if (::getrlimit(RLIMIT_CORE, &current) != 0)
        return false;
    return current.rlim_cur == 0 && current.rlim_max == 0 && ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
}

} // namespace tend::crypto
