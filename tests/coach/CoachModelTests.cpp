// The learned layer: reproducible weights, a verdict limited to blame and stage, reasons that point at words, and
// the input limit.
#include <fstream>
#include <sstream>

#include "CoachTestSupport.h"
#include "ModelTrainer.h"
#include "tend/coach/LearnedLayer.h"

using namespace tend::coach;
using tend::coach::test::english;
using tend::coach::test::hear;

namespace {

std::string readFile(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

bool hasFeature(const std::vector<LearnedFeature>& features, const std::string& name)
{
    return std::any_of(features.begin(), features.end(), [&](const LearnedFeature& f) { return f.name == name; });
}

} // namespace

TEST_CASE("the shipped weights are what the trainer makes from the shipped data")
{
    for (const std::string locale : {"en", "es", "de"}) {
        INFO(locale);
        const auto shippedFile = CoachContent::modelFileFor(eval::contentDir(), locale);
        const std::string shipped = readFile(shippedFile);
        REQUIRE_FALSE(shipped.empty());
        auto coach = CoachContent::loadLocale(eval::contentDir(), locale);
        REQUIRE(coach);
        auto data = training::readTrainingData(eval::dataDir(), locale);
        REQUIRE(data);
        const training::TrainingOptions options;
        const auto encoded = training::encode(*data, *coach, options.hashBits);
        std::vector<const training::Encoded*> all;
        for (const auto& e : encoded)
            all.push_back(&e);
        const std::string fresh = training::toJson(training::train(all, options), options, *data);
        INFO("run `make coach-model` after changing the corpus, the rules or the features");
        CHECK(fresh.size() == shipped.size());
        CHECK(fresh == shipped);
    }
}

TEST_CASE("each language's learned layer stems words in that language and never reads its held-out writers")
{
    auto spanish = CoachContent::loadLocale(eval::contentDir(), "es");
    auto german = CoachContent::loadLocale(eval::contentDir(), "de");
    REQUIRE(spanish);
    REQUIRE(german);
    // Snowball's Spanish and German stemmers: two forms of one word meet on one stem.
    CHECK(hasFeature(learnedFeatures("estoy enfadada", *spanish), "s:enfad"));
    CHECK(hasFeature(learnedFeatures("estoy enfadado", *spanish), "s:enfad"));
    CHECK(hasFeature(learnedFeatures("ich bin verletzt", *german), "s:verletzt"));
    CHECK(hasFeature(learnedFeatures("das verletzte mich", *german), "s:verletzt"));
    for (const std::string locale : {"es", "de"}) {
        auto data = training::readTrainingData(eval::dataDir(), locale);
        REQUIRE(data);
        CHECK(data->size() >= 600);
        for (const auto& e : *data) {
            INFO(e.source);
            CHECK(e.source.find("heldout") == std::string::npos);
            CHECK(e.source.find("disclosures") == std::string::npos);
        }
    }
}

TEST_CASE("the shipped coach loads its model, and the model stays small")
{
    REQUIRE(english().model() != nullptr);
    CHECK(english().withoutModel().model() == nullptr);
    CHECK(std::filesystem::file_size(CoachContent::modelFileFor(eval::contentDir(), "en")) < 3u * 1024u * 1024u);
}

TEST_CASE("the model decides blame and stage only, and emotions and ownership stay the rules'")
{
    const CoachContent rules = english().withoutModel();
    for (const char* text : {"I'm livid that you told your brother about us.", "I'm so sorry I snapped at you.",
                             "I'm afraid the train is late.", "so proud of u rn, you smashed it",
                             "I'm not blaming you, I'm just scared."}) {
        INFO(text);
        const Analysis withModel = hear(text);
        const Analysis withRules = analyze(text, rules);
        CHECK(withModel.emotions == withRules.emotions);
        CHECK(withModel.ownership == withRules.ownership);
        CHECK(withRules.reasons.empty());
        if (!withModel.blame) {
            CHECK(withModel.blameKinds.empty());
            for (const auto& f : withModel.findings)
                CHECK(f.feature.rfind("blame.", 0) != 0);
        }
    }
}

TEST_CASE("each verdict names the words that led to it")
{
    const std::string text = "Can you for once in your life put your plate in the dishwasher?";
    const Analysis a = hear(text);
    REQUIRE(a.blame);
    bool blameReason = false;
    for (const auto& reason : a.reasons) {
        CHECK(reason.begin < reason.end);
        CHECK(reason.end <= text.size());
        CHECK_FALSE(reason.patternId.empty());
        blameReason |= reason.feature == "blame";
    }
    CHECK(blameReason);
    CHECK(a.reasons.size() <= 6);
    CHECK(hear("Could you pick up milk on the way home?").reasons.empty());
}

TEST_CASE("the learned layer reads stems, n-grams and rule hits, and skips reported speech")
{
    const auto features = learnedFeatures("I kept apologising. She said \"you always lie\".", english());
    CHECK(hasFeature(features, "s:apologis"));
    CHECK(hasFeature(features, "b:i kept"));
    CHECK(hasFeature(features, "c:<apo"));
    CHECK(hasFeature(features, "c:ing>"));
    CHECK(hasFeature(features, "r:blame=0"));
    CHECK_FALSE(hasFeature(features, "w:lie"));
    const auto rules = learnedFeatures("You never listen to me.", english());
    CHECK(std::any_of(rules.begin(), rules.end(),
                      [](const LearnedFeature& f) { return f.name.rfind("p:blame.absolute/", 0) == 0; }));
    CHECK(featureBucket("w:you", 18) < (1u << 18));
    CHECK(featureBucket("w:you", 18) == featureBucket("w:you", 18));
}

TEST_CASE("a broken model file is refused with its name")
{
    const CoachContent rules = english().withoutModel();
    for (const char* json : {"{", R"({"kind": "coach", "format": 1})", R"({"kind": "coach-model", "format": 2})",
                             R"({"kind": "coach-model", "format": 1, "hashBits": 40, "weights": []})",
                             R"({"kind": "coach-model", "format": 1, "hashBits": 8, "weights": [[999, 1, 0, 0, 0]]})",
                             R"({"kind": "coach-model", "format": 1, "hashBits": 8, "weights": [[1, 1, 0]]})"}) {
        INFO(json);
        auto loaded = rules.withModel(json, "model.xx.json");
        REQUIRE_FALSE(loaded);
        CHECK(loaded.error().message.rfind("model.xx.json: ", 0) == 0);
    }
    CHECK(rules.withModel(R"({"kind": "coach-model", "format": 1, "hashBits": 8, "weights": [[1, 1, 0, 0, 0]]})",
                          "model.xx.json"));
}

TEST_CASE("text beyond the documented limit is cut, not read")
{
    std::string text(kMaxAnalysedBytes - 1, 'a');
    text += "\xC3\xA9 You never listen. What is wrong with you?";
    const Analysis a = hear(text);
    CHECK_FALSE(a.blame);
    for (const auto& f : a.findings)
        CHECK(f.end <= kMaxAnalysedBytes);
    CHECK(analyze(text, english().withoutModel()).findings.empty());
}
