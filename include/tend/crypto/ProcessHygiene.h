#pragma once

#include "tend/common/Result.h"

namespace tend::crypto {

/// Turns core dumps off for this process (RLIMIT_CORE = 0 and PR_SET_DUMPABLE = 0), so memory holding keys or
/// journal text never lands in a crash file and other processes of the same user cannot ptrace it. Call first
/// thing in main(). Fails only if the kernel refuses both.
tend::Result<void> disableCoreDumps();

/// True when both protections are in force (for tests and a start-up self-check).
bool coreDumpsDisabled();

} // namespace tend::crypto
