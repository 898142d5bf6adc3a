#pragma once

#include <filesystem>
#include <string>

#include "tend/common/Result.h"

namespace tend::paths {

/// Creates `dir` (and parents) with owner-only permissions (0700); an existing folder loses group and other
/// rights but never gains any (a read-only folder stays read-only).
Result<void> ensurePrivateDirectory(const std::filesystem::path& dir);

/// The content folder shipped with Tend: $TEND_CONTENT_DIR, then next to the binary
/// (../share/tend/content, ../../content for a build tree), then the source tree.
std::filesystem::path defaultContentDir(const std::filesystem::path& executable);

/// The data folder when none is given: $TEND_DATA_DIR, else $XDG_DATA_HOME/Tend, else ~/.local/share/Tend.
std::filesystem::path defaultDataDir();

} // namespace tend::paths
