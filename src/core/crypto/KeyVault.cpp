#include "tend/crypto/KeyVault.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <shared_mutex>

#include <sodium.h>

#include "CryptoInternal.h"
#include "tend/crypto/RecoveryKey.h"
#include "tend/crypto/Sodium.h"

namespace tend::crypto {

namespace {

constexpr std::size_t kMaxSecretBytes = 64 * 1024;
constexpr std::string_view kUnprotectedKeyLabel =
    "tend-keyring-v1 unprotected journal: this wrapping key is public on purpose";
constexpr char kRecoveryContext[crypto_kdf_CONTEXTBYTES] = {'t', 'e', 'n', 'd', 'r', 'c', 'v', 'y'};

using ByteArray16 = std::array<std::uint8_t, 16>;

const char* slotLabel(SlotType type)
{
    switch (type) {
    case SlotType::Passphrase:
        return "passphrase";
    case SlotType::Recovery:
        return "recovery";
    case SlotType::Unprotected:
        return "unprotected";
    }
    return "unknown";
}

// Associated data of a wrapped key: a wrapped key cannot be moved to another slot, journal or partner.
std::vector<std::uint8_t> journalSlotAd(const ByteArray16& keyId, SlotType type)
{
    detail::ByteWriter writer;
    writer.text("tend-keyring");
    writer.u8(Keyring::kVersion);
    writer.text("journal");
    writer.raw(keyId);
    writer.text(slotLabel(type));
    return std::move(writer).take();
}

std::vector<std::uint8_t> partnerAd(std::string_view partnerId, const ByteArray16& keyId)
{
    detail::ByteWriter writer;
    writer.text("tend-keyring");
    writer.u8(Keyring::kVersion);
    writer.text("partner");
    writer.text(partnerId);
    writer.raw(keyId);
    return std::move(writer).take();
}

CryptoResult<WrappedKey> wrapKey(const SecureBytes& wrappingKey, const SecureBytes& key,
                                 const std::vector<std::uint8_t>& ad)
{
    if (wrappingKey.size() != kKeyBytes || key.size() != kKeyBytes)
        return makeCryptoError(ErrorCode::System, "A key has the wrong size.");
    WrappedKey wrapped;
    randombytes_buf(wrapped.nonce.data(), wrapped.nonce.size());
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(wrapped.ciphertext.data(), &written, key.data(), key.size(), ad.data(),
                                               ad.size(), nullptr, wrapped.nonce.data(), wrappingKey.data());
    return wrapped;
}

// nullopt-like failure is reported by the caller with the right wording (wrong passphrase, PIN or recovery key).
CryptoResult<SecureBytes> unwrapKey(const SecureBytes& wrappingKey, const WrappedKey& wrapped,
                                    const std::vector<std::uint8_t>& ad, CryptoError onMismatch)
{
    auto key = SecureBytes::allocate(kKeyBytes);
    if (!key)
        return key;
    unsigned long long written = 0;
    if (wrappingKey.size() != kKeyBytes ||
        crypto_aead_xchacha20poly1305_ietf_decrypt(key->mutableData(), &written, nullptr, wrapped.ciphertext.data(),
                                                   wrapped.ciphertext.size(), ad.data(), ad.size(),
                                                   wrapped.nonce.data(), wrappingKey.data()) != 0 ||
        written != kKeyBytes)
        return onMismatch;
    key->makeReadOnly();
    return key;
}

CryptoResult<SecureBytes> unprotectedWrappingKey()
{
    auto key = SecureBytes::allocate(kKeyBytes);
    if (!key)
        return key;
    crypto_generichash(key->mutableData(), key->size(),
                       reinterpret_cast<const std::uint8_t*>(kUnprotectedKeyLabel.data()), kUnprotectedKeyLabel.size(),
                       nullptr, 0);
    key->makeReadOnly();
    return key;
}

CryptoResult<SecureBytes> recoveryWrappingKey(const SecureBytes& recoveryKey)
{
    auto key = SecureBytes::allocate(kKeyBytes);
    if (!key)
        return key;
    crypto_kdf_derive_from_key(key->mutableData(), key->size(), 1, kRecoveryContext, recoveryKey.data());
    key->makeReadOnly();
    return key;
}

// The partner's wrapping key mixes the journal key with the partner's Argon2id output, so a PIN cannot be guessed
// offline by someone who has only the file: they would need the journal passphrase first.
CryptoResult<SecureBytes> partnerWrappingKey(const SecureBytes& journalKey, std::string_view partnerId,
                                             const SecureBytes& secretKey)
{
    auto key = SecureBytes::allocate(kKeyBytes);
    if (!key)
        return key;
    crypto_generichash_state state;
    crypto_generichash_init(&state, journalKey.data(), journalKey.size(), key->size());
    detail::ByteWriter label;
    label.text("tend-partner-wrap");
    label.u8(Keyring::kVersion);
    label.text(partnerId);
    crypto_generichash_update(&state, label.bytes().data(), label.bytes().size());
    crypto_generichash_update(&state, secretKey.data(), secretKey.size());
    crypto_generichash_final(&state, key->mutableData(), key->size());
    sodium_memzero(&state, sizeof state);
    key->makeReadOnly();
    return key;
}

CryptoResult<void> validatePassphrase(std::string_view passphrase)
{
    if (passphrase.empty())
        return makeCryptoError(ErrorCode::InvalidInput, "The passphrase is empty.");
    if (passphrase.size() > kMaxSecretBytes)
        return makeCryptoError(ErrorCode::InvalidInput, "The passphrase is longer than 64 KiB.");
    return {};
}

CryptoResult<void> validateSecret(const PartnerSecret& secret)
{
    if (secret.kind == PartnerSecretKind::Passphrase)
        return validatePassphrase(secret.value);
    const bool digits =
        std::all_of(secret.value.begin(), secret.value.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || secret.value.size() < 6 || secret.value.size() > 12)
        return makeCryptoError(ErrorCode::InvalidInput, "A PIN has 6 to 12 digits.");
    return {};
}

CryptoError lockedJournal()
{
    return makeCryptoError(ErrorCode::Locked, "The journal is locked. Unlock it first.");
}

CryptoError unknownPartner()
{
    return makeCryptoError(ErrorCode::UnknownPartner, "There is no private key for that partner.");
}

CryptoError pinNeedsPassphrase()
{
    return makeCryptoError(ErrorCode::Refused,
                           "A PIN can only guard private entries while the journal has a passphrase. "
                           "Choose a passphrase for the private entries instead.");
}

CryptoResult<KdfRecord> newKdfRecord(const PwhashParams& params)
{
    if (auto ready = initializeSodium(); !ready)
        return ready.error();
    KdfRecord record;
    record.params = params;
    randombytes_buf(record.salt.data(), record.salt.size());
    return record;
}

} // namespace

struct KeyVault::Impl {
    mutable std::shared_mutex mutex;
    KdfPolicy policy;
    Keyring keyring;
    SecureBytes journalKey; // empty while locked
    std::map<std::string, SecureBytes, std::less<>> partnerKeys;

    void putSlot(JournalSlot slot)
    {
        auto& slots = keyring.slots;
        slots.erase(
            std::remove_if(slots.begin(), slots.end(), [&](const JournalSlot& s) { return s.type == slot.type; }),
            slots.end());
        slots.push_back(std::move(slot));
        // Stable order: passphrase or unprotected first, recovery after.
        std::stable_sort(slots.begin(), slots.end(), [](const JournalSlot& a, const JournalSlot& b) {
            return (a.type == SlotType::Recovery ? 1 : 0) < (b.type == SlotType::Recovery ? 1 : 0);
        });
    }

    void dropSlot(SlotType type)
    {
        auto& slots = keyring.slots;
        slots.erase(std::remove_if(slots.begin(), slots.end(), [&](const JournalSlot& s) { return s.type == type; }),
                    slots.end());
    }

    PartnerRecord* partner(std::string_view id)
    {
        auto it = std::find_if(keyring.partners.begin(), keyring.partners.end(),
                               [id](const PartnerRecord& p) { return p.id == id; });
        return it == keyring.partners.end() ? nullptr : &*it;
    }

    CryptoResult<void> installJournalKey(SecureBytes key)
    {
        journalKey = std::move(key);
        journalKey.makeReadOnly();
        return {};
    }
};

KeyVault::KeyVault(std::unique_ptr<Impl> impl) : m_impl(std::move(impl))
{
}
KeyVault::~KeyVault() = default;
KeyVault::KeyVault(KeyVault&&) noexcept = default;
KeyVault& KeyVault::operator=(KeyVault&&) noexcept = default;

CryptoResult<KeyVault> KeyVault::create(std::optional<std::string_view> passphrase, const KdfPolicy& policy)
{
    if (auto ready = initializeSodium(); !ready)
        return ready.error();
    auto impl = std::make_unique<Impl>();
    impl->policy = policy;
    randombytes_buf(impl->keyring.journalKeyId.data(), impl->keyring.journalKeyId.size());
    auto journalKey = SecureBytes::random(kKeyBytes);
    if (!journalKey)
        return journalKey.error();
    journalKey->makeReadOnly();

    JournalSlot slot;
    SecureBytes wrappingKey;
    if (passphrase) {
        if (auto valid = validatePassphrase(*passphrase); !valid)
            return valid.error();
        auto kdf = newKdfRecord(policy.passphrase);
        if (!kdf)
            return kdf.error();
        auto derived = derivePwhashKey(*passphrase, kdf->salt, kdf->params);
        if (!derived)
            return derived.error();
        slot.type = SlotType::Passphrase;
        slot.kdf = *kdf;
        wrappingKey = std::move(*derived);
    } else {
        auto fixed = unprotectedWrappingKey();
        if (!fixed)
            return fixed.error();
        slot.type = SlotType::Unprotected;
        wrappingKey = std::move(*fixed);
    }
    auto wrapped = wrapKey(wrappingKey, *journalKey, journalSlotAd(impl->keyring.journalKeyId, slot.type));
    if (!wrapped)
        return wrapped.error();
    slot.wrapped = *wrapped;
    impl->putSlot(std::move(slot));
    (void)impl->installJournalKey(std::move(*journalKey));
    return KeyVault(std::move(impl));
}

CryptoResult<KeyVault> KeyVault::load(std::string_view keyringJson, const KdfPolicy& policy)
{
    auto keyring = Keyring::parse(keyringJson);
    if (!keyring)
        return keyring.error();
    auto impl = std::make_unique<Impl>();
    impl->policy = policy;
    impl->keyring = std::move(*keyring);
    return KeyVault(std::move(impl));
}

std::string KeyVault::keyringJson() const
{
    std::shared_lock guard(m_impl->mutex);
    return m_impl->keyring.toJson();
}

bool KeyVault::isProtected() const
{
    std::shared_lock guard(m_impl->mutex);
    return m_impl->keyring.isProtected();
}

bool KeyVault::hasRecoveryKey() const
{
    std::shared_lock guard(m_impl->mutex);
    return m_impl->keyring.hasRecoveryKey();
}

std::vector<std::string> KeyVault::partnerIds() const
{
    std::shared_lock guard(m_impl->mutex);
    std::vector<std::string> ids;
    for (const auto& partner : m_impl->keyring.partners)
        ids.push_back(partner.id);
    return ids;
}

std::optional<PartnerSecretKind> KeyVault::partnerSecretKind(std::string_view partnerId) const
{
    std::shared_lock guard(m_impl->mutex);
    const auto* partner = m_impl->keyring.findPartner(partnerId);
    if (partner == nullptr)
        return std::nullopt;
    return partner->secret;
}

bool KeyVault::isUnlocked() const
{
    std::shared_lock guard(m_impl->mutex);
    return !m_impl->journalKey.empty();
}

bool KeyVault::isPartnerUnlocked(std::string_view partnerId) const
{
    std::shared_lock guard(m_impl->mutex);
    return m_impl->partnerKeys.find(partnerId) != m_impl->partnerKeys.end();
}

CryptoResult<void> KeyVault::unlock(std::string_view passphrase)
{
    std::optional<JournalSlot> slot;
    ByteArray16 keyId{};
    {
        std::shared_lock guard(m_impl->mutex);
        if (const auto* found = m_impl->keyring.findSlot(SlotType::Passphrase))
            slot = *found;
        keyId = m_impl->keyring.journalKeyId;
    }
    if (!slot)
        return makeCryptoError(ErrorCode::Refused, "This journal has no passphrase.");
    if (!slot->intact || !slot->kdf)
        return makeCryptoError(
            ErrorCode::DamagedKeyData,
            "The stored key data for the passphrase is damaged, so the passphrase cannot be "
            "checked. Nothing was deleted; the recovery key or a backup may still open the journal.");
    if (auto valid = validatePassphrase(passphrase); !valid)
        return valid.error();
    // The slow derivation runs without holding the lock.
    auto derived = derivePwhashKey(passphrase, slot->kdf->salt, slot->kdf->params);
    if (!derived)
        return derived.error();
    auto key = unwrapKey(*derived, slot->wrapped, journalSlotAd(keyId, SlotType::Passphrase),
                         makeCryptoError(ErrorCode::WrongSecret, "That passphrase does not open this journal."));
    if (!key)
        return key.error();
    std::unique_lock guard(m_impl->mutex);
    return m_impl->installJournalKey(std::move(*key));
}

CryptoResult<void> KeyVault::unlockUnprotected()
{
    std::unique_lock guard(m_impl->mutex);
    const auto* slot = m_impl->keyring.findSlot(SlotType::Unprotected);
    if (slot == nullptr)
        return makeCryptoError(ErrorCode::Refused, "This journal is protected by a passphrase.");
    if (!slot->intact)
        return makeCryptoError(ErrorCode::DamagedKeyData,
                               "The stored key data is damaged. Nothing was deleted; a backup may still open it.");
    auto fixed = unprotectedWrappingKey();
    if (!fixed)
        return fixed.error();
    auto key = unwrapKey(*fixed, slot->wrapped, journalSlotAd(m_impl->keyring.journalKeyId, SlotType::Unprotected),
                         makeCryptoError(ErrorCode::DamagedKeyData,
                                         "The stored key data is damaged. Nothing was deleted; a backup may still "
                                         "open it."));
    if (!key)
        return key.error();
    return m_impl->installJournalKey(std::move(*key));
}

CryptoResult<void> KeyVault::unlockWithRecoveryKey(std::string_view recoveryKeyText)
{
    auto recoveryKey = recovery::parse(recoveryKeyText);
    if (!recoveryKey)
        return recoveryKey.error();
    std::unique_lock guard(m_impl->mutex);
    const auto* slot = m_impl->keyring.findSlot(SlotType::Recovery);
    if (slot == nullptr)
        return makeCryptoError(ErrorCode::Refused, "No recovery key was made for this journal.");
    if (!slot->intact)
        return makeCryptoError(ErrorCode::DamagedKeyData,
                               "The stored key data for the recovery key is damaged. Nothing was deleted.");
    auto wrapping = recoveryWrappingKey(*recoveryKey);
    if (!wrapping)
        return wrapping.error();
    auto key = unwrapKey(*wrapping, slot->wrapped, journalSlotAd(m_impl->keyring.journalKeyId, SlotType::Recovery),
                         makeCryptoError(ErrorCode::WrongSecret,
                                         "That recovery key does not open this journal. It may belong to another "
                                         "journal or have been replaced by a newer one."));
    if (!key)
        return key.error();
    return m_impl->installJournalKey(std::move(*key));
}

void KeyVault::lock()
{
    std::unique_lock guard(m_impl->mutex);
    m_impl->journalKey.reset();
    m_impl->partnerKeys.clear(); // each SecureBytes zeroes and frees itself
}

CryptoResult<void> KeyVault::setPassphrase(std::string_view newPassphrase)
{
    if (auto valid = validatePassphrase(newPassphrase); !valid)
        return valid.error();
    if (!isUnlocked())
        return lockedJournal();
    auto kdf = newKdfRecord(m_impl->policy.passphrase);
    if (!kdf)
        return kdf.error();
    auto derived = derivePwhashKey(newPassphrase, kdf->salt, kdf->params);
    if (!derived)
        return derived.error();
    std::unique_lock guard(m_impl->mutex);
    if (m_impl->journalKey.empty())
        return lockedJournal();
    auto wrapped =
        wrapKey(*derived, m_impl->journalKey, journalSlotAd(m_impl->keyring.journalKeyId, SlotType::Passphrase));
    if (!wrapped)
        return wrapped.error();
    JournalSlot slot;
    slot.type = SlotType::Passphrase;
    slot.kdf = *kdf;
    slot.wrapped = *wrapped;
    m_impl->dropSlot(SlotType::Unprotected);
    m_impl->putSlot(std::move(slot));
    return {};
}

CryptoResult<void> KeyVault::removePassphrase()
{
    std::unique_lock guard(m_impl->mutex);
    if (m_impl->journalKey.empty())
        return lockedJournal();
    if (!m_impl->keyring.isProtected())
        return {};
    for (const auto& partner : m_impl->keyring.partners) {
        if (partner.secret == PartnerSecretKind::Pin)
            return makeCryptoError(ErrorCode::Refused,
                                   "A partner guards private entries with a PIN, which is only safe while the "
                                   "journal has a passphrase. Change that PIN to a passphrase first.");
    }
    auto fixed = unprotectedWrappingKey();
    if (!fixed)
        return fixed.error();
    auto wrapped =
        wrapKey(*fixed, m_impl->journalKey, journalSlotAd(m_impl->keyring.journalKeyId, SlotType::Unprotected));
    if (!wrapped)
        return wrapped.error();
    JournalSlot slot;
    slot.type = SlotType::Unprotected;
    slot.wrapped = *wrapped;
    m_impl->dropSlot(SlotType::Passphrase);
    m_impl->putSlot(std::move(slot));
    return {};
}

CryptoResult<SecureBytes> KeyVault::createRecoveryKey()
{
    auto recoveryKey = recovery::generate();
    if (!recoveryKey)
        return recoveryKey.error();
    auto text = recovery::format(*recoveryKey);
    if (!text)
        return text.error();
    auto wrapping = recoveryWrappingKey(*recoveryKey);
    if (!wrapping)
        return wrapping.error();
    std::unique_lock guard(m_impl->mutex);
    if (m_impl->journalKey.empty())
        return lockedJournal();
    auto wrapped =
        wrapKey(*wrapping, m_impl->journalKey, journalSlotAd(m_impl->keyring.journalKeyId, SlotType::Recovery));
    if (!wrapped)
        return wrapped.error();
    JournalSlot slot;
    slot.type = SlotType::Recovery;
    slot.wrapped = *wrapped;
    m_impl->putSlot(std::move(slot));
    return std::move(*text);
}

CryptoResult<void> KeyVault::removeRecoveryKey()
{
    std::unique_lock guard(m_impl->mutex);
    if (m_impl->journalKey.empty())
        return lockedJournal();
    m_impl->dropSlot(SlotType::Recovery);
    return {};
}

CryptoResult<void> KeyVault::addPartner(std::string_view partnerId, PartnerSecret secret)
{
    if (!validPartnerId(partnerId))
        return makeCryptoError(ErrorCode::InvalidInput,
                               "A partner id has 1 to 128 printable ASCII characters and no spaces.");
    if (auto valid = validateSecret(secret); !valid)
        return valid.error();
    {
        std::shared_lock guard(m_impl->mutex);
        if (m_impl->journalKey.empty())
            return lockedJournal();
        if (m_impl->keyring.findPartner(partnerId) != nullptr)
            return makeCryptoError(ErrorCode::InvalidInput, "That partner already has a private key.");
        if (secret.kind == PartnerSecretKind::Pin && !m_impl->keyring.isProtected())
            return pinNeedsPassphrase();
    }
    PartnerRecord record;
    record.id = std::string(partnerId);
    record.secret = secret.kind;
    randombytes_buf(record.keyId.data(), record.keyId.size());
    auto kdf = newKdfRecord(secret.kind == PartnerSecretKind::Pin ? m_impl->policy.pin : m_impl->policy.passphrase);
    if (!kdf)
        return kdf.error();
    record.kdf = *kdf;
    auto privateKey = SecureBytes::random(kKeyBytes);
    if (!privateKey)
        return privateKey.error();
    privateKey->makeReadOnly();
    auto derived = derivePwhashKey(secret.value, record.kdf.salt, record.kdf.params);
    if (!derived)
        return derived.error();

    std::unique_lock guard(m_impl->mutex);
    if (m_impl->journalKey.empty())
        return lockedJournal();
    if (m_impl->keyring.findPartner(partnerId) != nullptr)
        return makeCryptoError(ErrorCode::InvalidInput, "That partner already has a private key.");
    auto wrapping = partnerWrappingKey(m_impl->journalKey, partnerId, *derived);
    if (!wrapping)
        return wrapping.error();
    auto wrapped = wrapKey(*wrapping, *privateKey, partnerAd(partnerId, record.keyId));
    if (!wrapped)
        return wrapped.error();
    record.wrapped = *wrapped;
    m_impl->keyring.partners.push_back(std::move(record));
    m_impl->partnerKeys.insert_or_assign(std::string(partnerId), std::move(*privateKey));
    return {};
}

CryptoResult<void> KeyVault::unlockPartner(std::string_view partnerId, PartnerSecret secret)
{
    std::optional<PartnerRecord> record;
    {
        std::shared_lock guard(m_impl->mutex);
        if (const auto* found = m_impl->keyring.findPartner(partnerId))
            record = *found;
        if (!record)
            return unknownPartner();
        if (m_impl->journalKey.empty())
            return lockedJournal();
    }
    if (!record->intact)
        return makeCryptoError(ErrorCode::DamagedKeyData,
                               "The stored key data for these private entries is damaged. Nothing was deleted.");
    if (secret.value.empty())
        return makeCryptoError(ErrorCode::InvalidInput, "The passphrase or PIN is empty.");
    auto derived = derivePwhashKey(secret.value, record->kdf.salt, record->kdf.params);
    if (!derived)
        return derived.error();

    std::unique_lock guard(m_impl->mutex);
    if (m_impl->journalKey.empty())
        return lockedJournal();
    auto wrapping = partnerWrappingKey(m_impl->journalKey, partnerId, *derived);
    if (!wrapping)
        return wrapping.error();
    auto key = unwrapKey(
        *wrapping, record->wrapped, partnerAd(partnerId, record->keyId),
        makeCryptoError(ErrorCode::WrongSecret, record->secret == PartnerSecretKind::Pin
                                                    ? "That PIN does not open these private entries."
                                                    : "That passphrase does not open these private entries."));
    if (!key)
        return key.error();
    m_impl->partnerKeys.insert_or_assign(std::string(partnerId), std::move(*key));
    return {};
}

void KeyVault::lockPartner(std::string_view partnerId)
{
    std::unique_lock guard(m_impl->mutex);
    if (auto it = m_impl->partnerKeys.find(partnerId); it != m_impl->partnerKeys.end())
        m_impl->partnerKeys.erase(it);
}

CryptoResult<void> KeyVault::changePartnerSecret(std::string_view partnerId, PartnerSecret newSecret)
{
    if (auto valid = validateSecret(newSecret); !valid)
        return valid.error();
    {
        std::shared_lock guard(m_impl->mutex);
        if (m_impl->keyring.findPartner(partnerId) == nullptr)
            return unknownPartner();
        if (m_impl->journalKey.empty())
            return lockedJournal();
        if (m_impl->partnerKeys.find(partnerId) == m_impl->partnerKeys.end())
            return makeCryptoError(ErrorCode::Locked, "Open these private entries first.");
        if (newSecret.kind == PartnerSecretKind::Pin && !m_impl->keyring.isProtected())
            return pinNeedsPassphrase();
    }
    auto kdf = newKdfRecord(newSecret.kind == PartnerSecretKind::Pin ? m_impl->policy.pin : m_impl->policy.passphrase);
    if (!kdf)
        return kdf.error();
    auto derived = derivePwhashKey(newSecret.value, kdf->salt, kdf->params);
    if (!derived)
        return derived.error();

    std::unique_lock guard(m_impl->mutex);
    PartnerRecord* record = m_impl->partner(partnerId);
    const auto key = m_impl->partnerKeys.find(partnerId);
    if (record == nullptr)
        return unknownPartner();
    if (m_impl->journalKey.empty() || key == m_impl->partnerKeys.end())
        return lockedJournal();
    auto wrapping = partnerWrappingKey(m_impl->journalKey, partnerId, *derived);
    if (!wrapping)
        return wrapping.error();
    auto wrapped = wrapKey(*wrapping, key->second, partnerAd(partnerId, record->keyId));
    if (!wrapped)
        return wrapped.error();
    record->secret = newSecret.kind;
    record->kdf = *kdf;
    record->wrapped = *wrapped;
    record->intact = true;
    return {};
}

CryptoResult<void> KeyVault::restoreKeyring(std::string_view previousJson)
{
    auto keyring = Keyring::parse(previousJson);
    if (!keyring)
        return keyring.error();
    std::unique_lock guard(m_impl->mutex);
    if (sodium_memcmp(keyring->journalKeyId.data(), m_impl->keyring.journalKeyId.data(),
                      keyring->journalKeyId.size()) != 0)
        return makeCryptoError(ErrorCode::Refused, "That key data belongs to another journal.");
    // Partner keys stay unlocked only if the restored data still holds the very same key.
    for (auto it = m_impl->partnerKeys.begin(); it != m_impl->partnerKeys.end();) {
        const auto* restored = keyring->findPartner(it->first);
        const auto* current = m_impl->keyring.findPartner(it->first);
        const bool same = restored != nullptr && current != nullptr && restored->keyId == current->keyId;
        it = same ? std::next(it) : m_impl->partnerKeys.erase(it);
    }
    m_impl->keyring = std::move(*keyring);
    return {};
}

CryptoResult<std::vector<std::uint8_t>> KeyVault::encryptShared(std::string_view plaintext,
                                                                const AssociatedData& where) const
{
    std::shared_lock guard(m_impl->mutex);
    if (m_impl->journalKey.empty())
        return lockedJournal();
    return field::encrypt(m_impl->journalKey, plaintext, where);
}

CryptoResult<std::string> KeyVault::decryptShared(std::span<const std::uint8_t> blob, const AssociatedData& where) const
{
    std::shared_lock guard(m_impl->mutex);
    if (m_impl->journalKey.empty())
        return lockedJournal();
    return field::decrypt(m_impl->journalKey, blob, where);
}

CryptoResult<std::vector<std::uint8_t>> KeyVault::encryptPrivate(std::string_view partnerId, std::string_view plaintext,
                                                                 const AssociatedData& where) const
{
    std::shared_lock guard(m_impl->mutex);
    const auto key = m_impl->partnerKeys.find(partnerId);
    if (key == m_impl->partnerKeys.end()) {
        if (m_impl->keyring.findPartner(partnerId) == nullptr)
            return unknownPartner();
        return makeCryptoError(ErrorCode::Locked, "These private entries are locked.");
    }
    return field::encrypt(key->second, plaintext, where);
}

CryptoResult<std::string> KeyVault::decryptPrivate(std::string_view partnerId, std::span<const std::uint8_t> blob,
                                                   const AssociatedData& where) const
{
    std::shared_lock guard(m_impl->mutex);
    const auto key = m_impl->partnerKeys.find(partnerId);
    if (key == m_impl->partnerKeys.end()) {
        if (m_impl->keyring.findPartner(partnerId) == nullptr)
            return unknownPartner();
        return makeCryptoError(ErrorCode::Locked, "These private entries are locked.");
    }
    return field::decrypt(key->second, blob, where);
}

} // namespace tend::crypto
