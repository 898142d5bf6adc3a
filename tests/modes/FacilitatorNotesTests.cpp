// Presenter mode's facilitator notes: the shipped file covers every step; broken files are named precisely.
#include <catch2/catch.hpp>

#include "tend/content/ContentLibrary.h"
#include "tend/demo/FacilitatorNotes.h"

using namespace tend;
using nlohmann::json;

namespace {

std::filesystem::path shippedContent()
{
    return std::filesystem::path(TEND_SOURCE_DIR) / "content";
}

std::shared_ptr<const content::Program> shippedProgram(content::ContentLibrary& library)
{
    REQUIRE(library.addFolder(shippedContent()).ok());
    auto program = library.program("rupture-to-repair", "en");
    REQUIRE(program);
    return program;
}

bool mentions(const std::vector<content::Problem>& problems, const std::string& pointer, const std::string& words)
{
    for (const auto& p : problems) {
        if (p.pointer == pointer && p.message.find(words) != std::string::npos)
            return true;
    }
    return false;
}

json goodDocument()
{
    return json{{"format", 1},
                {"program", "rupture-to-repair"},
                {"locale", "en"},
                {"steps",
                 {{"acknowledge", {{"why", "w"}, {"watch", {"a"}}}},
                  {"stabilize", {{"why", "w"}, {"watch", {"a"}}}},
                  {"honor", {{"why", "w"}, {"watch", {"a"}}}},
                  {"reflect", {{"why", "w"}, {"watch", {"a"}}}},
                  {"reengage", {{"why", "w"}, {"watch", {"a", "b"}}}}}}};
}

} // namespace

TEST_CASE("the shipped facilitator notes cover every step of the program, in its order")
{
    content::ContentLibrary library;
    auto program = shippedProgram(library);
    std::vector<content::Problem> problems;
    const demo::FacilitatorNotes notes = demo::loadFacilitatorNotes(
        demo::facilitatorNotesFile(shippedContent(), "rupture-to-repair", "en"), program.get(), problems);
    for (const auto& p : problems)
        UNSCOPED_INFO(p.toString());
    CHECK(problems.empty());
    REQUIRE(notes.steps.size() == program->steps.size());
    for (std::size_t i = 0; i < notes.steps.size(); ++i) {
        CHECK(notes.steps[i].stepId == program->steps[i].id);
        CHECK_FALSE(notes.steps[i].why.empty());
        CHECK(notes.steps[i].watch.size() >= 3);
    }
}

TEST_CASE("every shipped program has facilitator notes for each of its steps, in every language it ships in")
{
    // Presenter mode follows the program on screen: the ten-minute repair, our cycle and the practices too.
    content::ContentLibrary library;
    REQUIRE(library.addFolder(shippedContent()).ok());
    int checked = 0;
    for (const auto& program : library.programs()) {
        INFO(program->id << " (" << program->locale << ")");
        const auto file = demo::facilitatorNotesFile(shippedContent(), program->id, program->locale);
        CHECK(demo::notesProgramFromFileName(file.filename().string()) == program->id);
        std::vector<content::Problem> problems;
        const demo::FacilitatorNotes notes = demo::loadFacilitatorNotes(file, program.get(), problems);
        for (const auto& p : problems)
            UNSCOPED_INFO(p.toString());
        CHECK(problems.empty());
        CHECK(notes.steps.size() == program->steps.size());
        ++checked;
    }
    CHECK(checked >= 18); // six programs in three languages
    CHECK(demo::notesProgramFromFileName("facilitator-notes.de.json") == "rupture-to-repair");
    CHECK(demo::notesProgramFromFileName("facilitator-notes.our-cycle.de.json") == "our-cycle");
    CHECK(demo::notesProgramFromFileName("notes.de.json").empty());
}

TEST_CASE("facilitator notes with problems are listed with the file and the JSON pointer")
{
    content::ContentLibrary library;
    auto program = shippedProgram(library);

    SECTION("a good document has no problems")
    {
        std::vector<content::Problem> problems;
        demo::readFacilitatorNotes(goodDocument(), "notes.json", program.get(), problems);
        CHECK(problems.empty());
    }
    SECTION("a step of the program without notes")
    {
        json doc = goodDocument();
        doc["steps"].erase("reflect");
        std::vector<content::Problem> problems;
        demo::readFacilitatorNotes(doc, "notes.json", program.get(), problems);
        CHECK(mentions(problems, "/steps", "\"reflect\" has no notes"));
    }
    SECTION("notes for a step the program does not have, and an unknown key")
    {
        json doc = goodDocument();
        doc["steps"]["dance"] = {{"why", "w"}, {"watch", {"a"}}};
        doc["steps"]["honor"]["tips"] = "x";
        std::vector<content::Problem> problems;
        demo::readFacilitatorNotes(doc, "notes.json", program.get(), problems);
        CHECK(mentions(problems, "/steps/dance", "has no step \"dance\""));
        CHECK(mentions(problems, "/steps/honor/tips", "Unknown key"));
        CHECK(problems.front().file == "notes.json");
    }
    SECTION("empty, missing and overlong notes")
    {
        json doc = goodDocument();
        doc["steps"]["acknowledge"]["why"] = "  ";
        doc["steps"]["stabilize"]["watch"] = json::array();
        doc["steps"]["honor"]["watch"] = {std::string(demo::kMaxPointBytes + 1, 'x')};
        doc["steps"]["reflect"].erase("why");
        std::vector<content::Problem> problems;
        demo::readFacilitatorNotes(doc, "notes.json", program.get(), problems);
        CHECK(mentions(problems, "/steps/acknowledge/why", "is empty"));
        CHECK(mentions(problems, "/steps/stabilize/watch", "at least one point"));
        CHECK(mentions(problems, "/steps/honor/watch/0", "keep it short"));
        CHECK(mentions(problems, "/steps/reflect/why", "is required"));
    }
    SECTION("notes for another program, and a wrong format")
    {
        json doc = goodDocument();
        doc["program"] = "something-else";
        doc["format"] = 2;
        std::vector<content::Problem> problems;
        demo::readFacilitatorNotes(doc, "notes.json", program.get(), problems);
        CHECK(mentions(problems, "/program", "not for the program"));
        CHECK(mentions(problems, "/format", "must be 1"));
    }
    SECTION("a file that is not JSON")
    {
        std::vector<content::Problem> problems;
        demo::loadFacilitatorNotes(std::filesystem::path(TEND_SOURCE_DIR) / "README.md", program.get(), problems);
        REQUIRE(problems.size() == 1);
        CHECK(problems.front().message == "The file is not valid JSON.");
    }
}
