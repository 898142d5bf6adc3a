#pragma once

#include <QString>

#include <functional>
#include <memory>

#include "tend/crypto/SecureBytes.h"
#include "tend/reading/Reading.h"

namespace tend::ui {

class JournalService;

/// An export started from the app. Plain formats are offered only after an explicit warning (ExportDialog).
struct ExportRequest {
    enum class Format { Encrypted, PlainJson, PlainMarkdown };
    Format format = Format::Encrypted;
    /// Private answers whose key is open now go in too; otherwise shared answers only.
    bool includeOpenPrivate = false;
    QString file;
    /// The export's own passphrase (Encrypted only), in locked memory.
    std::shared_ptr<crypto::SecureBytes> passphrase;
    /// How the Markdown export reads (titles, labels, names, local times): readerFor(app) (RecordFormatter.h).
    /// Without one it falls back to readable words (docs/readable-text.md).
    std::shared_ptr<const reading::Reader> reader;
};

struct ExportOutcome {
    bool ok = false;
    QString message; ///< a sentence for the person: what was written, what was left out and why
    int sealedOmitted = 0;
    int damagedOmitted = 0;
};

/// What an export left out, as sentences for the person (empty when nothing was): private answers whose owner's own
/// key is closed, and damaged items. Worded for one and for several.
QString omittedText(int sealed, int damaged);

/// Runs the export on the journal's writer thread (Argon2id for an encrypted one takes about a second) and writes the
/// file atomically, readable by its owner only. Private answers of a partner whose own key is closed are left out and
/// counted, never written as empty answers. `done` runs on the UI thread.
void exportJournal(JournalService& journal, ExportRequest request, std::function<void(const ExportOutcome&)> done);

} // namespace tend::ui
