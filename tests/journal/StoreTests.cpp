// Round trips through every table, privacy of search and reads, limits, drafts and the writer thread.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <map>
#include <set>
#include <thread>

#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "JournalTestSupport.h"
#include "tend/journal/Exchange.h"
#include "tend/journal/JournalWriter.h"
#include "tend/journal/Schema.h"

using namespace tend::journal;
using namespace tend::journal::testing;
namespace fs = std::filesystem;

namespace {
std::unique_ptr<Journal> openFresh(const fs::path& dir)
{
    auto opened = Journal::open(dir);
    INFO(opened.message);
    REQUIRE(opened.ok());
    return std::move(opened.journal);
}

std::unique_ptr<Journal> memory()
{
    auto j = Journal::openInMemory();
    REQUIRE(j);
    return std::move(*j);
}
} // namespace

TEST_CASE("a new journal is created private, in WAL mode, with every safety pragma")
{
    TempDir temp;
    const fs::path dir = temp / "data";
    auto j = openFresh(dir);
    struct stat st {};
    REQUIRE(::stat(dir.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);
    REQUIRE(::stat((dir / "tend.db").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    Entry e; // force the -wal and -shm into existence
    (void)e;
    auto& db = j->database();
    CHECK(db.queryText("PRAGMA journal_mode")->value() == "wal");
    CHECK(db.queryInt("PRAGMA synchronous")->value() == 2); // FULL
    CHECK(db.queryInt("PRAGMA foreign_keys")->value() == 1);
    CHECK(db.queryInt("PRAGMA trusted_schema")->value() == 0);
    CHECK(db.queryInt("PRAGMA secure_delete")->value() == 1);
    CHECK(db.queryInt("PRAGMA application_id")->value() == schema::kApplicationId);
    CHECK(db.queryInt("PRAGMA user_version")->value() == schema::kCurrentVersion);
    Couple c;
    REQUIRE(j->addCouple(c));
    for (const char* suffix : {"-wal", "-shm"}) {
        REQUIRE(::stat((dir.string() + "/tend.db" + suffix).c_str(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0600);
    }
    // Defensive mode: the schema cannot be edited through writable_schema.
    CHECK(db.exec("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = 'x' WHERE name = 'entries'").ok() ==
          false);
}

TEST_CASE("every table round-trips exactly")
{
    auto j = memory();
    const Sample s = fillSample(*j);

    auto couples = j->couples();
    REQUIRE(couples);
    REQUIRE(couples->size() == 2);
    CHECK(couples->at(0).name == "Alex & Sam");
    CHECK(couples->at(1).kind == CoupleKind::Solo);
    auto partners = j->partners(s.couple);
    REQUIRE(partners->size() == 2);
    CHECK(partners->at(0).displayName == "Alex");
    CHECK(partners->at(1).position == 1);
    CHECK(j->partners(s.solo)->size() == 1);

    auto session = j->session(s.session);
    REQUIRE(session->has_value());
    const Session& x = **session;
    CHECK(x.status == SessionStatus::Paused);
    CHECK(x.pauseReason == std::optional<std::string>("space"));
    CHECK(x.returnAt == std::optional<std::string>("2025-03-14T20:00:00.000Z"));
    CHECK(x.returnPlace == std::optional<std::string>("the bench by the river"));
    CHECK(x.engineState == R"({"card":"ask-for-need","step":"acknowledge"})"); // stored in canonical form
    CHECK(x.mode == SessionMode::Together);
    CHECK(j->session(s.soloSession)->value().mode == SessionMode::Solo);

    Session changed = x;
    changed.status = SessionStatus::Completed;
    changed.endedAt = "2025-03-14T21:00:00.000Z";
    changed.engineState = R"({"step":"re-engage"})";
    REQUIRE(j->updateSession(changed));
    auto reread = j->session(s.session)->value();
    CHECK(reread.status == SessionStatus::Completed);
    CHECK(reread.endedAt == changed.endedAt);
    CHECK(reread.engineState == changed.engineState);
    CHECK(reread.seq == x.seq);

    auto entries = j->entries(s.session, Viewer::everything());
    REQUIRE(entries->size() == 3);
    CHECK(entries->at(0).id == s.sharedEntry);
    CHECK(entries->at(1).visibility == Visibility::Private);
    CHECK_FALSE(entries->at(2).partnerId.has_value());
    CHECK(entries->at(0).seq < entries->at(1).seq);

    auto drafts = j->drafts(s.session);
    REQUIRE(drafts->size() == 1);
    CHECK(drafts->at(0).payload == textPayload("I need a little time bef"));

    auto checks = j->checkIns(s.session);
    REQUIRE(checks->size() == 1);
    CHECK(checks->at(0).level == 8);
    CHECK(checks->at(0).state == BodyState::Racing);
    CHECK(checks->at(0).payload == R"({"emotions":["angry","hurt"],"note":"jaw clenched"})");

    auto commitments = j->commitments(s.couple);
    REQUIRE(commitments->size() == 2);
    CHECK(j->commitments(s.couple, true)->size() == 1);
    Commitment kept = commitments->at(0);
    kept.status = CommitmentStatus::PartlyKept;
    kept.reviewedAt = "2025-03-21T18:30:00.000Z";
    REQUIRE(j->updateCommitment(kept));
    CHECK(j->commitments(s.couple)->at(0).status == CommitmentStatus::PartlyKept);

    auto reminders = j->reminders(s.couple);
    REQUIRE(reminders->size() == 2);
    auto due = j->dueReminders("2025-03-15T00:00:00.000Z");
    REQUIRE(due->size() == 1);
    CHECK(due->at(0).place == std::optional<std::string>("the bench by the river"));
    REQUIRE(j->markReminderDelivered(due->at(0).id, "2025-03-14T20:00:01.000Z"));
    CHECK(j->dueReminders("2025-03-15T00:00:00.000Z")->empty());

    auto safety = j->safetyAnswers(s.noor);
    REQUIRE(safety->size() == 1);
    CHECK(safety->at(0).payload == R"({"feelsSafe":true})");

    auto list = j->sessionList(s.couple);
    REQUIRE(list->size() == 1);
    CHECK(list->at(0).entryCount == 3);
    CHECK(j->sessionList()->size() == 2);

    Couple renamed = couples->at(0);
    renamed.name = "Sam & Alex";
    REQUIRE(j->updateCouple(renamed));
    CHECK(j->couple(s.couple)->value().name == "Sam & Alex");
    Partner p = partners->at(0);
    p.displayName = "Lex";
    REQUIRE(j->updatePartner(p));
    CHECK(j->partner(p.id)->value().displayName == "Lex");
}

TEST_CASE("text with emoji, combining marks, right-to-left scripts and NUL survives exactly")
{
    TempDir temp;
    const std::string text = hardText();
    REQUIRE(text.find('\0') != std::string::npos);
    std::string id;
    Sample s;
    {
        auto j = openFresh(temp / "data");
        s = fillSample(*j);
        Entry e;
        e.sessionId = s.session;
        e.partnerId = s.alex;
        e.step = "honor-pain";
        e.card = "name-it";
        e.payload = textPayload(text);
        REQUIRE(j->saveEntry(e));
        id = e.id;
        // The same bytes bound raw, with an explicit length, as a draft payload's text column.
        auto stmt = j->database().prepare("SELECT ?1, length(CAST(?1 AS BLOB))");
        REQUIRE(stmt);
        stmt->bind(1, text);
        REQUIRE(stmt->step().value());
        CHECK(stmt->columnText(0) == text);
        CHECK(stmt->columnInt(1) == static_cast<std::int64_t>(text.size()));
    }
    auto j = openFresh(temp / "data");
    auto e = j->entry(id, Viewer::everything());
    REQUIRE(e->has_value());
    CHECK((*e)->payload == textPayload(text));
    CHECK(nlohmann::json::parse((*e)->payload)["text"].get<std::string>() == text);
    // Searchable in both scripts, diacritics folded.
    CHECK(j->search({"נבגד", Viewer::everything()})->size() == 1);
    CHECK(j->search({"بالأمان", Viewer::everything()})->size() == 1);
    CHECK(j->search({"decomposed", Viewer::everything()})->size() == 1);
}

TEST_CASE("private entries never reach the other partner")
{
    auto j = memory();
    const Sample s = fillSample(*j);
    auto forAlex = j->entries(s.session, Viewer::partner(s.alex));
    auto forSam = j->entries(s.session, Viewer::partner(s.sam));
    auto shared = j->entries(s.session, Viewer::sharedOnly());
    CHECK(forAlex->size() == 2);
    CHECK(forSam->size() == 3);
    CHECK(shared->size() == 2);
    for (const Entry& e : *forAlex)
        CHECK(e.id != s.privateEntry);
    CHECK_FALSE(j->entry(s.privateEntry, Viewer::partner(s.alex))->has_value());
    CHECK(j->entry(s.privateEntry, Viewer::partner(s.sam))->has_value());

    CHECK(j->search({"relieved", Viewer::partner(s.alex)})->empty());
    CHECK(j->search({"relieved", Viewer::sharedOnly()})->empty());
    CHECK(j->search({"relieved", Viewer::partner(s.sam)})->size() == 1);

    Entry bad;
    bad.sessionId = s.session;
    bad.step = "reflection";
    bad.card = "x";
    bad.visibility = Visibility::Private; // private but joint: impossible
    CHECK_FALSE(j->saveEntry(bad));
}

TEST_CASE("search finds words and prefixes, with highlight markers and filters")
{
    auto j = memory();
    const Sample s = fillSample(*j);
    auto hits = j->search({"shoulders", Viewer::everything()});
    REQUIRE(hits->size() == 1);
    CHECK(hits->at(0).entryId == s.sharedEntry);
    CHECK(hits->at(0).snippet.find(std::string(kHighlightStart) + "shoulders" + kHighlightEnd) != std::string::npos);
    SearchQuery typing{"shoul", Viewer::everything()};
    CHECK(j->search(typing)->empty());
    typing.prefixLastWord = true; // search as you type
    CHECK(j->search(typing)->size() == 1);
    CHECK(j->search({"plans", Viewer::everything()})->size() == 2);
    SearchQuery byStep{"plans", Viewer::everything()};
    byStep.step = "re-engage";
    CHECK(j->search(byStep)->size() == 1);
    SearchQuery byPartner{"plans", Viewer::everything()};
    byPartner.partnerId = s.alex;
    CHECK(j->search(byPartner)->size() == 1);
    SearchQuery joint{"plans", Viewer::everything()};
    joint.partnerId = std::string();
    REQUIRE(j->search(joint)->size() == 1);
    CHECK(j->search(joint)->at(0).entryId == s.jointEntry);
    SearchQuery future{"plans", Viewer::everything()};
    future.from = "2999-01-01T00:00:00Z";
    CHECK(j->search(future)->empty());
    SearchQuery past{"plans", Viewer::everything()};
    past.to = "2999-01-01T00:00:00Z";
    CHECK(j->search(past)->size() == 2);
    // Query syntax from the user is never interpreted.
    for (const char* hostile : {"\"", "AND OR NOT", "body:plans", "(plans", "*", "plans\"*)", "NEAR(a b)"})
        CHECK(j->search({hostile, Viewer::everything()}));
    CHECK(j->search({"   ", Viewer::everything()})->empty());
    // Updating an entry updates the index; deleting removes it.
    Entry e = j->entry(s.sharedEntry, Viewer::everything())->value();
    e.payload = textPayload("Now about the weather");
    REQUIRE(j->saveEntry(e));
    CHECK(j->search({"shoulders", Viewer::everything()})->empty());
    CHECK(j->search({"weather", Viewer::everything()})->size() == 1);
    REQUIRE(j->deleteEntry(e.id));
    CHECK(j->search({"weather", Viewer::everything()})->empty());
    REQUIRE(j->deleteSession(s.session));
    CHECK(j->search({"plans", Viewer::everything()})->empty());
    CHECK(j->entries(s.session, Viewer::everything())->empty());
}

TEST_CASE("search matches word forms both ways and only what people wrote")
{
    auto j = memory();
    const Sample s = fillSample(*j);
    auto add = [&](std::optional<std::string> partner, Visibility visibility, const nlohmann::json& payload) {
        Entry e;
        e.sessionId = s.session;
        e.partnerId = std::move(partner);
        e.step = "acknowledge";
        e.card = "words";
        e.visibility = visibility;
        e.payload = payload.dump();
        REQUIRE(j->saveEntry(e));
        return e.id;
    };
    // What the app writes for a prompt: the kind, the answer, the round and the writer's id beside the text.
    const std::string dinner = add(s.alex, Visibility::Shared,
                                   {{"kind", "prompt"},
                                    {"answer", "We had dinner late"},
                                    {"text", "We had dinner late"},
                                    {"round", 1},
                                    {"by", s.alex}});
    const std::string dinners = add(s.sam, Visibility::Shared, {{"text", "Two dinners ago I walked out"}});
    const std::string walk = add(s.sam, Visibility::Private, {{"text", "I walk when I am scared"}});
    // A gate's answer is an option id (copied into "text" too); a turns answer holds ids and what was said.
    add(s.alex, Visibility::Shared,
        {{"kind", "gate"}, {"answer", "not-yet"}, {"text", "not-yet"}, {"round", 1}, {"by", s.alex}});
    const std::string turns = add(
        std::nullopt, Visibility::Shared,
        {{"kind", "turns"},
         {"answer",
          {{"turns",
            {{{"speaker", s.sam}, {"rounds", {{{"shared", "I felt unseen at the table"}, {"confirmed", true}}}}}}}}},
         {"by", s.sam}});
    const std::string choice =
        add(s.sam, Visibility::Shared,
            {{"kind", "choice"}, {"answer", {{"selected", {"too-much"}}, {"other", "the noise"}}}, {"by", s.sam}});

    auto ids = [&](const std::string& words, const Viewer& viewer) {
        auto hits = j->search({words, viewer});
        REQUIRE(hits);
        std::set<std::string> out;
        for (const SearchHit& h : *hits)
            out.insert(h.entryId);
        return out;
    };
    // A plural finds the singular and the reverse; a past tense finds the present and the reverse.
    CHECK(ids("dinners", Viewer::everything()) == std::set<std::string>{dinner, dinners});
    CHECK(ids("dinner", Viewer::everything()) == std::set<std::string>{dinner, dinners});
    CHECK(ids("walked", Viewer::everything()) == std::set<std::string>{dinners, walk});
    CHECK(ids("walk", Viewer::everything()) == std::set<std::string>{dinners, walk});
    // The snippet marks the word as written.
    auto hit = j->search({"dinner", Viewer::everything()});
    REQUIRE(hit);
    bool marked = false;
    for (const SearchHit& h : *hit)
        marked =
            marked || h.snippet.find(std::string(kHighlightStart) + "dinners" + kHighlightEnd) != std::string::npos;
    CHECK(marked);
    // Privacy first, as before: Sam's private "walk" is Sam's alone.
    CHECK(ids("walked", Viewer::partner(s.alex)) == std::set<std::string>{dinners});
    CHECK(ids("walked", Viewer::sharedOnly()) == std::set<std::string>{dinners});
    CHECK(ids("walked", Viewer::partner(s.sam)) == std::set<std::string>{dinners, walk});
    CHECK(ids("relieved", Viewer::partner(s.alex)).empty());
    CHECK(ids("relieve", Viewer::partner(s.sam)) == std::set<std::string>{s.privateEntry});
    // Only what people wrote: no kind, writer id, option id or key.
    for (const char* appWords :
         {"prompt", "gate", "turns", "choice", "yet", "speaker", "confirmed", "selected", "too", "round", "kind"})
        CHECK(ids(appWords, Viewer::everything()).empty());
    CHECK(ids(s.alex, Viewer::everything()).empty());
    CHECK(ids(s.sam.substr(0, 8), Viewer::everything()).empty());
    CHECK(ids("unseen", Viewer::everything()) == std::set<std::string>{turns});
    CHECK(ids("noise", Viewer::everything()) == std::set<std::string>{choice});
    // The indexed text itself.
    CHECK(searchableText(R"({"by":"x","kind":"prompt","round":1,"text":"Hello there"})") == "Hello there");
    CHECK(searchableText(R"({"answer":"not-yet","by":"x","kind":"gate","text":"not-yet"})").empty());
    CHECK(searchableText(R"({"answer":"later"})").empty()); // modes::payloadFor's non-prompt answer
    CHECK(searchableText(R"({"emotions":["angry","hurt"],"note":"jaw clenched"})") == "angry\nhurt\njaw clenched");
}

TEST_CASE("a session's own title is stored, kept by updates, cleared, and travels through export and import")
{
    auto j = memory();
    const Sample s = fillSample(*j);
    auto titleOf = [&](Journal& journal, const std::string& id) { return journal.session(id)->value().title; };
    CHECK_FALSE(titleOf(*j, s.session)); // no title of its own: the default (its first words) shows
    REQUIRE(j->setSessionTitle(s.session, std::string("  The dishes, again \n")));
    CHECK(titleOf(*j, s.session) == std::optional<std::string>("The dishes, again"));
    // Saving the session's state (as the flow does) keeps the title.
    Session x = j->session(s.session)->value();
    x.title.reset();
    x.status = SessionStatus::Completed;
    REQUIRE(j->updateSession(x));
    CHECK(titleOf(*j, s.session) == std::optional<std::string>("The dishes, again"));
    bool listed = false;
    const auto rows = j->sessionList(s.couple);
    REQUIRE(rows);
    for (const SessionSummary& row : *rows)
        if (row.session.id == s.session) {
            listed = true;
            CHECK(row.session.title == std::optional<std::string>("The dishes, again"));
            CHECK(row.entryCount == 3);
        }
    CHECK(listed);
    CHECK_FALSE(j->setSessionTitle(s.session, std::string(kMaxTitleBytes + 1, 'a')));
    CHECK_FALSE(j->setSessionTitle(s.session, std::string("\xff\xfe")));
    CHECK_FALSE(j->setSessionTitle("00000000-0000-4000-8000-000000000000", std::string("Nobody's")));

    // Export carries it (null when none); import brings it back; an export without the field still imports.
    auto doc = exchange::exportJson(*j);
    REQUIRE(doc);
    int titled = 0;
    for (const auto& session : (*doc)["sessions"]) {
        REQUIRE(session.contains("title"));
        if (session["id"] == s.session)
            CHECK(session["title"] == "The dishes, again");
        else
            CHECK(session["title"].is_null());
        titled += session["title"].is_null() ? 0 : 1;
    }
    CHECK(titled == 1);
    auto copy = memory();
    auto imported = exchange::importJson(*copy, doc->dump());
    INFO((imported.issues.empty() ? std::string() : imported.issues.front().message));
    REQUIRE(imported.ok);
    CHECK(titleOf(*copy, s.session) == std::optional<std::string>("The dishes, again"));
    CHECK(exchange::exportJson(*copy).value() == *doc);
    nlohmann::json older = *doc;
    for (auto& session : older["sessions"])
        session.erase("title");
    auto old = memory();
    REQUIRE(exchange::importJson(*old, older.dump()).ok);
    CHECK_FALSE(titleOf(*old, s.session));

    // Emptied, the default comes back.
    REQUIRE(j->setSessionTitle(s.session, std::string("   ")));
    CHECK_FALSE(titleOf(*j, s.session));
    REQUIRE(j->setSessionTitle(s.session, std::string("Again")));
    REQUIRE(j->setSessionTitle(s.session, std::nullopt));
    CHECK_FALSE(titleOf(*j, s.session));
}

TEST_CASE("an export of a date range holds only the sessions started in it")
{
    auto j = memory();
    const Sample s = fillSample(*j);
    std::map<std::string, std::string> words; // session id → its words
    for (const char* month : {"2025-01", "2025-02", "2025-03"}) {
        Session x;
        x.coupleId = s.couple;
        x.programId = "rupture-to-repair";
        x.programVersion = "1.0.0";
        x.startedAt = std::string(month) + "-15T20:00:00.000Z";
        REQUIRE(j->addSession(x));
        Entry e;
        e.sessionId = x.id;
        e.step = "acknowledge";
        e.card = "c";
        e.payload = textPayload(std::string("Written in ") + month);
        e.createdAt = x.startedAt;
        REQUIRE(j->saveEntry(e));
        words[x.id] = std::string("Written in ") + month;
    }
    exchange::ExportOptions february;
    february.from = "2025-02-01T00:00:00.000Z";
    february.to = "2025-03-01T00:00:00.000Z";
    auto doc = exchange::exportJson(*j, february);
    REQUIRE(doc);
    REQUIRE((*doc)["sessions"].size() == 1);
    CHECK((*doc)["sessions"][0]["startedAt"] == "2025-02-15T20:00:00.000Z");
    CHECK((*doc)["sessions"][0]["entries"].size() == 1);
    REQUIRE((*doc)["couples"].size() == 1); // only the couple of that session, without its standing agreements
    CHECK((*doc)["couples"][0]["commitments"].empty());
    const std::string text = exchange::exportJsonText(*j, february).value();
    CHECK(text.find("Written in 2025-02") != std::string::npos);
    CHECK(text.find("Written in 2025-01") == std::string::npos);
    CHECK(text.find("Written in 2025-03") == std::string::npos);
    CHECK(text.find("shoulders") == std::string::npos); // the sample's own sessions are today's
    CHECK(nlohmann::json::parse(text) == *doc);
    // Open-ended ranges, and one that holds nothing.
    exchange::ExportOptions since;
    since.from = "2025-02-01T00:00:00.000Z";
    since.to = "2025-12-31T00:00:00.000Z";
    CHECK(exchange::exportJson(*j, since)->at("sessions").size() == 2);
    exchange::ExportOptions before;
    before.to = "2025-02-01T00:00:00.000Z";
    CHECK(exchange::exportJson(*j, before)->at("sessions").size() == 1);
    exchange::ExportOptions none;
    none.from = "2024-01-01T00:00:00.000Z";
    none.to = "2024-02-01T00:00:00.000Z";
    CHECK(exchange::exportJson(*j, none)->at("sessions").empty());
    CHECK(exchange::exportJson(*j, none)->at("couples").empty());
}

TEST_CASE("order follows the sequence, not the clock")
{
    auto j = memory();
    const Sample s = fillSample(*j);
    Entry late;
    late.sessionId = s.session;
    late.step = "acknowledge";
    late.card = "c";
    late.payload = textPayload("written second, clock set back");
    late.createdAt = "1999-01-01T00:00:00.000Z";
    REQUIRE(j->saveEntry(late));
    auto rows = j->entries(s.session, Viewer::everything());
    CHECK(rows->back().id == late.id);
}

TEST_CASE("answers above the stated limit are refused with a message")
{
    auto j = memory();
    const Sample s = fillSample(*j);
    Entry e;
    e.sessionId = s.session;
    e.step = "acknowledge";
    e.card = "c";
    e.payload = textPayload(std::string(kMaxPayloadBytes + 1, 'a'));
    auto saved = j->saveEntry(e);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().message.find("too long") != std::string::npos);
    e.payload = textPayload(std::string(kMaxPayloadBytes - 100, 'a'));
    CHECK(j->saveEntry(e));
    Draft d;
    d.sessionId = s.session;
    d.step = "acknowledge";
    d.card = "c";
    d.payload = textPayload(std::string(10 * 1024 * 1024, 'b')); // 10 MiB
    CHECK_FALSE(j->saveDraft(d));
    e.payload = "not json";
    CHECK_FALSE(j->saveEntry(e));
    e.payload = "{\"text\":\"\xff\xfe\"}";
    CHECK_FALSE(j->saveEntry(e));
    e.payload = std::string(100, '[') + std::string(100, ']');
    CHECK_FALSE(j->saveEntry(e));
}

TEST_CASE("finishing an entry stores it and drops its draft in one transaction, drafts survive reopening")
{
    TempDir temp;
    Sample s;
    std::string draftId;
    {
        auto j = openFresh(temp / "data");
        s = fillSample(*j);
        Draft d;
        d.sessionId = s.session;
        d.partnerId = s.alex;
        d.step = "honor-pain";
        d.card = "name-it";
        d.payload = textPayload("It hurt when");
        REQUIRE(j->saveDraft(d));
        draftId = d.id;
        d.payload = textPayload("It hurt when you laughed");
        REQUIRE(j->saveDraft(d)); // upsert
        CHECK(j->drafts(s.session)->size() == 2);
    }
    auto j = openFresh(temp / "data");
    auto drafts = j->drafts(s.session);
    REQUIRE(drafts->size() == 2);
    CHECK(drafts->at(1).payload == textPayload("It hurt when you laughed"));
    Entry e;
    e.id = draftId;
    e.sessionId = s.session;
    e.partnerId = s.alex;
    e.step = "honor-pain";
    e.card = "name-it";
    e.payload = textPayload("It hurt when you laughed at my idea.");
    REQUIRE(j->finishEntry(e));
    CHECK(j->drafts(s.session)->size() == 1);
    CHECK(j->entry(draftId, Viewer::everything())->has_value());

    // A failing finish (unknown session) keeps the draft.
    Draft other = j->drafts(s.session)->at(0);
    Entry broken;
    broken.id = other.id;
    broken.sessionId = newId();
    broken.step = "x";
    broken.card = "y";
    CHECK_FALSE(j->finishEntry(broken));
    CHECK(j->drafts(s.session)->size() == 1);
}

TEST_CASE("the writer commits off the calling thread and reports only after COMMIT")
{
    TempDir temp;
    auto opened = Journal::open(temp / "data");
    REQUIRE(opened.ok());
    Sample s = fillSample(*opened.journal);
    const std::thread::id caller = std::this_thread::get_id();
    JournalWriter writer(std::move(opened.journal));
    auto reader = writer.openReader();
    REQUIRE(reader);

    std::atomic<int> acknowledged{0};
    std::atomic<bool> offThread{true};
    std::vector<std::string> ids;
    for (int i = 0; i < 50; ++i) {
        Entry e;
        e.id = newId();
        e.sessionId = s.session;
        e.partnerId = s.alex;
        e.step = "reflection";
        e.card = "n" + std::to_string(i);
        e.payload = textPayload("entry " + std::to_string(i));
        ids.push_back(e.id);
        writer.finishEntry(e, [&, id = e.id](const tend::Result<void>& result, const Entry& stored) {
            if (std::this_thread::get_id() == caller)
                offThread = false;
            // Visible to a separate connection the moment the callback runs: it was committed.
            if (result && stored.seq > 0 && (*reader)->entry(id, Viewer::everything())->has_value())
                ++acknowledged;
        });
    }
    // Draft saves of one draft coalesce; every callback fires.
    std::atomic<int> draftCallbacks{0};
    Draft d;
    d.id = newId();
    d.sessionId = s.session;
    d.step = "acknowledge";
    d.card = "typing";
    for (int i = 0; i < 20; ++i) {
        d.payload = textPayload(std::string(static_cast<std::size_t>(i + 1), 'x'));
        writer.saveDraft(d, [&](const tend::Result<void>& r) {
            if (r)
                ++draftCallbacks;
        });
    }
    writer.flush();
    CHECK(acknowledged == 50);
    CHECK(offThread);
    CHECK(draftCallbacks == 20);
    auto drafts = (*reader)->drafts(s.session);
    bool found = false;
    for (const Draft& x : *drafts)
        if (x.id == d.id) {
            found = true;
            CHECK(x.payload == textPayload(std::string(20, 'x')));
        }
    CHECK(found);
    // A write that fails reports the failure and changes nothing.
    auto failed = writer.run([](Journal& j) {
        return j.transaction([&]() -> tend::Result<void> {
            Couple c;
            if (auto r = j.addCouple(c); !r)
                return r;
            return tend::makeError("deliberate failure");
        });
    });
    CHECK_FALSE(failed);
    CHECK((*reader)->couples()->size() == 2);
    writer.flush();
    CHECK(writer.pending() == 0);
}

TEST_CASE("an in-memory journal writes nothing to disk and can be read from a second connection")
{
    TempDir temp;
    const fs::path before = fs::current_path();
    fs::current_path(temp.path());
    {
        auto j = memory();
        CHECK(j->isInMemory());
        const Sample s = fillSample(*j);
        auto reader = j->openReader();
        REQUIRE(reader);
        CHECK((*reader)->entries(s.session, Viewer::everything())->size() == 3);
        CHECK((*reader)->isReadOnly());
        CHECK_FALSE(j->backupNow("manual"));
        CHECK(j->dailyBackup()->has_value() == false);
    }
    fs::current_path(before);
    CHECK(fs::is_empty(temp.path()));
}

TEST_CASE("the session list comes a page at a time, newest first, one couple only")
{
    auto j = memory();
    Couple couple{{}, CoupleKind::Couple, "Alex & Sam", {}, {}, 0};
    Couple other{{}, CoupleKind::Solo, "", {}, {}, 0};
    REQUIRE(j->addCouple(couple));
    REQUIRE(j->addCouple(other));
    std::vector<std::string> ids; // in the order they were started
    for (int i = 0; i < 25; ++i) {
        Session s;
        s.coupleId = i % 5 == 4 ? other.id : couple.id;
        s.programId = "rupture-to-repair";
        s.programVersion = "1.0.0";
        REQUIRE(j->addSession(s));
        if (s.coupleId == couple.id)
            ids.push_back(s.id);
    }
    REQUIRE(ids.size() == 20);

    std::vector<std::string> paged;
    std::int64_t before = 0;
    int pages = 0;
    for (;;) {
        auto page = j->sessionPage(couple.id, before, 7);
        REQUIRE(page);
        CHECK(page->size() <= 7);
        if (page->empty())
            break;
        ++pages;
        for (const SessionSummary& x : *page) {
            CHECK(x.session.coupleId == couple.id);
            paged.push_back(x.session.id);
        }
        before = page->back().session.seq;
    }
    CHECK(pages == 3); // 7 + 7 + 6
    CHECK(paged == std::vector<std::string>(ids.rbegin(), ids.rend()));

    // Every couple when none is named; the whole list is the same rows as the pages.
    CHECK(j->sessionPage({}, 0, 100)->size() == 25);
    auto all = j->sessionList(couple.id);
    REQUIRE(all->size() == 20);
    CHECK(all->front().session.id == paged.front());
    CHECK(j->sessionPage(couple.id, 0, 0)->empty());
}
