// The ten-minute repair's "it's bigger than it looked": what carries into the full repair, and what stays behind.
#include <catch2/catch.hpp>

#include "ModesTestSupport.h"
#include "tend/modes/ProgramSwitch.h"

using namespace tend;
using namespace tend::modes::test;
using nlohmann::json;

namespace {

std::shared_ptr<const content::Program> quickProgram()
{
    auto program = shippedLibrary().program(modes::kQuickRepairProgramId, "en");
    REQUIRE(program); // it ships: a missing file fails
    return program;
}

engine::Session startedQuick(const std::vector<std::string>& partners)
{
    auto clock = std::make_shared<engine::ManualClock>(fixedNow());
    auto session = engine::Session::create(quickProgram(), partners, clock);
    REQUIRE(session);
    REQUIRE(session->start());
    return std::move(session.value());
}

void answerAndNext(engine::Session& s, const std::string& who, const std::string& cardId, const json& value,
                   bool keepPrivate = false)
{
    const content::Card* card = s.currentCard(who);
    REQUIRE(card);
    REQUIRE(card->id == cardId);
    engine::AnswerOptions options;
    options.keepPrivate = keepPrivate;
    REQUIRE(s.answer(who, value, options));
    REQUIRE(s.next(who));
}

} // namespace

TEST_CASE("only the two repairs are repairs, every other program is a short practice")
{
    CHECK(modes::isRepairProgram("rupture-to-repair"));
    CHECK(modes::isRepairProgram("quick-repair"));
    CHECK_FALSE(modes::isRepairProgram("express-dont-describe"));
    CHECK_FALSE(modes::isRepairProgram(""));
}

TEST_CASE("choosing \"bigger\" on the ten-minute repair names the full repair, \"small\" names nothing")
{
    auto program = quickProgram();
    const content::Card* gate = program->findCard("still-small");
    REQUIRE(gate);
    const content::Option* bigger = modes::switchChosen(*gate, json("bigger"));
    REQUIRE(bigger);
    CHECK(bigger->switchTo == modes::kRepairProgramId);
    REQUIRE(shippedLibrary().program(bigger->switchTo, "en")); // the program it names ships
    CHECK(modes::switchChosen(*gate, json("small")) == nullptr);
    CHECK(modes::switchChosen(*gate, json(nullptr)) == nullptr);
    CHECK(modes::switchChosen(*gate, json{{"selected", {"bigger"}}}) == bigger); // a choice's answer shape too
}

TEST_CASE("switching carries each partner's own answers that the full repair asks the same way, and nothing else")
{
    engine::Session s = startedQuick({"sam", "alex"});
    REQUIRE(s.next("sam")); // the opening words
    answerAndNext(s, "sam", "notice-body", json::array({"heat", "clenched-jaw"}), true);
    REQUIRE(s.answer("sam", json("bigger")));
    REQUIRE(s.next("alex"));
    answerAndNext(s, "alex", "notice-body", json::array({"numb"}));
    answerAndNext(s, "alex", "still-small", json("small"));
    REQUIRE(s.answer("alex", json("I went quiet.")));

    auto full = shippedLibrary().program(modes::kRepairProgramId, "en");
    REQUIRE(full);
    const auto carried = modes::carriedAnswers(s, *full);
    std::map<std::string, modes::CarriedAnswer> byKey;
    for (const auto& answer : carried)
        byKey[answer.partner + "/" + answer.cardId] = answer;

    REQUIRE(byKey.count("sam/notice-body"));
    CHECK(byKey["sam/notice-body"].value == json::array({"heat", "clenched-jaw"}));
    CHECK(byKey["sam/notice-body"].keptPrivate); // kept private stays private
    REQUIRE(byKey.count("alex/notice-body"));
    CHECK_FALSE(byKey["alex/notice-body"].keptPrivate);
    REQUIRE(byKey.count("alex/give-voice")); // the same question, the same kind: Alex's words go along
    CHECK(byKey["alex/give-voice"].value == json("I went quiet."));
    CHECK_FALSE(byKey.count("sam/still-small"));  // the switching answer itself stays behind
    CHECK_FALSE(byKey.count("alex/still-small")); // the full repair has no such card
    CHECK_FALSE(byKey.count("sam/quick-start"));
    CHECK(carried.size() == 3);
}
