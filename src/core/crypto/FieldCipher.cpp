#include "tend/crypto/FieldCipher.h"

#include <cstring>

#include <sodium.h>

#include "CryptoInternal.h"
#include "tend/crypto/KdfParams.h"
#include "tend/crypto/Sodium.h"

namespace tend::crypto::field {

namespace {

static_assert(kNonceBytes == crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
static_assert(kTagBytes == crypto_aead_xchacha20poly1305_ietf_ABYTES);

// Length-prefixed, so ("ab","c") and ("a","bc") can never produce the same associated data.
std::vector<std::uint8_t> associatedBytes(const AssociatedData& where)
{
    detail::ByteWriter writer;
    writer.text("tend-field");
    writer.u8(kVersion);
    writer.text(where.table);
    writer.text(where.rowId);
    writer.text(where.column);
    return std::move(writer).take();
}

CryptoError damaged()
{
    return makeCryptoError(ErrorCode::Damaged,
                           "This entry could not be opened: it is damaged or was changed outside Tend.");
}

} // namespace

CryptoResult<std::vector<std::uint8_t>> encrypt(const SecureBytes& key, std::string_view plaintext,
                                                const AssociatedData& where)
{
    if (auto ready = initializeSodium(); !ready)
        return ready.error();
    if (key.size() != kKeyBytes)
        return makeCryptoError(ErrorCode::InvalidInput, "The encryption key has the wrong size.");
    const auto ad = associatedBytes(where);
    std::vector<std::uint8_t> blob(kOverhead + plaintext.size());
    blob[0] = kVersion;
    std::uint8_t* nonce = blob.data() + 1;
    randombytes_buf(nonce, kNonceBytes);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(blob.data() + 1 + kNonceBytes, &written,
                                               reinterpret_cast<const std::uint8_t*>(plaintext.data()),
                                               plaintext.size(), ad.data(), ad.size(), nullptr, nonce, key.data());
    blob.resize(1 + kNonceBytes + static_cast<std::size_t>(written));
    return blob;
}

CryptoResult<std::string> decrypt(const SecureBytes& key, std::span<const std::uint8_t> blob,
                                  const AssociatedData& where)
{
    if (auto ready = initializeSodium(); !ready)
        return ready.error();
    if (key.size() != kKeyBytes)
        return makeCryptoError(ErrorCode::InvalidInput, "The encryption key has the wrong size.");
    if (!looksEncrypted(blob))
        return damaged();
    const auto ad = associatedBytes(where);
    std::string plaintext(blob.size() - kOverhead, '\0');
    unsigned long long written = 0;
    const std::uint8_t* nonce = blob.data() + 1;
    const std::uint8_t* cipher = nonce + kNonceBytes;
    const auto cipherSize = blob.size() - 1 - kNonceBytes;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<std::uint8_t*>(plaintext.data()), &written, nullptr,
                                                   cipher, cipherSize, ad.data(), ad.size(), nonce, key.data()) != 0) {
        return damaged();
    }
    plaintext.resize(static_cast<std::size_t>(written));
    return plaintext;
}

bool looksEncrypted(std::span<const std::uint8_t> blob)
{
    return blob.size() >= kOverhead && blob[0] == kVersion;
}

} // namespace tend::crypto::field
