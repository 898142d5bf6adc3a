#include <filesystem>
#include <fstream>
#include <string>

#include <catch2/catch.hpp>
#include <sys/stat.h>
#include <unistd.h>

#include "support/TempDir.h"
#include "tend/crypto/PassphraseFile.h"

using namespace tend::crypto;
namespace fs = std::filesystem;

namespace {

using tend::test::TempDir;

} // namespace

TEST_CASE("A passphrase file loses exactly one trailing newline", "[crypto][passfile]")
{
    TempDir dir;
    auto plain = readPassphraseFile(dir.write("a", "correct horse"));
    REQUIRE(plain.ok());
    CHECK(plain->view() == "correct horse");
    CHECK(readPassphraseFile(dir.write("b", "correct horse\n"))->view() == "correct horse");
    CHECK(readPassphraseFile(dir.write("c", "correct horse\r\n"))->view() == "correct horse");
    CHECK(readPassphraseFile(dir.write("d", "two\n\n"))->view() == "two\n");
    CHECK(readPassphraseFile(dir.write("e", "  spaced  \n"))->view() == "  spaced  ");
    CHECK(readPassphraseFile(dir.write("f", std::string("nul\0byte", 8)))->view() == std::string_view("nul\0byte", 8));
    CHECK(readPassphraseFile(dir.write("g", "r\xC3\xA9sum\xC3\xA9"))->view() == "r\xC3\xA9sum\xC3\xA9");
}

TEST_CASE("Empty, missing, oversized or shared passphrase files are refused", "[crypto][passfile]")
{
    TempDir dir;
    CHECK(readPassphraseFile(dir.write("empty", "")).code() == ErrorCode::InvalidInput);
    CHECK(readPassphraseFile(dir.write("newline", "\n")).code() == ErrorCode::InvalidInput);
    CHECK(readPassphraseFile(dir.write("crlf", "\r\n")).code() == ErrorCode::InvalidInput);
    CHECK(readPassphraseFile(dir.path() / "missing").code() == ErrorCode::Io);
    CHECK(readPassphraseFile(dir.path()).code() == ErrorCode::InvalidInput);
    CHECK(readPassphraseFile(dir.write("big", std::string(64 * 1024 + 1, 'x'))).code() == ErrorCode::InvalidInput);
    CHECK(readPassphraseFile(dir.write("limit", std::string(64 * 1024, 'x'))).ok());

    auto shared = readPassphraseFile(dir.write("shared", "secret", 0644));
    REQUIRE_FALSE(shared.ok());
    CHECK(shared.code() == ErrorCode::InsecureFile);
    CHECK(shared.error().message.find("chmod 600") != std::string::npos);
    CHECK(shared.error().message.find("secret") == std::string::npos);
    CHECK(readPassphraseFile(dir.write("group", "secret", 0640)).code() == ErrorCode::InsecureFile);
    CHECK(readPassphraseFile(dir.write("owner-only", "secret", 0400)).ok());
}

TEST_CASE("A passphrase can come through a pipe", "[crypto][passfile]")
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const std::string text = "piped passphrase\n";
    REQUIRE(::write(fds[1], text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    ::close(fds[1]);
    auto read = readPassphraseFile("/dev/fd/" + std::to_string(fds[0]));
    ::close(fds[0]);
    REQUIRE(read.ok());
    CHECK(read->view() == "piped passphrase");
    CHECK(read->readOnly());
}
