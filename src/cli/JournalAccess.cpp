// How the headless commands reach the journal (cli/JournalAccess.h).
#include "cli/JournalAccess.h"

#include <chrono>
#include <ostream>

#include "tend/crypto/PassphraseFile.h"
#include "tend/demo/DemoJournal.h"
#include "tend/journal/Backup.h"

namespace tend::cli {
namespace fs = std::filesystem;
using journal::Journal;
using journal::OpenProblem;
using journal::OpenResult;

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

// The one way every command reads a journal (export, search, backup, check): read-only, with the full
// integrity check and the search index read through, so each refuses a damaged journal with the same sentence.
std::optional<ReadJournal> openForReading(Invocation& call, const std::string& command, const Args* args)
{
    if (call.globals.demo) {
        // Demo mode: the sample couple's journal, seeded in memory from the content folder; nothing on disk.
        demo::DemoOptions options;
        options.now = std::chrono::system_clock::now();
        options.locale = call.globals.contentLocale();
        auto demo = demo::openDemoJournal(call.globals.contentDir, options);
        if (!demo) {
            call.err << "tend " << command << ": " << demo.error().message << '\n';
            return std::nullopt;
        }
        return ReadJournal{std::move(demo->journal), false};
    }
    journal::OpenOptions options;
    options.readOnly = true;
    options.fullCheck = true;
    OpenResult opened = Journal::open(call.globals.dataDir, options);
    if (opened.problem == OpenProblem::NoJournal)
        return ReadJournal{nullptr, true};
    if (!opened.ok()) {
        explainProblem(call, command, opened);
        return std::nullopt;
    }
    // integrity_check does not read inside the full-text index; a query over it does.
    auto& db = opened.journal->database();
    auto fts = db.queryText("SELECT count(*) FROM entries_fts");
    if (fts)
        fts = db.queryText("SELECT count(*) FROM entries_fts WHERE entries_fts MATCH 'a* OR e* OR i* OR o* OR t*'");
    if (!fts) {
        opened.problem = OpenProblem::Damaged;
        opened.message = "The journal " + opened.journal->databaseFile().string() +
                         " is damaged: its search index cannot be read. Nothing was changed.";
        opened.latestBackup = journal::backup::latest(call.globals.dataDir);
        explainProblem(call, command, opened);
        return std::nullopt;
    }
    if (args && !unlockFromArgs(call, command, *opened.journal, *args))
        return std::nullopt;
    return ReadJournal{std::move(opened.journal), false};
}

// openForReading, and an empty in-memory journal for a folder that holds none (an export of nothing).
std::optional<ReadJournal> openOrEmpty(Invocation& call, const std::string& command, const Args* args)
{
    auto opened = openForReading(call, command, args);
    if (!opened || !opened->empty)
        return opened;
    auto memory = Journal::openInMemory();
    if (!memory) {
        call.err << "tend " << command << ": " << memory.error().message << '\n';
        return std::nullopt;
    }
    return ReadJournal{std::move(*memory), true};
}

// Who a read is for: --viewer ID is that partner. Without it the owner sees everything, except in demo
// mode, where an audience is watching: shared answers only, so private sample answers never show.
journal::Viewer viewerFrom(const Invocation& call, const Args& args)
{
    if (auto id = args.value("--viewer"))
        return journal::Viewer::partner(*id);
    return call.globals.demo ? journal::Viewer::sharedOnly() : journal::Viewer::everything();
}

// The content a reading for people is rendered with: the shipped folder and the user's own programs, when they load.
// Without it the reading falls back to readable words (docs/readable-text.md).
std::unique_ptr<content::ContentLibrary> contentForReading(const Invocation& call)
{
    auto library = std::make_unique<content::ContentLibrary>();
    std::error_code ec;
    if (!call.globals.contentDir.empty() && fs::is_directory(call.globals.contentDir, ec))
        (void)library->addFolder(call.globals.contentDir);
    if (!call.globals.demo && fs::is_directory(call.globals.dataDir / "content", ec))
        (void)library->addFolder(call.globals.dataDir / "content");
    return library;
}

} // namespace tend::cli
