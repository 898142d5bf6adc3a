#include "ui/lock/JournalExport.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QStringList>

#include <sodium.h>

#include "tend/common/Log.h"
#include "tend/crypto/ExportCipher.h"
#include "tend/journal/Exchange.h"
#include "ui/app/JournalService.h"

namespace tend::ui {
namespace {

// The sentences below are free functions; this gives them a translation context lupdate can see.
class JournalExport {
    Q_DECLARE_TR_FUNCTIONS(tend::ui::JournalExport)
};

} // namespace

QString omittedText(int sealed, int damaged)
{
    // One string per English form, each keeping %n, so a translation can still give every count its own form.
    QStringList sentences;
    if (sealed == 1)
        sentences << JournalExport::tr("%n private answer was left out: its owner's own key is closed.", nullptr,
                                       sealed);
    else if (sealed > 1)
        sentences << JournalExport::tr(
            "%n private answers were left out: they open only with a partner's own key, which is closed.", nullptr,
            sealed);
    if (damaged == 1)
        sentences << JournalExport::tr("%n damaged item was left out (the journal keeps it).", nullptr, damaged);
    else if (damaged > 1)
        sentences << JournalExport::tr("%n damaged items were left out (the journal keeps them).", nullptr, damaged);
    return sentences.join(QLatin1Char(' '));
}

namespace {

Result<void> writeOwnerOnly(const QString& file, const char* data, std::size_t size)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(out.errorString().toStdString());
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (out.write(data, qint64(size)) != qint64(size) || !out.commit())
        return makeError(out.errorString().toStdString());
    return {};
}

} // namespace

void exportJournal(JournalService& journal, ExportRequest request, std::function<void(const ExportOutcome&)> done)
{
    auto stats = std::make_shared<journal::exchange::ExportStats>();
    journal.readWhole(
        [request, stats](journal::Journal& j) -> Result<std::string> {
            journal::exchange::ExportOptions options;
            options.viewer = request.includeOpenPrivate ? journal::Viewer::everything() : journal::Viewer::sharedOnly();
            options.stats = stats.get();
            auto text = request.format == ExportRequest::Format::PlainMarkdown
                            ? reading::exportMarkdown(j, options, request.reader ? *request.reader : reading::Reader())
                            : journal::exchange::exportJsonText(j, options);
            if (!text)
                return text.error();
            Result<void> written;
            if (request.format == ExportRequest::Format::Encrypted) {
                const std::span<const std::uint8_t> plain(reinterpret_cast<const std::uint8_t*>(text->data()),
                                                          text->size());
                auto sealed = crypto::exportfile::encrypt(plain, request.passphrase->view());
                sodium_memzero(text->data(), text->size());
                if (!sealed)
                    return makeError(sealed.error().message);
                written = writeOwnerOnly(request.file, reinterpret_cast<const char*>(sealed->data()), sealed->size());
            } else {
                written = writeOwnerOnly(request.file, text->data(), text->size());
                sodium_memzero(text->data(), text->size());
            }
            if (!written)
                return written.error();
            return std::string();
        },
        [request, stats, done = std::move(done)](const Result<std::string>& result) {
            ExportOutcome outcome;
            outcome.ok = result.ok();
            outcome.sealedOmitted = stats->sealedOmitted;
            outcome.damagedOmitted = stats->damagedOmitted;
            if (!outcome.ok) {
                outcome.message = JournalExport::tr("The export could not be written: %1")
                                      .arg(QString::fromStdString(result.error().message));
            } else {
                outcome.message =
                    request.format == ExportRequest::Format::Encrypted
                        ? JournalExport::tr("Saved, encrypted, to %1.").arg(request.file)
                        : JournalExport::tr("Saved to %1. It is not encrypted: keep it somewhere private.")
                              .arg(request.file);
                const QString omitted = omittedText(outcome.sealedOmitted, outcome.damagedOmitted);
                if (!omitted.isEmpty())
                    outcome.message += QLatin1Char(' ') + omitted;
            }
            tend::log::get("ui")->info("export {} ({} sealed and {} damaged rows left out)",
                                       outcome.ok ? "written" : "failed", outcome.sealedOmitted,
                                       outcome.damagedOmitted);
            if (done)
                done(outcome);
        });
}

} // namespace tend::ui
