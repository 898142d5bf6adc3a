#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace tend {

/// A failure the caller can show or log: a plain sentence, never intimate text.
struct Error {
    std::string message;
};

/// Value-or-error return type used at every core boundary (C++20 has no std::expected). The error type is
/// tend::Error everywhere except where callers branch on a reason (crypto::CryptoError carries a code).
template <typename T, typename E = Error> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(E error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const E& error() const { return std::get<E>(m_state); }

    /// The reason, for error types that carry one.
    auto code() const requires requires(const E& e) { e.code; }
    {
        return error().code;
    }

    /// The same outcome with the project-wide error type, keeping the message.
    Result<T> toResult() && requires requires(const E& e) { e.toError(); }
    {
        if (ok())
            return Result<T>(std::move(*this).value());
        return Result<T>(error().toError());
    }

private:
    std::variant<T, E> m_state;
};

/// Result for operations that return nothing on success.
template <typename E> class [[nodiscard]] Result<void, E> {
public:
    Result() = default;
    Result(E error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const E& error() const { return *m_error; }

    auto code() const requires requires(const E& e) { e.code; }
    {
        return error().code;
    }

    Result<void> toResult() const requires requires(const E& e) { e.toError(); }
    {
        if (ok())
            return {};
        return Result<void>(m_error->toError());
    }

private:
    std::optional<E> m_error;
};

inline Error makeError(std::string message)
{
    return Error{std::move(message)};
}

} // namespace tend

/// Returns the error of a failed Result from the enclosing function (which returns a Result with the same error type).
#define TEND_TRY(expr)                                                                                                 \
    do {                                                                                                               \
        if (auto tend_try_result = (expr); !tend_try_result)                                                           \
            return tend_try_result.error();                                                                            \
    } while (0)
