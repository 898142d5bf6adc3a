// `tend report` as a person runs it: the real executable writes a PDF, and pdftotext reads it back.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "support/TempDir.h"
#include "tend/demo/DemoJournal.h"

namespace fs = std::filesystem;
using tend::test::TempDir;

namespace {

struct Ran {
    int code = -1;
    std::string output;
};

Ran shell(const std::string& command)
{
    Ran ran;
    FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
    REQUIRE(pipe);
    std::array<char, 4096> buffer{};
    while (std::size_t n = std::fread(buffer.data(), 1, buffer.size(), pipe))
        ran.output.append(buffer.data(), n);
    const int status = ::pclose(pipe);
    ran.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return ran;
}

std::string quoted(const fs::path& path)
{
    return "'" + path.string() + "'";
}

std::string tendCommand(const std::string& words)
{
    return std::string("env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM ") + quoted(TEND_EXE) + " --content-dir " +
           quoted(fs::path(TEND_SOURCE_DIR) / "content") + " " + words;
}

std::string pdfText(const fs::path& pdf)
{
    const Ran text = shell("pdftotext -enc UTF-8 " + quoted(pdf) + " -");
    INFO(text.output);
    REQUIRE(text.code == 0);
    // pdftotext breaks lines where the page does; compare words with single spaces.
    std::string out;
    for (char c : text.output)
        out.push_back(c == '\n' || c == '\f' ? ' ' : c);
    std::string squeezed;
    for (char c : out)
        if (!(c == ' ' && !squeezed.empty() && squeezed.back() == ' '))
            squeezed.push_back(c);
    return squeezed;
}

std::string firstLine(const std::string& text)
{
    return text.substr(0, std::min<std::size_t>(text.find('\n'), 40));
}

} // namespace

TEST_CASE("tend --demo report writes a PDF with the couple's names and readable answers, and no private or safety "
          "answer")
{
    TempDir temp;
    const fs::path pdf = temp / "r.pdf";
    const Ran ran = shell(tendCommand("--demo report --from 2026-01-01 --to 2026-12-31 --out " + quoted(pdf)));
    INFO(ran.output);
    REQUIRE(ran.code == 0);
    CHECK(ran.output.find("QStandardPaths") == std::string::npos); // Qt's platform notes are not shown
    struct stat info {};
    REQUIRE(::stat(pdf.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    const std::string text = pdfText(pdf);
    INFO(text.substr(0, 3000));
    CHECK(text.find("Sam") != std::string::npos);
    CHECK(text.find("Alex") != std::string::npos);
    CHECK(text.find("Our repairs with Tend") != std::string::npos);

    // The demo journal the command read (same content, same seed): its shared written answers are in the report,
    // its private ones are not.
    auto demo = tend::demo::openDemoJournal(fs::path(TEND_SOURCE_DIR) / "content");
    REQUIRE(demo);
    auto sessions = demo->journal->sessionList();
    REQUIRE(sessions);
    int sharedFound = 0;
    int privateChecked = 0;
    for (const auto& summary : *sessions) {
        if (summary.session.startedAt < "2026-01-01" || summary.session.startedAt >= "2027-01-01")
            continue;
        auto entries = demo->journal->entries(summary.session.id, tend::journal::Viewer::everything());
        REQUIRE(entries);
        for (const auto& e : *entries) {
            const auto payload = nlohmann::json::parse(e.payload, nullptr, false);
            if (!payload.is_object() || !payload.contains("text") || !payload["text"].is_string())
                continue;
            const std::string words = firstLine(payload["text"].get<std::string>());
            if (words.size() < 12)
                continue;
            if (e.visibility == tend::journal::Visibility::Private) {
                ++privateChecked;
                CHECK(text.find(words) == std::string::npos);
            } else if (text.find(words) != std::string::npos) {
                ++sharedFound;
            }
        }
    }
    CHECK(privateChecked > 0);
    CHECK(sharedFound > 10);

    // Nothing of the safety check: none of its questions, and no word of a route.
    std::ifstream file(fs::path(TEND_SOURCE_DIR) / "content" / "safety" / "safety-check.en.json");
    const auto safety = nlohmann::json::parse(file);
    for (const auto& question : safety["questions"])
        CHECK(text.find(question["text"].get<std::string>()) == std::string::npos);
    for (const auto& id : {"danger-now", "r1", "r2", "\"selected\"", "give-voice"})
        CHECK(text.find(id) == std::string::npos);
}

TEST_CASE("tend report: usage errors are clear and write nothing")
{
    TempDir temp;
    const fs::path pdf = temp / "r.pdf";
    for (const std::string& words :
         {std::string("--demo report"), "--demo report --from 2026-13-01 --out " + quoted(pdf),
          "--demo report --partner Nobody --out " + quoted(pdf),
          "--demo report --partner Sam --couple --out " + quoted(pdf),
          "--demo report --agreed Nobody --out " + quoted(pdf)}) {
        const Ran ran = shell(tendCommand(words));
        INFO(words << "\n" << ran.output);
        CHECK(ran.code == 2);
        CHECK(ran.output.find("tend report:") != std::string::npos);
        CHECK_FALSE(fs::exists(pdf));
    }
    // A folder with no journal: a clear sentence, exit 1, no file.
    const Ran empty = shell(tendCommand("--data-dir " + quoted(temp / "none") + " report --out " + quoted(pdf)));
    INFO(empty.output);
    CHECK(empty.code == 1);
    CHECK(empty.output.find("nothing to report") != std::string::npos);
    CHECK_FALSE(fs::exists(pdf));
}

TEST_CASE("tend --demo report --partner: one partner's own answers only")
{
    TempDir temp;
    const fs::path pdf = temp / "sam.pdf";
    const Ran ran = shell(tendCommand("--demo report --partner Sam --out " + quoted(pdf)));
    INFO(ran.output);
    REQUIRE(ran.code == 0);
    const std::string text = pdfText(pdf);
    CHECK(text.find("Sam's own answers") != std::string::npos);
    CHECK(text.find("Alex:") == std::string::npos); // no dialogue line of Alex's
}

TEST_CASE("tend report on a protected journal: refused without its passphrase and with a wrong one, then written "
          "when the right one is given")
{
    TempDir temp;
    const fs::path data = temp / "data";
    const fs::path exported = temp / "demo.json";
    const fs::path right = temp / "right";
    const fs::path wrong = temp / "wrong";
    const fs::path pdf = temp / "r.pdf";
    for (const auto& [file, words] : {std::pair{right, "long pass phrase"}, std::pair{wrong, "not the phrase"}}) {
        std::ofstream(file) << words << '\n';
        ::chmod(file.c_str(), 0600);
    }
    const Ran made = shell(tendCommand("--demo export --out " + quoted(exported)));
    INFO(made.output);
    REQUIRE(made.code == 0);
    const Ran imported = shell(tendCommand("--data-dir " + quoted(data) + " import " + quoted(exported) +
                                           " --passphrase-file " + quoted(right)));
    INFO(imported.output);
    REQUIRE(imported.code == 0);

    const std::string report =
        "--data-dir " + quoted(data) + " report --couple --agreed Sam,Alex --out " + quoted(pdf) + " < /dev/null";
    const Ran locked = shell(tendCommand(report));
    INFO(locked.output);
    CHECK(locked.code == 1);
    CHECK(locked.output.find("protected") != std::string::npos);
    CHECK_FALSE(fs::exists(pdf));

    const Ran refused = shell(tendCommand(report) + " --passphrase-file " + quoted(wrong));
    INFO(refused.output);
    CHECK(refused.code == 1);
    CHECK(refused.output.find("Nothing was changed") != std::string::npos);
    CHECK_FALSE(fs::exists(pdf));

    const Ran written = shell(tendCommand(report) + " --passphrase-file " + quoted(right));
    INFO(written.output);
    REQUIRE(written.code == 0);
    const std::string text = pdfText(pdf);
    CHECK(text.find("Sam") != std::string::npos);
    CHECK(text.find("Alex") != std::string::npos);
}
