#pragma once

#include "tend/crypto/CryptoError.h"

namespace tend::crypto {

/// Initialises libsodium exactly once per process (thread-safe; later calls are free). Every entry point of this
/// module calls it, so callers only need it to fail early, e.g. at start-up.
CryptoResult<void> initializeSodium();

} // namespace tend::crypto
