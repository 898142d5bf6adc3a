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
#include "tend/crypto/ExportCipher.h"
#include "tend/crypto/PassphraseFile.h"
#include "tend/demo/DemoJournal.h"
#include "tend/journal/Exchange.h"
#include "tend/journal/Journal.h"
#include "tend/journal/Schema.h"
#include "tend/modes/PrivacyView.h"

namespace tend::cli {
namespace {
namespace fs = std::filesystem;
using journal::Journal;
using journal::OpenProblem;
using journal::OpenResult;

// What to tell someone whose journal could not be opened, after the message itself.
void explainProblem(Invocation& call, const std::string& command, const OpenResult& opened)
{
    call.err << "tend " << command << ": " << opened.message << '\n';
    if (opened.problem == OpenProblem::Damaged || opened.problem == OpenProblem::NotAJournal ||
        opened.problem == OpenProblem::Missing) {
        if (opened.latestBackup)
            call.err << "  The latest verified backup is " << opened.latestBackup->file.string() << " (made "
                     << opened.latestBackup->createdAt << ").\n";
        else
            call.err << "  No backup of this journal was found.\n";
        if (opened.problem == OpenProblem::Damaged)
            call.err << "  To save what can still be read: tend export --salvage --out FILE\n";
    }
}

// The passphrase named by --passphrase-file (never on the command line), or nullopt after saying why.
std::optional<crypto::SecureBytes> passphraseFrom(Invocation& call, const std::string& command, const Args& args)
{
    auto file = args.value("--passphrase-file");
    if (!file) {
        call.err << "tend " << command << ": this journal is protected; give --passphrase-file FILE\n";
        return std::nullopt;
    }
    auto read = crypto::readPassphraseFile(*file);
    if (!read) {
        call.err << "tend " << command << ": " << read.error().message << '\n';
        return std::nullopt;
    }
    return std::move(*read);
}

// Unlocks a protected journal with --passphrase-file; true when it can be read.
bool unlockFromArgs(Invocation& call, const std::string& command, Journal& journal, const Args& args)
{
    if (!journal.isLocked())
        return true;
    auto passphrase = passphraseFrom(call, command, args);
    if (!passphrase)
        return false;
    if (auto opened = journal.unlock(passphrase->view()); !opened) {
        call.err << "tend " << command << ": " << opened.error().message << " Nothing was changed.\n";
        return false;
    }
    return true;
}

// A journal to read from: the in-memory one in demo mode, otherwise the data folder's, read-only.
// An empty folder reads as an empty journal.
struct ReadJournal {
    std::unique_ptr<Journal> journal;
    bool empty = false;
};

std::optional<ReadJournal> openForReading(Invocation& call, const std::string& command, const Args* args = nullptr,
                                          bool fullCheck = false)
{
    if (call.globals.demo) {
        // Demo mode: the sample couple's journal, seeded in memory from the content folder; nothing on disk.
        auto demo = demo::openDemoJournal(call.globals.contentDir);
        if (!demo) {
            call.err << "tend " << command << ": " << demo.error().message << '\n';
            return std::nullopt;
        }
        return ReadJournal{std::move(demo->journal), false};
    }
    journal::OpenOptions options;
    options.readOnly = true;
    options.fullCheck = fullCheck;
    OpenResult opened = Journal::open(call.globals.dataDir, options);
    if (opened.problem == OpenProblem::NoJournal) {
        auto memory = Journal::openInMemory();
        if (!memory) {
            call.err << "tend " << command << ": " << memory.error().message << '\n';
            return std::nullopt;
        }
        return ReadJournal{std::move(*memory), true};
    }
    if (!opened.ok()) {
        explainProblem(call, command, opened);
        return std::nullopt;
    }
    if (args && !unlockFromArgs(call, command, *opened.journal, *args))
        return std::nullopt;
    return ReadJournal{std::move(opened.journal), false};
}

// Who a read is for: --viewer ID is that partner. Without it the owner sees everything, except in demo
// mode, where an audience is watching: shared answers only, so private sample answers never show.
journal::Viewer viewerFrom(const Invocation& call, const Args& args)
{
    if (auto id = args.value("--viewer"))
        return journal::Viewer::partner(*id);
    return call.globals.demo ? journal::Viewer::sharedOnly() : journal::Viewer::everything();
}

// Writes `text` to `file` via a private temporary file and a rename: never a half-written export.
Result<void> writeFileAtomically(const fs::path& file, const std::string& text)
{
    const fs::path dir = file.has_parent_path() ? file.parent_path() : fs::path(".");
    const fs::path temp = dir / ("." + file.filename().string() + ".tmp-" + journal::newId());
    const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return makeError("Cannot write " + file.string() + ": " + std::strerror(errno));
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t wrote = ::write(fd, text.data() + done, text.size() - done);
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote < 0) {
            const int saved = errno;
            ::close(fd);
            ::unlink(temp.c_str());
            return makeError("Cannot write " + file.string() + ": " + std::strerror(saved));
        }
        done += static_cast<std::size_t>(wrote);
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0) {
        ::unlink(temp.c_str());
        return makeError("Cannot write " + file.string() + ": " + std::strerror(errno));
    }
    if (::rename(temp.c_str(), file.c_str()) != 0) {
        const int saved = errno;
        ::unlink(temp.c_str());
        return makeError("Cannot write " + file.string() + ": " + std::strerror(saved));
    }
    return {};
}

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

    std::string text;
    if (args->has("--salvage")) {
        const fs::path file = call.globals.dataDir / journal::schema::kDatabaseFileName;
        auto salvaged = journal::exchange::salvage(file);
        if (!salvaged) {
            call.err << "tend export: " << salvaged.error().message << '\n';
            return kExitFailure;
        }
        for (const std::string& problem : salvaged->problems)
            call.err << "tend export: " << problem << '\n';
        call.err << "tend export: " << salvaged->rowsRecovered << " rows could be read from " << file.string()
                 << " (the file itself was not changed)\n";
        text = salvaged->document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
    } else {
        if (args->has("--encrypt") && (!args->value("--passphrase-file") || !args->value("--out"))) {
            call.err << "tend export: --encrypt needs --passphrase-file FILE and --out FILE\n";
            return kExitUsage;
        }
        auto opened = openForReading(call, "export", &*args);
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
        options.stats = &stats;
        // modes::exportTextFor also removes other people's private answers from each session's engine state.
        auto produced = format == "json" ? modes::exportTextFor(*opened->journal, options)
                                         : journal::exchange::exportMarkdown(*opened->journal, options);
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
                     << " damaged and could not be opened; left out of this export (the journal keeps them)\n";
        text = std::move(*produced);
    }
    if (args->has("--encrypt")) {
        auto passphrase = passphraseFrom(call, "export", *args);
        if (!passphrase)
            return kExitFailure;
        const std::span<const std::uint8_t> plain(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
        auto sealed = crypto::exportfile::encrypt(plain, passphrase->view());
        if (!sealed) {
            call.err << "tend export: " << sealed.error().message << '\n';
            return kExitFailure;
        }
        text.assign(reinterpret_cast<const char*>(sealed->data()), sealed->size());
    }
    if (auto out = args->value("--out")) {
        if (auto written = writeFileAtomically(*out, text); !written) {
            call.err << "tend export: " << written.error().message << '\n';
            return kExitFailure;
        }
        return kExitOk;
    }
    call.out << text;
    call.out.flush();
    return call.out ? kExitOk : kExitFailure;
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
    std::string text;
    {
        std::error_code ec;
        const auto size = fs::file_size(file, ec);
        if (ec) {
            call.err << "tend import: cannot read " << file.string() << ": " << ec.message() << '\n';
            return kExitFailure;
        }
        if (size > journal::exchange::kMaxImportBytes) {
            call.err << "tend import: " << file.string() << " is too large to be a Tend export; nothing was "
                     << "imported\n";
            return kExitFailure;
        }
        std::ifstream in(file, std::ios::binary);
        text.resize(static_cast<std::size_t>(size));
        in.read(text.data(), static_cast<std::streamsize>(size));
        if (!in || static_cast<std::uintmax_t>(in.gcount()) != size) {
            call.err << "tend import: cannot read " << file.string() << '\n';
            return kExitFailure;
        }
    }

    // An encrypted export (crypto_secretstream) is opened with --passphrase-file before anything else.
    std::optional<crypto::SecureBytes> exportPassphrase;
    if (crypto::exportfile::looksLikeExport(
            std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()))) {
        auto secretFile = args->value("--passphrase-file");
        if (!secretFile) {
            call.err << "tend import: " << args->positional().front()
                     << " is an encrypted export; give --passphrase-file FILE\n";
            return kExitFailure;
        }
        auto read = crypto::readPassphraseFile(*secretFile);
        if (!read) {
            call.err << "tend import: " << read.error().message << '\n';
            return kExitFailure;
        }
        auto plain = crypto::exportfile::decrypt(
            std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(text.data()), text.size()),
            read->view());
        if (!plain) {
            call.err << "tend import: " << plain.error().message << " Nothing was imported.\n";
            return kExitFailure;
        }
        text.assign(reinterpret_cast<const char*>(plain->data()), plain->size());
        exportPassphrase = std::move(*read);
    }

    std::unique_ptr<Journal> target;
    const bool freshFolder =
        !call.globals.demo && !fs::exists(call.globals.dataDir / journal::schema::kDatabaseFileName);
    if (call.globals.demo) {
        auto memory = Journal::openInMemory();
        if (!memory) {
            call.err << "tend import: " << memory.error().message << '\n';
            return kExitFailure;
        }
        target = std::move(*memory);
    } else {
        OpenResult opened = Journal::open(call.globals.dataDir);
        if (!opened.ok()) {
            explainProblem(call, "import", opened);
            if (opened.problem == OpenProblem::InUse)
                call.err << "  Close Tend, then import again.\n";
            return kExitFailure;
        }
        target = std::move(opened.journal);
        if (freshFolder && !exportPassphrase && args->value("--passphrase-file")) {
            // A plain export imported into a new folder with a passphrase: protected from its first row.
            exportPassphrase = passphraseFrom(call, "import", *args);
            if (!exportPassphrase)
                return kExitFailure;
        }
        if (freshFolder && exportPassphrase) {
            // A new journal from an encrypted export is protected by the same passphrase from its first row.
            if (auto protectedNow = target->enableProtection(exportPassphrase->view()); !protectedNow) {
                call.err << "tend import: " << protectedNow.error().message << '\n';
                return kExitFailure;
            }
        } else if (!unlockFromArgs(call, "import", *target, *args)) {
            return kExitFailure;
        }
    }
    journal::exchange::ImportOptions options;
    options.merge = args->has("--merge");
    const auto report = journal::exchange::importJson(*target, text, options);
    if (!report.ok) {
        call.err << "tend import: nothing was imported from " << file.string() << ":\n" << report.describe();
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
    auto opened = openForReading(call, "search", &*args);
    if (!opened)
        return kExitFailure;
    auto hits = opened->journal->search(query);
    if (!hits) {
        call.err << "tend search: " << hits.error().message << '\n';
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
    for (const auto& hit : *hits)
        call.out << hit.createdAt << "  " << hit.step << " / " << hit.card << "  (session " << hit.sessionId
                 << ")\n    " << plainSnippet(hit.snippet) << '\n';
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
    // A read-only look first: a damaged or foreign file is never copied over a good backup's place.
    journal::OpenOptions options;
    options.readOnly = true;
    OpenResult opened = Journal::open(call.globals.dataDir, options);
    if (opened.problem == OpenProblem::NoJournal) {
        call.out << "There is no journal in " << call.globals.dataDir.string() << " yet; nothing to back up.\n";
        return kExitOk;
    }
    if (!opened.ok()) {
        explainProblem(call, "backup", opened);
        return kExitFailure;
    }
    const fs::path file = opened.journal->databaseFile();
    opened.journal.reset();
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
    journal::OpenOptions options;
    options.readOnly = true;
    options.fullCheck = true;
    OpenResult opened = Journal::open(call.globals.dataDir, options);
    if (opened.problem == OpenProblem::NoJournal) {
        call.out << "There is no journal in " << call.globals.dataDir.string() << " yet.\n";
        return kExitOk;
    }
    if (!opened.ok()) {
        explainProblem(call, "check", opened);
        return kExitFailure;
    }
    auto& db = opened.journal->database();
    if (auto fts = db.queryText("SELECT count(*) FROM entries_fts"); !fts) {
        call.err << "tend check: the search index of " << opened.journal->databaseFile().string()
                 << " cannot be read: " << fts.error().message << '\n';
        return kExitFailure;
    }
    const auto sessions = db.queryInt("SELECT count(*) FROM sessions");
    const auto entries = db.queryInt("SELECT count(*) FROM entries");
    const auto backups = journal::backup::list(call.globals.dataDir);
    call.out << "The journal " << opened.journal->databaseFile().string() << " is intact (format "
             << opened.journal->schemaVersion() << ", " << (sessions ? sessions->value_or(0) : 0) << " sessions, "
             << (entries ? entries->value_or(0) : 0) << " entries, " << backups.size() << " backups).\n";
    return kExitOk;
}

} // namespace tend::cli
