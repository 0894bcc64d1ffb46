#pragma once
#include <filesystem>
#include <string>

#include "util/error.hpp"

namespace prepl::util {

// Whole file as bytes; "-" reads standard input. The error names the path and the OS reason.
Result<std::string> read_file(const std::filesystem::path& path);

}  // namespace prepl::util
