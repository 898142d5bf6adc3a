#include <catch2/catch.hpp>

#include <string>

#include "tend/common/Result.h"

using tend::Error;
using tend::Result;

namespace {
Result<int> half(int n)
{
    if (n % 2)
        return tend::makeError("odd number");
    return n / 2;
}
} // namespace

TEST_CASE("Result carries either a value or an error")
{
    auto good = half(8);
    REQUIRE(good.ok());
    CHECK(*good == 4);

    auto bad = half(3);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message == "odd number");

    Result<void> done;
    CHECK(done.ok());
    Result<void> failed = Error{"nope"};
    CHECK_FALSE(failed.ok());
    CHECK(failed.error().message == "nope");
}
