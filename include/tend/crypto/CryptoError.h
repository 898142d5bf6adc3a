#pragma once

#include <string>
#include <utility>

#include "tend/common/Result.h"

namespace tend::crypto {

/// Why a cryptographic operation failed. The journal and UI branch on these: a wrong passphrase asks again,
/// damaged data is reported and kept (never deleted), a newer format is refused without writing.
enum class ErrorCode {
    WrongSecret,    ///< well-formed key data, but the passphrase, PIN or recovery key does not open it
    DamagedKeyData, ///< stored key data is unreadable: bad JSON, bad base64, wrong lengths, checksum mismatch
    NewerFormat,    ///< key data or export written by a newer Tend (unknown version): refuse, change nothing
    Damaged,        ///< a ciphertext or export failed authentication: tampered, swapped or corrupted
    Truncated,      ///< an export ends before its final chunk
    InvalidInput,   ///< caller input rejected: empty passphrase, malformed PIN, recovery key typo, bad sizes
    Locked,         ///< the key needed is not unlocked
    UnknownPartner, ///< no key data for that partner id
    Refused,        ///< the operation would weaken protection (e.g. a PIN on a journal without a passphrase)
    InsecureFile,   ///< a passphrase file others can read
    Io,             ///< a file could not be read
    System,         ///< libsodium or the OS failed (out of locked memory, RNG, allocation)
};

/// Stable short name of a code, safe for logs ("wrong-secret", "damaged-key-data", ...).
const char* codeName(ErrorCode code);

/// A failure with its code and a plain sentence for people. Never contains secrets or journal text.
struct CryptoError {
    ErrorCode code;
    std::string message;

    /// The same failure as the project-wide error type (the code is lost; log codeName() first if needed).
    tend::Error toError() const { return tend::Error{message}; }
};

inline CryptoError makeCryptoError(ErrorCode code, std::string message)
{
    return CryptoError{code, std::move(message)};
}

/// Value-or-CryptoError, the crypto module's boundary type: tend::Result with an error that has a code().
template <typename T> using CryptoResult = tend::Result<T, CryptoError>;

} // namespace tend::crypto
