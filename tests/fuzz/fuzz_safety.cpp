// Fuzz target for the readers that moved out of the UI: the input is parsed as JSON and handed to the safety check's
// router and validator, the help resources and their validator, the stored-check reader and the presenter notes.
// Whatever the document, none may crash, and a check the validator accepts must route: walking it with every option of
// every question ends. Never writes files.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "tend/demo/FacilitatorNotes.h"
#include "tend/safety/HelpResources.h"
#include "tend/safety/SafetyCheck.h"
#include "tend/safety/SafetyStatus.h"
#include "tend/safety/SafetyValidation.h"

namespace {

void require(bool condition, const char* what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_safety: broken invariant: %s\n", what);
        std::abort();
    }
}

void walk(const tend::safety::SafetyCheck& check)
{
    for (std::size_t pick = 0; pick < 3; ++pick) {
        tend::safety::SafetyCheck::Answers answers;
        int steps = 0;
        for (int i = check.nextQuestion(-1, answers); i >= 0; i = check.nextQuestion(i, answers)) {
            require(++steps <= int(check.questions().size()), "every question is asked at most once");
            const auto& q = check.questions()[std::size_t(i)];
            const auto options = q.value("options", nlohmann::json::array());
            if (options.is_array() && !options.empty() && options[pick % options.size()].is_object())
                answers[q.value("id", std::string())] = options[pick % options.size()].value("id", std::string());
            (void)check.immediateRoute(answers);
        }
        const auto matched = check.matchingRoutes(answers);
        const auto shown = tend::safety::SafetyCheck::shownRoutes(matched);
        require(shown.size() <= matched.size(), "shown routes are among the matched ones");
        (void)tend::safety::SafetyCheck::combinedEffects(matched, 28);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view input(reinterpret_cast<const char*>(data), size);
    const nlohmann::json document = nlohmann::json::parse(input, nullptr, false);
    if (document.is_discarded())
        return 0;

    const auto problems = tend::safety::validateSafetyCheck(document, "fuzz.json");
    tend::safety::SafetyCheck check(document);
    if (problems.empty())
        require(check.isValid() && check.brokenExpressions() == 0, "a valid check has questions and sound guards");
    walk(check);

    (void)tend::safety::validateHelpResources(document, "fuzz.json");
    tend::safety::HelpResources help(document);
    (void)help.lastVerified();
    (void)help.fallback();
    (void)help.directory();
    for (const std::string& code : help.listedCountries()) {
        const auto country = help.country(code);
        (void)tend::safety::HelpResources::resourcesFor(country, {"domestic-abuse", "use-of-harm"});
        (void)help.regionFor(code);
    }

    std::vector<tend::content::Problem> noteProblems;
    (void)tend::demo::readFacilitatorNotes(document, "fuzz.json", nullptr, noteProblems);

    const auto status = tend::safety::statusFromRecord(document);
    (void)status.due(std::chrono::system_clock::time_point{});
    return 0;
}
