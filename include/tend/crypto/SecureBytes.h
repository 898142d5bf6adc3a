#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "tend/crypto/CryptoError.h"

namespace tend::crypto {

/// Bytes in guarded, locked memory (sodium_malloc: guard pages, mlock, no swap, excluded from core dumps where the
/// OS allows) that are zeroed before release. Holds keys, passphrases and recovery keys. Not copyable; movable.
class SecureBytes {
public:
    SecureBytes() = default;
    ~SecureBytes();
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;
    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;

    /// Zero-filled, writable bytes. Fails (System) only if locked memory cannot be had.
    static CryptoResult<SecureBytes> allocate(std::size_t size);
    /// Bytes from the system's secure random generator.
    static CryptoResult<SecureBytes> random(std::size_t size);
    /// A guarded copy of `bytes` (the caller still owns and should wipe its own copy).
    static CryptoResult<SecureBytes> copyOf(std::span<const std::uint8_t> bytes);
    /// A guarded copy of text such as a passphrase.
    static CryptoResult<SecureBytes> copyOf(std::string_view text);

    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    /// Readable bytes; valid until the object is reset or moved from.
    const std::uint8_t* data() const { return m_data; }
    /// Writable bytes; only while not read-only.
    std::uint8_t* mutableData() { return m_data; }
    std::span<const std::uint8_t> bytes() const { return {m_data, m_size}; }
    std::string_view view() const { return {reinterpret_cast<const char*>(m_data), m_size}; }

    /// Makes the memory read-only so a stray write faults instead of silently changing a key.
    void makeReadOnly();
    /// Makes the memory writable again.
    void makeWritable();
    bool readOnly() const { return m_readOnly; }

    /// Drops bytes at the end (they are zeroed first); the allocation stays. Used to strip a trailing newline.
    void truncate(std::size_t newSize);

    /// Zeroes the content in place; the allocation and size stay (tests can observe the zeros).
    void wipe();
    /// Zeroes and frees; the object becomes empty. The destructor does this too.
    void reset();

    /// Constant-time comparison.
    bool equals(std::span<const std::uint8_t> other) const;

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
    bool m_readOnly = false;
};

} // namespace tend::crypto
