#include "tend/crypto/Sodium.h"

#include <sodium.h>

namespace tend::crypto {

CryptoResult<void> initializeSodium()
{
    // A function-local static is initialised once even with concurrent callers.
    static const int status = sodium_init();
    if (status < 0)
        return makeCryptoError(ErrorCode::System, "The encryption library could not start.");
    return {};
}

const char* codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::WrongSecret:
        return "wrong-secret";
    case ErrorCode::DamagedKeyData:
        return "damaged-key-data";
    case ErrorCode::NewerFormat:
        return "newer-format";
    case ErrorCode::Damaged:
        return "damaged";
    case ErrorCode::Truncated:
        return "truncated";
    case ErrorCode::InvalidInput:
        return "invalid-input";
    case ErrorCode::Locked:
        return "locked";
    case ErrorCode::UnknownPartner:
        return "unknown-partner";
    case ErrorCode::Refused:
        return "refused";
    case ErrorCode::InsecureFile:
        return "insecure-file";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::System:
        return "system";
    }
    return "unknown";
}

} // namespace tend::crypto
