// Focused behaviour of the English coach, on sentences written for these tests (in neither labelled set).
// `hear` is the whole coach (rules and learned layer); `hearRules` the rules alone. Lines checked with hearRules are
// ones the learned layer hears differently: the rules still hold them, and docs/coach.md lists them under "What the
// coach still gets wrong".
#include <string>

#include "CoachTestSupport.h"
#include "tend/coach/LearnedLayer.h"

using namespace tend::coach;
using tend::coach::test::hasEmotion;
using tend::coach::test::hasKind;
using tend::coach::test::hear;
using tend::coach::test::hearRules;

TEST_CASE("absolutes aimed at the partner are blame, praise with 'never' is not")
{
    CHECK(hear("You never listen to me.").blame);
    CHECK(hasKind(hear("You always leave it to the last minute."), "absolute"));
    CHECK(hear("Every single time we go out, you check your messages.").blame);
    CHECK_FALSE(hear("You never once complained about the long drive.").blame);
    CHECK_FALSE(hearRules("You never make me feel stupid for asking.").blame);
    CHECK_FALSE(hearRules("You always know how to cheer me up.").blame);
    CHECK_FALSE(hear("You never have to earn a hug from me.").blame);
}

TEST_CASE("negation: what is denied is not heard as said")
{
    CHECK_FALSE(hear("I'm not blaming you for any of this.").blame);
    CHECK_FALSE(hear("I don't think you're lazy at all.").blame);
    CHECK_FALSE(hear("It's not your fault the flight was delayed.").blame);
    CHECK_FALSE(hear("You're not selfish, we're both just worn down.").blame);
    // A second clause after "but" is outside the first clause's negation.
    CHECK(hear("I'm not saying it's your fault, but you always leave early.").blame);
    // "can't believe" ends the reach of the negation.
    CHECK(hear("I can't believe you forgot again.").blame);
    // Negated feelings are not reported.
    auto calm = hear("I'm not angry, just a bit sad.");
    CHECK_FALSE(hasEmotion(calm, "anger"));
    CHECK(hasEmotion(calm, "sadness"));
}

TEST_CASE("quotes: reported speech is not the writer's blame, scare quotes can be")
{
    CHECK_FALSE(hearRules("My dad used to tell me \"you never get anything right\" and it still stings.").blame);
    CHECK_FALSE(hear("She texted 'you always do this' and I froze.").blame);
    CHECK(hear("So you were \u201cworking late\u201d again?").blame);
    CHECK(hear("Oh, you were \"tired\" again.").blame);
}

TEST_CASE("sarcasm and contempt are blame, sincere thanks are not")
{
    CHECK(hasKind(hear("Oh great, you finally remembered to call."), "contempt"));
    CHECK(hear("Thanks for nothing.").blame);
    CHECK(hear("Must be nice to have so much free time.").blame);
    CHECK(hear("Wow, you actually did the dishes \xF0\x9F\x99\x84").blame);
    CHECK(hear("Grow up.").blame);
    CHECK(hear("You're such a baby about money. What an idiot.").blame);
    CHECK_FALSE(hearRules("Oh great, the train is late again.").blame);
    CHECK_FALSE(hear("Thank you so much for the flowers, they're lovely.").blame);
    CHECK_FALSE(hearRules("Great, see you at six.").blame);
}

TEST_CASE("disguised blame: 'I feel that you...' with a judgement")
{
    auto a = hear("I feel like you don't listen to me.");
    CHECK(a.blame);
    CHECK(hasKind(a, "disguised"));
    CHECK(a.stage == Stage::Describing);
    REQUIRE_FALSE(a.hintIds.empty());
    CHECK(a.hintIds.front() == "disguised");
    CHECK(hear("I feel that you are being unfair to me.").blame);
    CHECK_FALSE(hear("I feel like I'm not enough for you.").blame);
    CHECK_FALSE(hearRules("I feel like you had a long day.").blame);
}

TEST_CASE("counter-blame and 'you made me' are blame")
{
    CHECK(hasKind(hear("Well, you're not perfect either."), "counter"));
    CHECK(hear("I only shouted because you wouldn't stop.").blame);
    CHECK(hasKind(hear("You made me miss the bus."), "causation"));
    CHECK(hear("It's your fault we're late.").blame);
    CHECK_FALSE(hear("You made me a coffee, thank you.").blame);
    CHECK_FALSE(hearRules("You make me laugh.").blame);
}

TEST_CASE("plain 'you' is not blame")
{
    for (const char* text : {"I missed you.", "Thank you for listening.", "I love you.", "Do you want tea?",
                             "Could you pass the salt?", "Are you coming to bed?", "I'm proud of you.",
                             "You look tired, shall I cook tonight?", "Tell me about your day."}) {
        INFO(text);
        auto a = hear(text);
        CHECK_FALSE(a.blame);
        // The corpus's definitions (docs/coach.md, "Labelled sets") made pride shown now expressing; the rules,
        // written before them, still call it neutral.
        CHECK(hearRules(text).stage == Stage::Neutral);
        if (std::string(text) != "I'm proud of you.")
            CHECK(a.stage == Stage::Neutral);
    }
    CHECK(hear("I'm proud of you.").stage == Stage::Expressing);
}

TEST_CASE("casual writing and typos are understood")
{
    CHECK(hear("u never listen to me").blame);
    CHECK(hear("ur so lazy").blame);
    CHECK(hear("UR ALWAYS LATE").blame);
    CHECK(hear("you nevr help").blame);          // typo from the table
    CHECK(hear("you alwyas do this").blame);     // typo fixed by the spelling step
    CHECK(hear("youuuu neverrrr listen").blame); // repeated letters
    CHECK_FALSE(hear("im not mad at u").blame);
    auto sorry = hear("sooo sorry i forgot ur bday");
    CHECK(sorry.ownership);
    CHECK_FALSE(sorry.blame);
    CHECK(hear("i cant stop shaking rn").stage == Stage::Expressing);
    // Real words are never "corrected" into feeling words.
    CHECK(hear("See you on Saturday morning.").emotions.empty());
}

TEST_CASE("stage: describing, expressing, neutral")
{
    CHECK(hear("My chest is tight and I'm scared to say this.").stage == Stage::Expressing);
    CHECK(hear("My hands are shaking right now.").stage == Stage::Expressing);
    CHECK(hear("I'm scared, and I need you here with me.").stage == Stage::Expressing);
    CHECK(hear("I think I got upset because of work.").stage == Stage::Describing);
    CHECK(hear("I was anxious all last week.").stage == Stage::Describing);
    CHECK(hearRules("I'm scared.").stage == Stage::Describing); // a label, not yet shown
    CHECK(hearRules("My chest was tight all evening.").stage == Stage::Describing);
    CHECK(hear("We need milk and bread.").stage == Stage::Neutral);
    CHECK(hear("I think the green one is nicer.").stage == Stage::Neutral);
}

TEST_CASE("questions: rhetorical ones can blame, real ones don't")
{
    CHECK(hear("Why do you always do this?").blame);
    CHECK(hear("How hard is it to text me back?").blame);
    CHECK(hear("Do you even care?").blame);
    CHECK_FALSE(hear("Did you remember to book the vet?").blame);
    CHECK_FALSE(hearRules("Have you always liked jazz?").blame);
}

TEST_CASE("several sentences: one blaming sentence is enough, neighbours don't add up")
{
    CHECK(hear("I had a long day. The bus was late. You never ask how I am.").blame);
    CHECK_FALSE(hearRules("Again? Another delay. Finally home.").blame);
    auto longer = hear("I want to try this gently. When the bills piled up I got frightened, and I know I snapped at "
                       "you on Tuesday, which wasn't fair to you. Right now my stomach is in knots. Could we look at "
                       "them together on Sunday?");
    CHECK_FALSE(longer.blame);
    CHECK(longer.ownership);
    CHECK(longer.stage == Stage::Expressing);
    CHECK(hasEmotion(longer, "fear"));
}

TEST_CASE("ownership: taking responsibility, not a non-apology")
{
    CHECK(hear("I raised my voice and I'm sorry.").ownership);
    CHECK(hear("My part in this was going quiet.").ownership);
    CHECK(hear("That's on me, I forgot the tickets.").ownership);
    CHECK_FALSE(hear("I'm sorry you feel that way.").ownership);
    CHECK_FALSE(hear("It's not my fault.").ownership);
}

TEST_CASE("emotions are grouped and reported in file order")
{
    auto a = hear("I'm lonely and scared, and honestly a bit jealous.");
    CHECK(a.emotions == std::vector<std::string>{"fear", "loneliness", "jealousy"});
    CHECK(hasEmotion(hear("I feel so ashamed."), "shame"));
    CHECK(hasEmotion(hear("I'm exhausted."), "overwhelm"));
    CHECK(hasEmotion(hear("I felt left out."), "hurt"));
    CHECK(hear("We're out of milk.").emotions.empty());
}

TEST_CASE("hints: at most two, kind, chosen by what was heard")
{
    CHECK(hear("Pick up milk on the way home.").hints.empty());
    auto blame = hear("You always ignore me, you're so selfish, and it's your fault I'm angry.");
    CHECK(blame.hints.size() <= 2);
    CHECK_FALSE(blame.hints.empty());
    auto describing = hear("I think I was upset because I felt left out.");
    REQUIRE_FALSE(describing.hintIds.empty());
    CHECK(std::find(describing.hintIds.begin(), describing.hintIds.end(), "body") != describing.hintIds.end());
    auto expressing = hear("My throat is tight and I'm scared to ask you for this.");
    CHECK(std::find(expressing.hintIds.begin(), expressing.hintIds.end(), "expressing") != expressing.hintIds.end());

    // The wording never scolds: no "should", "wrong", "bad", "must" in any hint the file can give.
    for (const char* text :
         {"You never help.", "I'm furious.", "I feel like you don't care.", "You're not perfect either.",
          "You made me cry.", "Oh great, you finally called.", "I raised my voice.", "My chest is tight right now."}) {
        for (const auto& hint : hear(text).hints) {
            INFO(hint);
            for (const char* word : {"should", "wrong", "bad", "must", "stop"})
                CHECK(hint.find(word) == std::string::npos);
        }
    }
}

TEST_CASE("findings point at the words that were heard")
{
    const std::string text = "Honestly, you always leave the dishes.";
    auto a = hear(text);
    REQUIRE(a.blame);
    bool found = false;
    for (const auto& f : a.findings) {
        REQUIRE(f.begin < f.end);
        REQUIRE(f.end <= text.size());
        if (f.feature == "blame.absolute")
            found = text.substr(f.begin, f.end - f.begin) == "you always";
    }
    CHECK(found);
    // Offsets are into the original text even when a contraction was expanded.
    const std::string contraction = "You're so lazy.";
    for (const auto& f : hear(contraction).findings)
        CHECK(f.end <= contraction.size());
}

TEST_CASE("any input is safe: empty, odd bytes, other scripts, very long")
{
    CHECK(hear("").stage == Stage::Neutral);
    CHECK_FALSE(hear("   \t  ").blame);
    CHECK_FALSE(hear("?!?!...,,,;;\"\"''").blame);
    CHECK_NOTHROW(hear(std::string("\xff\xfe\x80 you \xc3 always \xe2\x82", 20)));
    CHECK_FALSE(hear("\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82, \xe4\xbd\xa0\xe5\xa5\xbd").blame);
    std::string huge;
    while (huge.size() < 100000)
        huge += "You always forget. I'm scared right now. \"quote ";
    auto a = hear(huge);
    CHECK(a.blame);
    CHECK(a.hints.size() <= 2);
}

TEST_CASE("the CLI line has the documented shape")
{
    Analysis a;
    CHECK(toJsonLine(a) ==
          R"({"blame": false, "stage": "neutral", "emotions": [], "ownership": false, "hints": [], "safety": false})");
    a.blame = true;
    a.stage = Stage::Expressing;
    a.emotions = {"fear", "hurt"};
    a.ownership = true;
    a.hints = {"Say \"hi\"\\now"};
    CHECK(toJsonLine(a) == "{\"blame\": true, \"stage\": \"expressing\", \"emotions\": [\"fear\", \"hurt\"], "
                           "\"ownership\": true, \"hints\": [\"Say \\\"hi\\\"\\\\now\"], \"safety\": false}");
    a = Analysis{};
    a.safety = true;
    CHECK(toJsonLine(a) ==
          R"({"blame": false, "stage": "neutral", "emotions": [], "ownership": false, "hints": [], "safety": true})");
}

TEST_CASE("words of every script are folded and split by Unicode's own tables, not a few hand-written ranges")
{
    // Armenian, Georgian Mtavruli, Cherokee and the capital sharp s were left as they were by the old tables; a
    // capitalised word then read as a different word from its lower-case self.
    auto names = [](const std::string& text) {
        std::vector<std::string> out;
        for (const auto& feature : tend::coach::learnedFeatures(text, tend::coach::test::english()))
            if (feature.name.rfind("w:", 0) == 0)
                out.push_back(feature.name);
        return out;
    };
    const std::string upper = "ՍԻՐՈՒՄ ԵՄ ᲛᲔᲒᲝᲑᲐᲠᲘ ᏣᎳᎩ ẞ";
    const std::string lower = "սիրում եմ მეგობარი ꮳꮃꭹ ß";
    CHECK(names(upper) == names(lower));
    CHECK(names(lower).size() == 5);
    // Marks belong to their word (Devanagari vowel signs); emoji and their variation selectors do not.
    CHECK(names("नमस्ते").size() == 1);
    CHECK(names("love ❤️ you").size() == 2);
}
