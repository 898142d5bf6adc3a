#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSlider>

#include "UiTestSupport.h"
#include "tend/content/ContentLibrary.h"
#include "tend/content/Loader.h"
#include "tend/regulation/RegulationLibrary.h"
#include "ui/cards/CardFactory.h"
#include "ui/cards/CardWidget.h"
#include "ui/cards/RegulationCards.h"
#include "ui/cards/ScheduleCard.h"
#include "ui/cards/TimeCards.h"
#include "ui/cards/TurnsCard.h"
#include "ui/regulation/BreathingPacer.h"
#include "ui/regulation/HugTimer.h"

using namespace tend;
using namespace tend::test;
using nlohmann::json;

namespace {

ui::CardContext couple()
{
    ui::CardContext context;
    context.partners = {{"a", QStringLiteral("Sam"), {}}, {"b", QStringLiteral("Alex"), {}}};
    context.writer = context.partners.front();
    context.now = [] { return QDateTime(QDate(2026, 5, 1), QTime(15, 0)); };
    return context;
}

/// A card written as JSON, read as the program reader reads a card (so a test card with a mistake fails here).
content::Card cardFrom(const json& card)
{
    auto load = content::loadCardJson(card);
    INFO(card.dump());
    for (const auto& problem : load.problems)
        INFO(problem.toString());
    REQUIRE(load.ok());
    return *load.card;
}

std::unique_ptr<ui::CardWidget> make(const json& card, const ui::CardContext& context = couple())
{
    return std::unique_ptr<ui::CardWidget>(ui::CardFactory::create(cardFrom(card), context));
}

std::unique_ptr<ui::CardWidget> build(const content::Card& card, const ui::CardContext& context = couple())
{
    return std::unique_ptr<ui::CardWidget>(ui::CardFactory::create(card, context));
}

} // namespace

TEST_CASE("every card kind of the shipped program builds and round-trips an answer")
{
    content::ContentLibrary library;
    REQUIRE(library.addFolder(contentDir()));
    auto program = library.program("rupture-to-repair", "en");
    REQUIRE(program);
    QStringList seen;
    for (const auto& step : program->steps) {
        for (const auto& card : step.cards) {
            auto widget = build(card);
            REQUIRE(widget);
            CHECK(widget->kind() == QString::fromStdString(std::string(content::toString(card.kind))));
            CHECK(widget->answer().is_null()); // nothing given yet
            seen << widget->kind();
        }
    }
    for (const char* kind : {"info", "prompt", "choice", "checkin", "checklist", "timer", "breathing", "practice",
                             "turns", "gate", "schedule"})
        CHECK(seen.contains(QString::fromLatin1(kind)));
}

TEST_CASE("prompt, choice, scale, checkin and checklist answers have the format's shapes")
{
    auto prompt = make({{"id", "p"}, {"kind", "prompt"}, {"title", "What happened?"}});
    prompt->setAnswer("hello");
    CHECK(prompt->answer() == json("hello"));
    prompt->findChild<QPlainTextEdit*>()->setPlainText(QStringLiteral("   "));
    CHECK(prompt->answer().is_null());

    auto choice = make({{"id", "c"},
                        {"kind", "choice"},
                        {"multiple", true},
                        {"other", true},
                        {"options", {{{"id", "x"}, {"label", "X"}}, {{"id", "y"}, {"label", "Y"}}}}});
    choice->setAnswer({{"selected", {"y"}}, {"other", "my own"}});
    CHECK(choice->answer() == json({{"selected", {"y"}}, {"other", "my own"}}));
    CHECK(choice->findChild<QLineEdit*>(QStringLiteral("otherText"))->text() == QStringLiteral("my own"));

    auto single = make(
        {{"id", "s"}, {"kind", "choice"}, {"options", {{{"id", "x"}, {"label", "X"}}, {{"id", "y"}, {"label", "Y"}}}}});
    need<QAbstractButton>(single.get(), QStringLiteral("option-x"))->click();
    need<QAbstractButton>(single.get(), QStringLiteral("option-y"))->click();
    CHECK(single->answer() == json({{"selected", {"y"}}})); // one at a time

    auto scale = make({{"id", "sc"}, {"kind", "scale"}, {"low_label", "low"}, {"high_label", "high"}});
    CHECK(scale->answer().is_null());
    auto* slider = need<QSlider>(scale.get(), QStringLiteral("scaleSlider"));
    QTest::keyClick(slider, Qt::Key_Right);
    CHECK(scale->answer() == json(6));

    auto checkin = make({{"id", "ci"}, {"kind", "checkin"}, {"emotions", {"tense", "sad"}}});
    need<QAbstractButton>(checkin.get(), QStringLiteral("state-racing"))->click();
    need<QAbstractButton>(checkin.get(), QStringLiteral("emotion-sad"))->click();
    CHECK(checkin->answer() == json({{"state", "racing"}, {"emotions", {"sad"}}}));
    QTest::keyClick(need<QSlider>(checkin.get(), QStringLiteral("scaleSlider")), Qt::Key_End);
    CHECK(checkin->answer().value("level", -1) == 10);

    auto checklist = make({{"id", "cl"},
                           {"kind", "checklist"},
                           {"items", {{{"id", "one"}, {"label", "One"}}, {{"id", "two"}, {"label", "Two"}}}}});
    need<QCheckBox>(checklist.get(), QStringLiteral("item-two"))->click();
    CHECK(checklist->answer() == json({"two"}));
}

TEST_CASE("a gate alone moves on when chosen, together, each partner chooses")
{
    const json gate = {
        {"id", "clear"},
        {"kind", "gate"},
        {"title", "Are we clear?"},
        {"unanimous", "yes"},
        {"otherwise", "no"},
        {"options",
         {{{"id", "yes"}, {"label", "Yes"}, {"next", "end"}}, {{"id", "no"}, {"label", "Not yet"}, {"next", "end"}}}}};
    auto alone = make(gate);
    int advanced = 0;
    QObject::connect(alone.get(), &ui::CardWidget::advanceRequested, [&] { ++advanced; });
    need<QAbstractButton>(alone.get(), QStringLiteral("gate-yes"))->click();
    CHECK(alone->answer() == json("yes"));
    CHECK(advanced == 1);

    ui::CardContext together = couple();
    together.together = true;
    auto both = make(gate, together);
    need<QAbstractButton>(both.get(), QStringLiteral("gate-a-yes"))->click();
    CHECK_FALSE(both->incompleteReason().isEmpty());
    need<QAbstractButton>(both.get(), QStringLiteral("gate-b-no"))->click();
    CHECK(both->incompleteReason().isEmpty());
    CHECK(both->answer() == json({{"a", "yes"}, {"b", "no"}}));
}

TEST_CASE("the return-time picker suggests at least the minimum and stays within the day")
{
    const QDateTime now(QDate(2026, 5, 1), QTime(15, 0));
    const auto suggestions = ui::suggestReturnTimes(now, 20, 24);
    REQUIRE_FALSE(suggestions.isEmpty());
    for (const auto& s : suggestions) {
        CHECK(now.secsTo(s.at) >= 20 * 60);
        CHECK(now.secsTo(s.at) <= 24 * 3600);
    }
    auto card = make({{"id", "back"}, {"kind", "schedule"}, {"suggest_places", {"the kitchen table"}}});
    CHECK(card->answer().is_null());
    need<QAbstractButton>(card.get(), QStringLiteral("suggestTime0"))->click();
    need<QAbstractButton>(card.get(), QStringLiteral("suggestPlace0"))->click();
    const json answer = card->answer();
    CHECK(answer.value("place", std::string()) == "the kitchen table");
    const QDateTime at = QDateTime::fromString(QString::fromStdString(answer.value("at", std::string())), Qt::ISODate);
    CHECK(at.isValid());
    CHECK(at.timeSpec() == Qt::UTC);
    CHECK(now.secsTo(at) >= 20 * 60);
}

TEST_CASE("the turns card takes both partners through share, reflect and confirm by the engine's rules")
{
    ui::CardContext together = couple();
    together.together = true;
    auto card = make({{"id", "turns"}, {"kind", "turns"}, {"confirm", "Did I hear you right?"}}, together);
    auto* turns = dynamic_cast<ui::TurnsCard*>(card.get());
    REQUIRE(turns);
    card->show();
    CHECK(turns->phase() == ui::TurnsCard::Phase::ChooseFirst);
    need<QAbstractButton>(card.get(), QStringLiteral("turnsFirst-b"))->click();
    need<QPlainTextEdit>(card.get(), QStringLiteral("turnsShared"))->setPlainText(QStringLiteral("I felt alone."));
    need<QAbstractButton>(card.get(), QStringLiteral("turnsToReflect"))->click();
    settle();
    CHECK(turns->phase() == ui::TurnsCard::Phase::Reflect);
    need<QPlainTextEdit>(card.get(), QStringLiteral("turnsReflected"))->setPlainText(QStringLiteral("You felt alone."));
    need<QAbstractButton>(card.get(), QStringLiteral("turnsToConfirm"))->click();
    settle();
    need<QAbstractButton>(card.get(), QStringLiteral("turnsNotQuite"))->click();
    settle();
    need<QPlainTextEdit>(card.get(), QStringLiteral("turnsCorrection"))->setPlainText(QStringLiteral("And scared."));
    need<QAbstractButton>(card.get(), QStringLiteral("turnsAnotherRound"))->click();
    settle();
    CHECK(turns->phase() == ui::TurnsCard::Phase::Share); // round 2, same speaker
    need<QAbstractButton>(card.get(), QStringLiteral("turnsToReflect"))->click();
    settle();
    need<QAbstractButton>(card.get(), QStringLiteral("turnsToConfirm"))->click();
    settle();
    need<QAbstractButton>(card.get(), QStringLiteral("turnsYes"))->click();
    settle();
    CHECK(turns->phase() == ui::TurnsCard::Phase::Swap);
    CHECK_FALSE(card->incompleteReason().isEmpty());
    need<QAbstractButton>(card.get(), QStringLiteral("turnsFirst-a"))->click();
    need<QAbstractButton>(card.get(), QStringLiteral("turnsToReflect"))->click();
    settle();
    need<QAbstractButton>(card.get(), QStringLiteral("turnsToConfirm"))->click();
    settle();
    need<QAbstractButton>(card.get(), QStringLiteral("turnsYes"))->click();
    settle();
    CHECK(turns->phase() == ui::TurnsCard::Phase::Done);
    CHECK(card->incompleteReason().isEmpty());
    const json answer = card->answer();
    REQUIRE(answer["turns"].size() == 2);
    CHECK(answer["turns"][0]["speaker"] == "b");
    CHECK(answer["turns"][0]["rounds"].size() == 2);
    CHECK(answer["turns"][0]["rounds"][0]["correction"] == "And scared.");
}

TEST_CASE("a timer records seconds and completion, the hug timer keeps touch optional, the pacer paces the pattern")
{
    auto timer = make({{"id", "shake"}, {"kind", "timer"}, {"seconds", 60}, {"label", "Move for a minute"}});
    CHECK(dynamic_cast<ui::TimerCard*>(timer.get()));
    CHECK(timer->answer().is_null());
    timer->setAnswer({{"seconds", 30}, {"completed", true}});
    CHECK(timer->answer() == json({{"seconds", 30}, {"completed", true}}));

    // The program's hug card gets the re-bonding timer: its length, touch optional, other ways offered.
    content::ContentLibrary library;
    REQUIRE(library.addFolder(contentDir()));
    auto program = library.program("rupture-to-repair", "en");
    REQUIRE(program);
    const content::Card* hugCard = program->findCard("hug-timer");
    REQUIRE(hugCard);
    auto regulation = tend::regulation::loadRegulationContent(contentDir());
    REQUIRE(regulation.ok());
    ui::CardContext context = couple();
    context.regulationContent = &regulation.value();
    auto hug = build(*hugCard, context);
    auto* hugTimer = dynamic_cast<ui::HugTimerCard*>(hug.get());
    REQUIRE(hugTimer);
    CHECK(hugTimer->timer()->seconds() == 30);
    CHECK(need<QLabel>(hug.get(), QStringLiteral("hugOptional"))->text().contains(QStringLiteral("optional")));
    CHECK(hugTimer->timer()->alternativesText().contains(QStringLiteral("Hold hands")));
    CHECK(hug->answer().is_null());
    hugTimer->timer()->start();
    CHECK(hug->answer().value("completed", true) == false);
    hug->setAnswer({{"seconds", 30}, {"completed", true}});
    CHECK(need<QLabel>(hug.get(), QStringLiteral("regulationEarlier"))->text().contains(QStringLiteral("0:30")));

    // A breathing card: the pacer with the card's pattern and length, refusing nothing the library ships.
    auto breathing = make({{"id", "b"}, {"kind", "breathing"}, {"pattern", "cyclic-sigh"}, {"minutes", 3}}, context);
    auto* pacerCard = dynamic_cast<ui::BreathingCard*>(breathing.get());
    REQUIRE(pacerCard);
    CHECK(pacerCard->pacer()->hasPattern());
    CHECK(pacerCard->pacer()->minutes() == 3);
    CHECK(need<QLabel>(breathing.get(), QStringLiteral("breathingRhythm"))->text().contains(QStringLiteral("1 s")));
    CHECK(breathing->answer().is_null());
    pacerCard->pacer()->start();
    pacerCard->pacer()->stop();
    CHECK(breathing->answer().value("completed", true) == false);

    // An unknown pattern says so instead of pacing something else.
    auto unknown = make({{"id", "u"}, {"kind", "breathing"}, {"pattern", "no-such-pattern"}}, context);
    CHECK_FALSE(dynamic_cast<ui::BreathingCard*>(unknown.get())->pacer()->hasPattern());
    CHECK(need<QLabel>(unknown.get(), QStringLiteral("breathingProblem"))->text().contains(QStringLiteral("no-such")));

    // A practice with a pattern opens the pacer; one without, the step-by-step guide.
    auto settle = make({{"id", "p"}, {"kind", "practice"}, {"tag", "settle"}}, context);
    auto* practice = dynamic_cast<ui::PracticeCard*>(settle.get());
    REQUIRE(practice);
    CHECK(settle->answer().is_null());
    need<QAbstractButton>(settle.get(), QStringLiteral("practice-slow-breathing"))->click();
    CHECK(practice->pacer());
    CHECK_FALSE(practice->guide());
    need<QAbstractButton>(settle.get(), QStringLiteral("practice-orienting"))->click();
    CHECK(practice->guide());
    CHECK_FALSE(practice->pacer());
    CHECK(settle->answer() == json({{"practice", "orienting"}, {"completed", false}}));
    settle->setAnswer({{"practice", "five-senses"}, {"completed", true}});
    CHECK(practice->currentPractice() == QStringLiteral("five-senses"));
    CHECK(settle->answer() == json({{"practice", "five-senses"}, {"completed", true}}));
}
