#pragma once

#include <filesystem>
#include <string>

#include "tend/common/Result.h"

namespace tend::paths {

/// Creates `dir` (and parents) with owner-only permissions (0700); an existing folder loses group and other
/// rights but never gains any (a read-only folder stays read-only).
Result<void> ensurePrivateDirectory(const std::filesystem::path& dir);

/// Where the running binary really is, given argv[0] (a bare name on PATH, a path, or a symlink).
std::filesystem::path executableLocation(const std::filesystem::path& executable);

/// The content folder shipped with Tend: $TEND_CONTENT_DIR, else ../share/tend/content from the binary
/// (installed, relocated, or in the build tree, where it links to the sources).
std::filesystem::path defaultContentDir(const std::filesystem::path& executable);

/// The data folder when none is given: $TEND_DATA_DIR, else $XDG_DATA_HOME/Tend, else ~/.local/share/Tend.
std::filesystem::path defaultDataDir();

} // namespace tend::paths
