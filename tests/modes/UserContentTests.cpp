// The user content folder: therapists' own programs load after a fresh scan; broken files are listed
// with the validator's messages instead.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "ModesTestSupport.h"
#include "tend/modes/UserContent.h"

using namespace tend;
using namespace tend::modes;
using namespace tend::modes::test;
namespace fs = std::filesystem;

namespace {

fs::path sample(const std::string& name)
{
    return dataDir() / "user-content" / name;
}

void write(const fs::path& file, const std::string& text)
{
    std::ofstream out(file, std::ios::binary);
    out << text;
}

std::string read(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

TEST_CASE("a missing user content folder is an empty scan and is not created", "[user-content]")
{
    TempDir data;
    auto scan = scanUserContent(data.path(), contentDir());
    CHECK_FALSE(scan.folderExists);
    CHECK(scan.folder == data.path() / "content" / "programs");
    CHECK(scan.programs.empty());
    CHECK(scan.rejected.empty());
    CHECK(fs::is_empty(data.path()));
}

TEST_CASE("one good and one broken program: the good one loads, the broken one is listed", "[user-content]")
{
    TempDir data;
    const fs::path folder = userProgramsFolder(data.path());
    fs::create_directories(folder);
    fs::copy_file(sample("short-pause.en.json"), folder / "short-pause.en.json");
    fs::copy_file(sample("broken-flow.en.json"), folder / "broken-flow.en.json");
    write(folder / "notes.txt", "not a program");
    write(folder / ".short-pause.en.json.swp", "{");
    fs::create_directories(folder / "old");
    fs::copy_file(sample("broken-flow.en.json"), folder / "old" / "broken-flow.en.json");

    UserContent user(data.path(), contentDir());
    CHECK(user.current().programs.empty()); // nothing until the first scan
    const UserContentScan& scan = user.reload();
    CHECK(scan.folderExists);
    REQUIRE(scan.programs.size() == 1);
    CHECK(scan.programs.front()->id == "short-pause");
    CHECK(scan.programs.front()->findCard("breathe") != nullptr);
    CHECK(user.program("short-pause", "en") == scan.programs.front());
    CHECK(user.program("short-pause", "de") == nullptr);

    REQUIRE(scan.rejected.size() == 1);
    const RejectedFile& broken = scan.rejected.front();
    CHECK(broken.file.filename() == "broken-flow.en.json");
    REQUIRE_FALSE(broken.problems.empty());
    std::string all;
    for (const auto& problem : broken.problems) {
        CHECK(problem.file == broken.file.string());
        CHECK_FALSE(problem.message.empty());
        all += problem.toString() + "\n";
    }
    INFO(all);
    CHECK(all.find("nowhere") != std::string::npos);
    CHECK(all.find("sparkle") != std::string::npos);
    CHECK(all.find("no-such-pattern") != std::string::npos);
}

TEST_CASE("a reload is a fresh scan", "[user-content]")
{
    TempDir data;
    const fs::path folder = userProgramsFolder(data.path());
    fs::create_directories(folder);
    UserContent user(data.path(), contentDir());
    CHECK(user.reload().programs.empty());

    // A fixed version of the broken file, under its own id, appears after the next reload.
    std::string fixedText = read(sample("short-pause.en.json"));
    fixedText.replace(fixedText.find("\"short-pause\""), 13, "\"mended-flow\"");
    write(folder / "mended-flow.en.json", fixedText);
    fs::copy_file(sample("broken-flow.en.json"), folder / "broken-flow.en.json");
    auto scan = user.reload();
    CHECK(scan.programs.size() == 1);
    CHECK(scan.rejected.size() == 1);

    fs::remove(folder / "broken-flow.en.json");
    scan = user.reload();
    CHECK(scan.programs.size() == 1);
    CHECK(scan.rejected.empty());

    fs::remove(folder / "mended-flow.en.json");
    CHECK(user.reload().programs.empty());
}

TEST_CASE("a user program may not take the id of a shipped one or of another user file", "[user-content]")
{
    TempDir data;
    const fs::path folder = userProgramsFolder(data.path());
    fs::create_directories(folder);
    fs::copy_file(contentDir() / "programs" / "rupture-to-repair.en.json", folder / "rupture-to-repair.en.json");
    fs::copy_file(sample("short-pause.en.json"), folder / "short-pause.en.json");
    auto scan = scanUserContent(data.path(), contentDir());
    REQUIRE(scan.programs.size() == 1);
    CHECK(scan.programs.front()->id == "short-pause");
    REQUIRE(scan.rejected.size() == 1);
    CHECK(scan.rejected.front().file.filename() == "rupture-to-repair.en.json");
    CHECK(scan.rejected.front().problems.front().message.find("comes with Tend") != std::string::npos);
}

TEST_CASE("files that are not JSON, or too deep, are refused with a reason", "[user-content]")
{
    TempDir data;
    const fs::path folder = userProgramsFolder(data.path());
    fs::create_directories(folder);
    write(folder / "half-written.en.json", "{\"format\": 1, \"id\": ");
    write(folder / "deep.en.json", std::string(500, '[') + std::string(500, ']'));
    write(folder / "empty.en.json", "");
    auto scan = scanUserContent(data.path(), contentDir());
    CHECK(scan.programs.empty());
    REQUIRE(scan.rejected.size() == 3);
    for (const auto& rejected : scan.rejected)
        CHECK_FALSE(rejected.problems.empty());
}
