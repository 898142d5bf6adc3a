// The headless commands on protected journals: --passphrase-file, export --encrypt / --plain, import of an
// encrypted export (and of a plain one) into an empty folder, and exports that leave out what they cannot open.
// The journals are made with libsodium's minimum costs; encrypted exports use the production costs (~0.6 s each).
#include <catch2/catch.hpp>

#include <sys/stat.h>

#include <sstream>

#include <nlohmann/json.hpp>

#include "../journal/CliRun.h"
#include "../journal/JournalTestSupport.h"
#include "cli/Commands.h"
#include "tend/crypto/ExportCipher.h"
#include "tend/journal/Exchange.h"

using namespace tend;
using namespace tend::journal;
using namespace tend::journal::testing;
namespace fs = std::filesystem;

namespace {

using Run = CliRun;

Run run(const fs::path& dataDir, std::vector<std::string> words)
{
    return runCli(dataDir, std::move(words));
}

OpenOptions cheap()
{
    OpenOptions options;
    options.kdfPolicy = crypto::KdfPolicy::minimum();
    return options;
}

/// A passphrase file only its owner may read, as --passphrase-file requires.
fs::path secretFile(const TempDir& temp, const std::string& name, const std::string& words)
{
    const fs::path file = temp / name;
    writeBytes(file, words + "\n");
    REQUIRE(::chmod(file.c_str(), 0600) == 0);
    return file;
}

const std::string kSecretWords = "SecretWordsForTheCliTest";

/// A protected journal with the sample rows; returns the sample ids.
Sample makeProtected(const fs::path& dir, const std::string& passphrase)
{
    auto opened = Journal::open(dir, cheap());
    REQUIRE(opened.ok());
    Sample s = fillSample(*opened.journal);
    REQUIRE(opened.journal->enableProtection(passphrase));
    return s;
}

bool contains(const std::string& haystack, const std::string& needle)
{
    return haystack.find(needle) != std::string::npos;
}

} // namespace

TEST_CASE("tend export on a protected journal needs --passphrase-file and --plain or --encrypt", "[privacy][cli]")
{
    TempDir temp;
    makeProtected(temp / "a", "journal words");
    const fs::path right = secretFile(temp, "right", "journal words");
    const fs::path wrong = secretFile(temp, "wrong", "other words");

    auto noSecret = run(temp / "a", {"export"});
    CHECK(noSecret.code == 1);
    CHECK(contains(noSecret.err, "--passphrase-file"));

    auto wrongSecret = run(temp / "a", {"export", "--plain", "--passphrase-file", wrong.string()});
    CHECK(wrongSecret.code == 1);
    CHECK(wrongSecret.out.empty());

    auto noChoice = run(temp / "a", {"export", "--passphrase-file", right.string()});
    CHECK(noChoice.code == 1);
    CHECK(contains(noChoice.err, "--plain"));
    CHECK(noChoice.out.empty());

    auto plain = run(temp / "a", {"export", "--plain", "--passphrase-file", right.string()});
    INFO(plain.err);
    REQUIRE(plain.code == 0);
    CHECK(contains(plain.err, "NOT encrypted"));
    CHECK(nlohmann::json::parse(plain.out)["format"] == "tend-journal");
    CHECK(contains(plain.out, "displayName"));

    // A passphrase file others may read is refused, not warned about.
    const fs::path open = temp / "readable";
    writeBytes(open, "journal words\n");
    REQUIRE(::chmod(open.c_str(), 0644) == 0);
    auto insecure = run(temp / "a", {"export", "--plain", "--passphrase-file", open.string()});
    CHECK(insecure.code == 1);
    CHECK(contains(insecure.err, "chmod 600"));

    // --encrypt needs a file to write to and a passphrase.
    auto encryptToStdout = run(temp / "a", {"export", "--encrypt", "--passphrase-file", right.string()});
    CHECK(encryptToStdout.code == 2);
}

TEST_CASE("encrypted export, import into an empty folder, export again: the same journal", "[privacy][cli]")
{
    TempDir temp;
    makeProtected(temp / "a", kSecretWords);
    const fs::path secret = secretFile(temp, "secret", kSecretWords);
    const fs::path sealedFile = temp / "journal.tendx";

    auto sealed =
        run(temp / "a", {"export", "--encrypt", "--passphrase-file", secret.string(), "--out", sealedFile.string()});
    INFO(sealed.err);
    REQUIRE(sealed.code == 0);
    const std::string bytes = readBytes(sealedFile);
    CHECK(crypto::exportfile::looksLikeExport(
        std::span<const std::uint8_t>(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size())));
    CHECK_FALSE(contains(bytes, "tend-journal"));
    CHECK_FALSE(contains(bytes, "displayName"));

    // Without the passphrase, or with the wrong one, nothing is imported and no journal appears.
    auto without = run(temp / "b", {"import", sealedFile.string()});
    CHECK(without.code == 1);
    CHECK(contains(without.err, "--passphrase-file"));
    const fs::path wrong = secretFile(temp, "wrong", "not the words");
    auto wrongWords = run(temp / "b", {"import", sealedFile.string(), "--passphrase-file", wrong.string()});
    CHECK(wrongWords.code == 1);
    CHECK(contains(wrongWords.err, "Nothing was imported"));
    CHECK_FALSE(fs::exists(temp / "b" / "tend.db"));

    auto imported = run(temp / "b", {"import", sealedFile.string(), "--passphrase-file", secret.string()});
    INFO(imported.err);
    REQUIRE(imported.code == 0);
    {
        // The new journal is protected by the export's passphrase from its first row.
        auto reopened = Journal::open(temp / "b", cheap());
        REQUIRE(reopened.ok());
        CHECK(reopened.journal->isProtected());
        CHECK(reopened.journal->isLocked());
        CHECK(reopened.journal->unlock("not the words").code() == crypto::ErrorCode::WrongSecret);
        CHECK(reopened.journal->unlock(kSecretWords));
    }
    auto first = run(temp / "a", {"export", "--plain", "--passphrase-file", secret.string()});
    auto second = run(temp / "b", {"export", "--plain", "--passphrase-file", secret.string()});
    REQUIRE(first.code == 0);
    REQUIRE(second.code == 0);
    CHECK(first.out == second.out);
}

TEST_CASE("tend import of a plain export with --passphrase-file into an empty folder protects it", "[privacy][cli]")
{
    TempDir temp;
    {
        auto opened = Journal::open(temp / "a", cheap());
        REQUIRE(opened.ok());
        fillSample(*opened.journal);
    }
    auto plain = run(temp / "a", {"export", "--out", (temp / "plain.json").string()});
    REQUIRE(plain.code == 0);
    const fs::path secret = secretFile(temp, "secret", kSecretWords);
    auto imported = run(temp / "b", {"import", (temp / "plain.json").string(), "--passphrase-file", secret.string()});
    INFO(imported.err);
    REQUIRE(imported.code == 0);
    auto reopened = Journal::open(temp / "b", cheap());
    REQUIRE(reopened.ok());
    CHECK(reopened.journal->isProtected());
    CHECK(reopened.journal->isLocked());
    // No clear text of the sample's answers in the new journal's main file.
    const std::string db = readBytes(temp / "b" / "tend.db");
    const std::string exported = readBytes(temp / "plain.json");
    auto doc = nlohmann::json::parse(exported);
    const std::string someAnswer = doc["sessions"][0]["entries"][0]["payload"].dump();
    CHECK_FALSE(contains(db, someAnswer));
}

TEST_CASE("an export leaves out, and counts, the private rows of a partner whose key is locked", "[privacy][cli]")
{
    TempDir temp;
    std::string partnerB;
    {
        auto opened = Journal::open(temp / "a", cheap());
        REQUIRE(opened.ok());
        Journal& j = *opened.journal;
        Sample s = fillSample(j);
        REQUIRE(j.enableProtection("journal words"));
        REQUIRE(j.addPartnerKey(s.sam, crypto::PartnerSecret::pin("271828")));
        Entry hidden;
        hidden.sessionId = s.session;
        hidden.partnerId = s.sam;
        hidden.step = "reflect";
        hidden.card = "inside";
        hidden.visibility = Visibility::Private;
        hidden.payload = textPayload("SamLockedCanary5521");
        REQUIRE(j.saveEntry(hidden));
        SafetyAnswer answer;
        answer.partnerId = s.sam;
        answer.payload = textPayload("SamSafetyCanary7310");
        REQUIRE(j.addSafetyAnswer(answer));
        partnerB = s.sam;

        // In the core: with Sam locked, the rows are omitted and counted, never written as "{}".
        j.lockPartner(s.sam);
        exchange::ExportStats stats;
        exchange::ExportOptions options;
        options.stats = &stats;
        auto text = exchange::exportJsonText(j, options);
        REQUIRE(text);
        CHECK_FALSE(contains(*text, "\"payload\":{}"));
        CHECK(stats.sealedOmitted >= 1); // Sam's private entry (a safety answer is never exported at all)
        CHECK(stats.damagedOmitted == 0);
        auto doc = exchange::exportJson(j, options);
        REQUIRE(doc);
        for (const auto& session : (*doc)["sessions"])
            for (const auto& e : session["entries"])
                CHECK_FALSE(e["payload"].empty());
        // Unlocked, everything is there.
        REQUIRE(j.unlockPartner(s.sam, crypto::PartnerSecret::pin("271828")));
        exchange::ExportStats all;
        options.stats = &all;
        auto full = exchange::exportJsonText(j, options);
        REQUIRE(full);
        CHECK(contains(*full, "SamLockedCanary5521"));
        CHECK_FALSE(contains(*full, "SamSafetyCanary7310")); // not even with the key open
        CHECK(all.sealedOmitted == 0);
    }
    // The CLI cannot open a partner's key: it says how many rows it left out.
    const fs::path secret = secretFile(temp, "secret", "journal words");
    auto exported = run(temp / "a", {"export", "--plain", "--passphrase-file", secret.string()});
    INFO(exported.err);
    REQUIRE(exported.code == 0);
    CHECK(contains(exported.err, "were left out of this export"));
    CHECK_FALSE(contains(exported.out, "SamLockedCanary5521"));
    CHECK_FALSE(contains(exported.out, "\"payload\":{}"));
    CHECK_FALSE(contains(exported.out, "\"payload\": {}"));
}
