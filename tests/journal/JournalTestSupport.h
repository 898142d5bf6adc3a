#pragma once
// Helpers shared by the journal tests: private temporary folders, file bytes, a sample journal
// touching every table, and running a check as an unprivileged user.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "support/TempDir.h"
#include "tend/journal/Journal.h"

namespace tend::journal::testing {

using TempDir = tend::test::TempDir;

std::string readBytes(const std::filesystem::path& file);
void writeBytes(const std::filesystem::path& file, const std::string& bytes);
std::filesystem::path fixture(const std::string& name);
/// Copies a fixture database into `dataDir` as its tend.db.
void installFixture(const std::string& name, const std::filesystem::path& dataDir);

/// Ids of the sample journal's rows.
struct Sample {
    std::string couple, solo, alex, sam, noor, session, soloSession, sharedEntry, privateEntry, jointEntry,
        soloPrivateEntry, draft, commitment;
};
/// Fills `journal` with a couple, a solo profile, sessions and a row in every table.
Sample fillSample(Journal& journal);
/// Opens a journal in `dir`, fills it with the sample and `extraEntries` more entries of about 220 bytes (enough to
/// span many pages), and makes one verified backup when asked. Throws when any step fails.
Sample makeFilledJournal(const std::filesystem::path& dir, int extraEntries, bool withBackup = false);

/// Runs `sql` on `file` in a child that exits without closing it: the change stays in the -wal, as after a crash.
/// Throws when the child fails or leaves no -wal.
void leaveInWal(const std::filesystem::path& file, const std::string& sql);
/// The JSON export of the sample journal plus one private answer (step "acknowledge", card "canary") holding `text`.
std::string sampleExportWith(const std::string& text);

/// {"text": text} as JSON.
std::string textPayload(const std::string& text);
/// Text that breaks naive code: emoji with joiners, combining marks, right-to-left scripts, NUL.
std::string hardText();

/// Runs `check` in a forked child as an unprivileged user (uid/gid 65534 "nobody") when the tests run
/// as root, so permission checks cannot pass merely because root ignores them; as any other user it
/// runs in a child too. `prepare` runs in the parent first with the uid the child will have, to chown
/// what the child needs. Returns the child's exit code (0 = all good) and its message via `why`.
int runUnprivileged(const std::function<void(uid_t uid, gid_t gid)>& prepare, const std::function<std::string()>& check,
                    std::string& why);

} // namespace tend::journal::testing
