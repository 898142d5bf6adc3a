// Fuzz target for content: the input is read as a program (loader and full validation), as each kind of
// practices file, as a guard, and as a saved session of a small built-in program. Programs that load are walked
// for a few hundred moves; the engine must keep its invariants throughout. Any broken invariant aborts, so
// libFuzzer reports it. Never writes files.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>

#include "tend/content/Guard.h"
#include "tend/content/Loader.h"
#include "tend/engine/Session.h"

namespace {

using namespace tend;
using nlohmann::json;

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_content: broken invariant: %s\n", what);
        std::abort();
    }
}

const content::PracticeLibrary& library()
{
    static const content::PracticeLibrary built = [] {
        content::PracticeLibrary lib;
        lib.locale = "en";
        content::BreathingPattern pattern;
        pattern.id = "slow-six";
        pattern.phases = {{content::PhaseKind::Inhale, 4}, {content::PhaseKind::Exhale, 6}};
        lib.patterns.push_back(pattern);
        pattern.id = "cyclic-sigh";
        lib.patterns.push_back(pattern);
        for (const char* id : {"orienting", "five-senses", "shake-out", "look-around"}) {
            content::Practice practice;
            practice.id = id;
            practice.tag =
                std::string_view(id) == "shake-out" ? content::PracticeTag::Lift : content::PracticeTag::Settle;
            practice.minutes = 2;
            practice.steps = {"step"};
            lib.practices.push_back(practice);
        }
        return lib;
    }();
    return built;
}

constexpr const char* kSmallProgram = R"({
  "id": "small", "version": "1", "locale": "en", "title": "Small",
  "steps": [
    {"id": "own", "title": "Own", "purpose": "p", "who": "each", "cards": [
      {"id": "check", "kind": "checkin"},
      {"id": "calm", "kind": "practice", "tag": "settle", "when": "check.level >= 7"},
      {"id": "ready", "kind": "gate", "options": [{"id": "yes", "label": "Y", "next": "step:us"},
                                                  {"id": "again", "label": "A", "next": "step:own"},
                                                  {"id": "later", "label": "L", "next": "pause"}]}]},
    {"id": "us", "title": "Us", "purpose": "p", "who": "together", "cards": [
      {"id": "say", "kind": "prompt", "records": "commitments"},
      {"id": "talk", "kind": "turns", "confirm": "Right?"},
      {"id": "clear", "kind": "gate", "unanimous": "yes", "otherwise": "no",
       "options": [{"id": "yes", "label": "Y", "next": "end"}, {"id": "no", "label": "N", "next": "step:us"}]}]}
  ]})";

std::shared_ptr<const content::Program> smallProgram()
{
    static const std::shared_ptr<const content::Program> program = [] {
        auto load = content::loadProgramText(kSmallProgram, "small.en.json", &library());
        require(load.ok(), "the built-in program loads");
        return load.program;
    }();
    return program;
}

// A tiny deterministic generator driven by the input, so every input walks the same way each time.
struct Random {
    std::uint64_t state;
    std::uint64_t next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
    std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
};

json answerFor(const content::Card& card, Random& random)
{
    using content::CardKind;
    switch (card.kind) {
    case CardKind::Prompt:
        return random.below(2) ? "text\nmore" : "";
    case CardKind::Choice:
        if (card.options.empty())
            return nullptr;
        return {{"selected", {card.options[random.below(card.options.size())].id}}};
    case CardKind::Scale:
        return card.min + static_cast<int>(random.below(static_cast<std::size_t>(card.max - card.min + 1)));
    case CardKind::Checkin:
        return {{"level", static_cast<int>(random.below(11))},
                {"state", random.below(2) ? "racing" : (random.below(2) ? "shut-down" : "steady")}};
    case CardKind::Checklist:
        return card.items.empty() ? json::array() : json::array({card.items[random.below(card.items.size())].id});
    case CardKind::Timer:
    case CardKind::Breathing:
        return {{"seconds", static_cast<int>(random.below(100))}, {"completed", random.below(2) == 1}};
    case CardKind::Practice:
        return {{"practice", card.practice.empty() ? std::string("orienting") : card.practice}, {"completed", true}};
    case CardKind::Gate:
        return card.options.empty() ? json(nullptr) : json(card.options[random.below(card.options.size())].id);
    case CardKind::Schedule:
        return {{"at", "2026-05-01T19:00:00Z"}};
    case CardKind::Info:
    case CardKind::Turns:
        return nullptr;
    }
    return nullptr;
}

void walk(engine::Session& session, Random& random, int moves)
{
    for (int i = 0; i < moves; ++i) {
        if (session.status() == engine::SessionStatus::Completed)
            return;
        if (session.status() == engine::SessionStatus::Paused) {
            require(session.resume().ok(), "a paused session resumes");
            continue;
        }
        const auto& partners = session.partners();
        const std::string& actor = partners[random.below(partners.size())];
        const content::Card* card = session.currentCard(actor);
        switch (random.below(8)) {
        case 0:
            (void)session.back(actor);
            break;
        case 1:
        case 2:
            if (card && card->kind == content::CardKind::Turns) {
                auto status = session.turnStatus(actor);
                if (status && status->phase == engine::TurnPhase::Share)
                    (void)session.turnShare(status->speaker, "s");
                else if (status && status->phase == engine::TurnPhase::Reflect)
                    (void)session.turnReflect(status->listener, "r", "n");
                else if (status && status->phase == engine::TurnPhase::Confirm)
                    (void)session.turnConfirm(status->speaker, random.below(3) != 0, "c");
            } else if (card) {
                (void)session.answer(actor, answerFor(*card, random));
            }
            break;
        case 3:
            if (random.below(10) == 0)
                (void)session.pause(actor, {"r", "", ""});
            else if (random.below(20) == 0 && card)
                (void)session.jumpTo(actor, card->id);
            break;
        default:
            (void)session.next(actor);
            break;
        }
        require(session.checkConsistency().ok(), "every move keeps the session consistent");
    }
    const json saved = session.toJson();
    auto restored = engine::Session::fromJson(saved, session.programPtr(), std::make_shared<engine::ManualClock>());
    require(restored.ok(), "a session restores");
    require(restored->toJson() == saved, "a restored session is the same");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::uint64_t seed = 0x9E3779B97F4A7C15ULL ^ size;
    for (std::size_t i = 0; i < size && i < 256; ++i)
        seed = (seed ^ data[i]) * 0x100000001B3ULL;
    Random random{seed | 1};

    // As a program: full validation; problems always render.
    auto load = content::loadProgramText(text, "fuzz.en.json", &library());
    for (const auto& problem : load.problems)
        require(!problem.toString().empty(), "a problem renders");
    require(load.ok() == load.problems.empty(), "a program loads exactly when it has no problem");
    if (load.program) {
        for (std::vector<std::string> partners : {std::vector<std::string>{"a", "b"}, std::vector<std::string>{"me"}}) {
            auto session = engine::Session::create(load.program, partners, std::make_shared<engine::ManualClock>());
            require(session.ok(), "a loaded program starts a session");
            if (session->start().ok())
                walk(session.value(), random, 300);
        }
    }

    // As each kind of practices file.
    for (auto kind : {content::FileKind::Regulation, content::FileKind::Rebonding, content::FileKind::Needs}) {
        auto practices = content::loadPracticesText(text, "regulation.en.json", kind);
        require(practices.ok() == practices.problems.empty(), "practices load exactly when they have no problem");
    }

    // As a guard.
    content::GuardSyntaxError error;
    auto guard = content::Guard::parse(text.substr(0, 3000), &error);
    if (guard) {
        (void)guard->evaluate([&](std::string_view, std::string_view) -> std::optional<json> {
            switch (random.below(4)) {
            case 0:
                return std::nullopt;
            case 1:
                return json(static_cast<int>(random.below(10)));
            case 2:
                return json::array({"space", "yes"});
            default:
                return json("yes");
            }
        });
        (void)guard->references();
        (void)guard->comparisons();
    } else {
        require(error.column >= 1, "a guard error has a column");
    }

    // As a saved session of the built-in program.
    auto parsed = content::parseJsonText(text);
    if (parsed) {
        auto restored =
            engine::Session::fromJson(parsed.value(), smallProgram(), std::make_shared<engine::ManualClock>());
        if (restored) {
            require(restored->checkConsistency().ok(), "a restored session is consistent");
            walk(restored.value(), random, 100);
        }
    }
    return 0;
}
