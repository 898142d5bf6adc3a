// Private answers stay with the partner who wrote them: not in the other partner's record, search or export.
#include <catch2/catch.hpp>

#include "ModesTestSupport.h"
#include "tend/demo/DemoJournal.h"
#include "tend/engine/Session.h"
#include "tend/journal/Exchange.h"
#include "tend/modes/AnswerPayload.h"
#include "tend/modes/PrivacyView.h"

using namespace tend;
using namespace tend::modes;
using namespace tend::modes::test;
using journal::Viewer;
using nlohmann::json;

namespace {

struct Fixture {
    demo::DemoJournal d;
    std::string session;
    std::string sam;
    std::string alex;
};

Fixture fixture()
{
    demo::DemoOptions options;
    options.contentDir = std::filesystem::path(TEND_SOURCE_DIR) / "content";
    options.now = fixedNow();
    auto made = demo::openDemoJournal(shippedLibrary(), options);
    if (!made)
        FAIL(made.error().message);
    Fixture f{std::move(*made), {}, {}, {}};
    for (const auto& s : f.d.sessions)
        if (s.label == "station-pickup")
            f.session = s.id;
    f.sam = f.d.partners[0].id;
    f.alex = f.d.partners[1].id;
    return f;
}

// Words that appear only in Sam's private answer on "beneath-anger" in the first demo repair.
const char* const kSamsSecret = "sinking feeling";
const char* const kSamsSecretWord = "sinking";
// And only in Alex's private answer on "set-down-resentment".
const char* const kAlexsSecret = "gets forgotten";

bool recordHolds(const SessionRecord& record, const std::string& text)
{
    for (const auto& step : record.steps)
        for (const auto& partner : step.partners)
            for (const auto& e : partner.entries)
                if (e.payload.find(text) != std::string::npos)
                    return true;
    return false;
}

} // namespace

TEST_CASE("a session record is grouped by step and partner, in program order", "[privacy]")
{
    auto f = fixture();
    auto record = sessionRecordFor(*f.d.journal, f.session, Viewer::partner(f.sam), f.d.program.get());
    REQUIRE(record);
    std::vector<std::string> steps;
    for (const auto& step : record->steps)
        steps.push_back(step.stepId);
    CHECK(steps == std::vector<std::string>{"acknowledge", "stabilize", "honor", "reflect", "reengage"});
    CHECK(record->steps.front().title == f.d.program->steps.front().title);
    for (std::size_t i = 0; i < 4; ++i) {
        REQUIRE(record->steps[i].partners.size() == 2);
        CHECK(record->steps[i].partners[0].partnerId == std::optional<std::string>(f.sam));
        CHECK(record->steps[i].partners[1].partnerId == std::optional<std::string>(f.alex));
    }
    REQUIRE(record->steps[4].partners.size() == 1);
    CHECK_FALSE(record->steps[4].partners[0].partnerId);
    CHECK(record->ownPrivateCount == 2);

    auto unordered = sessionRecordFor(*f.d.journal, f.session, Viewer::partner(f.sam));
    REQUIRE(unordered);
    CHECK(unordered->steps.size() == 5);
    CHECK_FALSE(sessionRecordFor(*f.d.journal, "00000000-0000-4000-8000-000000000000", Viewer::everything()));
}

TEST_CASE("private answers are absent from the other partner's record", "[privacy]")
{
    auto f = fixture();
    auto forSam = sessionRecordFor(*f.d.journal, f.session, Viewer::partner(f.sam), f.d.program.get());
    auto forAlex = sessionRecordFor(*f.d.journal, f.session, Viewer::partner(f.alex), f.d.program.get());
    auto forBoth = sessionRecordFor(*f.d.journal, f.session, Viewer::sharedOnly(), f.d.program.get());
    REQUIRE(forSam);
    REQUIRE(forAlex);
    REQUIRE(forBoth);
    CHECK(recordHolds(*forSam, kSamsSecret));
    CHECK_FALSE(recordHolds(*forSam, kAlexsSecret));
    CHECK(recordHolds(*forAlex, kAlexsSecret));
    CHECK_FALSE(recordHolds(*forAlex, kSamsSecret));
    CHECK_FALSE(recordHolds(*forBoth, kSamsSecret));
    CHECK_FALSE(recordHolds(*forBoth, kAlexsSecret));
    CHECK(forBoth->ownPrivateCount == 0);
    // Nothing shared goes missing: Sam's shared writing is in Alex's view.
    CHECK(recordHolds(*forAlex, "cup of tea"));
}

TEST_CASE("private answers are absent from the other partner's search", "[privacy]")
{
    auto f = fixture();
    // Search matches word forms (journal format 3): "sinking" alone also finds a shared "A sink full of dishes", so
    // Sam's private answer is found by its two words together, and the single word by counting.
    auto bySam = searchFor(*f.d.journal, Viewer::partner(f.sam), kSamsSecret);
    auto byAlex = searchFor(*f.d.journal, Viewer::partner(f.alex), kSamsSecret);
    auto shared = searchFor(*f.d.journal, Viewer::sharedOnly(), kSamsSecret);
    REQUIRE(bySam);
    REQUIRE(byAlex);
    REQUIRE(shared);
    CHECK(bySam->size() == 1);
    CHECK(byAlex->empty());
    CHECK(shared->empty());
    auto wordBySam = searchFor(*f.d.journal, Viewer::partner(f.sam), kSamsSecretWord);
    auto wordByAlex = searchFor(*f.d.journal, Viewer::partner(f.alex), kSamsSecretWord);
    auto wordShared = searchFor(*f.d.journal, Viewer::sharedOnly(), kSamsSecretWord);
    REQUIRE(wordBySam);
    REQUIRE(wordByAlex);
    REQUIRE(wordShared);
    CHECK(wordBySam->size() == wordByAlex->size() + 1);
    CHECK(wordByAlex->size() == wordShared->size());
    auto alexOwn = searchFor(*f.d.journal, Viewer::partner(f.alex), "forgotten");
    REQUIRE(alexOwn);
    auto samOnAlex = searchFor(*f.d.journal, Viewer::partner(f.sam), "forgotten");
    REQUIRE(samOnAlex);
    CHECK(alexOwn->size() == samOnAlex->size() + 1);
}

TEST_CASE("private answers are absent from the other partner's export, engine state included", "[privacy]")
{
    auto f = fixture();
    journal::exchange::ExportOptions options;
    options.viewer = Viewer::partner(f.alex);
    auto alexExport = exportTextFor(*f.d.journal, options);
    REQUIRE(alexExport);
    CHECK(alexExport->find(kSamsSecret) == std::string::npos);
    CHECK(alexExport->find(kAlexsSecret) != std::string::npos);
    CHECK(alexExport->find("cup of tea") != std::string::npos);

    options.viewer = Viewer::sharedOnly();
    auto sharedExport = exportTextFor(*f.d.journal, options);
    REQUIRE(sharedExport);
    CHECK(sharedExport->find(kSamsSecret) == std::string::npos);
    CHECK(sharedExport->find(kAlexsSecret) == std::string::npos);

    options.viewer = Viewer::everything();
    auto everything = exportTextFor(*f.d.journal, options);
    REQUIRE(everything);
    CHECK(everything->find(kSamsSecret) != std::string::npos);

    // A redacted engine state still restores; the private cards simply read as unanswered.
    options.viewer = Viewer::partner(f.alex);
    options.sessionId = f.session;
    auto one = exportFor(*f.d.journal, options);
    REQUIRE(one);
    const json& state = (*one)["sessions"][0]["engineState"];
    auto restored = engine::Session::fromJson(state, f.d.program, std::make_shared<engine::ManualClock>(fixedNow()));
    REQUIRE(restored);
    CHECK(restored->answerFor(f.sam, "beneath-anger") == nullptr);
    CHECK(restored->answerFor(f.sam, "meet-it-myself") != nullptr);
    CHECK(restored->answerFor(f.alex, "set-down-resentment") != nullptr);
}

TEST_CASE("the journal's own export with a viewer leaves out the engine state", "[privacy][journal-gap]")
{
    // exchange::exportJson filters entries and drafts by the viewer; the engine state holds every answer and the
    // journal cannot read its format, so any export other than Everything leaves it out (exportFor above keeps a
    // redacted copy for the app's own exports).
    auto f = fixture();
    journal::exchange::ExportOptions options;
    options.viewer = Viewer::partner(f.alex);
    auto raw = journal::exchange::exportJsonText(*f.d.journal, options);
    REQUIRE(raw);
    CHECK(raw->find(kSamsSecret) == std::string::npos);
    auto document = journal::exchange::exportJson(*f.d.journal, options);
    REQUIRE(document);
    for (const auto& s : (*document)["sessions"]) {
        CHECK(s["engineState"].is_null());
        for (const auto& e : s["entries"])
            CHECK(e["payload"].dump().find(kSamsSecret) == std::string::npos);
    }
    options.viewer = Viewer::sharedOnly();
    auto shared = journal::exchange::exportJsonText(*f.d.journal, options);
    REQUIRE(shared);
    CHECK(shared->find(kSamsSecret) == std::string::npos);
}

TEST_CASE("redactEngineState drops other people's private records only", "[privacy]")
{
    const json state = {
        {"positions",
         {{"a",
           {{"answers",
             {{"x", {{"value", "mine"}, {"by", "a"}, {"private", true}, {"at", "t"}}},
              {"y", {{"value", "open"}, {"by", "a"}, {"private", false}, {"at", "t"}}}}}}},
          {"b", {{"answers", {{"z", {{"value", "theirs"}, {"by", "b"}, {"private", true}, {"at", "t"}}}}}}}}},
        {"past_rounds",
         json::array({{{"answers", {{"w", {{"value", "old"}, {"by", "b"}, {"private", true}, {"at", "t"}}}}}}})}};
    const json forA = redactEngineState(state, Viewer::partner("a"));
    CHECK(forA["positions"]["a"]["answers"].contains("x"));
    CHECK(forA["positions"]["a"]["answers"].contains("y"));
    CHECK_FALSE(forA["positions"]["b"]["answers"].contains("z"));
    CHECK_FALSE(forA["past_rounds"][0]["answers"].contains("w"));
    const json shared = redactEngineState(state, Viewer::sharedOnly());
    CHECK_FALSE(shared["positions"]["a"]["answers"].contains("x"));
    CHECK(shared["positions"]["a"]["answers"].contains("y"));
    CHECK(redactEngineState(state, Viewer::everything()) == state);
}

TEST_CASE("answer payloads round-trip", "[privacy]")
{
    auto program = repairProgram();
    const content::Card* prompt = program->findCard("give-voice");
    const content::Card* choice = program->findCard("needs");
    const content::Card* gate = program->findCard("ready");
    REQUIRE(prompt);
    REQUIRE(choice);
    REQUIRE(gate);
    CHECK(payloadFor(*prompt, "hello") == json{{"text", "hello"}});
    CHECK(answerFromPayload(payloadFor(*prompt, "hello")) == json("hello"));
    const json picked = {{"selected", {"space"}}};
    CHECK(answerFromPayload(payloadFor(*choice, picked)) == picked);
    CHECK(answerFromPayloadText(payloadTextFor(*gate, "yes")) == json("yes"));
    CHECK(textOfPayload(payloadTextFor(*prompt, "hello")) == "hello");
    CHECK(textOfPayload(payloadTextFor(*gate, "yes")).empty());
    CHECK_FALSE(answerFromPayloadText("nonsense"));
    CHECK(bodyStateFromAnswer("shut-down") == journal::BodyState::ShutDown);
    CHECK_FALSE(bodyStateFromAnswer("calm"));
}
