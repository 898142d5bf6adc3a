// The renderer from the journal to text a person reads: every answer of every shipped program, the demo journal's
// Markdown export (whole, shared-only and each partner's), privacy and the safety rule, and the fallbacks for content
// that is missing. Nothing an id, a kind, a round or JSON may reach a person.
#include <catch2/catch.hpp>

#include <algorithm>
#include <regex>
#include <set>

#include "../modes/ModesTestSupport.h"
#include "tend/common/Timestamp.h"
#include "tend/demo/DemoJournal.h"
#include "tend/modes/AnswerPayload.h"
#include "tend/reading/Reading.h"

using namespace tend;
using namespace tend::modes::test;
using nlohmann::json;

namespace {

const std::string kSam = "5a175021-cc9c-4e0a-9d3e-0c1f2b3a4d5e";
const std::string kAlex = "0b3c5d7e-1f2a-4b6c-8d9e-aa11bb22cc33";

reading::Reader shippedReader()
{
    reading::Reader reader(&shippedLibrary());
    reader.setPeople({{kSam, "Sam"}, {kAlex, "Alex"}});
    return reader;
}

// Every sentence the content gives a person (titles, labels, names of practices and needs): text that may hold words
// such as "kind" ("A few kind words to each other") without being a leak.
std::vector<std::string> humanStrings(const content::ContentLibrary& library)
{
    std::vector<std::string> out;
    for (const auto& program : library.programs()) {
        out.push_back(program->title);
        for (const auto& step : program->steps) {
            out.push_back(step.title);
            for (const auto& card : step.cards) {
                out.push_back(card.title);
                for (const auto& option : card.options)
                    out.push_back(option.label);
                for (const auto& item : card.items)
                    out.push_back(item.label);
                for (const auto& place : card.suggestPlaces)
                    out.push_back(place);
                for (const auto& word : card.emotions)
                    out.push_back(word);
            }
        }
    }
    for (const std::string& locale : library.practiceLocales()) {
        const content::PracticeLibrary* practices = library.practices(locale);
        for (const auto& p : practices->practices)
            out.push_back(p.title);
        for (const auto& n : practices->needs)
            out.push_back(n.label);
    }
    out.erase(std::remove(out.begin(), out.end(), std::string()), out.end());
    std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return out;
}

// Every id the content has that a person must never read: card, step, option, item, practice, need and program ids
// with a dash (a one-word id such as "needs" or "clear" is also an ordinary word).
std::set<std::string> dashedIds(const content::ContentLibrary& library)
{
    std::set<std::string> ids;
    auto add = [&](const std::string& id) {
        if (id.find('-') != std::string::npos)
            ids.insert(id);
    };
    for (const auto& program : library.programs()) {
        add(program->id);
        for (const auto& step : program->steps) {
            add(step.id);
            for (const auto& card : step.cards) {
                add(card.id);
                for (const auto& option : card.options)
                    add(option.id);
                for (const auto& item : card.items)
                    add(item.id);
                add(card.practice);
                add(card.pattern);
            }
        }
    }
    for (const std::string& locale : library.practiceLocales()) {
        const content::PracticeLibrary* practices = library.practices(locale);
        for (const auto& p : practices->practices)
            add(p.id);
        for (const auto& n : practices->needs)
            add(n.id);
        for (const auto& p : practices->patterns)
            add(p.id);
    }
    return ids;
}

// What is machine-ish in text meant for a person: an empty list when nothing is. `human` is text known to be for
// people (content labels, what someone wrote), taken out first so that a label's own words ("A few kind words to each
// other") are not mistaken for a leak.
std::vector<std::string> leaks(std::string text, const std::vector<std::string>& human,
                               const std::set<std::string>& ids)
{
    for (const std::string& h : human)
        for (std::size_t at = text.find(h); at != std::string::npos; at = text.find(h, at))
            text.replace(at, h.size(), "~");
    std::vector<std::string> found;
    static const std::regex uuid("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}");
    static const std::regex kindOrRound("\\b([Kk]ind|[Rr]ound)\\b");
    static const std::regex utc("[0-9]Z\\b|\\bUTC\\b|T[0-9]{2}:[0-9]{2}");
    if (std::regex_search(text, uuid))
        found.push_back("a UUID");
    if (std::regex_search(text, kindOrRound))
        found.push_back("the word kind or round");
    if (std::regex_search(text, utc))
        found.push_back("a stored (UTC) time");
    if (text.find('{') != std::string::npos)
        found.push_back("a {");
    if (text.find("selected") != std::string::npos)
        found.push_back("\"selected\"");
    if (text.find("cannot show") != std::string::npos)
        found.push_back("an answer that could not be shown");
    auto idChar = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; };
    for (const std::string& id : ids) {
        // As a token of its own: not inside a longer run of id characters.
        for (std::size_t at = text.find(id); at != std::string::npos; at = text.find(id, at + 1)) {
            const bool before = at > 0 && idChar(text[at - 1]);
            const bool after = at + id.size() < text.size() && idChar(text[at + id.size()]);
            if (!before && !after)
                found.push_back("the id " + id);
        }
    }
    return found;
}

void checkReadable(const std::string& text, const std::vector<std::string>& human, const std::set<std::string>& ids)
{
    INFO(text);
    const auto found = leaks(text, human, ids);
    for (const std::string& leak : found)
        FAIL_CHECK(leak << " reaches a person");
    CHECK(found.empty());
}

std::string plain(const reading::Answer& answer)
{
    std::string out;
    for (const auto& line : answer.lines)
        out += (line.speaker.empty() ? "" : line.speaker + ": ") + line.text + "\n";
    return out;
}

// Sample answers for a card: every option, every state, the shapes each kind records.
std::vector<json> samplesFor(const content::Card& card, const content::PracticeLibrary& practices)
{
    using content::CardKind;
    std::vector<json> out;
    switch (card.kind) {
    case CardKind::Info:
        break;
    case CardKind::Prompt:
        out.push_back("A few words of my own.\nAnd a second line.");
        break;
    case CardKind::Choice: {
        json all = json::array();
        for (const auto& option : card.options) {
            all.push_back(option.id);
            out.push_back(json{{"selected", json::array({option.id})}});
        }
        out.push_back(json{{"selected", all}, {"other", "Something else again"}});
        break;
    }
    case CardKind::Scale:
        out.push_back(card.min);
        out.push_back(card.max);
        out.push_back((card.min + card.max) / 2);
        break;
    case CardKind::Checkin:
        for (const char* state : {"racing", "shut-down", "steady"}) {
            json emotions = json::array();
            for (const auto& word : card.emotions)
                emotions.push_back(word);
            out.push_back(json{{"level", 6}, {"state", state}, {"emotions", emotions}});
        }
        out.push_back(json{{"level", 0}});
        break;
    case CardKind::Checklist: {
        json all = json::array();
        for (const auto& item : card.items)
            all.push_back(item.id);
        out.push_back(all);
        out.push_back(json::array());
        break;
    }
    case CardKind::Timer:
    case CardKind::Breathing:
        out.push_back(json{{"seconds", 150}, {"completed", true}});
        out.push_back(json{{"seconds", 61}, {"completed", false}});
        break;
    case CardKind::Practice:
        if (!card.practice.empty())
            out.push_back(json{{"practice", card.practice}, {"completed", true}});
        for (const auto& p : practices.practices)
            out.push_back(json{{"practice", p.id}, {"completed", p.id.size() % 2 == 0}});
        break;
    case CardKind::Turns: {
        auto turn = [](const std::string& speaker) {
            return json{{"speaker", speaker},
                        {"rounds",
                         json::array({json{{"shared", "What I felt then."},
                                           {"reflected", "You felt it then."},
                                           {"noticed", "My shoulders eased."},
                                           {"confirmed", false},
                                           {"correction", "And it still stings."}},
                                      json{{"shared", ""}, {"reflected", "It still stings."}, {"confirmed", true}}})}};
        };
        out.push_back(json{{"turns", json::array({turn(kSam), turn(kAlex)})}});
        break;
    }
    case CardKind::Gate:
        for (const auto& option : card.options) {
            out.push_back(option.id);
            out.push_back(json{{kSam, option.id}, {kAlex, card.options.front().id}});
        }
        break;
    case CardKind::Schedule:
        out.push_back(json{{"at", "2026-05-01T18:30:00Z"}, {"place", "The kitchen table"}});
        out.push_back(json{{"at", "2026-05-01T18:30:00+02:00"}});
        break;
    }
    return out;
}

demo::DemoJournal makeDemo()
{
    demo::DemoOptions options;
    options.contentDir = std::filesystem::path(TEND_SOURCE_DIR) / "content";
    options.now = fixedNow();
    auto made = demo::openDemoJournal(shippedLibrary(), options);
    if (!made)
        FAIL(made.error().message);
    return std::move(*made);
}

// What the demo couple wrote (their words are for people, whatever they say).
std::vector<std::string> writtenWords(journal::Journal& j)
{
    std::vector<std::string> out;
    auto sessions = j.sessionList();
    REQUIRE(sessions);
    for (const auto& s : *sessions) {
        auto entries = j.entries(s.session.id, journal::Viewer::everything());
        REQUIRE(entries);
        for (const auto& e : *entries) {
            std::vector<json> values;
            const json payload = json::parse(e.payload);
            values.push_back(payload);
            while (!values.empty()) {
                const json v = values.back();
                values.pop_back();
                if (v.is_string() && v.get<std::string>().find(' ') != std::string::npos)
                    out.push_back(v.get<std::string>());
                else if (v.is_structured())
                    for (const auto& item : v)
                        values.push_back(item);
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    return out;
}

} // namespace

TEST_CASE("the readability check catches what the old Markdown export wrote", "[reading]")
{
    const auto human = humanStrings(shippedLibrary());
    const auto ids = dashedIds(shippedLibrary());
    CHECK(leaks("answer: {\"selected\":[\"space\",\"assurance\"]}", human, ids).size() >= 2);
    CHECK(leaks("**Sam** · 2025-03-14 09:26 UTC · notice-body", human, ids).size() == 2);
    CHECK(leaks("by: 5a175021-cc9c-4e0a-9d3e-0c1f2b3a4d5e", human, ids).size() == 1);
    CHECK(leaks("- Sam, hand-on-chest", human, ids).size() == 1);
    CHECK(leaks("kind: prompt, round: 2", human, ids).size() == 1);
    CHECK(leaks("2026-05-01T18:30:00Z", human, ids).size() == 1);
    CHECK(leaks("Kind words", human, ids).empty());
}

TEST_CASE("every answer of every shipped program reads as a person would write it", "[reading]")
{
    const content::ContentLibrary& library = shippedLibrary();
    const content::PracticeLibrary* practices = library.practices("en");
    REQUIRE(practices);
    const reading::Reader reader = shippedReader();
    auto human = humanStrings(library);
    const auto ids = dashedIds(library);
    REQUIRE(ids.count("hand-on-chest") == 1);
    // Without the content, an option reads as its words ("kind-words" → "Kind words"): the documented fallback.
    for (const auto& program : library.programs())
        for (const auto& step : program->steps)
            for (const auto& card : step.cards) {
                for (const auto& option : card.options)
                    human.push_back(reading::readableId(option.id));
                for (const auto& item : card.items)
                    human.push_back(reading::readableId(item.id));
            }
    std::sort(human.begin(), human.end(),
              [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
    REQUIRE(ids.count("notice-body") == 1);

    std::set<content::CardKind> kindsSeen;
    int rendered = 0;
    const auto programs = library.programs();
    REQUIRE(programs.size() >= 2);
    for (const auto& program : programs) {
        for (const auto& step : program->steps) {
            for (const auto& card : step.cards) {
                for (const json& value : samplesFor(card, *practices)) {
                    kindsSeen.insert(card.kind);
                    INFO(program->id << " / " << card.id << ": " << value.dump());
                    // The engine's answer, and each way a payload stores it: the shell's (kind, round, by, and a
                    // string answer as "text" too), the demo's (modes::payloadFor), and without the content at all.
                    const reading::Answer direct = reader.answer(&card, {}, value);
                    CHECK(direct.form != reading::Answer::Form::Nothing);
                    json shell = {{"kind", std::string(content::toString(card.kind))},
                                  {"answer", value},
                                  {"round", 2},
                                  {"by", kSam}};
                    if (value.is_string())
                        shell["text"] = value;
                    const reading::Answer fromShell = reader.payload(program.get(), card.id, shell);
                    const reading::Answer fromDemo =
                        reader.payload(program.get(), card.id, modes::payloadFor(card, value));
                    const reading::Answer withoutContent = reader.payload(nullptr, card.id, shell);
                    const reading::Answer withoutAnything =
                        reader.payload(nullptr, card.id, modes::payloadFor(card, value));
                    CHECK(plain(fromShell) == plain(direct));
                    CHECK(plain(fromDemo) == plain(direct));
                    checkReadable(plain(direct) + plain(withoutContent) + plain(withoutAnything) +
                                      reader.cardTitle(program.get(), card.id) + "\n" +
                                      reader.stepTitle(program.get(), step.id) + "\n" + direct.oneLine(),
                                  human, ids);
                    ++rendered;
                }
            }
        }
    }
    // Every kind that records an answer was shown (info records none).
    for (content::CardKind kind : content::allCardKinds())
        if (kind != content::CardKind::Info)
            CHECK(kindsSeen.count(kind) == 1);
    CHECK(rendered > 150);
}

TEST_CASE("each kind reads as a person would write it: lists, 6 of 10, a dialogue, titles, labels", "[reading]")
{
    const auto program = repairProgram();
    const reading::Reader reader = shippedReader();
    auto card = [&](const char* id) {
        const content::Card* found = program->findCard(id);
        REQUIRE(found);
        return found;
    };
    const reading::Answer ticked = reader.answer(card("notice-body"), {}, json::array({"heat", "numb"}));
    CHECK(ticked.form == reading::Answer::Form::List);
    CHECK(plain(ticked) == "Heat in your face, neck or chest\nGoing numb, flat or frozen\n");
    CHECK(reader.answer(card("checkin-before"), {}, json{{"level", 6}, {"state", "shut-down"}}).oneLine() ==
          "6 of 10, shut down");
    CHECK(reader.answer(card("speak-or-settle"), {}, "too-much").oneLine() == "It's too much — help me settle first");
    CHECK(reader.answer(card("clear"), {}, json{{kAlex, "no"}, {kSam, "yes"}}).oneLine() ==
          "Sam: Yes, I feel clear; Alex: Not yet — something's still here");
    CHECK(reader.answer(card("settle-practices"), {}, json{{"practice", "hand-on-chest"}, {"completed", true}})
              .oneLine()
              .find("hand-on-chest") == std::string::npos);
    CHECK(reader.answer(card("needs"), {}, json{{"selected", {"space", "assurance"}}}).oneLine() ==
          "Space — some time apart, then coming back, Reassurance that we're okay");
    const reading::Answer turns =
        reader.answer(card("turns"), {},
                      json{{"turns", json::array({json{{"speaker", kSam},
                                                       {"rounds", json::array({json{{"shared", "I was scared."},
                                                                                    {"reflected", "You were scared."},
                                                                                    {"confirmed", true}}})}}})}});
    REQUIRE(turns.form == reading::Answer::Form::Dialogue);
    REQUIRE(turns.lines.size() == 3);
    CHECK(turns.lines[0].speaker == "Sam");
    CHECK(turns.lines[0].text == "I was scared.");
    CHECK(turns.lines[1].speaker == "Alex");
    CHECK(turns.lines[2].speaker == "Sam");
    // A schedule in local time, never as stored.
    const std::string at = reader.answer(card("come-back-plan"), {}, json{{"at", "2026-05-01T18:30:00Z"}}).oneLine();
    CHECK(at.find("2026-05-01") == std::string::npos);
    CHECK(at.find("2026") != std::string::npos);
}

TEST_CASE("missing content falls back to readable words, never to an id", "[reading]")
{
    const reading::Reader reader; // no content at all
    CHECK(reader.cardTitle(nullptr, "notice-body") == "A card from an earlier version of the program");
    CHECK(reader.stepTitle(nullptr, "re-engage") == "Re engage");
    CHECK(reader.programTitle("rupture-to-repair") == "Rupture to repair");
    CHECK(reader.practiceTitle("hand-on-chest") == "Hand on chest");
    CHECK(reader.answer(nullptr, "gate", "too-much").oneLine() == "Too much");
    CHECK(reader.answer(nullptr, {}, json{{"selected", {"silence-presence"}}, {"other", "a walk"}}).oneLine() ==
          "Silence presence, a walk");
    CHECK(reader.answer(nullptr, {}, json{{"unknown", json{{"nested", 1}}}}).oneLine().find('{') == std::string::npos);
    CHECK(reader.name(kSam) == "Someone");
    CHECK(reader.name(std::nullopt) == "Together");
    CHECK(reading::readableId("too-much") == "Too much");
    // A card the program no longer has, in a program that is still here.
    const auto program = repairProgram();
    const reading::Reader shipped = shippedReader();
    CHECK(shipped.cardTitle(program.get(), "a-card-that-was-removed") ==
          "A card from an earlier version of the program");
    CHECK(shipped.optionLabel(program->findCard("needs"), "an-old-option") == "An old option");
    // A draft as the shell keeps it: what was being written, in the card's own shape.
    CHECK(shipped
              .payload(program.get(), "give-voice",
                       json{{"kind", "prompt"}, {"draft", "half a thought"}, {"round", 1}, {"by", kSam}})
              .oneLine() == "half a thought");
    CHECK(shipped
              .payload(program.get(), "notice-body",
                       json{{"kind", "checklist"}, {"draft", json::array({"heat"})}, {"round", 1}, {"by", kSam}})
              .oneLine() == "Heat in your face, neck or chest");
}

TEST_CASE("search snippets lose the ids and kinds a payload also holds", "[reading]")
{
    const auto program = repairProgram();
    const reading::Reader reader = shippedReader();
    const std::string start = journal::kHighlightStart;
    const std::string end = journal::kHighlightEnd;
    const std::string snippet = "I was " + start + "scared" + end +
                                " then\n5a175021-cc9c-\xE2\x80\xA6\nprompt\nI was " + start + "scared" + end + " then";
    CHECK(reader.snippet(program.get(), "give-voice", snippet) == "I was " + start + "scared" + end + " then");
    CHECK(reader.snippet(program.get(), "speak-or-settle", "gate\n" + start + "too" + end + "-much") ==
          start + "It's too much — help me settle first" + end);
    const std::string plan = reader.snippet(program.get(), "come-back-plan",
                                            "2026-05-01T18:30:00Z\nThe " + start + "sofa" + end + "\nschedule");
    CHECK(plan.find("2026-05-01T") == std::string::npos);
    CHECK(plan.find("schedule") == std::string::npos);
    CHECK(plan.find("The " + start + "sofa" + end) != std::string::npos);
    CHECK(reader.snippet(program.get(), "settle-practices", "practice\n" + start + "hand" + end + "-on-chest")
              .find("on-chest") == std::string::npos);
}

TEST_CASE("local times: the C library's words, no UTC, offsets honoured", "[reading]")
{
    CHECK(reading::parseTimestamp("2026-05-01T18:30:00Z") == reading::parseTimestamp("2026-05-01T20:30:00+02:00"));
    CHECK(reading::parseTimestamp("2026-05-01T18:30:00.123Z") == reading::parseTimestamp("2026-05-01T18:30:00Z"));
    CHECK_FALSE(reading::parseTimestamp("yesterday"));
    CHECK_FALSE(reading::parseTimestamp("2026-05-01T18:30:00"));
    // The one parser's rules (tend::parseIso): a day the month does not have is no time at all.
    CHECK_FALSE(reading::parseTimestamp("2026-02-31T18:30:00Z"));
    CHECK(reading::parseTimestamp("2026-05-01T18:30:00Z") ==
          std::chrono::system_clock::to_time_t(*tend::parseIso("2026-05-01T18:30:00Z")));
    const std::string words = reading::localTime(*reading::parseTimestamp("2026-05-01T12:00:00Z"));
    CHECK(words.find("2026") != std::string::npos);
    CHECK(words.find("May") != std::string::npos);
    CHECK(words.find('Z') == std::string::npos);
    CHECK(reading::localTime(0, reading::TimeStyle::TimeOnly).size() == 5);
}

TEST_CASE("the demo journal's Markdown export has no id, kind, round or JSON, whole or in any one view", "[reading]")
{
    auto d = makeDemo();
    const reading::Reader reader(&shippedLibrary());
    auto human = humanStrings(shippedLibrary());
    const auto written = writtenWords(*d.journal);
    human.insert(human.end(), written.begin(), written.end());
    const auto ids = dashedIds(shippedLibrary());

    std::vector<journal::Viewer> viewers = {journal::Viewer::everything(), journal::Viewer::sharedOnly(),
                                            journal::Viewer::partner(d.partners[0].id),
                                            journal::Viewer::partner(d.partners[1].id)};
    for (const journal::Viewer& viewer : viewers) {
        journal::exchange::ExportOptions options;
        options.viewer = viewer;
        auto md = reading::exportMarkdown(*d.journal, options, reader);
        REQUIRE(md);
        CHECK(md->rfind("# Tend journal", 0) == 0);
        CHECK(md->find("Sam") != std::string::npos);
        CHECK(md->find("From rupture to repair") != std::string::npos);
        CHECK(md->find("Notice it in your body") != std::string::npos);
        CHECK(md->find("A card from an earlier version") == std::string::npos); // the demo's content is all here
        checkReadable(*md, human, ids);
    }
}

TEST_CASE("a partner's rendered view leaves out the other's private answers, and safety answers never show",
          "[reading]")
{
    SmallJournal j = smallJournal();
    const std::string session = addSession(j);
    const auto program = repairProgram();
    auto add = [&](const std::string& partner, const char* card, const json& value, journal::Visibility visibility) {
        journal::Entry e;
        e.sessionId = session;
        e.partnerId = partner;
        e.step = program->stepOf(*program->findCard(card)).id;
        e.card = card;
        e.payload = modes::payloadTextFor(*program->findCard(card), value);
        e.visibility = visibility;
        e.createdAt = "2026-11-01T19:10:00Z";
        e.updatedAt = e.createdAt;
        REQUIRE(j.journal->finishEntry(e));
    };
    add(j.sam, "give-voice", "SamPrivateCanary words", journal::Visibility::Private);
    add(j.alex, "give-voice", "AlexPrivateCanary words", journal::Visibility::Private);
    add(j.alex, "needs", json{{"selected", {"assurance"}}}, journal::Visibility::Private);
    add(j.sam, "ask-for-it", "Shared words from Sam", journal::Visibility::Shared);
    for (const std::string& who : {j.sam, j.alex}) {
        journal::SafetyAnswer answer;
        answer.partnerId = who;
        answer.payload = R"({"answers":{"afraid":"SafetyAnswerCanary4411"},"routes":["r2"]})";
        REQUIRE(j.journal->addSafetyAnswer(answer));
    }
    const reading::Reader reader(&shippedLibrary());
    auto render = [&](const journal::Viewer& viewer) {
        journal::exchange::ExportOptions options;
        options.viewer = viewer;
        auto md = reading::exportMarkdown(*j.journal, options, reader);
        REQUIRE(md);
        CHECK(md->find("SafetyAnswerCanary4411") == std::string::npos);
        CHECK(md->find("r2") == std::string::npos);
        CHECK(md->find("Shared words from Sam") != std::string::npos);
        return *md;
    };
    const std::string asSam = render(journal::Viewer::partner(j.sam));
    CHECK(asSam.find("SamPrivateCanary") != std::string::npos);
    CHECK(asSam.find("(kept private)") != std::string::npos);
    CHECK(asSam.find("AlexPrivateCanary") == std::string::npos);
    CHECK(asSam.find("Reassurance") == std::string::npos);
    CHECK(asSam.find("As Sam sees it") != std::string::npos);
    const std::string asAlex = render(journal::Viewer::partner(j.alex));
    CHECK(asAlex.find("AlexPrivateCanary") != std::string::npos);
    CHECK(asAlex.find("Reassurance that we're okay") != std::string::npos);
    CHECK(asAlex.find("SamPrivateCanary") == std::string::npos);
    const std::string shared = render(journal::Viewer::sharedOnly());
    CHECK(shared.find("PrivateCanary") == std::string::npos);
    CHECK(shared.find("(kept private)") == std::string::npos);
    const std::string whole = render(journal::Viewer::everything());
    CHECK(whole.find("SamPrivateCanary") != std::string::npos);
    CHECK(whole.find("AlexPrivateCanary") != std::string::npos);

    // The demo too: what Alex kept private is in no view of Sam's, and the reverse.
    auto d = makeDemo();
    for (int me = 0; me < 2; ++me) {
        const std::string other = d.partners[1 - me].id;
        journal::exchange::ExportOptions options;
        options.viewer = journal::Viewer::partner(d.partners[me].id);
        const std::string md = reading::exportMarkdown(*d.journal, options, reader).value();
        int privateOfOther = 0;
        for (const auto& s : d.sessions) {
            auto entries = d.journal->entries(s.id, journal::Viewer::everything());
            REQUIRE(entries);
            for (const auto& e : *entries) {
                if (e.visibility != journal::Visibility::Private || e.partnerId != other)
                    continue;
                const std::string words = modes::textOfPayload(e.payload);
                if (words.empty())
                    continue;
                ++privateOfOther;
                CHECK(md.find(words) == std::string::npos);
            }
        }
        CHECK(privateOfOther > 0);
    }
}

TEST_CASE("a repair's title: its own, else the first words written (only what the viewer may see), in the Markdown",
          "[reading]")
{
    SmallJournal j = smallJournal();
    const std::string session = addSession(j);
    const auto program = repairProgram();
    auto add = [&](const std::string& partner, const char* card, const json& value, journal::Visibility visibility) {
        journal::Entry e;
        e.sessionId = session;
        e.partnerId = partner;
        e.step = program->stepOf(*program->findCard(card)).id;
        e.card = card;
        e.payload = modes::payloadTextFor(*program->findCard(card), value);
        e.visibility = visibility;
        REQUIRE(j.journal->finishEntry(e));
    };
    const reading::Reader reader(&shippedLibrary());
    auto titleFor = [&](const journal::Viewer& viewer) {
        auto s = j.journal->session(session).value().value();
        return reader.sessionTitle(s, program.get(), j.journal->entries(session, viewer).value());
    };
    CHECK(titleFor(journal::Viewer::everything()) == "A repair together"); // nothing written yet
    add(j.sam, "give-voice", "SamPrivateTitle words I kept", journal::Visibility::Private);
    add(j.alex, "needs", json{{"selected", {"assurance"}}}, journal::Visibility::Shared); // a choice: not words written
    add(j.sam, "ask-for-it", "When plans change I need to hear it the same day, please", journal::Visibility::Shared);
    // The first six words, "…" when there are more; a shared view never takes them from a private answer.
    CHECK(titleFor(journal::Viewer::partner(j.sam)) == "SamPrivateTitle words I kept");
    CHECK(titleFor(journal::Viewer::sharedOnly()) == "When plans change I need to…");
    CHECK(titleFor(journal::Viewer::partner(j.alex)) == "When plans change I need to…");
    journal::exchange::ExportOptions shared;
    shared.viewer = journal::Viewer::sharedOnly();
    std::string md = reading::exportMarkdown(*j.journal, shared, reader).value();
    CHECK(md.find("**When plans change I need to…**") != std::string::npos);
    CHECK(md.find("SamPrivateTitle") == std::string::npos);
    // Its own title wins, everywhere.
    REQUIRE(j.journal->setSessionTitle(session, std::string("Plans that change")));
    CHECK(titleFor(journal::Viewer::sharedOnly()) == "Plans that change");
    md = reading::exportMarkdown(*j.journal, shared, reader).value();
    CHECK(md.find("**Plans that change**") != std::string::npos);
}
