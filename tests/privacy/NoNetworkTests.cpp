// T24: the built tend binary links no network library. `ldd` lists every shared library the dynamic loader would
// map, including indirect ones, so a dependency pulled in by a dependency is caught too.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <memory>
#include <string>

#ifndef TEND_BINARY
#error "TEND_BINARY must name the built tend executable"
#endif

namespace {

std::string capture(const std::string& command)
{
    std::string out;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
    REQUIRE(pipe);
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), int(buffer.size()), pipe.get()))
        out += buffer.data();
    return out;
}

} // namespace

TEST_CASE("ldd on the tend binary lists no network library", "[privacy][network]")
{
    const std::string listing = capture("ldd '" + std::string(TEND_BINARY) + "' 2>&1");
    INFO(listing);
    // A sanity check that ldd really listed the binary's libraries.
    REQUIRE(listing.find("libQt6Core") != std::string::npos);
    REQUIRE(listing.find("libQt6Widgets") != std::string::npos); // (SQLite and libsodium are linked in statically)
    // What counts as a network library: anything whose purpose is talking to other machines — Qt's network module,
    // HTTP / URL clients, TLS stacks (only useful for connections), socket and messaging frameworks, DNS resolvers
    // beyond libc, and desktop network stacks. Plain libc socket calls cannot be excluded by ldd; the local
    // single-instance socket is an AF_UNIX socket (see docs/privacy.md).
    const char* forbidden[] = {"libQt6Network", "libcurl",  "libssl",  "libgnutls",        "libnghttp",
                               "libssh",        "libsoup",  "libzmq",  "libwebsockets",    "libmicrohttpd",
                               "libresolv",     "libcares", "libpsl",  "libQt6WebSockets", "libQt6WebEngine",
                               "libldap",       "librtmp",  "libnss3", "libgssapi"};
    for (const char* name : forbidden) {
        INFO(name);
        CHECK(listing.find(name) == std::string::npos);
    }
}
