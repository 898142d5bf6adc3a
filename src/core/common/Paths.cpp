#include "tend/common/Paths.h"

#include <cstdlib>
#include <system_error>

namespace tend::paths {
namespace fs = std::filesystem;

Result<void> ensurePrivateDirectory(const fs::path& dir)
{
    std::error_code ec;
    if (!fs::exists(dir, ec)) {
        fs::create_directories(dir, ec);
        if (!ec)
            fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
    }
    if (ec)
        return makeError("Cannot create the folder " + dir.string() + ": " + ec.message());
    // Tighten only: take away what others may do, never give the owner a right they had taken away. A folder the
    // person made read-only stays read-only (the journal then opens read-only).
    const auto current = fs::status(dir, ec).permissions();
    if (ec)
        return makeError("Cannot read the permissions of " + dir.string() + ": " + ec.message());
    const auto tightened = current & fs::perms::owner_all;
    if (tightened != current) {
        fs::permissions(dir, tightened, fs::perm_options::replace, ec);
        if (ec)
            return makeError("Cannot make the folder " + dir.string() + " private: " + ec.message());
    }
    return {};
}

fs::path executableLocation(const fs::path& executable)
{
    std::error_code ec;
    // argv[0] is a bare name when the shell found Tend on PATH; the kernel knows where the binary really is.
    if (!executable.has_parent_path()) {
        if (fs::path self = fs::read_symlink("/proc/self/exe", ec); !ec)
            return self;
    }
    // Through a symlink (/usr/local/bin/tend -> /opt/tend/bin/tend) the content lies beside the real file.
    const fs::path real = fs::canonical(executable, ec);
    return ec ? executable : real;
}

fs::path defaultContentDir(const fs::path& executable)
{
    if (const char* env = std::getenv("TEND_CONTENT_DIR"); env && *env)
        return env;
    // One rule for an installed Tend, a relocated one and the build tree (whose share/tend/content is a link
    // to the sources): the content is in ../share/tend/content from the binary. No build path is compiled in.
    const fs::path content = executableLocation(executable).parent_path() / ".." / "share" / "tend" / "content";
    std::error_code ec;
    const fs::path resolved = fs::weakly_canonical(content, ec);
    return ec ? content.lexically_normal() : resolved;
}

fs::path defaultDataDir()
{
    if (const char* env = std::getenv("TEND_DATA_DIR"); env && *env)
        return env;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        return fs::path(xdg) / "Tend";
    if (const char* home = std::getenv("HOME"); home && *home)
        return fs::path(home) / ".local/share/Tend";
    return fs::current_path() / "Tend";
}

} // namespace tend::paths
