// The UI's side of encryption at rest: unlocking and locking, the passphrase, the recovery key and partners' own keys.
// Argon2id takes about 0.6 s, so every key step runs on the writer thread and reports back on the UI thread.
// Secrets travel in locked memory (crypto::SecureBytes); nothing here logs them or any content.
#include <QMetaObject>
#include <QPointer>

#include <sodium.h>

#include "tend/common/Log.h"
#include "tend/journal/JournalWriter.h"
#include "ui/app/JournalService.h"
#include "ui/theme/RichText.h"

namespace tend::ui {

std::shared_ptr<crypto::SecureBytes> JournalService::secretFrom(const QString& typed)
{
    QByteArray utf8 = typed.toUtf8();
    auto secret = crypto::SecureBytes::copyOf(std::string_view(utf8.constData(), std::size_t(utf8.size())));
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    if (!secret)
        return nullptr;
    return std::make_shared<crypto::SecureBytes>(std::move(*secret));
}

bool JournalService::hasKeyring() const
{
    return m_reader && m_reader->hasKeyring();
}

bool JournalService::isProtected() const
{
    return m_reader && m_reader->isProtected();
}

bool JournalService::isLocked() const
{
    return m_reader && m_reader->isLocked();
}

bool JournalService::hasRecoveryKey() const
{
    const crypto::KeyVault* vault = m_reader ? m_reader->keyVault() : nullptr;
    return vault && vault->hasRecoveryKey();
}

std::optional<crypto::PartnerSecretKind> JournalService::partnerSecretKind(const std::string& partnerId) const
{
    const crypto::KeyVault* vault = m_reader ? m_reader->keyVault() : nullptr;
    return vault ? vault->partnerSecretKind(partnerId) : std::nullopt;
}

bool JournalService::isPartnerUnlocked(const std::string& partnerId) const
{
    const crypto::KeyVault* vault = m_reader ? m_reader->keyVault() : nullptr;
    return vault && vault->isPartnerUnlocked(partnerId);
}

void JournalService::runKey(std::function<crypto::CryptoResult<void>(journal::Journal&)> work, KeyDone done,
                            bool reloads)
{
    QPointer<JournalService> self(this);
    auto outcome = std::make_shared<KeyOutcome>();
    auto back = [self, outcome, done = std::move(done), reloads](const Result<void>&) {
        JournalService* target = self.data();
        if (!target)
            return;
        QMetaObject::invokeMethod(
            target,
            [self, outcome, done, reloads] {
                auto* me = self.data();
                if (!me)
                    return;
                if (!outcome->ok)
                    tend::log::get("ui")->info("key step refused ({})", crypto::codeName(outcome->code));
                // The reader attaches the writer's fresh in-memory index on its next search.
                if (outcome->ok && reloads)
                    Q_EMIT me->reopened();
                Q_EMIT me->protectionChanged();
                if (done)
                    done(*outcome);
            },
            Qt::QueuedConnection);
    };
    if (!m_writer) {
        outcome->ok = false;
        outcome->message = tr("The journal is closed.");
        back({});
        return;
    }
    m_writer->submit(
        [work = std::move(work), outcome](journal::Journal& j) -> Result<void> {
            crypto::CryptoResult<void> result = work(j);
            if (!result) {
                outcome->ok = false;
                outcome->code = result.code();
                outcome->message = qs(result.error().message);
            }
            return {};
        },
        std::move(back));
}

namespace {

crypto::CryptoResult<void> fromResult(const Result<void>& result)
{
    if (result)
        return {};
    return crypto::makeCryptoError(crypto::ErrorCode::Io, result.error().message);
}

crypto::PartnerSecret partnerSecret(crypto::PartnerSecretKind kind, const crypto::SecureBytes& secret)
{
    return {kind, secret.view()};
}

} // namespace

void JournalService::unlock(std::shared_ptr<crypto::SecureBytes> passphrase, KeyDone done)
{
    runKey([passphrase](journal::Journal& j) { return j.unlock(passphrase->view()); }, std::move(done), false);
}

void JournalService::unlockWithRecoveryKey(std::shared_ptr<crypto::SecureBytes> recoveryKey, KeyDone done)
{
    runKey([recoveryKey](journal::Journal& j) { return j.unlockWithRecoveryKey(recoveryKey->view()); }, std::move(done),
           false);
}

void JournalService::lock()
{
    if (!m_writer || !hasKeyring())
        return;
    (void)m_writer->run([](journal::Journal& j) -> Result<void> {
        j.lock();
        return {};
    });
    if (m_reader)
        m_reader->lock();
    tend::log::get("ui")->info("journal locked");
    Q_EMIT protectionChanged();
}

void JournalService::enableProtection(std::shared_ptr<crypto::SecureBytes> passphrase, KeyDone done)
{
    runKey([passphrase](journal::Journal& j) { return fromResult(j.enableProtection(passphrase->view())); },
           std::move(done), true);
}

void JournalService::changePassphrase(std::shared_ptr<crypto::SecureBytes> passphrase, KeyDone done)
{
    runKey([passphrase](journal::Journal& j) { return fromResult(j.changePassphrase(passphrase->view())); },
           std::move(done), false);
}

void JournalService::removeProtection(KeyDone done)
{
    runKey([](journal::Journal& j) { return fromResult(j.removeProtection()); }, std::move(done), true);
}

void JournalService::createRecoveryKey(
    std::function<void(const KeyOutcome&, std::shared_ptr<crypto::SecureBytes>)> done)
{
    auto text = std::make_shared<std::shared_ptr<crypto::SecureBytes>>();
    runKey(
        [text](journal::Journal& j) -> crypto::CryptoResult<void> {
            auto made = j.createRecoveryKey();
            if (!made)
                return made.error();
            *text = std::make_shared<crypto::SecureBytes>(std::move(*made));
            return {};
        },
        [text, done = std::move(done)](const KeyOutcome& outcome) {
            if (done)
                done(outcome, *text);
        },
        false);
}

void JournalService::addPartnerKey(const std::string& partnerId, crypto::PartnerSecretKind kind,
                                   std::shared_ptr<crypto::SecureBytes> secret, KeyDone done)
{
    runKey([partnerId, kind,
            secret](journal::Journal& j) { return j.addPartnerKey(partnerId, partnerSecret(kind, *secret)); },
           std::move(done), false);
}

void JournalService::changePartnerSecret(const std::string& partnerId, crypto::PartnerSecretKind kind,
                                         std::shared_ptr<crypto::SecureBytes> secret, KeyDone done)
{
    runKey([partnerId, kind,
            secret](journal::Journal& j) { return j.changePartnerSecret(partnerId, partnerSecret(kind, *secret)); },
           std::move(done), false);
}

void JournalService::unlockPartner(const std::string& partnerId, crypto::PartnerSecretKind kind,
                                   std::shared_ptr<crypto::SecureBytes> secret, KeyDone done)
{
    runKey([partnerId, kind,
            secret](journal::Journal& j) { return j.unlockPartner(partnerId, partnerSecret(kind, *secret)); },
           std::move(done), true);
}

void JournalService::lockPartner(const std::string& partnerId)
{
    if (!m_writer)
        return;
    (void)m_writer->run([partnerId](journal::Journal& j) -> Result<void> {
        j.lockPartner(partnerId);
        return {};
    });
    if (m_reader)
        m_reader->lockPartner(partnerId);
    Q_EMIT reopened();
    Q_EMIT protectionChanged();
}

void JournalService::readWhole(std::function<Result<std::string>(journal::Journal&)> work,
                               std::function<void(const Result<std::string>&)> done)
{
    QPointer<JournalService> self(this);
    auto produced = std::make_shared<Result<std::string>>(makeError("The journal is closed."));
    if (!m_writer) {
        done(*produced);
        return;
    }
    m_writer->submit(
        [work = std::move(work), produced](journal::Journal& j) -> Result<void> {
            *produced = work(j);
            return {};
        },
        [self, produced, done = std::move(done)](const Result<void>&) {
            JournalService* target = self.data();
            if (!target)
                return;
            QMetaObject::invokeMethod(
                target,
                [self, produced, done] {
                    if (self && done)
                        done(*produced);
                },
                Qt::QueuedConnection);
        });
}

} // namespace tend::ui
