#include "tend/crypto/SecureBytes.h"

#include <cstring>
#include <utility>

#include <sodium.h>

#include "tend/crypto/Sodium.h"

namespace tend::crypto {

SecureBytes::~SecureBytes()
{
    reset();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_readOnly(std::exchange(other.m_readOnly, false))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        reset();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
        m_readOnly = std::exchange(other.m_readOnly, false);
    }
    return *this;
}

CryptoResult<SecureBytes> SecureBytes::allocate(std::size_t size)
{
    if (auto ready = initializeSodium(); !ready)
        return ready.error();
    SecureBytes bytes;
    if (size == 0)
        return bytes;
    // sodium_malloc places the buffer against a guard page and mlocks it (best effort).
    void* memory = sodium_malloc(size);
    if (memory == nullptr)
        return makeCryptoError(ErrorCode::System, "There is not enough protected memory for the keys.");
    bytes.m_data = static_cast<std::uint8_t*>(memory);
    bytes.m_size = size;
    sodium_memzero(bytes.m_data, size);
    return bytes;
}

CryptoResult<SecureBytes> SecureBytes::random(std::size_t size)
{
    auto bytes = allocate(size);
    if (bytes && size > 0)
        randombytes_buf(bytes->mutableData(), size);
    return bytes;
}

CryptoResult<SecureBytes> SecureBytes::copyOf(std::span<const std::uint8_t> source)
{
    auto bytes = allocate(source.size());
    if (bytes && !source.empty())
        std::memcpy(bytes->mutableData(), source.data(), source.size());
    return bytes;
}

CryptoResult<SecureBytes> SecureBytes::copyOf(std::string_view text)
{
    return copyOf(std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()));
}

void SecureBytes::makeReadOnly()
{
    if (m_data != nullptr && !m_readOnly) {
        sodium_mprotect_readonly(m_data);
        m_readOnly = true;
    }
}

void SecureBytes::makeWritable()
{
    if (m_data != nullptr && m_readOnly) {
        sodium_mprotect_readwrite(m_data);
        m_readOnly = false;
    }
}

void SecureBytes::truncate(std::size_t newSize)
{
    if (m_data == nullptr || newSize >= m_size)
        return;
    const bool wasReadOnly = m_readOnly;
    makeWritable();
    sodium_memzero(m_data + newSize, m_size - newSize);
    m_size = newSize;
    if (wasReadOnly)
        makeReadOnly();
}

void SecureBytes::wipe()
{
    if (m_data == nullptr)
        return;
    makeWritable();
    sodium_memzero(m_data, m_size);
}

void SecureBytes::reset()
{
    if (m_data == nullptr)
        return;
    wipe();
    sodium_free(m_data); // zeroes again and unmaps, guard pages included
    m_data = nullptr;
    m_size = 0;
    m_readOnly = false;
}

bool SecureBytes::equals(std::span<const std::uint8_t> other) const
{
    if (other.size() != m_size)
        return false;
    if (m_size == 0)
        return true;
    return sodium_memcmp(m_data, other.data(), m_size) == 0;
}

} // namespace tend::crypto
