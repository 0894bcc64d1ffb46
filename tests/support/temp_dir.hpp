#pragma once
// A fresh directory under the system temp dir, removed with everything in it on destruction.
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>

namespace prepl::test {

class TempDir {
public:
    TempDir() {
        std::random_device rd;
        m_path = std::filesystem::temp_directory_path() / ("prepl-test-" + std::to_string(rd()) + std::to_string(rd()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& path() const { return m_path; }

    // Writes `content` to path()/relative, creating parent folders.
    std::filesystem::path write(const std::string& relative, std::string_view content) const {
        const auto file = m_path / relative;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << content;
        return file;
    }

private:
    std::filesystem::path m_path;
};

}  // namespace prepl::test
