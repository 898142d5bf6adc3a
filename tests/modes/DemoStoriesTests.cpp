// The demo couple's history as content (content/demo/stories.<locale>.json): each language seeds the same history
// in its own words, a language without stories falls back to English, and a damaged or mistranslated file is
// refused with the place of each problem.
#include <catch2/catch.hpp>

#include <fstream>
#include <set>
#include <sstream>

#include "ModesTestSupport.h"
#include "tend/demo/DemoJournal.h"
#include "tend/journal/Exchange.h"
#include "tend/modes/AnswerPayload.h"

using namespace tend;
using namespace tend::modes::test;
using nlohmann::json;

namespace {

const std::filesystem::path kContent = std::filesystem::path(TEND_SOURCE_DIR) / "content";

json storiesOf(const std::string& locale)
{
    std::ifstream in(kContent / "demo" / ("stories." + locale + ".json"));
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    return json::parse(text.str());
}

Result<demo::DemoJournal> demoIn(const std::string& locale, const std::filesystem::path& contentDir = kContent)
{
    demo::DemoOptions options;
    options.contentDir = contentDir;
    options.now = fixedNow();
    options.locale = locale;
    return demo::openDemoJournal(shippedLibrary(), options);
}

std::string exported(const demo::DemoJournal& d)
{
    auto text = journal::exchange::exportJsonText(*d.journal);
    REQUIRE(text);
    return *text;
}

std::string firstVoice(const json& stories)
{
    return stories["stories"][0]["each"]["sam"][1]["answer"].get<std::string>();
}

std::string problemsOf(const json& stories, const std::string& name = "stories.xx.json")
{
    std::string out;
    for (const auto& p : demo::checkDemoStories(stories, name, shippedLibrary()))
        out += p.toString() + "\n";
    return out;
}

} // namespace

TEST_CASE("every language's demo stories seed the same history in that language's words", "[demo][i18n]")
{
    auto english = demoIn("en");
    REQUIRE(english);
    const std::string englishText = exported(*english);
    const std::string englishVoice = firstVoice(storiesOf("en"));
    REQUIRE(englishText.find(englishVoice) != std::string::npos);

    for (const std::string locale : {"es", "de"}) {
        INFO(locale);
        CHECK(problemsOf(storiesOf(locale), "stories." + locale + ".json").empty());
        auto translated = demoIn(locale);
        REQUIRE(translated);
        REQUIRE(translated->sessions.size() == english->sessions.size());
        for (std::size_t i = 0; i < english->sessions.size(); ++i) {
            CHECK(translated->sessions[i].label == english->sessions[i].label);
            CHECK(translated->sessions[i].kind == english->sessions[i].kind);
        }
        CHECK(translated->pausedCards == english->pausedCards);
        const std::string text = exported(*translated);
        CHECK(text.find(firstVoice(storiesOf(locale))) != std::string::npos);
        CHECK(text.find(englishVoice) == std::string::npos);
    }
}

TEST_CASE("a language without demo stories of its own shows the English couple", "[demo][i18n]")
{
    auto french = demoIn("fr");
    REQUIRE(french);
    CHECK(exported(*french).find(firstVoice(storiesOf("en"))) != std::string::npos);
}

TEST_CASE("a damaged stories file is refused with the place of each problem", "[demo][validation]")
{
    json stories = storiesOf("en");
    CHECK(problemsOf(stories).empty());

    SECTION("a missing card id, an unknown kind and an unknown key are each named")
    {
        stories["stories"][0]["each"]["sam"][1].erase("card");
        stories["stories"][1]["kind"] = "finished";
        stories["stories"][2]["colour"] = "blue";
        const std::string problems = problemsOf(stories);
        CHECK(problems.find("/stories/0/each/sam/1/card: \"card\" is required") != std::string::npos);
        CHECK(problems.find("/stories/1/kind: \"finished\" is not a story kind") != std::string::npos);
        CHECK(problems.find("/stories/2/colour: Unknown key") != std::string::npos);
    }
    SECTION("a review must name a later story, and a person must be one of the two")
    {
        stories["stories"][1]["fates"][0]["reviewedIn"] = "birthday-call";
        stories["stories"][0]["each"]["jo"] = stories["stories"][0]["each"]["sam"];
        const std::string problems = problemsOf(stories);
        CHECK(problems.find("/stories/1/fates/0/reviewedIn: \"birthday-call\" is not a later story") !=
              std::string::npos);
        CHECK(problems.find("/stories/0/each/jo: Must name one of the people") != std::string::npos);
    }
    SECTION("a translated option id is caught by playing the stories through the program")
    {
        REQUIRE(stories["stories"][0]["each"]["sam"][0]["answer"] == "can-speak");
        stories["stories"][0]["each"]["sam"][0]["answer"] = "puedo-hablar";
        const std::string problems = problemsOf(stories);
        CHECK(problems.find("the stories do not play through the program") != std::string::npos);
    }
    SECTION("not a stories file at all")
    {
        CHECK(problemsOf(json::array()).find("must be a JSON object") != std::string::npos);
        CHECK(problemsOf(json{{"format", 1}}).find("/stories") != std::string::npos);
    }
}

TEST_CASE("the demo does not open over a damaged stories file, and says which file", "[demo]")
{
    TempDir dir;
    std::filesystem::create_directories(dir / "demo");
    dir.write("demo/stories.en.json", "{\"format\": 1, \"kind\": \"demo-stories\"");
    auto broken = demoIn("en", dir.path());
    REQUIRE_FALSE(broken);
    CHECK(broken.error().message.find("stories.en.json") != std::string::npos);

    // Mended, the same folder opens.
    std::ofstream(dir / "demo" / "stories.en.json") << storiesOf("en").dump();
    CHECK(demoIn("en", dir.path()));
}

TEST_CASE("the demo keeps answers in the one shape the window's recorder keeps: kind, answer, round and who gave it",
          "[demo]")
{
    auto demo = demoIn("en");
    REQUIRE(demo);
    const auto& program = *demo->program;
    std::set<std::string> partners{demo->partners[0].id, demo->partners[1].id};
    int entries = 0;
    int laterRounds = 0;
    for (const auto& session : demo->sessions) {
        auto all = demo->journal->entries(session.id, journal::Viewer::everything());
        REQUIRE(all);
        for (const auto& entry : *all) {
            INFO(session.label << " " << entry.card << " " << entry.payload);
            json payload = json::parse(entry.payload);
            payload.erase("carriedFrom"); // an entry brought from a solo reflection says where from (SoloToJoint.h)
            const content::Card* card = program.findCard(entry.card);
            REQUIRE(card);
            CHECK(payload.at("kind") == std::string(content::toString(card->kind)));
            CHECK(payload.contains("answer"));
            CHECK(payload.at("round").get<int>() >= 1);
            CHECK(partners.count(payload.at("by").get<std::string>()) == 1);
            CHECK(payload ==
                  modes::recordedPayload(*card, engine::AnswerRecord{payload.at("answer"), payload.at("by"), false, {}},
                                         payload.at("round")));
            laterRounds += payload.at("round").get<int>() > 1 ? 1 : 0;
            ++entries;
        }
    }
    CHECK(entries > 200);
    CHECK(laterRounds > 0); // the holiday plans went round step 5 twice
}
