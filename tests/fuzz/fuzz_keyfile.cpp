// Fuzz target for the crypto module's parsers of stored or outside data: the keyring JSON, the encrypted export
// header and stream, the recovery key text and field ciphertext blobs. No input may crash, hang or allocate without
// bound; a keyring that parses must serialise and parse back to the same JSON.
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "tend/crypto/ExportCipher.h"
#include "tend/crypto/FieldCipher.h"
#include "tend/crypto/KeyVault.h"
#include "tend/crypto/Keyring.h"
#include "tend/crypto/RecoveryKey.h"

using namespace tend::crypto;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::span<const std::uint8_t> bytes(data, size);

    // Keyring: parse, and if it parses, it must round-trip exactly.
    auto keyring = Keyring::parse(text);
    if (keyring) {
        const std::string once = keyring->toJson();
        auto again = Keyring::parse(once);
        if (!again || again->toJson() != once)
            std::abort();
        // Loading must agree with parsing; unlocking an unprotected keyring uses no key derivation.
        auto vault = KeyVault::load(text, KdfPolicy::minimum());
        if (!vault)
            std::abort();
        if (!vault->isProtected())
            (void)vault->unlockUnprotected();
    }

    // Export header and stream. Key derivation is only reached with a valid checksum and bounded costs; keep the
    // fuzzer away from multi-second derivations by skipping headers that ask for more than the minimum memory.
    auto header = exportfile::parseHeader(bytes);
    if (header && header->params.memLimit <= KdfPolicy::minimum().passphrase.memLimit && header->params.opsLimit <= 2) {
        exportfile::Decryptor decryptor("fuzz");
        std::vector<std::uint8_t> out;
        if (decryptor.update(bytes, out))
            (void)decryptor.finish(out);
    }
    (void)exportfile::looksLikeExport(bytes);

    // Recovery key text.
    (void)recovery::parse(text);

    // Field blob under a fixed key.
    static const SecureBytes key = [] {
        auto k = SecureBytes::allocate(kKeyBytes);
        return k ? std::move(*k) : SecureBytes();
    }();
    if (key.size() == kKeyBytes)
        (void)field::decrypt(key, bytes, {"entries", "fuzz", "payload"});
    return 0;
}
