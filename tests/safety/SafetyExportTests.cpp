// The private safety check's answers and outcome never leave the journal: not in a whole-journal export, not in
// either partner's export, not in Markdown, not in a search, whether made in the core or with `tend export`.
#include <catch2/catch.hpp>

#include "../journal/CliRun.h"
#include "../journal/JournalTestSupport.h"
#include "tend/journal/Exchange.h"
#include "tend/reading/Reading.h"

using namespace tend;
using namespace tend::journal;
using namespace tend::journal::testing;

namespace {

// What the app stores for a check that routed to R2, with canaries that would show in any text it reached.
const char* const kRecord =
    R"({"status":"done","routes":["r2"],"answers":{"afraid":"SafetyAnswerCanary4411"},)"
    R"("effects":{"joint":"locked","programs":"calming-only","take_space":"off"},"checked_at":"2026-05-01T18:30:00Z"})";

void addChecks(Journal& j, const Sample& s)
{
    for (const std::string& who : {s.alex, s.sam}) {
        SafetyAnswer answer;
        answer.partnerId = who;
        answer.payload = kRecord;
        REQUIRE(j.addSafetyAnswer(answer));
    }
}

void checkHoldsNoSafetyAnswers(const std::string& text)
{
    INFO(text.substr(0, 400));
    CHECK(text.find("SafetyAnswerCanary4411") == std::string::npos);
    CHECK(text.find("calming-only") == std::string::npos);
    CHECK(text.find("\"r2\"") == std::string::npos);
    CHECK(text.find("feelsSafe") == std::string::npos); // the sample journal's own safety row
}

} // namespace

TEST_CASE("no export holds a safety answer: the whole journal, either partner's, Markdown, a search")
{
    TempDir temp;
    auto opened = Journal::open(temp / "data");
    REQUIRE(opened.ok());
    Journal& j = *opened.journal;
    const Sample s = fillSample(j);
    addChecks(j, s);

    exchange::ExportOptions whole;
    checkHoldsNoSafetyAnswers(exchange::exportJsonText(j, whole).value());
    checkHoldsNoSafetyAnswers(tend::reading::exportMarkdown(j, whole, tend::reading::Reader()).value());
    for (const std::string& who : {s.alex, s.sam}) {
        exchange::ExportOptions mine;
        mine.viewer = Viewer::partner(who);
        checkHoldsNoSafetyAnswers(exchange::exportJsonText(j, mine).value());
        checkHoldsNoSafetyAnswers(tend::reading::exportMarkdown(j, mine, tend::reading::Reader()).value());
    }
    // The format keeps its key, always empty, so `tend import` reads old and new exports alike.
    const auto doc = exchange::exportJson(j, whole).value();
    for (const auto& couple : doc["couples"])
        for (const auto& partner : couple["partners"])
            CHECK(partner["safetyAnswers"].empty());
    CHECK(j.search({"SafetyAnswerCanary4411", Viewer::everything()})->empty());
}

TEST_CASE("tend export, whole journal and per partner, holds no safety answer")
{
    TempDir temp;
    Sample s;
    {
        auto opened = Journal::open(temp / "data");
        REQUIRE(opened.ok());
        s = fillSample(*opened.journal);
        addChecks(*opened.journal, s);
    }
    const std::vector<std::vector<std::string>> exports{
        {"export"}, {"export", "--format", "markdown"}, {"export", "--viewer", s.alex}, {"export", "--viewer", s.sam}};
    for (const auto& words : exports) {
        auto run = runCli(temp / "data", words);
        INFO(run.err);
        REQUIRE(run.code == 0);
        checkHoldsNoSafetyAnswers(run.out);
    }
    auto found = runCli(temp / "data", {"search", "SafetyAnswerCanary4411"});
    CHECK(found.out.find("SafetyAnswerCanary4411") == std::string::npos);
}
