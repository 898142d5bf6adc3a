// The sample history of Sam and Alex: ordinary ruptures of a shared life and how they repaired them.
// Written for Tend (not taken from any source). Gentle and plain: no diagnosis, no blame, nothing graphic.
#include <initializer_list>
#include <utility>

#include "DemoScript.h"

namespace tend::demo::detail {
namespace {

using modes::LedgerStatus;
using nlohmann::json;

Say text(const char* words)
{
    return {json(words), false};
}
Say secret(const char* words)
{
    return {json(words), true};
}
Say gate(const char* option)
{
    return {json(option), false};
}
Say items(std::initializer_list<const char*> ids)
{
    return {json(std::vector<std::string>(ids.begin(), ids.end())), false};
}
Say pick(std::initializer_list<const char*> ids)
{
    return {json{{"selected", std::vector<std::string>(ids.begin(), ids.end())}}, false};
}
Say feel(int level, const char* state, std::initializer_list<const char*> emotions)
{
    return {json{{"level", level},
                 {"state", state},
                 {"emotions", std::vector<std::string>(emotions.begin(), emotions.end())}},
            false};
}
Say practice(const char* id)
{
    return {json{{"practice", id}, {"completed", true}}, false};
}
Say plan(int inMinutes, const char* place)
{
    return {json{{"inMinutes", inMinutes}, {"place", place}}, false};
}

Answers answers(std::initializer_list<std::pair<const char*, Say>> list)
{
    Answers out;
    for (const auto& [card, say] : list)
        out[card].push_back(say);
    return out;
}

// ---- Earlier months: three shorter repairs, so the Insights screen has months of history to show ----

// The parts each earlier repair shares: both partners check in, settle with one practice, check in again and say
// they are ready; together they take turns once, agree what to try and say they are clear.
Story earlier(const char* label, int daysAgo, std::pair<Say, Say> samFeel, const char* samCard, const char* samPractice,
              std::pair<Say, Say> alexFeel, const char* alexCard, const char* alexPractice, const char* samVoice,
              const char* alexVoice, const char* intention, const char* commitments, std::array<const char*, 2> samTurn,
              std::array<const char*, 2> alexTurn)
{
    Story s;
    s.label = label;
    s.kind = DemoSessionKind::Completed;
    s.daysAgo = daysAgo;
    s.hour = 19;
    s.minute = 40;
    s.each[kSam] = answers({
        {"speak-or-settle", gate("can-speak")},
        {"give-voice", text(samVoice)},
        {"checkin-before", samFeel.first},
        {samCard, practice(samPractice)},
        {"checkin-after", samFeel.second},
        {"ready", gate("yes")},
    });
    s.each[kAlex] = answers({
        {"speak-or-settle", gate("can-speak")},
        {"give-voice", text(alexVoice)},
        {"checkin-before", alexFeel.first},
        {alexCard, practice(alexPractice)},
        {"checkin-after", alexFeel.second},
        {"ready", gate("yes")},
    });
    TogetherScript t;
    t.answers = answers({
        {"shared-intention", text(intention)},
        {"new-commitments", text(commitments)},
        {"rebond-ideas", pick({"kind-words"})},
    });
    t.turns.push_back({
        Turn{kSam, {TurnRound{samTurn[0], samTurn[1], "My shoulders eased a little.", true, ""}}},
        Turn{kAlex, {TurnRound{alexTurn[0], alexTurn[1], "I could breathe more slowly.", true, ""}}},
    });
    t.votes["clear"].push_back({"yes", "yes"});
    s.together = std::move(t);
    return s;
}

// About five months ago: a missed birthday call.
Story birthdayCall()
{
    Story s =
        earlier("birthday-call", 150, {feel(7, "racing", {"embarrassed", "defensive"}), feel(4, "steady", {"calmer"})},
                "settle-practices", "hand-on-chest",
                {feel(6, "shut-down", {"let down", "tired"}), feel(3, "steady", {"clearer"})}, "lift-practices",
                "stand-and-stretch", "I feel caught out and I'm getting defensive. Let me slow down.",
                "I'm disappointed and a bit flat. I'd like us to take this gently.",
                "We both want our families to feel remembered, without it landing on one of us.",
                "Put family birthdays in the calendar we share\nCall each other's parents on birthdays together",
                {"I felt embarrassed that I forgot your mum's birthday, and I got defensive instead of saying so.",
                 "You were embarrassed, and it came out as defending yourself."},
                {"I felt alone with remembering. I'd like it to be something we both hold.",
                 "You felt alone with it, and you'd like us to hold it together."});
    s.fates = {
        {LedgerStatus::Kept, "The shared calendar works. Neither of us has missed one since.", "laundry-pile",
         std::nullopt},
        {LedgerStatus::Kept, "We've called together three times now. Your mum loved it.", "laundry-pile", std::nullopt},
    };
    return s;
}

// About four months ago: the laundry pile.
Story laundryPile()
{
    Story s = earlier("laundry-pile", 128, {feel(5, "shut-down", {"tired", "numb"}), feel(2, "steady", {"lighter"})},
                      "lift-practices", "feet-and-palms",
                      {feel(8, "racing", {"frustrated", "unseen"}), feel(4, "steady", {"calmer"})}, "settle-practices",
                      "cool-water", "I've gone quiet and heavy. I want to come back to this, not avoid it.",
                      "I'm really wound up about this. I need a few minutes before I can talk kindly.",
                      "We'd like the house to feel shared, not like a scoreboard.",
                      "Fold the laundry together on Sunday evenings\nKeep a list of chores on the fridge",
                      {"I felt tired and useless, so I went quiet. I'd like to say when I'm running low.",
                       "You felt tired and went quiet, and you'd like to say when you're low."},
                      {"I felt unseen doing it all week. I'd like us to notice each other's part.",
                       "You felt unseen, and you'd like us to notice what each of us does."});
    s.fates = {
        {LedgerStatus::Kept, "Sunday folding has become a nice quiet half hour.", "car-journey", std::nullopt},
        {LedgerStatus::LetGo, "The list made it feel like a contest. Talking on Sundays works better.", "car-journey",
         std::nullopt},
    };
    return s;
}

// About three and a half months ago: a tense car journey.
Story carJourney()
{
    Story s = earlier(
        "car-journey", 104, {feel(6, "racing", {"irritated", "anxious"}), feel(3, "steady", {"calmer"})},
        "settle-practices", "longer-out-breath", {feel(7, "racing", {"hurt", "tense"}), feel(3, "steady", {"clearer"})},
        "settle-practices", "orienting", "I'm tense after that drive. Can we stop and breathe before we talk?",
        "That stung, and I'm still buzzing from the traffic. I'd like a pause first.",
        "We want long drives to feel like time together again.", "Take turns choosing the music on long drives",
        {"I felt anxious in the traffic and snapped about the directions. I'd like to say I'm stressed instead.",
         "You were anxious and it came out as snapping. You'd like to name the stress."},
        {"I felt criticised for my driving. I'd like us to be on the same side when the road is hard.",
         "You felt criticised, and you'd like us on the same side."});
    s.fates = {
        {LedgerStatus::Kept, "We've swapped the music every trip since.", "station-pickup", std::nullopt},
    };
    return s;
}

// ---- 1. The station pickup (about twelve weeks ago): completed ----
Story stationPickup()
{
    Story s;
    s.label = "station-pickup";
    s.kind = DemoSessionKind::Completed;
    s.daysAgo = 86;
    s.hour = 20;
    s.minute = 10;
    s.each[kSam] = answers({
        {"notice-body", items({"heat", "pull-away", "confusion"})},
        {"speak-or-settle", gate("can-speak")},
        {"give-voice",
         text("I can tell this has hit me hard. I want to answer you well, so I'm going to slow down first.")},
        {"needs", pick({"silence-presence"})},
        {"meet-it-myself", text("I can make us both a cup of tea and sit down, instead of hiding in the other room.")},
        {"ask-for-it", text("Could we sit on the sofa together for a bit without talking? I'm not ready for words yet, "
                            "but I don't want to be far away.")},
        {"checkin-before", feel(6, "shut-down", {"ashamed", "numb", "tired"})},
        {"lift-practices", practice("stand-and-stretch")},
        {"checkin-after", feel(3, "steady", {"calmer", "tender"})},
        {"feel-and-express", text("Mostly a heavy feeling in my chest. I kept picturing Alex on the platform checking "
                                  "the phone, and I felt awful. When the sharp words came I went blank and couldn't "
                                  "say anything at all.")},
        {"other-ways", pick({"walk"})},
        {"beneath-words", pick({"shame", "fear"})},
        {"beneath-anger", secret("There wasn't much anger in me, more a sinking feeling. I think I was scared Alex "
                                 "would decide I don't care, and that isn't true.")},
        {"accept-what-happened", text("I did forget, and Alex waited forty minutes in the cold. I can accept that "
                                      "without deciding I'm a bad partner.")},
        {"inside-me", text("My face went hot, then everything went quiet inside. The thoughts were: I've messed up, "
                           "and nothing I say now will fix it.")},
        {"echoes", secret("As a kid, being told off meant going silent until it blew over. That old habit showed up "
                          "tonight.")},
        {"my-pattern", text("I moved away and went quiet. The quieter I got, the louder Alex had to get to reach me, "
                            "and then I went quieter still.")},
        {"my-part", text("I forgot the pickup and didn't text when I realised. Then I shut down instead of saying "
                         "sorry straight away.")},
        {"what-could-help", text("Me saying sorry plainly, without a list of reasons. Both of us putting pickups "
                                 "somewhere we can both see them.")},
        {"my-needs-requests", text("When I go quiet, could you give me a few minutes and then ask again gently? "
                                   "I will come back.")},
        {"respond-differently", text("Say \"I'm sorry, give me two minutes and then I'm here\" instead of going "
                                     "blank.")},
        {"ready", gate("yes")},
    });
    s.each[kAlex] = answers({
        {"notice-body", items({"racing-heart", "heat", "irritation", "hurt"})},
        {"speak-or-settle", gate("can-speak")},
        {"give-voice", text("I'm really stirred up right now. I don't want to say something I'll regret, so I'd "
                            "like us to slow down.")},
        {"needs", pick({"assurance"})},
        {"meet-it-myself", text("A hot shower and dry clothes would help a lot before we talk.")},
        {"ask-for-it", text("I need to hear that you didn't forget because I don't matter. After that I can "
                            "listen.")},
        {"checkin-before", feel(8, "racing", {"angry", "hurt", "tired"})},
        {"settle-practices", practice("cool-water")},
        {"checkin-after", feel(4, "steady", {"calmer", "tired", "tender"})},
        {"feel-and-express", text("Cold, wet and waiting, and with every minute it felt more like I'd been "
                                  "forgotten. That stung far more than the rain did.")},
        {"beneath-words", pick({"hurt", "unseen"})},
        {"beneath-anger", text("Under the anger was feeling unimportant. It started around minute twenty, "
                               "watching everyone else get picked up.")},
        {"accept-what-happened", text("People forget things, Sam included. I can accept it was a mistake and not "
                                      "a message about me.")},
        {"set-down-resentment", secret("I'm ready to set down the story that I'm the one who gets forgotten. I "
                                       "want to keep hold of asking for a text next time.")},
        {"inside-me", text("My heart was pounding and my jaw was tight. Hurt first, then anger on top of it. The "
                           "thought was: I'm on my own with this.")},
        {"my-pattern", text("I moved towards Sam, loudly. I wanted a reaction, and the louder I got, the further "
                            "away Sam went.")},
        {"my-part", text("I opened with a jab instead of saying I was hurt. I said \"typical\", which wasn't "
                         "fair.")},
        {"what-could-help", text("Hearing a real sorry. Me saying the hurt part out loud instead of the angry "
                                 "part.")},
        {"my-needs-requests", text("Could you text me if you're running late or plans change, even a two-word "
                                   "message?")},
        {"respond-differently", text("Start with \"I felt forgotten and it hurt\" and leave the sarcasm out.")},
        {"ready", gate("yes")},
    });
    TogetherScript t;
    t.answers = answers({
        {"choose-space", pick({"indoors", "side-by-side", "phones-away"})},
        {"shared-intention", text("We want to understand what the wait was like for each of us and feel like a "
                                  "team again.")},
        {"agreements", items({"no-interrupting", "reflect-back", "either-can-pause", "the-situation"})},
        {"needs-and-requests", text("Alex: a short text when plans change.\nSam: a few minutes when I go quiet, "
                                    "then a gentle check-in.")},
        {"new-commitments", text("Text each other when plans change, even a two-word message\n"
                                 "Put shared pickups in the calendar on Sunday evenings")},
        {"rebond-ideas", pick({"long-hug", "kind-words"})},
    });
    t.votes["clear"].push_back({"yes", "yes"});
    t.turns.push_back({
        Turn{kAlex,
             {TurnRound{"Standing there, I felt small and forgotten. My chest is still a bit tight talking about it. "
                        "I learned that I go to anger fast when I'm actually hurt. To feel safe I need to know I'm on "
                        "your mind, even when you're busy.",
                        "You felt small and forgotten at the station, and some of that tightness is still here. The "
                        "anger came fast, but underneath it was hurt. You need to know you're on my mind.",
                        "My shoulders dropped when you said hurt instead of angry.", true, ""}}},
        Turn{kSam,
             {TurnRound{"I felt ashamed the moment I saw the time, and when you came in I froze. I learned that I go "
                        "silent when I think I've let someone down. I need a little time to find words, and to know "
                        "you'll still be there when I do.",
                        "You felt ashamed and froze, and you need time.", "My breathing slowed down.", false,
                        "Yes, and also that the silence wasn't me not caring. It was me not knowing what to say."},
              TurnRound{"The silence wasn't about not caring. I didn't know how to make it right.",
                        "The silence wasn't you not caring. You went quiet because you didn't know how to make it "
                        "right, and you'd like time, and to know I'll wait.",
                        "I feel softer towards you.", true, ""}}},
    });
    s.together = std::move(t);
    s.fates = {
        {LedgerStatus::Kept, "We've both done it. It really helped the night the trains were cancelled.",
         "holiday-plans", std::nullopt},
        {LedgerStatus::Kept, "Sunday planning stuck after the second week.", "holiday-plans", std::nullopt},
    };
    return s;
}

// ---- 2. Phones at dinner (ten weeks ago): abandoned after step 1 ----
Story phonesAtDinner()
{
    Story s;
    s.label = "phones-at-dinner";
    s.kind = DemoSessionKind::Abandoned;
    s.daysAgo = 68;
    s.hour = 21;
    s.minute = 40;
    s.each[kAlex] = answers({
        {"notice-body", items({"irritation", "tight-muscles"})},
        {"speak-or-settle", gate("can-speak")},
        {"give-voice", text("Something about dinner tonight got to me, and I'd like to pause before I say more.")},
        {"needs", pick({"disengagement"})},
        {"ask-for-it", text("Can we drop the topic for now and just finish eating? I'd like to come back to it when "
                            "I'm calmer.")},
        {"checkin-before", feel(5, "racing", {"frustrated", "lonely"})},
    });
    s.stopAt[kAlex] = "settle-breathing";
    s.each[kSam] = answers({
        {"notice-body", items({"confusion", "pull-away"})},
        {"speak-or-settle", gate("can-speak")},
        {"give-voice", text("I can feel myself getting defensive. I'd like a minute before we go on.")},
    });
    s.stopAt[kSam] = "needs";
    s.abandonedAfterDays = 2;
    return s;
}

// ---- 3. Holiday plans (eight weeks ago): completed; "are we clear?" said no once ----
Story holidayPlans()
{
    Story s;
    s.label = "holiday-plans";
    s.kind = DemoSessionKind::Completed;
    s.daysAgo = 57;
    s.hour = 19;
    s.minute = 30;
    s.each[kSam] = answers({
        {"notice-body", items({"tight-muscles", "irritation"})},
        {"speak-or-settle", gate("can-speak")},
        {"give-voice", text("I'm feeling cornered by this conversation and want to slow it down.")},
        {"needs", pick({"space"})},
        {"ask-for-it", text("I need twenty minutes on my own. I'm coming back; I just can't think straight yet.")},
        {"come-back-plan", plan(45, "The kitchen table")},
        {"checkin-before", feel(7, "racing", {"frustrated", "anxious"})},
        {"settle-practices", practice("orienting")},
        {"checkin-after", feel(3, "steady", {"calmer", "clearer"})},
        {"feel-and-express", text("I felt squeezed between two families, as if I had to pick a side tonight.")},
        {"my-part", text("I told my parents we'd probably come before Alex and I had talked it through. That put "
                         "Alex in a corner.")},
        {"my-needs-requests", text("Could we decide plans between the two of us first, and only then tell "
                                   "anyone?")},
        {"ready", gate("yes")},
    });
    s.each[kAlex] = answers({
        {"notice-body", items({"hurt", "heat"})},
        {"speak-or-settle", gate("too-much")},
        {"checkin-before", feel(7, "racing", {"hurt", "disappointed"})},
        {"settle-practices", practice("hand-on-chest")},
        {"checkin-after", feel(4, "steady", {"calmer", "still angry"})},
        {"feel-and-express", text("Hearing that plans were already half made felt like being left out of my own "
                                  "life.")},
        {"beneath-words", pick({"unseen", "loneliness"})},
        {"inside-me", secret("I felt like the outsider again, the one who hears last. It felt bigger than one "
                             "holiday.")},
        {"my-part", text("I raised my voice and brought up last year, which wasn't about tonight.")},
        {"my-needs-requests", text("I'd like us to talk about big plans together before anything is promised.")},
        {"ready", gate("yes")},
    });
    TogetherScript t;
    t.answers = answers({
        {"choose-space", pick({"neutral-place", "facing"})},
        {"shared-intention", text("We want a plan for the holidays that feels fair to both of us.")},
        {"agreements", items({"no-interrupting", "listen-to-understand", "either-can-pause"})},
        {"needs-and-requests", text("Family plans get decided by the two of us first.")},
        {"new-commitments", text("Decide holiday plans together before telling either family\n"
                                 "Take a ten-minute walk when a planning talk gets heated")},
        // Second time through step 5, after Alex said "not yet".
        {"shared-intention", text("Alex still feels a bit on the outside. We want to name that before we close.")},
        {"new-commitments", text("Decide holiday plans together before telling either family\n"
                                 "Take a ten-minute walk when a planning talk gets heated")},
        {"rebond-ideas", pick({"walk-together"})},
    });
    t.turns.push_back({
        Turn{kSam,
             {TurnRound{"I felt pulled in two directions and guilty either way. I learned that I try to keep "
                        "everyone happy and end up leaving you out. I need us to be on the same side first.",
                        "You felt pulled both ways and guilty, and trying to please everyone left me out. You want "
                        "us on the same side first.",
                        "A lump in my throat, and then some relief.", true, ""}}},
        Turn{kAlex,
             {TurnRound{"I felt shut out, and my face went hot. I learned that being told last hits an old sore "
                        "spot for me. I need to be asked, not informed.",
                        "You felt shut out, it touched an old sore spot, and you need to be asked rather than told.",
                        "My hands were fidgeting; they're still now.", true, ""}}},
    });
    t.turns.push_back({
        Turn{kAlex,
             {TurnRound{"I'm not quite clear yet. I noticed I'm still waiting to hear that telling your parents first "
                        "was a mistake. I need to know my family matters to you too.",
                        "You're still waiting to hear it was a mistake, and you need to know your family matters to "
                        "me as well.",
                        "My eyes stung a little. I hadn't realised that was still there.", true, ""}}},
        Turn{kSam,
             {TurnRound{"Telling my parents first was a mistake, and I'm sorry. Your family matters to me.",
                        "You see it was a mistake, you're sorry, and my family matters to you.", "My jaw unclenched.",
                        true, ""}}},
    });
    t.votes["clear"].push_back({"yes", "no"});
    t.votes["clear"].push_back({"yes", "yes"});
    s.together = std::move(t);
    s.fates = {
        {LedgerStatus::InProgress, "We did it for the spring trip. The summer plans are still open.", "party-story",
         std::nullopt},
        {LedgerStatus::LetGo, "The walk felt forced. Pausing at the table with a glass of water works better for us.",
         "party-story", std::nullopt},
    };
    return s;
}

// ---- 4. A message about money (five weeks ago): abandoned early ----
Story moneyMessage()
{
    Story s;
    s.label = "money-message";
    s.kind = DemoSessionKind::Abandoned;
    s.daysAgo = 38;
    s.hour = 8;
    s.minute = 15;
    s.participants = {kSam, kAlex};
    s.each[kSam] = answers({
        {"notice-body", items({"heat", "rush-of-energy"})},
        {"speak-or-settle", gate("can-speak")},
        {"give-voice", text("A message about money landed badly with me. I want to slow down before I reply.")},
    });
    s.stopAt[kSam] = "needs";
    s.stopAt[kAlex] = "rupture-is-normal";
    s.abandonedAfterDays = 1;
    return s;
}

// ---- 5. After the party (three and a half weeks ago): Alex alone, steps 1–4 ----
Story partySolo()
{
    Story s;
    s.label = "party-solo";
    s.kind = DemoSessionKind::Solo;
    s.daysAgo = 24;
    s.hour = 22;
    s.minute = 5;
    s.participants = {kAlex};
    s.each[kAlex] = answers({
        {"notice-body", items({"hurt", "pull-away"})},
        {"speak-or-settle", gate("can-speak")},
        {"give-voice", text("I'm writing this on my own first. Something from tonight is still sitting with me.")},
        {"needs", pick({"solitude"})},
        {"meet-it-myself", text("A quiet hour with a book before bed.")},
        {"ask-for-it", text("I'd like some time to myself tonight, and to talk about the party tomorrow evening.")},
        {"come-back-plan", plan(20 * 60, "The sofa")},
        {"checkin-before", feel(5, "shut-down", {"lonely", "sad", "tired"})},
        {"lift-practices", practice("feet-and-palms")},
        {"checkin-after", feel(3, "steady", {"clearer", "tender"})},
        {"feel-and-express", text("At the party I felt like a plus-one rather than a partner. Sam told a story about "
                                  "me and everyone laughed. I laughed too, but it stung.")},
        {"beneath-words", pick({"unseen", "shame"})},
        {"accept-what-happened", text("Sam meant it warmly. I can accept that and still say it didn't feel "
                                      "good.")},
        {"inside-me", text("A hot face, then a flat feeling for the rest of the night. I kept smiling and went "
                           "quiet inside.")},
        {"echoes", secret("Growing up as the youngest, stories about me were the family's favourite joke. Tonight "
                          "brought that back.")},
        {"my-pattern", text("I pulled away and didn't say anything, and felt further away all evening.")},
        {"my-part", text("I didn't tell Sam at the time, and I was short in the car without saying why.")},
        {"my-needs-requests", text("Could you check with me before telling stories about me to friends? Most are "
                                   "fine; a few aren't.")},
        {"respond-differently", text("Squeeze Sam's hand as a signal, and talk about it on the way home.")},
        {"ready", gate("yes")},
    });
    return s;
}

// ---- 6. The party story, together (three weeks ago): Alex brings the solo reflection; Sam does steps 1–4 ----
Story partyTogether()
{
    Story s;
    s.label = "party-story";
    s.kind = DemoSessionKind::JointFromSolo;
    s.daysAgo = 21;
    s.hour = 19;
    s.minute = 45;
    s.broughtFrom = "party-solo";
    s.broughtBy = kAlex;
    s.shareCards = {"feel-and-express", "inside-me", "my-part", "my-needs-requests", "respond-differently"};
    s.privateCards = {"echoes"};
    s.each[kSam] = answers({
        {"notice-body", items({"confusion", "hurt"})},
        {"speak-or-settle", gate("can-speak")},
        {"give-voice", text("Alex told me the party story hurt. I want to listen properly, so I'm taking a moment "
                            "first.")},
        {"needs", pick({"assurance"})},
        {"checkin-before", feel(3, "steady", {"confused", "sad"})},
        {"settle-or-lift", pick({"steady"})},
        {"checkin-after", feel(2, "steady", {"clearer"})},
        {"feel-and-express", text("I had no idea the story landed like that. I feel sad that Alex laughed along "
                                  "while it hurt.")},
        {"my-part", text("I told a story about Alex without asking, and I didn't notice how quiet it was in the "
                         "car.")},
        {"my-needs-requests", text("If something I say in company stings, could you tell me that night, even "
                                   "briefly?")},
        {"ready", gate("yes")},
    });
    TogetherScript t;
    t.answers = answers({
        {"choose-space", pick({"indoors", "close"})},
        {"shared-intention", text("We want to go to parties as a team.")},
        {"agreements", items({"no-interrupting", "reflect-back", "no-put-downs"})},
        {"new-commitments", text("Check in with each other once during a party\n"
                                 "Ask before telling a personal story about the other")},
        {"rebond-ideas", pick({"sit-close", "appreciation"})},
    });
    t.turns.push_back({
        Turn{kAlex,
             {TurnRound{"I felt like the punchline, and I'm a bit shaky saying it now. I learned that I smile when "
                        "something hurts. I need to know you're on my side in a room full of people.",
                        "You felt like the punchline and you're shaky now. You smile when it hurts, and you need to "
                        "know I'm on your side when we're out.",
                        "My chest went tight; I wanted to jump in and explain, and I didn't.", true, ""}}},
        Turn{kSam,
             {TurnRound{"I felt sad and a bit embarrassed when I read what you wrote. I learned that I reach for "
                        "funny stories when I'm nervous in a group. I need to know you'll tell me when it doesn't "
                        "land.",
                        "You felt sad and embarrassed, you use funny stories when you're nervous, and you want me to "
                        "tell you when one doesn't land.",
                        "I felt warmer towards you.", true, ""}}},
    });
    t.votes["clear"].push_back({"yes", "yes"});
    s.together = std::move(t);
    s.fates = {
        {LedgerStatus::Revisit, "We forgot at the last birthday party. Let's look at it again after the wedding.",
         "kitchen-evening", 9},
        {LedgerStatus::Kept, "Sam has asked twice this month. It felt good both times.", "kitchen-evening",
         std::nullopt},
    };
    return s;
}

// ---- 7. A tired evening in the kitchen (six days ago): completed; its commitments are still new ----
Story kitchenEvening()
{
    Story s;
    s.label = "kitchen-evening";
    s.kind = DemoSessionKind::Completed;
    s.daysAgo = 6;
    s.hour = 20;
    s.minute = 30;
    s.each[kSam] = answers({
        {"notice-body", items({"tight-muscles", "irritation"})},
        {"speak-or-settle", gate("can-speak")},
        {"give-voice", text("I'm worn out and I can hear it in my voice. I'd like to slow down.")},
        {"needs", pick({"silence-presence"})},
        {"checkin-before", feel(6, "racing", {"frustrated", "tired"})},
        {"settle-practices", practice("longer-out-breath")},
        {"checkin-after", feel(3, "steady", {"calmer", "tired"})},
        {"feel-and-express", text("A sink full of dishes after a long day felt like one more thing on a pile that "
                                  "was already too high.")},
        {"my-part", text("I sighed loudly and banged the pans instead of saying I was exhausted.")},
        {"my-needs-requests", text("On long days, could we agree who does the kitchen before dinner?")},
        {"ready", gate("yes")},
    });
    s.each[kAlex] = answers({
        {"notice-body", items({"heat", "pull-away"})},
        {"speak-or-settle", gate("can-speak")},
        {"give-voice", text("I felt criticised just now and I want a moment before I answer.")},
        {"needs", pick({"space"})},
        {"ask-for-it", text("I'm going to step outside for half an hour. I'll be back, and then we can talk.")},
        {"come-back-plan", plan(30, "The sofa")},
        {"checkin-before", feel(5, "shut-down", {"hurt", "tired"})},
        {"lift-practices", practice("brief-walk")},
        {"checkin-after", feel(2, "steady", {"lighter", "clearer"})},
        {"my-part", text("I took the sighing personally and walked off without a word.")},
        {"my-needs-requests", secret("I'd like to hear what's going on before the sighing starts. I'm not sure yet "
                                     "how to ask for that kindly.")},
        {"ready", gate("yes")},
    });
    TogetherScript t;
    t.answers = answers({
        {"shared-intention", text("We want tired evenings to feel less like a contest.")},
        {"new-commitments", text("Say \"I'm running on empty\" out loud instead of sighing\n"
                                 "Swap kitchen nights: Sam on Tuesdays, Alex on Thursdays")},
        {"rebond-ideas", pick({"playful"})},
    });
    t.turns.push_back({
        Turn{kSam,
             {TurnRound{"I felt crushed by the tiredness more than by anything you did. I learned that I let it "
                        "build until it comes out as noise. I need to be able to say I'm done for the day.",
                        "It was the tiredness more than me. It builds until it comes out as noise, and you need to "
                        "be able to say you're done.",
                        "I noticed I was holding my breath, and let it go.", true, ""}}},
        Turn{kAlex,
             {TurnRound{"I felt blamed and wanted to get away. I learned that I hear a sigh as a verdict on me. I "
                        "need words instead of sighs, even short ones.",
                        "You felt blamed and wanted out. A sigh sounds like a verdict to you, and you'd like words "
                        "instead.",
                        "My shoulders came down from my ears.", true, ""}}},
    });
    t.votes["clear"].push_back({"yes", "yes"});
    s.together = std::move(t);
    s.followUpDays = 7;
    return s;
}

// ---- 8. Today: paused during step 1; Alex asked for space and they agreed when and where to meet ----
Story todayPaused()
{
    Story s;
    s.label = "work-comment";
    s.kind = DemoSessionKind::Paused;
    s.minutesAgo = 55;
    s.each[kAlex] = answers({
        {"notice-body", items({"rush-of-energy", "irritation", "clenched-jaw"})},
        {"speak-or-settle", gate("can-speak")},
        {"give-voice", text("I'm too wound up to talk well. I'm stepping back, not away.")},
        {"needs", pick({"space"})},
        {"meet-it-myself", text("A walk with some music will help me settle.")},
        {"ask-for-it", text("I need about an hour on my own. I'll come back and we'll talk.")},
        {"come-back-plan", plan(70, "A walk around the block together")},
    });
    s.stopAt[kAlex] = "stabilize-intro";
    s.each[kSam] = answers({
        {"notice-body", items({"hurt", "racing-heart"})},
        {"speak-or-settle", gate("can-speak")},
        {"give-voice", text("What you said about my work stung. I'd like to slow down before I answer.")},
        {"needs", pick({"assurance"})},
        {"ask-for-it", text("Could you tell me we're okay, even while we're both annoyed?")},
    });
    s.stopAt[kSam] = "if-partner-needs-space";
    s.pause = PauseScript{kAlex, "space"};
    return s;
}

} // namespace

std::vector<Story> stories()
{
    return {birthdayCall(), laundryPile(), carJourney(),    stationPickup(),  phonesAtDinner(), holidayPlans(),
            moneyMessage(), partySolo(),   partyTogether(), kitchenEvening(), todayPaused()};
}

} // namespace tend::demo::detail
