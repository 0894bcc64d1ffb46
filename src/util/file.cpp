#include "util/file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>

namespace prepl::util {

Result<std::string> read_file(const std::filesystem::path& path) {
    std::stringstream buffer;
    if (path == "-") {
        buffer << std::cin.rdbuf();
        return buffer.str();
    }
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return fail(Error::invalid(path.string() + ": is a directory, not a file"));
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail(Error::io_failure(path.string() + ": cannot open: " + std::strerror(errno)));
    buffer << in.rdbuf();
    if (in.bad()) return fail(Error::io_failure(path.string() + ": read failed"));
    return buffer.str();
}

}  // namespace prepl::util
