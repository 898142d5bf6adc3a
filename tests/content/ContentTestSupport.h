#pragma once
// Helpers for the content tests: the fixture folder and scratch copies of it that tests may break.

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

namespace tend::test {

inline std::filesystem::path sourceDir()
{
    return TEND_SOURCE_DIR;
}
inline std::filesystem::path fixtureDir()
{
    return sourceDir() / "tests/data/content/good";
}

inline std::string readText(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

inline void writeText(const std::filesystem::path& file, const std::string& text)
{
    std::filesystem::create_directories(file.parent_path());
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << text;
}

inline nlohmann::json readJson(const std::filesystem::path& file)
{
    return nlohmann::json::parse(readText(file));
}

/// A fresh copy of the fixture content folder under the system temp folder, removed on destruction.
class ScratchContent {
public:
    ScratchContent()
    {
        std::random_device device;
        m_root = std::filesystem::temp_directory_path() / ("tend-content-" + std::to_string(device()));
        std::filesystem::remove_all(m_root);
        std::filesystem::copy(fixtureDir(), m_root, std::filesystem::copy_options::recursive);
    }
    ~ScratchContent()
    {
        std::error_code ec;
        std::filesystem::remove_all(m_root, ec);
    }
    ScratchContent(const ScratchContent&) = delete;
    ScratchContent& operator=(const ScratchContent&) = delete;

    const std::filesystem::path& root() const { return m_root; }
    std::filesystem::path program() const { return m_root / "programs/fixture-repair.en.json"; }
    std::filesystem::path regulation() const { return m_root / "practices/regulation.en.json"; }

    nlohmann::json programJson() const { return readJson(program()); }
    void writeProgram(const nlohmann::json& json) const { writeText(program(), json.dump(2)); }

private:
    std::filesystem::path m_root;
};

} // namespace tend::test
