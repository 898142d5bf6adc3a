#pragma once

#include <string>
#include <utility>
#include <variant>

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

/// Value-or-CryptoError, the crypto module's boundary type (like tend::Result, with an error code).
template <typename T> class [[nodiscard]] CryptoResult {
public:
    CryptoResult(T value) : m_state(std::move(value)) {}
    CryptoResult(CryptoError error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const CryptoError& error() const { return std::get<CryptoError>(m_state); }
    ErrorCode code() const { return error().code; }

    /// Converts to the project-wide Result, keeping the message.
    tend::Result<T> toResult() &&
    {
        if (ok())
            return tend::Result<T>(std::move(*this).value());
        return tend::Result<T>(error().toError());
    }

private:
    std::variant<T, CryptoError> m_state;
};

/// CryptoResult for operations that return nothing on success.
template <> class [[nodiscard]] CryptoResult<void> {
public:
    CryptoResult() = default;
    CryptoResult(CryptoError error) : m_error(std::move(error)), m_failed(true) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const CryptoError& error() const { return m_error; }
    ErrorCode code() const { return m_error.code; }

    tend::Result<void> toResult() const
    {
        if (ok())
            return {};
        return tend::Result<void>(m_error.toError());
    }

private:
    CryptoError m_error{ErrorCode::System, {}};
    bool m_failed = false;
};

} // namespace tend::crypto
