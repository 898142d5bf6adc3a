// The journal's encryption at rest, end to end on real files. Key costs are libsodium's minimum (tests only).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <sqlite3.h>

#include "../journal/JournalTestSupport.h"
#include "tend/journal/Exchange.h"
#include "tend/journal/Schema.h"

using namespace tend;
using namespace tend::journal;
using tend::journal::testing::TempDir;
namespace fs = std::filesystem;

namespace {

OpenOptions cheap()
{
    OpenOptions options;
    options.kdfPolicy = crypto::KdfPolicy::minimum();
    return options;
}

std::unique_ptr<Journal> openJournal(const fs::path& dir)
{
    auto opened = Journal::open(dir, cheap());
    REQUIRE(opened.ok());
    return std::move(opened.journal);
}

std::string utf16(const std::string& ascii, bool bigEndian)
{
    std::string out;
    for (char c : ascii) {
        if (bigEndian)
            out += '\0';
        out += c;
        if (!bigEndian)
            out += '\0';
    }
    return out;
}

/// Every occurrence of any canary (UTF-8, UTF-16LE, UTF-16BE) in any file under `dir`, as "file: canary".
std::vector<std::string> scan(const fs::path& dir, const std::vector<std::string>& canaries)
{
    std::vector<std::string> hits;
    for (const auto& item : fs::recursive_directory_iterator(dir)) {
        if (!item.is_regular_file())
            continue;
        const std::string bytes = testing::readBytes(item.path());
        for (const std::string& canary : canaries)
            for (const std::string& form : {canary, utf16(canary, false), utf16(canary, true)})
                if (bytes.find(form) != std::string::npos)
                    hits.push_back(item.path().filename().string() + ": " + canary);
    }
    return hits;
}

struct Couple2 {
    std::string couple, a, b, session;
};

Couple2 makeCouple(Journal& j)
{
    Couple c;
    c.name = "Test couple";
    REQUIRE(j.addCouple(c));
    Partner a;
    a.coupleId = c.id;
    a.displayName = "A";
    REQUIRE(j.addPartner(a));
    Partner b;
    b.coupleId = c.id;
    b.displayName = "B";
    b.position = 1;
    REQUIRE(j.addPartner(b));
    Session s;
    s.coupleId = c.id;
    s.programId = "repair";
    s.programVersion = "1";
    REQUIRE(j.addSession(s));
    return {c.id, a.id, b.id, s.id};
}

std::string text(const std::string& words)
{
    return nlohmann::json{{"text", words}}.dump();
}

Entry entry(const Couple2& c, std::optional<std::string> partner, Visibility visibility, const std::string& words)
{
    Entry e;
    e.sessionId = c.session;
    e.partnerId = std::move(partner);
    e.step = "reflect";
    e.card = "inside";
    e.visibility = visibility;
    e.payload = text(words);
    return e;
}

/// Writes one canary into every kind of content: shared and private entries, a draft, a check-in note, a
/// commitment, the engine state and a safety answer.
void writeCanaries(Journal& j, const Couple2& c, const std::vector<std::string>& k)
{
    Entry shared = entry(c, c.a, Visibility::Shared, "shared " + k[0]);
    REQUIRE(j.saveEntry(shared));
    Entry privA = entry(c, c.a, Visibility::Private, "mine " + k[1]);
    REQUIRE(j.saveEntry(privA));
    Entry privB = entry(c, c.b, Visibility::Private, "theirs " + k[2]);
    REQUIRE(j.saveEntry(privB));
    Draft d;
    d.sessionId = c.session;
    d.partnerId = c.a;
    d.step = "honor";
    d.card = "pain";
    d.payload = text("typing " + k[3]);
    REQUIRE(j.saveDraft(d));
    CheckIn in;
    in.sessionId = c.session;
    in.partnerId = c.b;
    in.level = 7;
    in.payload = nlohmann::json{{"emotions", {"hurt"}}, {"note", k[4]}}.dump();
    REQUIRE(j.addCheckIn(in));
    Commitment m;
    m.coupleId = c.couple;
    m.sessionId = c.session;
    m.payload = text(k[5]);
    REQUIRE(j.addCommitment(m));
    auto s = j.session(c.session);
    REQUIRE(s);
    REQUIRE(*s);
    Session session = **s;
    session.engineState = nlohmann::json{{"answers", {{"x", k[6]}}}}.dump();
    REQUIRE(j.updateSession(session));
    SafetyAnswer sa;
    sa.partnerId = c.b;
    sa.payload = text(k[7]);
    REQUIRE(j.addSafetyAnswer(sa));
}

const std::vector<std::string> kCanaries = {"QuokkaSharedCanary71", "MarmotPrivateA3318",  "NarwhalPrivateB9026",
                                            "OcelotDraftCanary55",  "PangolinNoteCanary4", "TapirPromiseCanary8",
                                            "WombatEngineCanary2",  "IbexSafetyCanary613"};

} // namespace

TEST_CASE("canaries written to a protected journal are nowhere on disk after lock and close", "[privacy]")
{
    TempDir dir;
    {
        auto j = openJournal(dir.path());
        auto c = makeCouple(*j);
        REQUIRE(j->enableProtection("correct horse battery"));
        REQUIRE(j->addPartnerKey(c.a, crypto::PartnerSecret::passphrase("a's own words")));
        REQUIRE(j->addPartnerKey(c.b, crypto::PartnerSecret::passphrase("b's own words")));
        writeCanaries(*j, c, kCanaries);
        // Everything reads back while unlocked, and search finds it from memory.
        auto rows = j->entries(c.session, Viewer::everything());
        REQUIRE(rows);
        REQUIRE(rows->size() == 3);
        for (const Entry& e : *rows)
            CHECK_FALSE(e.damaged);
        auto hits = j->search(SearchQuery(kCanaries[0], Viewer::partner(c.a)));
        REQUIRE(hits);
        CHECK(hits->size() == 1);
        REQUIRE(j->backupNow("manual"));
        j->lock();
        CHECK(j->isLocked());
        auto locked = j->entries(c.session, Viewer::everything());
        REQUIRE_FALSE(locked);
        CHECK(locked.error().message.find("locked") != std::string::npos);
        CHECK_FALSE(j->search(SearchQuery(kCanaries[0], Viewer::everything())));
    }
    CHECK(scan(dir.path(), kCanaries).empty());
    // Reopened and unlocked, every value is back.
    auto j = openJournal(dir.path());
    CHECK(j->isLocked());
    REQUIRE(j->unlock("correct horse battery"));
    auto sessions = j->sessionList();
    REQUIRE(sessions);
    REQUIRE(sessions->size() == 1);
    CHECK(sessions->front().session.engineState.find(kCanaries[6]) != std::string::npos);
}

TEST_CASE("protecting an existing plaintext journal leaves no clear text except in older backups", "[privacy]")
{
    TempDir dir;
    {
        auto j = openJournal(dir.path());
        auto c = makeCouple(*j);
        writeCanaries(*j, c, kCanaries); // written in clear first
        REQUIRE(j->backupNow("manual"));
        REQUIRE(j->enableProtection("a long passphrase"));
        CHECK(j->isProtected());
        auto hits = j->search(SearchQuery(kCanaries[2], Viewer::everything()));
        REQUIRE(hits);
        CHECK(hits->size() == 1); // private entries written before partner keys stay under the journal key
        const auto plain = j->plainBackups();
        CHECK(plain.size() == 2); // the manual one and the one made just before protecting
        for (const auto& file : plain)
            fs::remove(file);
        j->lock();
    }
    CHECK(scan(dir.path(), kCanaries).empty());
}

TEST_CASE("partner isolation: one partner's key never opens the other's private entries", "[privacy]")
{
    auto made = Journal::openInMemory();
    REQUIRE(made);
    auto& j = **made;
    auto c = makeCouple(j);
    REQUIRE(j.enableProtection("journal words"));
    REQUIRE(j.addPartnerKey(c.a, crypto::PartnerSecret::passphrase("alpha words")));
    REQUIRE(j.addPartnerKey(c.b, crypto::PartnerSecret::pin("482913")));
    writeCanaries(j, c, kCanaries);
    j.lockPartner(c.b);
    // B's private entry: sealed for everyone while B is locked, absent from A's views, search and export.
    auto all = j.entries(c.session, Viewer::everything());
    REQUIRE(all);
    int sealed = 0;
    for (const Entry& e : *all)
        if (e.sealed) {
            ++sealed;
            CHECK(e.payload == "{}");
        }
    CHECK(sealed == 1);
    auto forA = j.entries(c.session, Viewer::partner(c.a));
    REQUIRE(forA);
    CHECK(forA->size() == 2);
    for (const Entry& e : *forA)
        CHECK_FALSE(e.sealed);
    REQUIRE(j.unlockPartner(c.b, crypto::PartnerSecret::pin("482913")));
    auto hits = j.search(SearchQuery(kCanaries[2], Viewer::partner(c.a)));
    REQUIRE(hits);
    CHECK(hits->empty());
    auto hitsB = j.search(SearchQuery(kCanaries[2], Viewer::partner(c.b)));
    REQUIRE(hitsB);
    CHECK(hitsB->size() == 1);
    exchange::ExportOptions options;
    options.viewer = Viewer::partner(c.a);
    auto exported = exchange::exportJsonText(j, options);
    REQUIRE(exported);
    CHECK(exported->find(kCanaries[2]) == std::string::npos);
    CHECK(exported->find(kCanaries[7]) == std::string::npos);
    // The raw blob of B's entry does not open with A's key.
    auto stmt =
        j.database().prepare("SELECT id, payload FROM entries WHERE partner_id = ?1 AND visibility = 'private'");
    REQUIRE(stmt);
    stmt->bind(1, c.b);
    auto row = stmt->step();
    REQUIRE(row);
    REQUIRE(*row);
    const std::string id = stmt->columnText(0);
    const std::string blob = stmt->columnBlob(1);
    const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(blob.data()), blob.size());
    CHECK_FALSE(j.keyVault()->decryptPrivate(c.a, bytes, {"entries", id, "payload"}));
    CHECK_FALSE(j.keyVault()->decryptShared(bytes, {"entries", id, "payload"}));
    CHECK(j.keyVault()->decryptPrivate(c.b, bytes, {"entries", id, "payload"}));
}

TEST_CASE("tampered and swapped ciphertexts are reported damaged and the rest load", "[privacy]")
{
    auto made = Journal::openInMemory();
    REQUIRE(made);
    auto& j = **made;
    auto c = makeCouple(j);
    REQUIRE(j.enableProtection("journal words"));
    std::vector<std::string> ids;
    for (int i = 0; i < 4; ++i) {
        Entry e = entry(c, std::nullopt, Visibility::Shared, "entry number " + std::to_string(i));
        REQUIRE(j.saveEntry(e));
        ids.push_back(e.id);
    }
    auto& db = j.database();
    // Swap the payloads of entries 0 and 1.
    auto blobOf = [&](const std::string& id) {
        auto read = db.prepare("SELECT payload FROM entries WHERE id = ?1");
        REQUIRE(read);
        read->bind(1, id);
        auto row = read->step();
        REQUIRE(row);
        REQUIRE(*row);
        return read->columnBlob(0);
    };
    auto setBlob = [&](const std::string& id, const std::string& blob) {
        auto write = db.prepare("UPDATE entries SET payload = ?2 WHERE id = ?1");
        REQUIRE(write);
        write->bind(1, id).bindBlob(2, blob);
        REQUIRE(write->run());
    };
    const std::string first = blobOf(ids[0]);
    const std::string second = blobOf(ids[1]);
    setBlob(ids[0], second);
    setBlob(ids[1], first);
    // Flip one byte in entry 2's ciphertext.
    {
        auto read = db.prepare("SELECT payload FROM entries WHERE id = ?1");
        REQUIRE(read);
        read->bind(1, ids[2]);
        auto row = read->step();
        REQUIRE(row);
        REQUIRE(*row);
        std::string blob = read->columnBlob(0);
        blob[30] = static_cast<char>(blob[30] ^ 0x01);
        auto write = db.prepare("UPDATE entries SET payload = ?2 WHERE id = ?1");
        REQUIRE(write);
        write->bind(1, ids[2]).bindBlob(2, blob);
        REQUIRE(write->run());
    }
    auto rows = j.entries(c.session, Viewer::everything());
    REQUIRE(rows);
    REQUIRE(rows->size() == 4);
    CHECK((*rows)[0].damaged);
    CHECK((*rows)[1].damaged);
    CHECK((*rows)[2].damaged);
    CHECK_FALSE((*rows)[3].damaged);
    CHECK((*rows)[3].payload == text("entry number 3"));
    CHECK((*rows)[0].payload == "{}");
}

TEST_CASE("changing the passphrase re-wraps keys only: every stored blob stays byte for byte", "[privacy]")
{
    TempDir dir;
    std::string before;
    {
        auto j = openJournal(dir.path());
        auto c = makeCouple(*j);
        REQUIRE(j->enableProtection("first words"));
        writeCanaries(*j, c, kCanaries);
        auto blobs = j->database().queryText("SELECT group_concat(hex(payload), ',') FROM "
                                             "(SELECT payload FROM entries ORDER BY seq)");
        REQUIRE(blobs);
        before = blobs->value_or("");
        REQUIRE(j->changePassphrase("second words"));
    }
    auto j = openJournal(dir.path());
    auto wrong = j->unlock("first words");
    REQUIRE_FALSE(wrong);
    CHECK(wrong.code() == crypto::ErrorCode::WrongSecret);
    REQUIRE(j->unlock("second words"));
    auto blobs = j->database().queryText("SELECT group_concat(hex(payload), ',') FROM "
                                         "(SELECT payload FROM entries ORDER BY seq)");
    REQUIRE(blobs);
    CHECK(blobs->value_or("") == before);
    auto hits = j->search(SearchQuery(kCanaries[0], Viewer::everything()));
    REQUIRE(hits);
    CHECK(hits->size() == 1);
}

TEST_CASE("a wrong passphrase and a damaged keyring get different messages and delete nothing", "[privacy]")
{
    TempDir dir;
    {
        auto j = openJournal(dir.path());
        auto c = makeCouple(*j);
        REQUIRE(j->enableProtection("the real one"));
        writeCanaries(*j, c, kCanaries);
    }
    std::string wrongMessage;
    {
        auto j = openJournal(dir.path());
        auto wrong = j->unlock("not it");
        REQUIRE_FALSE(wrong);
        CHECK(wrong.code() == crypto::ErrorCode::WrongSecret);
        wrongMessage = wrong.error().message;
        // Damage the stored keyring.
        REQUIRE(j->database().exec("UPDATE meta SET value = substr(value, 1, 40) WHERE key = 'keyring'"));
    }
    auto j = openJournal(dir.path());
    CHECK(j->hasKeyring());
    CHECK(j->isLocked());
    auto damaged = j->unlock("the real one");
    REQUIRE_FALSE(damaged);
    CHECK(damaged.code() == crypto::ErrorCode::DamagedKeyData);
    CHECK(damaged.error().message != wrongMessage);
    auto count = j->database().queryInt("SELECT count(*) FROM entries");
    REQUIRE(count);
    CHECK(count->value_or(0) == 3);
}

TEST_CASE("removing protection brings back clear text and the on-disk search", "[privacy]")
{
    TempDir dir;
    auto j = openJournal(dir.path());
    auto c = makeCouple(*j);
    REQUIRE(j->enableProtection("some words"));
    writeCanaries(*j, c, kCanaries);
    REQUIRE(j->removeProtection());
    CHECK_FALSE(j->hasKeyring());
    CHECK_FALSE(j->isLocked());
    auto rows = j->entries(c.session, Viewer::everything());
    REQUIRE(rows);
    REQUIRE(rows->size() == 3);
    CHECK((*rows)[0].payload.find(kCanaries[0]) != std::string::npos);
    auto hits = j->search(SearchQuery(kCanaries[1], Viewer::everything()));
    REQUIRE(hits);
    CHECK(hits->size() == 1);
    auto s = j->session(c.session);
    REQUIRE(s);
    CHECK((*s)->engineState.find(kCanaries[6]) != std::string::npos);
}

TEST_CASE("a reader connection shares the keys and the writer's in-memory index", "[privacy]")
{
    TempDir dir;
    auto j = openJournal(dir.path());
    auto c = makeCouple(*j);
    REQUIRE(j->enableProtection("some words"));
    Entry e = entry(c, std::nullopt, Visibility::Shared, "lighthouse keeper");
    REQUIRE(j->saveEntry(e));
    auto reader = j->openReader();
    REQUIRE(reader);
    auto hits = (*reader)->search(SearchQuery("lighthouse", Viewer::everything()));
    REQUIRE(hits);
    CHECK(hits->size() == 1);
    Entry later = entry(c, std::nullopt, Visibility::Shared, "lighthouse again");
    REQUIRE(j->saveEntry(later));
    hits = (*reader)->search(SearchQuery("lighthouse", Viewer::everything()));
    REQUIRE(hits);
    CHECK(hits->size() == 2);
    j->lock();
    CHECK((*reader)->isLocked());
    CHECK_FALSE((*reader)->entries(c.session, Viewer::everything()));
}

TEST_CASE("a protected journal's search matches word forms, keeps partners apart and keeps no index on disk",
          "[privacy]")
{
    TempDir dir;
    {
        auto j = openJournal(dir.path());
        auto c = makeCouple(*j);
        REQUIRE(j->enableProtection("some words"));
        Entry dinner = entry(c, c.a, Visibility::Shared, "QuokkaDinner dinner was late");
        dinner.payload = nlohmann::json{{"kind", "prompt"}, {"text", "We had dinner late"}, {"by", c.a}}.dump();
        REQUIRE(j->saveEntry(dinner));
        Entry dinners = entry(c, c.b, Visibility::Shared, "Two dinners ago I walked out");
        REQUIRE(j->saveEntry(dinners));
        Entry walk = entry(c, c.b, Visibility::Private, "I walk when I am scared");
        REQUIRE(j->saveEntry(walk));
        auto count = [&](const std::string& words, const Viewer& viewer) {
            auto hits = j->search(SearchQuery(words, viewer));
            REQUIRE(hits);
            return hits->size();
        };
        CHECK(count("dinners", Viewer::everything()) == 2);
        CHECK(count("dinner", Viewer::everything()) == 2);
        CHECK(count("walked", Viewer::everything()) == 2);
        CHECK(count("walk", Viewer::partner(c.a)) == 1);
        CHECK(count("walk", Viewer::partner(c.b)) == 2);
        CHECK(count("walk", Viewer::sharedOnly()) == 1);
        CHECK(count("prompt", Viewer::everything()) == 0);
        CHECK(count(c.a, Viewer::everything()) == 0);
        // The on-disk index stays empty: the stemmed index lives in memory.
        CHECK(j->database().queryInt("SELECT count(*) FROM main.entries_fts")->value_or(-1) == 0);
        j->lock();
    }
    CHECK(scan(dir.path(), {"dinners", "walked", "scared"}).empty());
}

TEST_CASE("migrating a protected format-2 journal writes no clear text and search matches word forms after unlock",
          "[privacy]")
{
    TempDir dir;
    const std::vector<std::string> canaries = {"QuokkaSupper", "dinners", "walked"};
    std::string a;
    {
        auto j = openJournal(dir.path());
        auto c = makeCouple(*j);
        a = c.a;
        REQUIRE(j->enableProtection("some words"));
        Entry ours = entry(c, c.a, Visibility::Shared, "QuokkaSupper: two dinners ago I walked out");
        REQUIRE(j->saveEntry(ours));
        Entry theirs = entry(c, c.b, Visibility::Private, "I walk alone after dinner");
        REQUIRE(j->saveEntry(theirs));
        j->lock();
    }
    {
        // Back to format 2 as a Tend of that format left it: the old index (empty on disk) and user_version 2.
        auto db = sql::Database::open((dir.path() / "tend.db").string(), SQLITE_OPEN_READWRITE);
        REQUIRE(db);
        REQUIRE(db->exec("DROP TABLE entries_fts; CREATE VIRTUAL TABLE entries_fts USING fts5(body, tokenize = "
                         "'unicode61 remove_diacritics 2'); ALTER TABLE sessions DROP COLUMN title; "
                         "DROP TABLE repair_attempts; PRAGMA user_version = 2;"));
    }
    {
        auto j = openJournal(dir.path());
        CHECK(j->schemaVersion() == schema::kCurrentVersion);
        CHECK(j->isLocked());
        bool backedUp = false;
        for (const backup::BackupInfo& info : backup::list(dir.path()))
            backedUp = backedUp ||
                       info.reason.rfind("before-migration-to-" + std::to_string(schema::kCurrentVersion) + "-from-2-",
                                         0) == 0;
        CHECK(backedUp);
        CHECK(j->database().queryInt("SELECT count(*) FROM main.entries_fts")->value_or(-1) == 0);
        REQUIRE(j->unlock("some words"));
        auto hits = j->search(SearchQuery("dinner", Viewer::everything()));
        REQUIRE(hits);
        CHECK(hits->size() == 2);
        hits = j->search(SearchQuery("walk", Viewer::partner(a)));
        REQUIRE(hits);
        CHECK(hits->size() == 1);
        j->lock();
    }
    CHECK(scan(dir.path(), canaries).empty());
}

TEST_CASE("a protected journal keeps a session's title encrypted, and protecting or unprotecting moves it along",
          "[privacy]")
{
    TempDir dir;
    const std::string before = "GiraffeTitleBefore";
    const std::string after = "HeronTitleAfter";
    std::string session;
    {
        auto j = openJournal(dir.path());
        auto c = makeCouple(*j);
        session = c.session;
        REQUIRE(j->setSessionTitle(c.session, before)); // in clear, then protected
        REQUIRE(j->enableProtection("some words"));
        for (const auto& file : j->plainBackups())
            fs::remove(file);
        CHECK(j->session(c.session)->value().title == std::optional<std::string>(before));
        REQUIRE(j->setSessionTitle(c.session, after));
        CHECK(j->session(c.session)->value().title == std::optional<std::string>(after));
        j->lock();
        CHECK_FALSE(j->setSessionTitle(c.session, std::string("locked")));
        // While locked the list still shows, without the sealed title.
        auto rows = j->sessionList();
        REQUIRE(rows);
        REQUIRE(rows->size() == 1);
        CHECK_FALSE(rows->front().session.title);
    }
    CHECK(scan(dir.path(), {before, after}).empty());
    auto j = openJournal(dir.path());
    REQUIRE(j->unlock("some words"));
    CHECK(j->session(session)->value().title == std::optional<std::string>(after));
    REQUIRE(j->removeProtection());
    CHECK(j->database().queryText("SELECT title FROM sessions")->value_or("") == after);
}
