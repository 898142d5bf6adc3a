// The validator on broken copies of the fixture: one test per kind of problem, each asserting the file,
// the JSON pointer and the sentence; and that every problem is reported, not only the first.
#include <catch2/catch.hpp>

#include <set>

#include "ContentTestSupport.h"
#include "tend/content/ContentLibrary.h"
#include "tend/content/Loader.h"
#include "tend/content/Validator.h"

using namespace tend::content;
using nlohmann::json;
using tend::test::ScratchContent;

namespace {

std::string listed(const std::vector<Problem>& problems)
{
    std::string out;
    for (const Problem& problem : problems)
        out += problem.toString() + "\n";
    return out;
}

// Validates the scratch folder and requires a problem in `file` at `pointer` whose sentence contains `sentence`.
void requireProblem(const ScratchContent& scratch, const std::filesystem::path& file, const std::string& pointer,
                    const std::string& sentence)
{
    const ValidationReport report = validatePaths({scratch.root()});
    INFO(listed(report.problems));
    CHECK_FALSE(report.ok());
    bool found = false;
    for (const Problem& problem : report.problems) {
        if (problem.file == file.string() && problem.pointer == pointer &&
            problem.message.find(sentence) != std::string::npos)
            found = true;
    }
    INFO("expected " << file.string() << ":" << pointer << ": ..." << sentence << "...");
    CHECK(found);
}

void requireProgramProblem(const ScratchContent& scratch, const std::string& pointer, const std::string& sentence)
{
    requireProblem(scratch, scratch.program(), pointer, sentence);
}

} // namespace

TEST_CASE("the fixture itself validates clean")
{
    ScratchContent scratch;
    const ValidationReport report = validatePaths({scratch.root()});
    INFO(listed(report.problems));
    CHECK(report.ok());
    CHECK(report.summary.programs == 1);
    CHECK(report.summary.practiceFiles == 3);
    CHECK(report.summary.cards == 24);
    CHECK(report.summary.describe() == "content ok: 1 program, 3 practice files, 1 other file, 24 cards");
}

TEST_CASE("validator: invalid JSON is reported with line and column")
{
    ScratchContent scratch;
    tend::test::writeText(scratch.program(),
                          "{\n  \"id\": \"fixture-repair\",\n  \"title\": \"x\"\n  \"steps\": []\n}\n");
    requireProgramProblem(scratch, "", "invalid JSON at line 4, column 9: syntax error while parsing object");
}

TEST_CASE("validator: unknown kind")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][2]["cards"][2]["kind"] = "slider";
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/2/cards/2/kind", "unknown kind \"slider\"; the kinds are info, prompt,");

    // A card of unknown kind at the entrance of a step does not make everything behind it "unreachable".
    program["steps"][4]["cards"][0]["kind"] = "dial";
    scratch.writeProgram(program);
    const ValidationReport report = validatePaths({scratch.root()});
    INFO(listed(report.problems));
    CHECK(report.problems.size() == 2);
}

TEST_CASE("validator: missing required fields")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][1].erase("purpose");
    program["steps"][3]["cards"][0].erase("id");
    program["steps"][4]["cards"][5].erase("seconds");
    program.erase("title");
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/1", "missing the required field \"purpose\"");
    requireProgramProblem(scratch, "/steps/3/cards/0", "missing the required field \"id\"");
    requireProgramProblem(scratch, "/steps/4/cards/5", "missing the required field \"seconds\"");
    requireProgramProblem(scratch, "", "missing the required field \"title\"");
}

TEST_CASE("validator: wrong types")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][0]["title"] = 5;
    program["steps"][2]["cards"][0]["min_rows"] = "six";
    program["steps"][0]["cards"][3]["multiple"] = "yes";
    program["steps"][1]["cards"][0]["emotions"] = {"angry", 3};
    program["steps"][2]["cards"][2]["max"] = 2.5;
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/0/title", "\"title\" must be text, not a number");
    requireProgramProblem(scratch, "/steps/2/cards/0/min_rows",
                          "\"min_rows\" must be a whole number from 1 to 40, "
                          "not text");
    requireProgramProblem(scratch, "/steps/0/cards/3/multiple", "\"multiple\" must be true or false, not text");
    requireProgramProblem(scratch, "/steps/1/cards/0/emotions/1", "each entry of \"emotions\" must be text");
    requireProgramProblem(scratch, "/steps/2/cards/2/max", "not a fraction");
}

TEST_CASE("validator: out-of-range and meaningless values")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][1]["cards"][2]["minutes"] = 30;
    program["steps"][1]["who"] = "both";
    program["steps"][2]["cards"][2]["min"] = 10;
    program["steps"][0]["cards"][2]["options"] = json::array();
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/1/cards/2/minutes", "\"minutes\" must be from 1 to 10");
    requireProgramProblem(scratch, "/steps/1/who", "\"who\" must be \"each\" or \"together\"");
    requireProgramProblem(scratch, "/steps/2/cards/2", "\"min\" must be less than \"max\"");
    requireProgramProblem(scratch, "/steps/0/cards/2/options", "\"options\" has no meaning on a prompt card");
}

TEST_CASE("validator: duplicate ids")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][2]["cards"][1]["id"] = "feel";
    program["steps"][3]["id"] = "honor";
    program["steps"][0]["cards"][3]["options"][1]["id"] = "space";
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/2/cards/1/id",
                          "the card id \"feel\" is used twice (first at /steps/2/cards/0)");
    requireProgramProblem(scratch, "/steps/3/id", "the step id \"honor\" is used twice (first at /steps/2)");
    requireProgramProblem(scratch, "/steps/0/cards/3/options/1/id", "the option id \"space\" is used twice");
}

TEST_CASE("validator: routes to missing targets")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][2]["cards"][0]["next"] = "nowhere";
    program["steps"][3]["cards"][2]["options"][1]["next"] = "step:missing";
    program["steps"][1]["cards"][5]["options"][0]["next"] = "Not A Target";
    program["steps"][3]["cards"][2]["after_pause"] = "gone";
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/2/cards/0/next",
                          "the route leads to the card \"nowhere\", which does not exist");
    requireProgramProblem(scratch, "/steps/3/cards/2/options/1/next",
                          "the route leads to the step \"missing\", which does not exist");
    requireProgramProblem(scratch, "/steps/1/cards/5/options/0/next", "\"Not A Target\" is not a target");
    requireProgramProblem(scratch, "/steps/3/cards/2/after_pause", "the card \"gone\", which does not exist");
}

TEST_CASE("validator: an option that switches program names a program id and ends this one")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][3]["cards"][2]["options"][0]["switch_to"] = "Full Repair!";
    program["steps"][3]["cards"][2]["options"][1]["switch_to"] = "rupture-to-repair"; // but its next is not "end"
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/3/cards/2/options/0/switch_to", "\"Full Repair!\" is not a program id");
    requireProgramProblem(scratch, "/steps/3/cards/2/options/1/switch_to", "must have \"next\": \"end\"");
    program["steps"][3]["cards"][2]["options"][0]["swich_to"] = "x"; // a misspelling is named
    program["steps"][3]["cards"][2]["options"][0].erase("switch_to");
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/3/cards/2/options/0/swich_to", "did you mean \"switch_to\"");
}

TEST_CASE("validator: look_back and recall name cards that exist, recall a choice or checklist")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][3]["cards"][0]["look_back"] = json::array({"nowhere"});
    program["steps"][3]["cards"][0]["recall"] = "gone";
    program["steps"][3]["cards"][1]["recall"] = program["steps"][3]["cards"][0]["id"];
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/3/cards/0/look_back/0", "look_back names the card \"nowhere\"");
    requireProgramProblem(scratch, "/steps/3/cards/0/recall", "recall names the card \"gone\"");
    requireProgramProblem(scratch, "/steps/3/cards/1/recall", "must name a choice or checklist card"); // a prompt
}

TEST_CASE("validator: options_from fills a choice from the practices library, and a guard on it is checked")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    json& needs = program["steps"][0]["cards"][3];
    needs.erase("options");
    needs["options_from"] = "needs";
    scratch.writeProgram(program);
    {
        const ValidationReport report = validatePaths({scratch.root()});
        INFO(listed(report.problems));
        CHECK(report.ok()); // `when-back` guards on "space", which the needs file has
    }
    tend::content::ContentLibrary library;
    REQUIRE(library.addFolder(scratch.root()).ok());
    const auto loaded = library.program("fixture-repair", "en");
    REQUIRE(loaded);
    const Card* card = loaded->findCard("needs");
    REQUIRE(card);
    std::vector<std::string> ids;
    for (const Option& option : card->options)
        ids.push_back(option.id);
    // One list, in the needs file's order; its own "something else" is the card's free text, not an option.
    CHECK(ids == std::vector<std::string>{"space", "solitude", "disengagement", "silence-presence", "assurance"});
    CHECK(card->raw["options"].size() == 5); // the cards are built from the raw JSON
    CHECK(card->raw["options"][1]["label"] == card->options[1].label);
    CHECK_FALSE(loadProgramFile(scratch.program()).ok()); // without the library there is nothing to fill from

    program["steps"][0]["cards"][4]["when"] = "needs has \"quiet\""; // an option the old list had, the file has not
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/0/cards/4/when", "\"needs\" has no option \"quiet\"");

    needs["options_from"] = "wishes";
    needs["options"] = json::array({{{"id", "space"}, {"label", "Space"}}});
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/0/cards/3/options_from", "\"needs\" or \"rebonding\"");
    requireProgramProblem(scratch, "/steps/0/cards/3/options", "remove \"options\"");
}

TEST_CASE("validator: records is commitments or cycle on a prompt, and earlier_answers names card ids")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][4]["cards"][0]["records"] = "cycle"; // the intention prompt: fine
    scratch.writeProgram(program);
    {
        const ValidationReport report = validatePaths({scratch.root()});
        INFO(listed(report.problems));
        CHECK(report.ok());
    }
    program["steps"][4]["cards"][1]["records"] = "cycle"; // a checklist
    program["steps"][4]["cards"][3]["records"] = "diary";
    program["steps"][3]["cards"][0]["earlier_answers"] = json::array({"my-pattern", "My Pattern"});
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/4/cards/1/records", "only a prompt card can keep the name of a cycle");
    requireProgramProblem(scratch, "/steps/4/cards/3/records", "\"commitments\" or \"cycle\"");
    requireProgramProblem(scratch, "/steps/3/cards/0/earlier_answers/1", "\"My Pattern\" is not a card id");
}

TEST_CASE("validator: guards that do not parse, or refer to what is not there")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][1]["cards"][1]["when"] = "checkin-before.state = \"racing\"";
    program["steps"][1]["cards"][3]["when"] = "checkin-befor.state == \"shut-down\"";
    program["steps"][0]["cards"][4]["when"] = "needs has \"spaces\"";
    program["steps"][1]["cards"][2]["when"] = "checkin-before.lvl >= 7";
    program["steps"][1]["cards"][5]["when"] = "checkin-after.state == \"calm\"";
    program["steps"][2]["cards"][1]["when"] = "notice-body";
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/1/cards/1/when",
                          "the guard does not parse at column 22: use \"==\" to compare");
    requireProgramProblem(scratch, "/steps/1/cards/3/when",
                          "the guard refers to \"checkin-befor\", which is not a card of this program (column 1)");
    requireProgramProblem(scratch, "/steps/0/cards/4/when", "\"needs\" has no option \"spaces\" (column 1)");
    requireProgramProblem(scratch, "/steps/1/cards/2/when",
                          "the answer of \"checkin-before\" (a checkin card) has no field \"lvl\"; it has \"level\", "
                          "\"state\", \"emotions\"");
    requireProgramProblem(scratch, "/steps/1/cards/5/when", "has no state (racing, shut-down, steady) \"calm\"");
    requireProgramProblem(scratch, "/steps/2/cards/1/when", "an info card, which records no answer");
}

TEST_CASE("validator: a guard in a together step cannot read a partner's own answers")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][4]["cards"][1]["when"] = "ready == \"yes\"";
    program["steps"][4]["cards"][3]["when"] = "intention";
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/4/cards/1/when",
                          "the guard refers to \"ready\", a card of an each step; guards in a together step read only "
                          "shared answers, so this reference is never answered (column 1)");
    const ValidationReport report = validatePaths({scratch.root()});
    for (const Problem& problem : report.problems)
        CHECK(problem.pointer != "/steps/4/cards/3/when"); // shared answers are fine
}

TEST_CASE("validator: a card no path reaches")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][0]["cards"][1]["options"][0]["next"] = "needs"; // nothing leads to give-voice any more
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/0/cards/2", "no path reaches the card \"give-voice\"");
}

TEST_CASE("validator: reachability follows guards (a guarded card may be passed over)")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    // feel is reached only past still-flooded's guard (go-on) or by passing over it: both count.
    program["steps"][1]["cards"][5]["options"][2]["next"] = "step:stabilize";
    scratch.writeProgram(program);
    CHECK(validatePaths({scratch.root()}).ok());
    // Without the guard, the gate must be answered and none of its options lead on: honor is cut off.
    program["steps"][1]["cards"][5].erase("when");
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/2/cards/0", "no path reaches the card \"feel\"");
}

TEST_CASE("validator: a card from which neither end nor pause can be reached")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][4]["cards"][6]["next"] = "hug"; // hug → close → hug, for ever
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/4/cards/5",
                          "from the card \"hug\" neither \"end\" nor \"pause\" can be "
                          "reached");
    requireProgramProblem(scratch, "/steps/4/cards/6", "from the card \"close\" neither \"end\" nor \"pause\"");
}

TEST_CASE("validator: guarded cards that can be passed over in a circle")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][2]["cards"][1]["when"] = "feel";
    program["steps"][2]["cards"][1]["next"] = "accept";
    program["steps"][2]["cards"][2]["when"] = "feel";
    program["steps"][2]["cards"][2]["next"] = "beneath";
    scratch.writeProgram(program);
    const ValidationReport report = validatePaths({scratch.root()});
    INFO(listed(report.problems));
    bool found = false;
    for (const Problem& problem : report.problems)
        found = found || problem.message.find("can all be passed over in a circle") != std::string::npos;
    CHECK(found);
}

TEST_CASE("validator: practices and breathing patterns referenced but not defined")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][1]["cards"][2]["pattern"] = "box-breathing";
    program["steps"][1]["cards"][3]["practice"] = "cold-water";
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/1/cards/2/pattern",
                          "the breathing pattern \"box-breathing\" is not defined in the practices library");
    requireProgramProblem(scratch, "/steps/1/cards/3/practice",
                          "the practice \"cold-water\" is not defined in the practices library");

    // A tag nobody carries is also a dangling reference.
    json regulation = tend::test::readJson(scratch.regulation());
    regulation["practices"][2]["tag"] = "settle";
    tend::test::writeText(scratch.regulation(), regulation.dump());
    json fixed = scratch.programJson();
    fixed["steps"][1]["cards"][2]["pattern"] = "slow-six";
    fixed["steps"][1]["cards"][3]["practice"] = "shake-out";
    fixed["steps"][1]["cards"][3].erase("practice");
    fixed["steps"][1]["cards"][3]["tag"] = "lift";
    scratch.writeProgram(fixed);
    requireProgramProblem(scratch, "/steps/1/cards/3/tag", "no practice in the practices library has the tag \"lift\"");
}

TEST_CASE("validator: bad locale or id in the file name")
{
    ScratchContent scratch;
    const auto bad = scratch.root() / "programs/fixture-repair.english.json";
    std::filesystem::rename(scratch.program(), bad);
    requireProblem(scratch, bad, "", "the locale \"english\" in the file name is not a locale");

    const auto mismatch = scratch.root() / "programs/other-name.de.json";
    std::filesystem::rename(bad, mismatch);
    requireProblem(scratch, mismatch, "/locale", "the file name says locale \"de\" but the file says \"en\"");
    requireProblem(scratch, mismatch, "/id",
                   "the file name says id \"other-name\" but the file says "
                   "\"fixture-repair\"");

    const auto noLocale = scratch.root() / "programs/fixture-repair.json";
    std::filesystem::rename(mismatch, noLocale);
    requireProblem(scratch, noLocale, "", "the file name must be <id>.<locale>.json");

    const auto regulation = scratch.root() / "practices/regulation.xx-yy.json";
    std::filesystem::rename(scratch.regulation(), regulation);
    requireProblem(scratch, regulation, "", "the locale \"xx-yy\" in the file name is not a locale");
}

TEST_CASE("validator: gate options without next, unanimous and otherwise naming missing options")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][3]["cards"][2]["options"][0].erase("next");
    program["steps"][4]["cards"][4]["unanimous"] = "all-yes";
    program["steps"][4]["cards"][4]["otherwise"] = "nope";
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/3/cards/2/options/0",
                          "this gate option has no \"next\"; every option of a gate must say where it leads");
    requireProgramProblem(scratch, "/steps/4/cards/4/unanimous",
                          "\"unanimous\" names the option \"all-yes\", which this gate lacks");
    requireProgramProblem(scratch, "/steps/4/cards/4/otherwise",
                          "\"otherwise\" names the option \"nope\", which this gate lacks");
}

TEST_CASE("validator: rules about who does what")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][4]["cards"][4].erase("otherwise");
    program["steps"][3]["cards"][2]["unanimous"] = "yes";
    program["steps"][3]["cards"][2]["otherwise"] = "not-yet";
    program["steps"][2]["cards"][1]["records"] = "commitments";
    program["steps"][2]["cards"][0]["records"] = "promises";
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/4/cards/4", "a gate with \"unanimous\" also needs \"otherwise\"");
    requireProgramProblem(scratch, "/steps/3/cards/2/unanimous",
                          "\"unanimous\" needs partners together; this card is in an each step");
    requireProgramProblem(scratch, "/steps/2/cards/1/records", "only a prompt card can record commitments");
    requireProgramProblem(scratch, "/steps/2/cards/0/records", "\"records\" can only be \"commitments\"");

    ScratchContent turns;
    json moved = turns.programJson();
    moved["steps"][3]["cards"].push_back(moved["steps"][4]["cards"][2]);
    moved["steps"][4]["cards"].erase(2);
    moved["steps"][3]["cards"][3]["id"] = "exchange";
    turns.writeProgram(moved);
    requireProblem(turns, turns.program(), "/steps/3/cards/3/kind",
                   "a turns card is an exchange between partners and belongs in a together step");
}

TEST_CASE("validator: misspelled field names are caught, other extra fields are allowed")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][2]["cards"][0]["nxt"] = "beneath";
    program["steps"][2]["cards"][1]["wehn"] = "feel";
    program["steps"][2]["cards"][2]["illustration"] = "scale.svg"; // an extra the UI may use
    scratch.writeProgram(program);
    requireProgramProblem(scratch, "/steps/2/cards/0/nxt", "unknown field \"nxt\"; did you mean \"next\"?");
    requireProgramProblem(scratch, "/steps/2/cards/1/wehn", "unknown field \"wehn\"; did you mean \"when\"?");
    const ValidationReport report = validatePaths({scratch.root()});
    for (const Problem& problem : report.problems)
        CHECK(problem.pointer.find("illustration") == std::string::npos);
}

TEST_CASE("validator: practices files")
{
    ScratchContent scratch;
    json regulation = tend::test::readJson(scratch.regulation());
    regulation["patterns"][0]["phases"].push_back({{"phase", "hold"}, {"seconds", 7}});
    regulation["patterns"][1]["phases"] = json::array({{{"phase", "inhale"}, {"seconds", 4}}});
    regulation["practices"][0]["tag"] = "calm";
    regulation["practices"][1]["pattern"] = "missing";
    regulation["patterns"][1]["phases"].push_back({{"phase", "sigh"}, {"seconds", 1}});
    tend::test::writeText(scratch.regulation(), regulation.dump());
    const auto file = scratch.regulation();
    requireProblem(scratch, file, "/patterns/0/phases/2/seconds",
                   "a hold lasts at most 2 seconds; Tend offers no breath-holding routines");
    requireProblem(scratch, file, "/patterns/1/phases", "a breathing pattern needs at least one inhale and one exhale");
    requireProblem(scratch, file, "/patterns/1/phases/1/phase", "unknown phase \"sigh\"");
    requireProblem(scratch, file, "/practices/0/tag", "\"tag\" must be \"settle\" or \"lift\"");
    requireProblem(scratch, file, "/practices/1/pattern",
                   "the breathing pattern \"missing\" is not defined in this file");

    const auto needsFile = scratch.root() / "practices/needs.en.json";
    json needs = tend::test::readJson(needsFile);
    needs["needs"].erase(3);
    tend::test::writeText(needsFile, needs.dump());
    requireProblem(scratch, needsFile, "/needs", "the need \"silence-presence\" is missing");

    const auto ideasFile = scratch.root() / "practices/rebonding.en.json";
    json ideas = tend::test::readJson(ideasFile);
    ideas["ideas"][1]["touch"] = true;
    ideas["ideas"][0].erase("touch");
    tend::test::writeText(ideasFile, ideas.dump());
    requireProblem(scratch, ideasFile, "/ideas", "at least one idea must work without touch");
    requireProblem(scratch, ideasFile, "/ideas/0", "missing the required field \"touch\"");
}

TEST_CASE("validator: every problem in a file is reported, not only the first")
{
    ScratchContent scratch;
    json program = scratch.programJson();
    program["steps"][0]["cards"][0]["kind"] = "slideshow";
    program["steps"][2]["cards"][0]["next"] = "nowhere";
    program["steps"][1]["cards"][1]["when"] = "(";
    program["steps"][3]["cards"][1]["id"] = "Bad Id";
    program["steps"][4]["cards"][4]["otherwise"] = "maybe";
    scratch.writeProgram(program);
    const ValidationReport report = validatePaths({scratch.root()});
    INFO(listed(report.problems));
    std::set<std::string> pointers;
    for (const Problem& problem : report.problems)
        pointers.insert(problem.pointer);
    CHECK(pointers.count("/steps/0/cards/0/kind"));
    CHECK(pointers.count("/steps/2/cards/0/next"));
    CHECK(pointers.count("/steps/1/cards/1/when"));
    CHECK(pointers.count("/steps/3/cards/1/id"));
    CHECK(pointers.count("/steps/4/cards/4/otherwise"));
}

TEST_CASE("validator: files and folders named directly, missing paths, other JSON files")
{
    ScratchContent scratch;
    // A single program file finds practices/ beside its folder.
    ValidationReport single = validatePaths({scratch.program()});
    INFO(listed(single.problems));
    CHECK(single.ok());
    CHECK(single.summary.programs == 1);
    CHECK(single.summary.cards == 24);

    // A copy outside the content layout is recognised by its content.
    const auto loose = scratch.root() / "loose.json";
    tend::test::writeText(loose, "{\"steps\": 3}");
    ValidationReport looseReport = validatePaths({loose});
    CHECK(looseReport.summary.programs == 1);
    CHECK_FALSE(looseReport.ok());
    std::filesystem::remove(loose);

    ValidationReport missing = validatePaths({scratch.root() / "nothing-here"});
    REQUIRE(missing.problems.size() == 1);
    CHECK(missing.problems[0].message == "no such file or folder");

    tend::test::writeText(scratch.root() / "help/resources.json", "{\"countries\": [}");
    ValidationReport other = validatePaths({scratch.root()});
    CHECK(other.summary.otherFiles == 2); // the help file and the fixture's safety check
    REQUIRE(other.problems.size() == 1);
    CHECK(other.problems[0].message.rfind("invalid JSON at line 1, column 16", 0) == 0);
}

TEST_CASE("a problem names its file and place, and only the file when it is about the whole file")
{
    CHECK(Problem{"x.en.json", "/steps/0/cards/3", "no such card"}.toString() ==
          "x.en.json:/steps/0/cards/3: no such card");
    CHECK(Problem{"x.en.json", "", "invalid JSON at line 1, column 20"}.toString() ==
          "x.en.json: invalid JSON at line 1, column 20");
}
