#include <algorithm>
#include <cctype>
#include <string>

#include <catch2/catch.hpp>

#include "tend/crypto/RecoveryKey.h"

using namespace tend::crypto;

TEST_CASE("A recovery key prints as 14 groups of four and parses back", "[crypto][recovery]")
{
    auto key = recovery::generate();
    REQUIRE(key.ok());
    auto text = recovery::format(*key);
    REQUIRE(text.ok());
    const std::string printed(text->view());
    CHECK(printed.size() == 56 + 13);
    CHECK(std::count(printed.begin(), printed.end(), '-') == 13);
    for (std::size_t i = 4; i < printed.size(); i += 5)
        CHECK(printed[i] == '-');
    CHECK(printed.find_first_of("ILOU") == std::string::npos);

    auto parsed = recovery::parse(printed);
    REQUIRE(parsed.ok());
    CHECK(parsed->equals(key->bytes()));
}

TEST_CASE("Reading a recovery key forgives case, spacing and look-alikes", "[crypto][recovery]")
{
    auto key = recovery::generate();
    REQUIRE(key.ok());
    auto text = recovery::format(*key);
    REQUIRE(text.ok());
    std::string typed(text->view());
    std::replace(typed.begin(), typed.end(), '-', ' ');
    std::transform(typed.begin(), typed.end(), typed.begin(), [](unsigned char c) { return std::tolower(c); });
    // A person may read 1 as l or I and 0 as O.
    for (char& c : typed) {
        if (c == '1')
            c = 'l';
        else if (c == '0')
            c = 'O';
    }
    auto parsed = recovery::parse("  " + typed + "\n");
    REQUIRE(parsed.ok());
    CHECK(parsed->equals(key->bytes()));
}

TEST_CASE("A recovery key with a typo or the wrong length is caught", "[crypto][recovery]")
{
    auto key = recovery::generate();
    REQUIRE(key.ok());
    auto text = recovery::format(*key);
    REQUIRE(text.ok());
    const std::string printed(text->view());

    std::string typo = printed;
    typo[0] = typo[0] == 'A' ? 'B' : 'A';
    auto bad = recovery::parse(typo);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.code() == ErrorCode::InvalidInput);
    CHECK(bad.error().message.find("typo") != std::string::npos);

    CHECK(recovery::parse(printed.substr(0, printed.size() - 1)).code() == ErrorCode::InvalidInput);
    CHECK(recovery::parse(printed + "A").code() == ErrorCode::InvalidInput);
    CHECK(recovery::parse("").code() == ErrorCode::InvalidInput);
    std::string foreign = printed;
    foreign[0] = 'U';
    CHECK(recovery::parse(foreign).code() == ErrorCode::InvalidInput);
    CHECK(recovery::format(SecureBytes()).code() == ErrorCode::InvalidInput);
}
