// The disclosure model beside the safety patterns: reproducible weights, a floor the patterns keep, no flag
// raised on bias alone, and a broken file refused like a broken coach file.
#include <fstream>
#include <sstream>

#include "CoachTestSupport.h"
#include "SafetyTrainer.h"
#include "support/TempDir.h"

using namespace tend::coach;
using tend::coach::test::english;

namespace {

std::string readFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

} // namespace

TEST_CASE("the shipped disclosure model is what the trainer makes from the shipped data")
{
    const std::string shipped = readFile(CoachContent::safetyModelFileFor(eval::contentDir(), "en"));
    REQUIRE_FALSE(shipped.empty());
    auto data = training::readDisclosureTraining(eval::dataDir());
    REQUIRE(data);
    const training::SafetyTrainingOptions options;
    const auto encoded = training::encodeDisclosures(*data, english(), options.hashBits);
    std::vector<const training::SafetyEncoded*> all;
    for (const auto& e : encoded)
        all.push_back(&e);
    const std::string fresh = training::safetyToJson(training::trainSafety(all, options), options, *data);
    INFO("run `make coach-model` after changing the disclosure sets, the rules or the features");
    CHECK(fresh == shipped);
}

TEST_CASE("the disclosure model only adds flags: whatever the patterns hear stays heard")
{
    REQUIRE(english().safetyModel() != nullptr);
    const CoachContent patternsAlone = english().withoutModel();
    CHECK(patternsAlone.safetyModel() == nullptr);
    auto data = training::readDisclosureTraining(eval::dataDir());
    REQUIRE(data);
    int flaggedByPatterns = 0;
    int addedByModel = 0;
    for (const auto& example : *data) {
        const bool byPatterns = analyze(example.text, patternsAlone).safety;
        const Analysis withModel = analyze(example.text, english());
        INFO(example.text);
        if (byPatterns)
            CHECK(withModel.safety);
        flaggedByPatterns += byPatterns ? 1 : 0;
        addedByModel += (!byPatterns && withModel.safety) ? 1 : 0;
        if (withModel.safety) { // heard by either: no tone advice at all
            CHECK(withModel.hints.empty());
            CHECK_FALSE(withModel.blame);
            CHECK(withModel.emotions.empty());
            CHECK_FALSE(withModel.safetyKinds.empty());
        }
    }
    CHECK(flaggedByPatterns > 300);
    CHECK(addedByModel > 50); // the model hears what no pattern lists
}

TEST_CASE("the disclosure model never flags a text on no evidence")
{
    for (const char* text : {"", " ", "ok", "Thank you", "Can we talk later?", "I am tired.", "I love you.",
                             "Dinner is at seven.", "You never listen."}) {
        INFO(text);
        CHECK_FALSE(analyze(text, english()).safety);
    }
}

TEST_CASE("a broken disclosure model is refused, naming its file")
{
    tend::test::TempDir temp;
    std::filesystem::create_directories(temp / "coach");
    std::filesystem::copy_file(CoachContent::fileFor(eval::contentDir(), "en"), temp / "coach" / "coach.en.json");
    for (const std::string broken : {"[]", "{\"format\": 1, \"kind\": \"coach-safety-model\"}",
                                     R"({"format": 1, "kind": "coach-safety-model", "hashBits": 8, "threshold": 1,
                                        "bias": [0, 0], "weights": [[300, 1, 1]]})"}) {
        INFO(broken);
        std::ofstream(temp / "coach" / "safety-model.en.json", std::ios::trunc) << broken;
        auto loaded = CoachContent::loadLocale(temp.path(), "en");
        REQUIRE_FALSE(loaded);
        CHECK(loaded.error().message.find("safety-model.en.json") != std::string::npos);
    }
}

TEST_CASE("Spanish and German have disclosure models of their own: reproducible, a floor the patterns keep, and no "
          "tone advice on anything heard")
{
    for (const std::string locale : {"es", "de"}) {
        INFO(locale);
        auto coach = CoachContent::loadLocale(eval::contentDir(), locale);
        REQUIRE(coach);
        REQUIRE(coach->safetyModel() != nullptr);
        auto data = training::readDisclosureTraining(eval::dataDir(), locale);
        REQUIRE(data);
        const training::SafetyTrainingOptions options;
        const auto encoded = training::encodeDisclosures(*data, *coach, options.hashBits);
        std::vector<const training::SafetyEncoded*> all;
        for (const auto& e : encoded)
            all.push_back(&e);
        const std::string fresh = training::safetyToJson(training::trainSafety(all, options), options, *data);
        INFO("run `make coach-model` after changing the disclosure sets, the rules or the features");
        CHECK(fresh == readFile(CoachContent::safetyModelFileFor(eval::contentDir(), locale)));

        const CoachContent patternsAlone = coach->withoutModel();
        int disclosures = 0;
        for (const auto& example : *data) {
            CHECK(example.source.find("heldout") == std::string::npos);
            const Analysis withModel = analyze(example.text, *coach);
            INFO(example.text);
            if (analyze(example.text, patternsAlone).safety)
                CHECK(withModel.safety);
            if (withModel.safety) {
                CHECK(withModel.hints.empty());
                CHECK_FALSE(withModel.blame);
            }
            disclosures += (example.harm || example.selfHarm) ? 1 : 0;
        }
        CHECK(disclosures >= 200);
        for (const char* text :
             {"", "ok", "¿Hablamos luego?", "Können wir später reden?", "Te quiero.", "Ich hab dich lieb."}) {
            INFO(text);
            CHECK_FALSE(analyze(text, *coach).safety);
        }
    }
}
