#include <catch2/catch.hpp>
#include <sys/wait.h>
#include <unistd.h>

#include "tend/crypto/ProcessHygiene.h"

using namespace tend::crypto;

TEST_CASE("Core dumps can be turned off", "[crypto][hygiene]")
{
    // In a child, so the test runner itself stays debuggable.
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        const bool wasOff = coreDumpsDisabled();
        const bool ok = disableCoreDumps().ok();
        const int code = (!wasOff && ok && coreDumpsDisabled()) ? 0 : 1;
        ::_exit(code);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
}
