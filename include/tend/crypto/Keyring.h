#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "tend/crypto/CryptoError.h"
#include "tend/crypto/KdfParams.h"

namespace tend::crypto {

/// How a journal key slot is opened.
enum class SlotType {
    Passphrase,  ///< key derived from the journal passphrase with Argon2id
    Recovery,    ///< key derived from the printed recovery key
    Unprotected, ///< fixed, publicly known key: the journal has no passphrase (anyone with the file can read it)
};

/// What kind of secret guards a partner's private key.
enum class PartnerSecretKind { Passphrase, Pin };

/// Salt and cost of one Argon2id derivation, as stored.
struct KdfRecord {
    PwhashParams params;
    std::array<std::uint8_t, kSaltBytes> salt{};
};

/// Nonce and XChaCha20-Poly1305 ciphertext of a 32-byte key (48 bytes with the tag).
struct WrappedKey {
    std::array<std::uint8_t, 24> nonce{};
    std::array<std::uint8_t, 48> ciphertext{};
};

/// One way to open the journal key.
struct JournalSlot {
    SlotType type = SlotType::Passphrase;
    std::optional<KdfRecord> kdf; ///< only for Passphrase
    WrappedKey wrapped;
    bool intact = true; ///< false when the slot's stored checksum did not match: the slot is damaged, others may work
    std::array<std::uint8_t, 16> storedCheck{}; ///< the checksum as read; written back unchanged while not intact
};

/// A partner's private key, wrapped by a key derived from that partner's secret and the journal key.
struct PartnerRecord {
    std::string id; ///< the journal's partner id (see validPartnerId)
    std::array<std::uint8_t, 16> keyId{};
    PartnerSecretKind secret = PartnerSecretKind::Passphrase;
    KdfRecord kdf;
    WrappedKey wrapped;
    bool intact = true;
    std::array<std::uint8_t, 16> storedCheck{};
};

/// The stored key data ("keyring"): everything needed to open the keys, and nothing secret in the clear. Kept by the
/// journal as JSON text in its meta table. Format (version 1), all binary fields standard base64:
/// {"format":"tend-keyring","version":1,
///  "journal":{"keyId":..,"slots":[{"type":"passphrase"|"recovery"|"unprotected",
///             "kdf":{"alg":"argon2id13","opslimit":N,"memlimit":N,"salt":..},"nonce":..,"wrappedKey":..,"check":..}]},
///  "partners":[{"id":"..","keyId":..,"secret":"passphrase"|"pin","kdf":{..},"nonce":..,"wrappedKey":..,"check":..}]}
/// "check" is an unkeyed BLAKE2b-128 over the slot's fields, so accidental damage is told apart from a wrong secret.
struct Keyring {
    static constexpr int kVersion = 1;

    std::array<std::uint8_t, 16> journalKeyId{};
    std::vector<JournalSlot> slots;
    std::vector<PartnerRecord> partners;

    /// Parses stored key data. DamagedKeyData for bad JSON, missing or mistyped fields, bad base64, wrong lengths,
    /// impossible KDF costs or an inconsistent set of slots; NewerFormat for a version above kVersion. A slot whose
    /// checksum alone fails is kept with intact = false so the other slots still open.
    static CryptoResult<Keyring> parse(std::string_view json);

    /// Serialises to the JSON text above (compact, keys sorted). A damaged slot keeps its mismatching checksum, so
    /// saving the keyring for another reason never turns damage into a seemingly wrong passphrase.
    std::string toJson() const;

    bool isProtected() const;
    bool hasRecoveryKey() const;
    const JournalSlot* findSlot(SlotType type) const;
    const PartnerRecord* findPartner(std::string_view id) const;
};

/// A partner id is 1–128 printable ASCII characters without spaces (a UUID, or "a" / "b").
bool validPartnerId(std::string_view id);

/// Checksum stored in a journal slot's "check" field (exposed for tests that craft damaged data).
std::array<std::uint8_t, 16> slotChecksum(const Keyring& keyring, const JournalSlot& slot);
/// Checksum stored in a partner record's "check" field.
std::array<std::uint8_t, 16> partnerChecksum(const PartnerRecord& partner);

} // namespace tend::crypto
