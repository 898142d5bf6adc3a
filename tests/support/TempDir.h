#pragma once
// One temporary folder for every test: private (0700, from mkdtemp), removed with everything in it at the end,
// even when a permission test left read-only folders behind.

#include <sys/types.h>

#include <filesystem>
#include <string>

namespace tend::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path operator/(const std::string& name) const { return m_path / name; }
    /// Writes `content` to `name` in the folder with the given permissions and returns its path.
    std::filesystem::path write(const std::string& name, const std::string& content, mode_t mode = 0600) const;

private:
    std::filesystem::path m_path;
};

} // namespace tend::test
