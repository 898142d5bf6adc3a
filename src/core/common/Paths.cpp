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

fs::path defaultContentDir(const fs::path& executable)
{
    if (const char* env = std::getenv("TEND_CONTENT_DIR"); env && *env)
        return env;
    std::error_code ec;
    const fs::path binDir = executable.has_parent_path() ? executable.parent_path() : fs::current_path(ec);
    for (const fs::path& candidate : {binDir / "../share/tend/content", binDir / "../../content"}) {
        if (fs::is_directory(candidate / "programs", ec))
            return fs::weakly_canonical(candidate, ec);
    }
#ifdef TEND_SOURCE_CONTENT_DIR
    return TEND_SOURCE_CONTENT_DIR;
#else
    return binDir / "content";
#endif
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
