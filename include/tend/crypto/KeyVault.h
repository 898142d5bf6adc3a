#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "tend/crypto/CryptoError.h"
#include "tend/crypto/FieldCipher.h"
#include "tend/crypto/KdfParams.h"
#include "tend/crypto/Keyring.h"
#include "tend/crypto/SecureBytes.h"

namespace tend::crypto {

/// A partner's secret as typed: a passphrase, or a PIN of 6 to 12 digits.
struct PartnerSecret {
    PartnerSecretKind kind = PartnerSecretKind::Passphrase;
    std::string_view value;

    static PartnerSecret passphrase(std::string_view text) { return {PartnerSecretKind::Passphrase, text}; }
    static PartnerSecret pin(std::string_view digits) { return {PartnerSecretKind::Pin, digits}; }
};

/// Keys of one journal: the stored keyring plus whichever keys are unlocked, held in locked memory.
///
/// Key hierarchy: the journal key (random, 32 bytes) encrypts shared content; it is stored wrapped by a key from the
/// passphrase (Argon2id), optionally also by the recovery key, or — for a journal without passphrase — by a fixed
/// public key. Each partner's private key (random) encrypts that partner's private content; it is wrapped by
/// BLAKE2b(journal key, Argon2id(partner secret)), so opening it needs both the unlocked journal and the partner's
/// secret. Changing or removing a passphrase re-wraps keys only: no content is re-encrypted.
///
/// Every change alters the keyring in memory; the caller then stores keyringJson() (in the same transaction as
/// anything encrypted with a new key). If storing fails, restoreKeyring(previousJson) undoes it.
///
/// Thread-safe: field calls take a shared lock, lock()/unlock and changes an exclusive one.
/// A moved-from vault may only be destroyed or assigned to.
class KeyVault {
public:
    ~KeyVault();
    KeyVault(KeyVault&&) noexcept;
    KeyVault& operator=(KeyVault&&) noexcept;
    KeyVault(const KeyVault&) = delete;
    KeyVault& operator=(const KeyVault&) = delete;

    /// New keys for a new journal, returned unlocked. No passphrase (nullopt) makes an unprotected journal.
    static CryptoResult<KeyVault> create(std::optional<std::string_view> passphrase,
                                         const KdfPolicy& policy = KdfPolicy::production());
    /// Stored key data, returned locked. DamagedKeyData / NewerFormat as in Keyring::parse.
    static CryptoResult<KeyVault> load(std::string_view keyringJson, const KdfPolicy& policy = KdfPolicy::production());

    /// The stored form of the current keys (no secrets in the clear).
    std::string keyringJson() const;
    bool isProtected() const;
    bool hasRecoveryKey() const;
    std::vector<std::string> partnerIds() const;
    std::optional<PartnerSecretKind> partnerSecretKind(std::string_view partnerId) const;

    bool isUnlocked() const;
    bool isPartnerUnlocked(std::string_view partnerId) const;

    /// Opens the journal key with the passphrase: WrongSecret if it does not match, DamagedKeyData if the
    /// passphrase slot is damaged, Refused if the journal has no passphrase (use unlockUnprotected).
    CryptoResult<void> unlock(std::string_view passphrase);
    /// Opens the journal key of a journal without passphrase.
    CryptoResult<void> unlockUnprotected();
    /// Opens the journal key with a printed recovery key (InvalidInput for a typo, WrongSecret for another key).
    CryptoResult<void> unlockWithRecoveryKey(std::string_view recoveryKeyText);
    /// Wipes every unlocked key (journal and partners). The keyring stays.
    void lock();

    /// Adds a passphrase to an unprotected journal or replaces the current one. Needs the journal unlocked.
    CryptoResult<void> setPassphrase(std::string_view newPassphrase);
    /// Removes the passphrase: the journal becomes readable by anyone with the file. Refused while a partner uses
    /// a PIN (a PIN alone is too weak against a copied file).
    CryptoResult<void> removePassphrase();
    /// Makes a new recovery key (replacing any earlier one) and returns its printable text. Needs the journal
    /// unlocked. Show it once; it is not stored anywhere in readable form.
    CryptoResult<SecureBytes> createRecoveryKey();
    /// Forgets the recovery key slot.
    CryptoResult<void> removeRecoveryKey();

    /// Creates a private key for a new partner, guarded by their secret; the partner is left unlocked.
    /// Needs the journal unlocked. A PIN needs a journal passphrase (Refused otherwise).
    CryptoResult<void> addPartner(std::string_view partnerId, PartnerSecret secret);
    /// Opens a partner's private key. Needs the journal unlocked.
    CryptoResult<void> unlockPartner(std::string_view partnerId, PartnerSecret secret);
    /// Wipes one partner's key.
    void lockPartner(std::string_view partnerId);
    /// Replaces a partner's passphrase or PIN (re-wraps the same private key). Needs that partner unlocked.
    CryptoResult<void> changePartnerSecret(std::string_view partnerId, PartnerSecret newSecret);

    /// Puts back earlier stored key data after a failed save. Refused if it belongs to another journal key.
    CryptoResult<void> restoreKeyring(std::string_view previousJson);

    /// Shared content: encrypted with the journal key.
    CryptoResult<std::vector<std::uint8_t>> encryptShared(std::string_view plaintext,
                                                          const AssociatedData& where) const;
    CryptoResult<std::string> decryptShared(std::span<const std::uint8_t> blob, const AssociatedData& where) const;
    /// A partner's private content: encrypted with that partner's key (Locked if not unlocked).
    CryptoResult<std::vector<std::uint8_t>> encryptPrivate(std::string_view partnerId, std::string_view plaintext,
                                                           const AssociatedData& where) const;
    CryptoResult<std::string> decryptPrivate(std::string_view partnerId, std::span<const std::uint8_t> blob,
                                             const AssociatedData& where) const;

private:
    struct Impl;
    explicit KeyVault(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

} // namespace tend::crypto
