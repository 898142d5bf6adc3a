// One validator for every content file: `tend validate-content` checks the safety check, the help resources, the
// coach and the presenter notes with file and JSON pointer, and refuses programs in a language without a sound
// safety check. Each test breaks one thing in a copy of the shipped content.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include "SafetyTestSupport.h"
#include "cli/Commands.h"
#include "tend/safety/SafetyValidation.h"
#include "tend/validation/ContentCheck.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace tend;

namespace {

struct Outcome {
    int code = -1;
    std::string out;
    std::string err;
    bool says(const std::string& part) const { return out.find(part) != std::string::npos; }
};

Outcome validate(const fs::path& contentDir)
{
    std::istringstream in;
    std::ostringstream out;
    std::ostringstream err;
    cli::Invocation call{{}, {contentDir.string()}, in, out, err};
    Outcome outcome;
    outcome.code = cli::runValidateContent(call);
    outcome.out = out.str();
    outcome.err = err.str();
    return outcome;
}

/// A private copy of the shipped content, removed at the end.
class ContentCopy {
public:
    ContentCopy()
    {
        static int counter = 0;
        m_root = fs::temp_directory_path() /
                 ("tend-safety-validation-" + std::to_string(::getpid()) + "-" + std::to_string(++counter));
        fs::remove_all(m_root);
        fs::copy(test::shippedContent(), m_root, fs::copy_options::recursive);
    }
    ~ContentCopy() { fs::remove_all(m_root); }
    const fs::path& root() const { return m_root; }
    fs::path safetyFile() const { return m_root / "safety" / "safety-check.en.json"; }
    json read(const fs::path& file) const { return test::loadJsonFile(file); }
    void write(const fs::path& file, const json& document) const { std::ofstream(file) << document.dump(2); }
    void writeText(const fs::path& file, const std::string& text) const { std::ofstream(file) << text; }

private:
    fs::path m_root;
};

int indexOf(const json& array, const std::string& id)
{
    for (std::size_t i = 0; i < array.size(); ++i)
        if (test::field(array[i], "id") == id)
            return int(i);
    return -1;
}

} // namespace

TEST_CASE("the shipped content passes the one validator, safety, help, coach and notes included")
{
    ContentCopy copy;
    const Outcome outcome = validate(copy.root());
    INFO(outcome.out << outcome.err);
    CHECK(outcome.code == 0);
    CHECK(safety::validateSafetyCheck(copy.read(copy.safetyFile()), "s").empty());
    CHECK(safety::validateHelpResources(copy.read(copy.root() / "help" / "resources.json"), "h").empty());
}

TEST_CASE("validate-content exits 1 on a safety check that is `[]`")
{
    ContentCopy copy;
    copy.writeText(copy.safetyFile(), "[]");
    const Outcome outcome = validate(copy.root());
    INFO(outcome.out);
    CHECK(outcome.code == 1);
    CHECK(outcome.says(copy.safetyFile().string() + ": the safety check must be one JSON object"));
    // And every program in English is refused with it: no language without its check and disclaimer.
    CHECK(outcome.says("rupture-to-repair.en.json: refused: there is no sound safety check for \"en\""));
}

TEST_CASE("validate-content exits 1 on a `when` that does not parse, naming the pointer")
{
    ContentCopy copy;
    json check = copy.read(copy.safetyFile());
    const int r2 = indexOf(check["routes"], "r2");
    REQUIRE(r2 >= 0);
    check["routes"][std::size_t(r2)]["when"] = "afraid == \"yes\" or or";
    copy.write(copy.safetyFile(), check);
    const Outcome outcome = validate(copy.root());
    INFO(outcome.out);
    CHECK(outcome.code == 1);
    CHECK(outcome.says(copy.safetyFile().string() + ":/routes/" + std::to_string(r2) + "/when: does not parse"));
}

TEST_CASE("validate-content exits 1 on a route to a missing id, and on a guard naming a missing question")
{
    ContentCopy copy;
    json check = copy.read(copy.safetyFile());
    const int r3 = indexOf(check["routes"], "r3");
    REQUIRE(r3 >= 0);
    check["routes"][std::size_t(r3)]["suppressed_by"] = {"r1", "r9"};
    const int r4 = indexOf(check["routes"], "r4");
    check["routes"][std::size_t(r4)]["when"] = "wish-deed == \"yes\"";
    copy.write(copy.safetyFile(), check);
    const Outcome outcome = validate(copy.root());
    INFO(outcome.out);
    CHECK(outcome.code == 1);
    CHECK(outcome.says(":/routes/" + std::to_string(r3) + "/suppressed_by/1: names a route that does not exist"));
    CHECK(outcome.says(":/routes/" + std::to_string(r4) + "/when: refers to \"wish-deed\""));
}

TEST_CASE("validate-content exits 1 without the disclaimer or with the storage flags changed")
{
    ContentCopy copy;
    json check = copy.read(copy.safetyFile());
    check.erase("disclaimer");
    check["storage"]["export"] = true;
    copy.write(copy.safetyFile(), check);
    const Outcome outcome = validate(copy.root());
    CHECK(outcome.code == 1);
    CHECK(outcome.says(copy.safetyFile().string() + ": \"disclaimer\" is missing"));
    CHECK(outcome.says(":/storage/export: must be false"));
}

TEST_CASE("validate-content checks every help resource for audience, coverage, source and verified date")
{
    ContentCopy copy;
    const fs::path file = copy.root() / "help" / "resources.json";
    json help = copy.read(file);
    help["countries"][0]["resources"][0].erase("audience");
    help["countries"][0]["resources"][1]["verified"] = "last week";
    help["countries"][1]["resources"][0]["source"] = "988.ca";
    copy.write(file, help);
    const Outcome outcome = validate(copy.root());
    INFO(outcome.out);
    CHECK(outcome.code == 1);
    CHECK(outcome.says(file.string() + ":/countries/0/resources/0: \"audience\" is missing"));
    CHECK(outcome.says(":/countries/0/resources/1/verified: must be a date"));
    CHECK(outcome.says(":/countries/1/resources/0/source: must be the service's own page"));
}

TEST_CASE("validate-content checks the coach file and the presenter notes with their pointers")
{
    ContentCopy copy;
    const fs::path coach = copy.root() / "coach" / "coach.en.json";
    json c = copy.read(coach);
    c["safety"].erase("note");
    copy.write(coach, c);
    const fs::path notes = copy.root() / "presenter" / "facilitator-notes.en.json";
    json n = copy.read(notes);
    n["format"] = 7;
    copy.write(notes, n);
    const Outcome outcome = validate(copy.root());
    INFO(outcome.out);
    CHECK(outcome.code == 1);
    CHECK(outcome.says(coach.string() + ":/safety: "));
    CHECK(outcome.says(notes.string()));
}

TEST_CASE("validate-content checks both coach models as the app loads them")
{
    for (const char* name : {"model.en.json", "safety-model.en.json"}) {
        INFO(name);
        ContentCopy copy;
        const fs::path model = copy.root() / "coach" / name;
        copy.writeText(model, "[]");
        const Outcome broken = validate(copy.root());
        INFO(broken.out);
        CHECK(broken.code == 1);
        CHECK(broken.says(model.string() + ":/kind: "));
        fs::remove(copy.root() / "coach" / "coach.en.json");
        const Outcome alone = validate(copy.root());
        CHECK(alone.code == 1);
        CHECK(alone.says("needs its coach file beside it"));
    }
}

TEST_CASE("a program in a language without its own safety check is refused with a clear message")
{
    ContentCopy copy;
    fs::copy_file(copy.root() / "programs" / "express-dont-describe.en.json",
                  copy.root() / "programs" / "express-dont-describe.fr.json");
    const Outcome outcome = validate(copy.root());
    INFO(outcome.out);
    CHECK(outcome.code == 1);
    CHECK(outcome.says("express-dont-describe.fr.json: refused: there is no sound safety check for \"fr\""));
    CHECK(validation::safetyCheckProblems(copy.root(), "en").empty());
    CHECK_FALSE(validation::safetyCheckProblems(copy.root(), "fr").empty());
}
