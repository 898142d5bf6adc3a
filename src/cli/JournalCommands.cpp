// The journal's headless subcommands: export, import, search, backup, check.
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <ostream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/Commands.h"
#include "cli/ExportOutput.h"
#include "cli/ImportInput.h"
#include "cli/JournalAccess.h"
#include "tend/crypto/ExportCipher.h"
#include "tend/crypto/PassphraseFile.h"
#include "tend/demo/DemoJournal.h"
#include "tend/journal/Exchange.h"
#include "tend/journal/Journal.h"
#include "tend/journal/NewJournal.h"
#include "tend/journal/Schema.h"
#include "tend/modes/PrivacyView.h"
#include "tend/reading/Reading.h"

namespace tend::cli {
namespace {
namespace fs = std::filesystem;
using journal::Journal;
using journal::OpenProblem;
using journal::OpenResult;

std::string plainSnippet(std::string snippet)
{
    std::string out;
    for (char c : snippet) {
        if (c == journal::kHighlightStart[0] || c == journal::kHighlightEnd[0])
            out += "**";
        else if (c == '\n' || c == '\r')
            out.push_back(' ');
        else if (c != '\0')
            out.push_back(c);
    }
    return out;
}

} // namespace

namespace {

// "2026-03-01", optionally followed by a time ("2026-03-01T18:30:00Z").
bool looksLikeIsoDate(const std::string& text)
{
    if (text.size() < 10 || text[4] != '-' || text[7] != '-')
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (text[static_cast<std::size_t>(i)] < '0' || text[static_cast<std::size_t>(i)] > '9')
            return false;
    return text.size() == 10 || text[10] == 'T';
}

} // namespace

int runExport(Invocation& call)
{
    auto args = parseOrExplain(call, "export");
    if (!args)
        return kExitUsage;
    const std::string format = args->value("--format").value_or("json");
    if (format != "json" && format != "markdown") {
        call.err << "tend export: --format is json or markdown, not '" << format << "'\n";
        return kExitUsage;
    }
    if (!args->positional().empty()) {
        call.err << "tend export: unexpected word '" << args->positional().front() << "'\n";
        return kExitUsage;
    }
    if (args->has("--encrypt") && (!args->value("--passphrase-file") || !args->value("--out"))) {
        call.err << "tend export: --encrypt needs --passphrase-file FILE and --out FILE\n";
        return kExitUsage;
    }
    std::optional<crypto::SecureBytes> exportPassphrase;
    if (args->has("--encrypt")) {
        exportPassphrase = passphraseFrom(call, "export", *args);
        if (!exportPassphrase)
            return kExitFailure;
    }
    // Written as it is made: to a private temporary file renamed into place only when complete, or to stdout.
    std::optional<fs::path> outFile;
    if (auto out = args->value("--out"))
        outFile = fs::path(*out);
    std::unique_ptr<ExportOutput> output;
    auto openOutput = [&]() -> bool {
        auto opened = ExportOutput::open(outFile, call.out,
                                         exportPassphrase ? std::optional<std::string_view>(exportPassphrase->view())
                                                          : std::nullopt);
        if (!opened) {
            call.err << "tend export: " << opened.error().message << '\n';
            return false;
        }
        output = std::move(*opened);
        return true;
    };

    bool leftOutDamaged = false;
    if (args->has("--salvage")) {
        const fs::path file = call.globals.dataDir / journal::schema::kDatabaseFileName;
        auto salvaged = journal::exchange::salvage(file);
        if (!salvaged) {
            call.err << "tend export: " << salvaged.error().message << '\n';
            return kExitFailure;
        }
        for (const std::string& problem : salvaged->problems)
            call.err << "tend export: " << problem << '\n';
        if (salvaged->rowsRecovered == 0) {
            call.err << "tend export: nothing could be recovered from " << file.string()
                     << " (the file itself was not changed); no export was written.\n";
            return kExitFailure;
        }
        call.err << "tend export: " << salvaged->rowsRecovered << " rows could be read from " << file.string()
                 << " (the file itself was not changed)\n";
        if (!openOutput())
            return kExitFailure;
        if (auto written =
                output->write(salvaged->document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
            !written) {
            call.err << "tend export: " << written.error().message << '\n';
            return kExitFailure;
        }
    } else {
        auto opened = openOrEmpty(call, "export", &*args);
        if (!opened)
            return kExitFailure;
        if (opened->journal->hasKeyring() && !args->has("--encrypt")) {
            if (!args->has("--plain")) {
                call.err << "tend export: this journal is protected; an export in clear text needs --plain "
                            "(or use --encrypt --passphrase-file FILE --out FILE)\n";
                return kExitFailure;
            }
            call.err << "tend export: warning: this export is NOT encrypted; anyone who gets the file can read "
                        "every entry in it\n";
        }
        journal::exchange::ExportOptions options;
        journal::exchange::ExportStats stats;
        options.viewer = viewerFrom(call, *args);
        options.sessionId = args->value("--session");
        // The same days as search's: ISO-8601 in UTC, compared as written ("2026-03-01" or a whole time).
        options.from = args->value("--from");
        options.to = args->value("--to");
        for (const auto& day : {options.from, options.to}) {
            if (day && !looksLikeIsoDate(*day)) {
                call.err << "tend export: --from and --to take a date like 2026-03-01 (UTC), not '" << *day << "'\n";
                return kExitUsage;
            }
        }
        options.stats = &stats;
        if (!openOutput())
            return kExitFailure;
        Result<void> produced;
        if (format == "json" && options.viewer.kind == journal::Viewer::Kind::Everything) {
            // The whole journal, streamed: memory does not grow with the journal (engine states go out as stored).
            produced = journal::exchange::exportJsonTo(*opened->journal, options,
                                                       [&](std::string_view piece) { return output->write(piece); });
        } else {
            // modes::exportTextFor also removes other people's private answers from each session's engine state.
            Result<std::string> text = std::string();
            if (format == "json") {
                text = modes::exportTextFor(*opened->journal, options);
            } else {
                const auto library = contentForReading(call);
                text = reading::exportMarkdown(*opened->journal, options,
                                               reading::Reader(library.get(), call.globals.contentLocale()));
            }
            produced = text ? output->write(*text) : Result<void>(text.error());
        }
        if (!produced) {
            call.err << "tend export: " << produced.error().message << '\n';
            return kExitFailure;
        }
        // Said, never hidden: what could not be opened is left out rather than written as an empty answer.
        if (stats.sealedOmitted > 0)
            call.err << "tend export: " << stats.sealedOmitted
                     << (stats.sealedOmitted == 1 ? " private item is" : " private items are")
                     << " locked with a partner's own passphrase or PIN and were left out of this export\n";
        if (stats.damagedOmitted > 0)
            call.err << "tend export: " << stats.damagedOmitted
                     << (stats.damagedOmitted == 1 ? " item is" : " items are")
                     << " damaged and could not be opened; left out of this export (the journal keeps them). "
                        "Run tend check --passphrase-file FILE to see which.\n";
        leftOutDamaged = stats.damagedOmitted > 0;
    }
    if (auto finished = output->finish(); !finished) {
        call.err << "tend export: " << finished.error().message << '\n';
        return kExitFailure;
    }
    // Written, but not complete: never a silent success.
    return leftOutDamaged ? kExitFailure : kExitOk;
}

void reportImportFailure(Invocation& call, const fs::path& file, const journal::exchange::ImportReport& report)
{
    // A failure of the whole attempt is one sentence; problems inside the file are listed by place.
    if (report.issues.size() == 1 && report.issues.front().pointer.empty()) {
        call.err << "tend import: " << report.issues.front().message << '\n';
        return;
    }
    call.err << "tend import: nothing was imported from " << file.string() << ":\n" << report.describe();
}

int runImport(Invocation& call)
{
    auto args = parseOrExplain(call, "import");
    if (!args)
        return kExitUsage;
    if (args->positional().size() != 1) {
        call.err << "tend import: name one export file to read\nusage: tend import FILE [--merge]\n";
        return kExitUsage;
    }
    const fs::path file = args->positional().front();
    auto input = ImportInput::open(file);
    if (!input) {
        call.err << "tend import: " << input.error().message << '\n';
        return kExitFailure;
    }
    if ((*input)->looksLikeDamagedExport()) {
        call.err << "tend import: " << file.string()
                 << " is an encrypted export whose first bytes are damaged. Nothing was imported.\n";
        return kExitFailure;
    }

    // An encrypted export (crypto_secretstream) is opened with --passphrase-file before anything else.
    std::optional<crypto::SecureBytes> passphrase;
    if ((*input)->isEncryptedExport()) {
        if (!args->value("--passphrase-file")) {
            call.err << "tend import: " << file.string() << " is an encrypted export; give --passphrase-file FILE\n";
            return kExitFailure;
        }
        passphrase = passphraseFrom(call, "import", *args);
        if (!passphrase)
            return kExitFailure;
        if (auto unlocked = (*input)->unlock(passphrase->view()); !unlocked) {
            call.err << "tend import: " << unlocked.error().message << '\n';
            return kExitFailure;
        }
    }
    const journal::exchange::ImportReader read = (*input)->reader();

    journal::exchange::ImportOptions options;
    options.merge = args->has("--merge");
    journal::exchange::ImportReport report;
    if (call.globals.demo) {
        auto memory = Journal::openInMemory();
        if (!memory) {
            call.err << "tend import: " << memory.error().message << '\n';
            return kExitFailure;
        }
        report = journal::exchange::importJson(**memory, read, options);
    } else if (journal::holdsNoJournal(call.globals.dataDir)) {
        // A new journal: made whole aside and put in place in one step, protected from its first row when a
        // passphrase is given (a plain export with --passphrase-file, or the encrypted export's own passphrase).
        if (!passphrase && args->value("--passphrase-file")) {
            passphrase = passphraseFrom(call, "import", *args);
            if (!passphrase)
                return kExitFailure;
        }
        journal::NewJournalOptions fresh;
        if (passphrase)
            fresh.passphrase = passphrase->view();
        fresh.import = options;
        report = journal::importIntoNewJournal(call.globals.dataDir, read, fresh);
    } else {
        OpenResult opened = Journal::open(call.globals.dataDir);
        if (!opened.ok()) {
            explainProblem(call, "import", opened);
            if (opened.problem == OpenProblem::InUse)
                call.err << "  Close Tend, then import again.\n";
            return kExitFailure;
        }
        if (!opened.journal->hasKeyring() && args->value("--passphrase-file") && !args->has("--plain")) {
            // Never ignored: the person asked for protection that this journal does not have.
            call.err << "tend import: the journal in " << call.globals.dataDir.string()
                     << " is not protected, so what you import would be stored in clear text. Nothing was "
                        "imported. Protect the journal first, or add --plain to import into it as it is.\n";
            return kExitFailure;
        }
        if (!unlockFromArgs(call, "import", *opened.journal, *args))
            return kExitFailure;
        report = journal::exchange::importJson(*opened.journal, read, options);
    }
    if (!report.ok) {
        reportImportFailure(call, file, report);
        return kExitFailure;
    }
    call.out << "Imported " << report.added << (report.added == 1 ? " item" : " items");
    if (report.skipped > 0)
        call.out << "; " << report.skipped << " already in the journal were kept as they were";
    call.out << ".\n";
    if (report.backup)
        call.out << "A backup from before the import is at " << report.backup->file.string() << ".\n";
    if (call.globals.demo)
        call.out << "Demo mode keeps nothing: the import was checked and then let go.\n";
    return kExitOk;
}

int runSearch(Invocation& call)
{
    auto args = parseOrExplain(call, "search");
    if (!args)
        return kExitUsage;
    if (args->positional().empty()) {
        call.err << "tend search: say what to look for\nusage: tend search QUERY [--json]\n";
        return kExitUsage;
    }
    journal::SearchQuery query;
    for (const std::string& word : args->positional())
        query.text += (query.text.empty() ? "" : " ") + word;
    query.viewer = viewerFrom(call, *args);
    query.partnerId = args->value("--partner");
    query.step = args->value("--step");
    query.from = args->value("--from");
    query.to = args->value("--to");
    query.sessionId = args->value("--session");
    if (auto limit = args->value("--limit")) {
        try {
            query.limit = std::stoi(*limit);
        } catch (const std::exception&) {
            call.err << "tend search: --limit needs a number\n";
            return kExitUsage;
        }
    }
    auto opened = openOrEmpty(call, "search", &*args);
    if (!opened)
        return kExitFailure;
    auto hits = opened->journal->search(query);
    if (!hits) {
        call.err << "tend search: the search could not be run: " << hits.error().message << ". Nothing was changed.\n";
        return kExitFailure;
    }
    if (args->has("--json")) {
        nlohmann::json out = nlohmann::json::array();
        for (const auto& hit : *hits)
            out.push_back({{"entryId", hit.entryId},
                           {"sessionId", hit.sessionId},
                           {"partnerId", hit.partnerId ? nlohmann::json(*hit.partnerId) : nlohmann::json(nullptr)},
                           {"step", hit.step},
                           {"card", hit.card},
                           {"createdAt", hit.createdAt},
                           {"snippet", plainSnippet(hit.snippet)}});
        call.out << out.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        return kExitOk;
    }
    if (hits->empty()) {
        call.out << "Nothing found.\n";
        return kExitOk;
    }
    // For people: when, who, the step and card by their titles, and the words found (no ids, kinds or JSON).
    const auto library = contentForReading(call);
    reading::Reader reader(library.get(), call.globals.contentLocale());
    reader.addPeopleFrom(*opened->journal);
    std::map<std::string, std::shared_ptr<const content::Program>> programs;
    for (const auto& hit : *hits) {
        auto& program = programs[hit.sessionId];
        if (!program)
            if (auto session = opened->journal->session(hit.sessionId); session && *session)
                program = reader.program((*session)->programId);
        call.out << reader.when(hit.createdAt) << " · " << reader.name(hit.partnerId) << " · "
                 << reader.stepTitle(program.get(), hit.step) << " · " << reader.cardTitle(program.get(), hit.card)
                 << "\n    " << plainSnippet(reader.snippet(program.get(), hit.card, hit.snippet)) << '\n';
    }
    return kExitOk;
}

int runBackup(Invocation& call)
{
    auto args = parseOrExplain(call, "backup");
    if (!args)
        return kExitUsage;
    if (!args->positional().empty()) {
        call.err << "tend backup: unexpected word '" << args->positional().front() << "'\nusage: tend backup\n";
        return kExitUsage;
    }
    if (call.globals.demo) {
        call.out << "Demo mode keeps nothing on disk, so there is nothing to back up.\n";
        return kExitOk;
    }
    // The same read-only look as every command: a damaged or foreign file is never copied over a good backup's place.
    auto opened = openForReading(call, "backup");
    if (!opened)
        return kExitFailure;
    if (opened->empty) {
        call.out << "There is no journal in " << call.globals.dataDir.string() << " yet; nothing to back up.\n";
        return kExitOk;
    }
    const fs::path file = opened->journal->databaseFile();
    opened->journal.reset();
    auto made = journal::backup::create(file, call.globals.dataDir, "manual");
    if (!made) {
        call.err << "tend backup: " << made.error().message << '\n';
        return kExitFailure;
    }
    call.out << "Backup made and verified: " << made->file.string() << '\n';
    return kExitOk;
}

int runCheck(Invocation& call)
{
    auto args = parseOrExplain(call, "check");
    if (!args)
        return kExitUsage;
    if (!args->positional().empty()) {
        call.err << "tend check: unexpected word '" << args->positional().front() << "'\nusage: tend check\n";
        return kExitUsage;
    }
    if (call.globals.demo) {
        call.out << "Demo mode: the journal lives in memory only; nothing on disk to check.\n";
        return kExitOk;
    }
    auto opened = openForReading(call, "check", args->value("--passphrase-file") ? &*args : nullptr);
    if (!opened)
        return kExitFailure;
    if (opened->empty) {
        call.out << "There is no journal in " << call.globals.dataDir.string() << " yet.\n";
        return kExitOk;
    }
    Journal& journal = *opened->journal;
    auto& db = journal.database();
    if (journal.hasKeyring() && !journal.isLocked()) {
        // With the passphrase every stored value is decrypted and verified, and each damaged one named.
        auto content = journal.verifyContent();
        if (!content) {
            call.err << "tend check: " << content.error().message << '\n';
            return kExitFailure;
        }
        if (!content->damaged.empty()) {
            call.err << "tend check: the journal " << journal.databaseFile().string()
                     << " is damaged: " << content->damaged.size() << " of " << content->checked
                     << " stored values cannot be opened. Nothing was changed.\n";
            for (const auto& item : content->damaged)
                call.err << "  a damaged " << item.kind << " written " << item.writtenAt << " (id " << item.id << ")\n";
            if (auto latest = journal::backup::latest(call.globals.dataDir))
                call.err << "  The latest verified backup is " << latest->file.string() << " (made "
                         << latest->createdAt << ").\n";
            return kExitFailure;
        }
        call.out << "Every stored value was decrypted and verified (" << content->checked << " values";
        if (content->sealed > 0)
            call.out << "; " << content->sealed << " under a partner's own key were not opened";
        call.out << ").\n";
    }
    const auto sessions = db.queryInt("SELECT count(*) FROM sessions");
    const auto entries = db.queryInt("SELECT count(*) FROM entries");
    const auto backups = journal::backup::list(call.globals.dataDir);
    call.out << "The journal " << journal.databaseFile().string() << " is intact (format " << journal.schemaVersion()
             << ", " << (sessions ? sessions->value_or(0) : 0) << " sessions, " << (entries ? entries->value_or(0) : 0)
             << " entries, " << backups.size() << " backups).\n";
    return kExitOk;
}

} // namespace tend::cli
