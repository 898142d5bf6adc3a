// What a report for a therapist holds, on a journal written by hand where every answer is known: consent per
// partner, things written together, private and safety answers, dates, and a partner's own key.
#include <catch2/catch.hpp>

#include "support/TempDir.h"
#include "tend/content/ContentLibrary.h"
#include "tend/journal/Journal.h"
#include "tend/report/Report.h"

using namespace tend;
using journal::SessionStatus;
using journal::Visibility;
using report::Request;
using report::Scope;
using tend::test::TempDir;

namespace {

struct Hand {
    std::unique_ptr<journal::Journal> journal;
    std::string couple;
    std::string sam;
    std::string alex;
    std::string march;
    std::string june;
};

void entry(Hand& h, const std::string& session, const std::optional<std::string>& partner, const std::string& step,
           const std::string& card, const std::string& payload, const std::string& at,
           Visibility visibility = Visibility::Shared)
{
    journal::Entry e;
    e.id = journal::newId();
    e.sessionId = session;
    e.partnerId = partner;
    e.step = step;
    e.card = card;
    e.payload = payload;
    e.visibility = visibility;
    e.createdAt = at;
    e.updatedAt = at;
    REQUIRE(h.journal->saveEntry(e));
}

std::string session(Hand& h, SessionStatus status, const std::string& started)
{
    journal::Session s;
    s.id = journal::newId();
    s.coupleId = h.couple;
    s.programId = "rupture-to-repair";
    s.programVersion = "1.0.0";
    s.status = status;
    s.startedAt = started;
    s.updatedAt = started;
    REQUIRE(h.journal->addSession(s));
    return s.id;
}

Hand makeHand()
{
    Hand h;
    auto opened = journal::Journal::openInMemory();
    REQUIRE(opened);
    h.journal = std::move(*opened);
    journal::Couple couple;
    couple.id = journal::newId();
    REQUIRE(h.journal->addCouple(couple));
    h.couple = couple.id;
    for (auto [name, position, id] : {std::tuple{"Sam", 0, &h.sam}, std::tuple{"Alex", 1, &h.alex}}) {
        journal::Partner p;
        p.id = journal::newId();
        p.coupleId = h.couple;
        p.displayName = name;
        p.position = position;
        REQUIRE(h.journal->addPartner(p));
        *id = p.id;
    }
    h.march = session(h, SessionStatus::Completed, "2026-03-10T19:00:00.000Z");
    entry(h, h.march, h.sam, "acknowledge", "give-voice", R"({"text":"SAM-SHARED my chest went tight"})",
          "2026-03-10T19:05:00.000Z");
    entry(h, h.march, h.alex, "acknowledge", "give-voice", R"({"text":"ALEX-SHARED I went quiet"})",
          "2026-03-10T19:06:00.000Z");
    entry(h, h.march, h.sam, "reflect", "my-part", R"({"text":"SAM-PRIVATE something only for me"})",
          "2026-03-10T19:30:00.000Z", Visibility::Private);
    entry(h, h.march, std::nullopt, "reengage", "shared-intention", R"({"text":"JOINT we want to be kind"})",
          "2026-03-10T20:00:00.000Z");
    for (auto [who, moment, level] :
         {std::tuple{h.sam, journal::CheckInMoment::Before, 8}, std::tuple{h.sam, journal::CheckInMoment::After, 3},
          std::tuple{h.alex, journal::CheckInMoment::Before, 6}}) {
        journal::CheckIn c;
        c.id = journal::newId();
        c.sessionId = h.march;
        c.partnerId = who;
        c.step = "stabilize";
        c.moment = moment;
        c.level = level;
        c.createdAt = "2026-03-10T19:10:00.000Z";
        REQUIRE(h.journal->addCheckIn(c));
    }
    journal::Commitment kept;
    kept.id = journal::newId();
    kept.coupleId = h.couple;
    kept.sessionId = h.march;
    kept.status = journal::CommitmentStatus::Kept;
    kept.payload = R"({"text":"AGREEMENT walk on Sundays"})";
    kept.createdAt = "2026-03-10T20:10:00.000Z";
    kept.updatedAt = kept.createdAt;
    REQUIRE(h.journal->addCommitment(kept));
    journal::SafetyAnswer safety;
    safety.id = journal::newId();
    safety.partnerId = h.alex;
    safety.payload = R"({"answers":{"q1":"SAFETY-ANSWER"}})";
    safety.createdAt = "2026-03-10T18:59:00.000Z";
    REQUIRE(h.journal->addSafetyAnswer(safety));

    h.june = session(h, SessionStatus::Paused, "2026-06-30T21:00:00.000Z");
    entry(h, h.june, h.alex, "acknowledge", "give-voice", R"({"text":"ALEX-JUNE it was the tone"})",
          "2026-06-30T21:05:00.000Z");
    return h;
}

// Every word the report would show, in one string.
std::string allText(const report::Document& d)
{
    std::string out = d.coupleName + "\n" + d.range + "\n" + d.scopeLine + "\n";
    for (const auto& line : d.leftOut)
        out += line + "\n";
    for (const auto& r : d.sessions) {
        out += r.title + "\n" + r.date + "\n" + r.facts + "\n";
        for (const auto& step : r.steps) {
            out += step.title + "\n";
            for (const auto& item : step.items) {
                out += item.card + " " + item.who + " " + item.when + "\n";
                for (const auto& line : item.answer.lines)
                    out += line.speaker + " " + line.text + "\n";
            }
        }
        for (const auto& c : r.checkIns) {
            out += c.who;
            for (const auto& m : c.moments)
                out += " " + m;
            out += "\n";
        }
        for (const auto& a : r.agreements)
            out += a.text + " (" + a.status + ")\n";
    }
    return out;
}

bool has(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

content::ContentLibrary library()
{
    content::ContentLibrary lib;
    REQUIRE(lib.addFolder(std::filesystem::path(TEND_SOURCE_DIR) / "content"));
    return lib;
}

} // namespace

TEST_CASE("a report with both partners' agreement holds their shared answers, never a private or safety answer")
{
    Hand h = makeHand();
    const auto lib = library();
    const reading::Reader reader(&lib);
    Request request;
    request.agreed = {h.sam, h.alex};
    auto doc = report::build(*h.journal, request, reader);
    REQUIRE(doc);
    const std::string text = allText(*doc);
    INFO(text);
    CHECK(doc->coupleName == "Sam & Alex");
    CHECK(doc->repairs == 2);
    CHECK(doc->completed == 1);
    CHECK(doc->paused == 1);
    CHECK(has(text, "SAM-SHARED"));
    CHECK(has(text, "ALEX-SHARED"));
    CHECK(has(text, "JOINT we want to be kind"));
    CHECK(has(text, "AGREEMENT walk on Sundays (kept)"));
    CHECK(has(text, "Give it a voice")); // the card's title, never its id
    CHECK_FALSE(has(text, "give-voice"));
    CHECK(has(text, "Sam 8 of 10, steady 3 of 10"));
    CHECK_FALSE(has(text, "SAM-PRIVATE"));
    CHECK_FALSE(has(text, "SAFETY"));
    CHECK_FALSE(has(text, h.sam));
    REQUIRE(doc->figures);
    CHECK(doc->figures->started == 2);
    // The sessions read oldest first.
    REQUIRE(doc->sessions.size() == 2);
    CHECK(has(doc->sessions[0].date, "March"));
}

TEST_CASE("a partner who declines keeps their shared answers, check-ins and the joint words out of the report")
{
    Hand h = makeHand();
    const auto lib = library();
    Request request;
    request.agreed = {h.sam};
    auto doc = report::build(*h.journal, request, reading::Reader(&lib));
    REQUIRE(doc);
    const std::string text = allText(*doc);
    INFO(text);
    CHECK(has(text, "SAM-SHARED"));
    CHECK_FALSE(has(text, "ALEX-SHARED"));
    CHECK_FALSE(has(text, "ALEX-JUNE"));
    CHECK_FALSE(has(text, "Alex 6 of 10"));
    CHECK_FALSE(has(text, "JOINT"));
    CHECK_FALSE(has(text, "AGREEMENT walk"));
    CHECK(has(text, "(kept)")); // where an agreement stands is a count, not anyone's words
    CHECK_FALSE(doc->figures);  // the charts mix both partners' check-ins
    CHECK(has(text, "Alex did not agree"));
    CHECK(doc->sessions[0].answersLeftOut == 2);
    CHECK(doc->names == std::vector<std::string>{"Sam"});

    // Nobody agreed: the cover's counts only.
    request.agreed.clear();
    auto none = report::build(*h.journal, request, reading::Reader(&lib));
    REQUIRE(none);
    CHECK(none->repairs == 2);
    CHECK_FALSE(has(allText(*none), "SHARED"));
}

TEST_CASE("a partner's own report holds their answers only, and the dates are whole days")
{
    Hand h = makeHand();
    const auto lib = library();
    Request request;
    request.scope = Scope::Partner;
    request.partnerId = h.alex;
    request.agreed = {h.alex, h.sam};
    auto doc = report::build(*h.journal, request, reading::Reader(&lib));
    REQUIRE(doc);
    std::string text = allText(*doc);
    CHECK(has(text, "ALEX-SHARED"));
    CHECK(has(text, "ALEX-JUNE"));
    CHECK_FALSE(has(text, "SAM-SHARED"));
    CHECK_FALSE(has(text, "JOINT"));
    CHECK(has(text, "Alex's own answers"));

    // The last day is included; a repair started on it is in, one started the next day is not.
    request.scope = Scope::Couple;
    request.from = "2026-03-10";
    request.to = "2026-06-30";
    auto both = report::build(*h.journal, request, reading::Reader(&lib));
    REQUIRE(both);
    CHECK(both->repairs == 2);
    request.to = "2026-06-29";
    auto march = report::build(*h.journal, request, reading::Reader(&lib));
    REQUIRE(march);
    CHECK(march->repairs == 1);
    CHECK_FALSE(has(allText(*march), "ALEX-JUNE"));

    request.to = "2026-02-30";
    CHECK_FALSE(report::build(*h.journal, request, reading::Reader(&lib)));
    request.to = "2026-03-01";
    auto backwards = report::build(*h.journal, request, reading::Reader(&lib));
    REQUIRE_FALSE(backwards);
    CHECK(has(backwards.error().message, "before its first day"));
}

TEST_CASE("the preview counts what each partner's consent is about")
{
    Hand h = makeHand();
    Request request;
    auto preview = report::preview(*h.journal, request);
    REQUIRE(preview);
    CHECK(preview->repairs == 2);
    CHECK(preview->privateLeftOut == 1);
    CHECK(preview->jointAnswers == 1);
    CHECK(preview->agreements == 1);
    REQUIRE(preview->partners.size() == 2);
    CHECK(preview->partners[0].name == "Sam");
    CHECK(preview->partners[0].sharedAnswers == 1);
    CHECK(preview->partners[0].checkIns == 2);
    CHECK(preview->partners[1].sharedAnswers == 2);
    CHECK(preview->partners[0].needed);

    request.scope = Scope::Partner;
    request.partnerId = h.sam;
    auto own = report::preview(*h.journal, request);
    REQUIRE(own);
    CHECK(own->partners[0].needed);
    CHECK_FALSE(own->partners[1].needed);
}

TEST_CASE("a partner with a key of their own agrees with it: a wrong PIN is refused and their key stays as it was")
{
    TempDir dir;
    auto opened = journal::Journal::open(dir.path());
    REQUIRE(opened.ok());
    auto& j = *opened.journal;
    REQUIRE(j.enableProtection("a long journal passphrase"));
    journal::Couple couple;
    couple.id = journal::newId();
    REQUIRE(j.addCouple(couple));
    journal::Partner sam;
    sam.id = journal::newId();
    sam.coupleId = couple.id;
    sam.displayName = "Sam";
    REQUIRE(j.addPartner(sam));
    CHECK_FALSE(report::consentSecret(j, sam.id));
    REQUIRE(j.addPartnerKey(sam.id, crypto::PartnerSecret::pin("482913")));
    j.lockPartner(sam.id);
    REQUIRE(report::consentSecret(j, sam.id) == crypto::PartnerSecretKind::Pin);

    CHECK_FALSE(report::confirmConsent(j, sam.id, crypto::PartnerSecret::pin("000000")));
    CHECK(report::confirmConsent(j, sam.id, crypto::PartnerSecret::pin("482913")));
    CHECK_FALSE(j.keyVault()->isPartnerUnlocked(sam.id)); // closed before, closed after

    // A locked journal makes no report at all.
    j.lock();
    Request request;
    auto refused = report::build(j, request, reading::Reader());
    REQUIRE_FALSE(refused);
    CHECK(has(refused.error().message, "locked"));
}
