#include "EngineTestSupport.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <stdexcept>

#include "tend/engine/AnswerRules.h"

namespace tend::test {

using content::Card;
using content::CardKind;
using nlohmann::json;

std::filesystem::path sourceDir()
{
    return TEND_SOURCE_DIR;
}

const content::ContentLibrary& fixtureLibrary()
{
    static const content::ContentLibrary library = [] {
        content::ContentLibrary loaded;
        auto ok = loaded.addFolder(sourceDir() / "tests/data/content/good");
        if (!ok || !loaded.problems().empty())
            throw std::runtime_error("the fixture content does not load");
        return loaded;
    }();
    return library;
}

std::shared_ptr<const content::Program> fixtureProgram()
{
    return fixtureLibrary().program("fixture-repair", "en");
}

const content::ContentLibrary& shippedLibrary()
{
    static const content::ContentLibrary library = [] {
        content::ContentLibrary loaded;
        (void)loaded.addFolder(sourceDir() / "content");
        return loaded;
    }();
    return library;
}

bool programOfRecordFileExists()
{
    return std::filesystem::exists(sourceDir() / "content/programs/rupture-to-repair.en.json");
}

std::shared_ptr<const content::Program> programOfRecord()
{
    return shippedLibrary().program("rupture-to-repair", "en");
}

std::string shippedProblems()
{
    std::string out;
    for (const auto& problem : shippedLibrary().problems())
        out += problem.toString() + "\n";
    return out;
}

std::shared_ptr<engine::ManualClock> testClock()
{
    return std::make_shared<engine::ManualClock>(*engine::parseIso("2026-05-01T18:00:00Z"));
}

engine::Session startedSession(std::shared_ptr<const content::Program> program, std::vector<std::string> partners)
{
    auto session = engine::Session::create(std::move(program), std::move(partners), testClock());
    REQUIRE(session.ok());
    REQUIRE(session->start().ok());
    return std::move(session.value());
}

void EventLog::attach(engine::Session& session)
{
    session.subscribe([this](const engine::Event& event) { events.push_back(event); });
}

std::vector<engine::EventType> EventLog::types() const
{
    std::vector<engine::EventType> out;
    for (const auto& event : events)
        out.push_back(event.type);
    return out;
}

bool EventLog::has(engine::EventType type, const std::string& cardId) const
{
    for (const auto& event : events) {
        if (event.type == type && (cardId.empty() || event.cardId == cardId))
            return true;
    }
    return false;
}

namespace {
const std::vector<std::string> kTexts = {
    "",
    "A few words.",
    "Two lines\nof text.",
    "Grüße, ça va? 你好 🙂",
    std::string(300, 'x'),
    "  padded  ",
    "- keep the phone away at dinner\n- ask before raising a hard topic\n\n* take a walk on Sundays"};

template <typename T> const T& pick(const std::vector<T>& items, std::mt19937_64& random)
{
    return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(random)];
}

bool coin(std::mt19937_64& random, double p)
{
    return std::bernoulli_distribution(p)(random);
}
} // namespace

json randomAnswer(const Card& card, std::mt19937_64& random, const content::PracticeLibrary* practices)
{
    switch (card.kind) {
    case CardKind::Info:
    case CardKind::Turns:
        return nullptr;
    case CardKind::Prompt:
        return pick(kTexts, random);
    case CardKind::Choice: {
        json selected = json::array();
        for (const auto& option : card.options) {
            if (coin(random, card.multiple ? 0.4 : 0.0))
                selected.push_back(option.id);
        }
        if (!card.multiple || selected.empty())
            selected = json::array({pick(card.options, random).id});
        json answer = {{"selected", selected}};
        if (card.other && coin(random, 0.3))
            answer["other"] = "something of my own";
        return answer;
    }
    case CardKind::Scale:
        return std::uniform_int_distribution<int>(card.min, card.max)(random);
    case CardKind::Checkin: {
        json answer = {{"level", std::uniform_int_distribution<int>(0, 10)(random)}};
        static const std::vector<std::string> states{"racing", "shut-down", "steady"};
        if (coin(random, 0.85))
            answer["state"] = pick(states, random);
        if (!card.emotions.empty() && coin(random, 0.5))
            answer["emotions"] = json::array({pick(card.emotions, random)});
        return answer;
    }
    case CardKind::Checklist: {
        json checked = json::array();
        for (const auto& item : card.items) {
            if (coin(random, 0.5))
                checked.push_back(item.id);
        }
        return checked;
    }
    case CardKind::Timer:
    case CardKind::Breathing:
        return {{"seconds", std::uniform_int_distribution<int>(0, 600)(random)}, {"completed", coin(random, 0.7)}};
    case CardKind::Practice: {
        std::string id = card.practice;
        if (id.empty() && practices) {
            auto tagged = practices->practicesTagged(*content::practiceTagFromString(card.tag));
            if (!tagged.empty())
                id = pick(tagged, random)->id;
        }
        if (id.empty())
            id = "some-practice";
        return {{"practice", id}, {"completed", coin(random, 0.7)}};
    }
    case CardKind::Gate:
        return pick(card.options, random).id;
    case CardKind::Schedule:
        return {{"at", "2026-05-01T19:30:00Z"}, {"place", "the kitchen table"}};
    }
    return nullptr;
}

json forwardAnswer(const content::Program& program, const Card& card)
{
    if (card.kind == CardKind::Gate) {
        for (const auto& option : card.options) {
            if (!option.next || option.next->type == content::Target::Type::Pause)
                continue;
            if (option.next->type == content::Target::Type::End)
                return option.id;
            auto resolved = program.resolve(*option.next);
            if (!resolved || resolved->type != content::Target::Type::Card)
                continue;
            const Card* target = program.findCard(resolved->id);
            if (target && std::make_pair(target->stepIndex, target->index) > std::make_pair(card.stepIndex, card.index))
                return option.id;
        }
        return card.unanimous.empty() ? card.options.front().id : card.unanimous;
    }
    std::mt19937_64 random(1);
    return randomAnswer(card, random, nullptr);
}

void completeTurns(engine::Session& session)
{
    for (int guard = 0; guard < 20; ++guard) {
        const std::string someone = session.partners().front();
        auto status = session.turnStatus(someone);
        REQUIRE(status.ok());
        switch (status->phase) {
        case engine::TurnPhase::Complete:
            return;
        case engine::TurnPhase::Share:
            REQUIRE(session.turnShare(status->speaker, "What I felt.").ok());
            break;
        case engine::TurnPhase::Reflect:
            REQUIRE(session.turnReflect(status->listener, "What I heard.", "My chest loosened.").ok());
            break;
        case engine::TurnPhase::Confirm:
            REQUIRE(session.turnConfirm(status->speaker, true).ok());
            break;
        }
    }
    FAIL("turns did not complete");
}

void advanceOnce(engine::Session& session, const std::string& partner)
{
    const Card* card = session.currentCard(partner);
    REQUIRE(card != nullptr);
    if (card->kind == CardKind::Turns) {
        completeTurns(session);
    } else if (!card->optional || card->kind == CardKind::Gate) {
        const json answer = forwardAnswer(session.program(), *card);
        if (card->kind == CardKind::Gate && !card->unanimous.empty() &&
            session.position(partner).place == engine::PartnerPlace::Together) {
            for (const auto& other : session.partners())
                REQUIRE(session.answer(other, answer).ok());
        } else {
            REQUIRE(session.answer(partner, answer).ok());
        }
    }
    auto moved = session.next(partner);
    INFO((moved.ok() ? std::string() : moved.error().message));
    REQUIRE(moved.ok());
}

std::uint64_t runSeed()
{
    static const std::uint64_t seed = [] {
        if (const char* env = std::getenv("TEND_SEED"); env && *env)
            return static_cast<std::uint64_t>(std::strtoull(env, nullptr, 10));
        return static_cast<std::uint64_t>(20260501);
    }();
    return seed;
}

void requireRoundTrip(const engine::Session& session)
{
    const json saved = session.toJson();
    auto restored = engine::Session::fromJson(saved, session.programPtr(), testClock());
    INFO((restored.ok() ? std::string() : restored.error().message));
    REQUIRE(restored.ok());
    REQUIRE(restored->toJson() == saved);
    // Same behaviour: the same next move gives the same result on both.
    for (const auto& partner : session.partners()) {
        engine::Session original = session;
        engine::Session copy = restored.value();
        auto a = original.next(partner);
        auto b = copy.next(partner);
        REQUIRE(a.ok() == b.ok());
        if (!a.ok())
            REQUIRE(a.error().message == b.error().message);
        // Times may differ only if clocks differ; both use the same fixed test time.
        REQUIRE(original.toJson() == copy.toJson());
    }
}

} // namespace tend::test
