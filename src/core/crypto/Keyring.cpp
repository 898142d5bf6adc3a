#include "tend/crypto/Keyring.h"

#include <algorithm>

#include <nlohmann/json.hpp>
#include <sodium.h>

#include "CryptoInternal.h"
#include "tend/crypto/Sodium.h"

namespace tend::crypto {

namespace {

using nlohmann::json;

constexpr std::string_view kFormat = "tend-keyring";
constexpr std::size_t kMaxJsonBytes = 1024 * 1024;
constexpr std::size_t kMaxPartnerIdBytes = 128;
constexpr std::size_t kMaxPartners = 64;

CryptoError damaged(const std::string& detail)
{
    return makeCryptoError(ErrorCode::DamagedKeyData,
                           "The stored key data is damaged (" + detail +
                               "). Nothing was changed or deleted; a backup or the recovery key may still open "
                               "the journal.");
}

const char* slotTypeName(SlotType type)
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

const char* secretKindName(PartnerSecretKind kind)
{
    return kind == PartnerSecretKind::Pin ? "pin" : "passphrase";
}

void writeKdf(detail::ByteWriter& writer, const KdfRecord& kdf)
{
    writer.u32(static_cast<std::uint32_t>(kdf.params.algorithm));
    writer.u64(kdf.params.opsLimit);
    writer.u64(kdf.params.memLimit);
    writer.raw(kdf.salt);
}

json kdfToJson(const KdfRecord& kdf)
{
    return json{{"alg", "argon2id13"},
                {"opslimit", kdf.params.opsLimit},
                {"memlimit", kdf.params.memLimit},
                {"salt", detail::toBase64(kdf.salt)}};
}

// Field readers: each returns false (and sets `error`) instead of throwing on a missing or mistyped value.
struct Reader {
    std::string error;

    const json* field(const json& object, const char* name, const std::string& where)
    {
        if (!object.is_object()) {
            error = where + " is not an object";
            return nullptr;
        }
        const auto it = object.find(name);
        if (it == object.end()) {
            error = where + " has no \"" + name + "\"";
            return nullptr;
        }
        return &*it;
    }

    bool text(const json& object, const char* name, const std::string& where, std::string& out)
    {
        const json* value = field(object, name, where);
        if (value == nullptr)
            return false;
        if (!value->is_string()) {
            error = where + " \"" + name + "\" is not text";
            return false;
        }
        out = value->get<std::string>();
        return true;
    }

    bool number(const json& object, const char* name, const std::string& where, std::uint64_t& out)
    {
        const json* value = field(object, name, where);
        if (value == nullptr)
            return false;
        if (!value->is_number_unsigned()) {
            error = where + " \"" + name + "\" is not a whole number";
            return false;
        }
        out = value->get<std::uint64_t>();
        return true;
    }

    template <std::size_t N>
    bool bytes(const json& object, const char* name, const std::string& where, std::array<std::uint8_t, N>& out)
    {
        std::string encoded;
        if (!text(object, name, where, encoded))
            return false;
        auto decoded = detail::fromBase64<N>(encoded);
        if (!decoded) {
            error = where + " \"" + name + "\" is not " + std::to_string(N) + " bytes of base64";
            return false;
        }
        out = *decoded;
        return true;
    }

    bool kdf(const json& object, const std::string& where, KdfRecord& out)
    {
        const json* value = field(object, "kdf", where);
        if (value == nullptr)
            return false;
        const std::string at = where + " kdf";
        std::string alg;
        if (!text(*value, "alg", at, alg))
            return false;
        if (alg != "argon2id13") {
            error = at + " names an unknown algorithm";
            return false;
        }
        out.params.algorithm = crypto_pwhash_ALG_ARGON2ID13;
        if (!number(*value, "opslimit", at, out.params.opsLimit) ||
            !number(*value, "memlimit", at, out.params.memLimit) || !bytes(*value, "salt", at, out.salt))
            return false;
        if (auto valid = validatePwhashParams(out.params); !valid) {
            error = at + " has impossible costs";
            return false;
        }
        return true;
    }

    bool wrapped(const json& object, const std::string& where, WrappedKey& out)
    {
        return bytes(object, "nonce", where, out.nonce) && bytes(object, "wrappedKey", where, out.ciphertext);
    }
};

} // namespace

bool validPartnerId(std::string_view id)
{
    if (id.empty() || id.size() > kMaxPartnerIdBytes)
        return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return c > ' ' && c < 0x7f; });
}

std::array<std::uint8_t, 16> slotChecksum(const Keyring& keyring, const JournalSlot& slot)
{
    detail::ByteWriter writer;
    writer.text("tend-keyring-slot");
    writer.raw(keyring.journalKeyId);
    writer.text(slotTypeName(slot.type));
    if (slot.kdf)
        writeKdf(writer, *slot.kdf);
    writer.raw(slot.wrapped.nonce);
    writer.raw(slot.wrapped.ciphertext);
    return detail::checksum16(writer.bytes());
}

std::array<std::uint8_t, 16> partnerChecksum(const PartnerRecord& partner)
{
    detail::ByteWriter writer;
    writer.text("tend-keyring-partner");
    writer.text(partner.id);
    writer.raw(partner.keyId);
    writer.text(secretKindName(partner.secret));
    writeKdf(writer, partner.kdf);
    writer.raw(partner.wrapped.nonce);
    writer.raw(partner.wrapped.ciphertext);
    return detail::checksum16(writer.bytes());
}

bool Keyring::isProtected() const
{
    return findSlot(SlotType::Passphrase) != nullptr;
}

bool Keyring::hasRecoveryKey() const
{
    return findSlot(SlotType::Recovery) != nullptr;
}

const JournalSlot* Keyring::findSlot(SlotType type) const
{
    const auto it = std::find_if(slots.begin(), slots.end(), [type](const JournalSlot& s) { return s.type == type; });
    return it == slots.end() ? nullptr : &*it;
}

const PartnerRecord* Keyring::findPartner(std::string_view id) const
{
    const auto it = std::find_if(partners.begin(), partners.end(), [id](const PartnerRecord& p) { return p.id == id; });
    return it == partners.end() ? nullptr : &*it;
}

std::string Keyring::toJson() const
{
    json slotList = json::array();
    for (const auto& slot : slots) {
        json entry{{"type", slotTypeName(slot.type)}};
        if (slot.kdf)
            entry["kdf"] = kdfToJson(*slot.kdf);
        entry["nonce"] = detail::toBase64(slot.wrapped.nonce);
        entry["wrappedKey"] = detail::toBase64(slot.wrapped.ciphertext);
        entry["check"] = detail::toBase64(slot.intact ? slotChecksum(*this, slot) : slot.storedCheck);
        slotList.push_back(std::move(entry));
    }
    json partnerList = json::array();
    for (const auto& partner : partners) {
        partnerList.push_back(
            json{{"id", partner.id},
                 {"keyId", detail::toBase64(partner.keyId)},
                 {"secret", secretKindName(partner.secret)},
                 {"kdf", kdfToJson(partner.kdf)},
                 {"nonce", detail::toBase64(partner.wrapped.nonce)},
                 {"wrappedKey", detail::toBase64(partner.wrapped.ciphertext)},
                 {"check", detail::toBase64(partner.intact ? partnerChecksum(partner) : partner.storedCheck)}});
    }
    json root{{"format", kFormat},
              {"version", kVersion},
              {"journal", json{{"keyId", detail::toBase64(journalKeyId)}, {"slots", std::move(slotList)}}},
              {"partners", std::move(partnerList)}};
    return root.dump();
}

CryptoResult<Keyring> Keyring::parse(std::string_view text)
{
    if (auto ready = initializeSodium(); !ready)
        return ready.error();
    if (text.empty())
        return damaged("it is empty");
    if (text.size() > kMaxJsonBytes)
        return damaged("it is far too large");
    // No exceptions: a parse error yields a discarded value.
    const json root = json::parse(text.begin(), text.end(), nullptr, false);
    if (root.is_discarded())
        return damaged("it is not valid JSON");

    Reader read;
    std::string format;
    std::uint64_t version = 0;
    if (!read.text(root, "format", "the key data", format))
        return damaged(read.error);
    if (format != kFormat)
        return damaged("it is not Tend key data");
    if (!read.number(root, "version", "the key data", version))
        return damaged(read.error);
    if (version > static_cast<std::uint64_t>(kVersion))
        return makeCryptoError(ErrorCode::NewerFormat,
                               "The key data was written by a newer version of Tend (key format " +
                                   std::to_string(version) +
                                   "). Update Tend to open this journal; nothing was changed.");
    if (version < 1)
        return damaged("its version is impossible");

    Keyring keyring;
    const json* journal = read.field(root, "journal", "the key data");
    if (journal == nullptr || !read.bytes(*journal, "keyId", "the journal entry", keyring.journalKeyId))
        return damaged(read.error);
    const json* slots = read.field(*journal, "slots", "the journal entry");
    if (slots == nullptr)
        return damaged(read.error);
    if (!slots->is_array() || slots->empty() || slots->size() > 8)
        return damaged("the journal's key slots are missing");

    for (std::size_t i = 0; i < slots->size(); ++i) {
        const json& entry = (*slots)[i];
        const std::string where = "key slot " + std::to_string(i + 1);
        JournalSlot slot;
        std::string type;
        if (!read.text(entry, "type", where, type))
            return damaged(read.error);
        if (type == "passphrase")
            slot.type = SlotType::Passphrase;
        else if (type == "recovery")
            slot.type = SlotType::Recovery;
        else if (type == "unprotected")
            slot.type = SlotType::Unprotected;
        else
            return damaged(where + " has an unknown type");
        if (slot.type == SlotType::Passphrase) {
            KdfRecord kdf;
            if (!read.kdf(entry, where, kdf))
                return damaged(read.error);
            slot.kdf = kdf;
        }
        std::array<std::uint8_t, 16> check{};
        if (!read.wrapped(entry, where, slot.wrapped) || !read.bytes(entry, "check", where, check))
            return damaged(read.error);
        if (keyring.findSlot(slot.type) != nullptr)
            return damaged("two key slots have the same type");
        slot.intact = sodium_memcmp(check.data(), slotChecksum(keyring, slot).data(), check.size()) == 0;
        slot.storedCheck = check;
        keyring.slots.push_back(std::move(slot));
    }
    const bool hasPassphrase = keyring.findSlot(SlotType::Passphrase) != nullptr;
    const bool hasUnprotected = keyring.findSlot(SlotType::Unprotected) != nullptr;
    if (hasPassphrase == hasUnprotected)
        return damaged("the journal must have either a passphrase slot or an unprotected slot");

    const json* partners = read.field(root, "partners", "the key data");
    if (partners == nullptr)
        return damaged(read.error);
    if (!partners->is_array() || partners->size() > kMaxPartners)
        return damaged("the partner list is not a list");
    for (std::size_t i = 0; i < partners->size(); ++i) {
        const json& entry = (*partners)[i];
        const std::string where = "partner " + std::to_string(i + 1);
        PartnerRecord partner;
        std::string secret;
        std::array<std::uint8_t, 16> check{};
        if (!read.text(entry, "id", where, partner.id) || !read.bytes(entry, "keyId", where, partner.keyId) ||
            !read.text(entry, "secret", where, secret) || !read.kdf(entry, where, partner.kdf) ||
            !read.wrapped(entry, where, partner.wrapped) || !read.bytes(entry, "check", where, check))
            return damaged(read.error);
        if (!validPartnerId(partner.id))
            return damaged(where + " has an impossible id");
        if (secret == "passphrase")
            partner.secret = PartnerSecretKind::Passphrase;
        else if (secret == "pin")
            partner.secret = PartnerSecretKind::Pin;
        else
            return damaged(where + " has an unknown kind of secret");
        if (keyring.findPartner(partner.id) != nullptr)
            return damaged("two partners have the same id");
        partner.intact = sodium_memcmp(check.data(), partnerChecksum(partner).data(), check.size()) == 0;
        partner.storedCheck = check;
        keyring.partners.push_back(std::move(partner));
    }
    return keyring;
}

} // namespace tend::crypto
