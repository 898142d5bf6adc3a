// The repair-attempts ledger read back: per partner, attempts made and taken, over a period.
#include <catch2/catch.hpp>

#include "tend/modes/RepairAttempts.h"

using namespace tend;

TEST_CASE("attempts are tallied per partner since a date, taken ones counted apart, strangers and bad times left out")
{
    auto attempt = [](const char* by, bool taken, const char* at) {
        journal::RepairAttempt a;
        a.id = journal::newId();
        a.coupleId = "c";
        if (by)
            a.madeBy = std::string(by);
        a.taken = taken;
        a.notedAt = at;
        return a;
    };
    const std::vector<journal::RepairAttempt> noted = {attempt("sam", true, "2026-11-30T20:00:00.000Z"),
                                                       attempt("sam", false, "2026-12-01T08:00:00Z"),
                                                       attempt("alex", true, "2026-12-02T19:00:00.000Z"),
                                                       attempt("sam", true, "2026-10-01T10:00:00.000Z"),
                                                       attempt(nullptr, true, "2026-12-02T19:00:00.000Z"),
                                                       attempt("kim", true, "2026-12-02T19:00:00.000Z"),
                                                       attempt("alex", true, "not a time")};
    const auto recent = modes::tallyAttempts(noted, {"sam", "alex"}, "2026-11-07T00:00:00Z");
    REQUIRE(recent.size() == 2);
    CHECK(recent[0].partnerId == "sam");
    CHECK(recent[0].made == 2); // October's is before the period
    CHECK(recent[0].taken == 1);
    CHECK(recent[1].made == 1);
    CHECK(recent[1].taken == 1);
    const auto all = modes::tallyAttempts(noted, {"alex", "sam"}, "");
    CHECK(all[0].made == 2); // every time counts when no period is asked, even one that cannot be read
    CHECK(all[1].made == 3);
    CHECK(all[1].taken == 2);
}
