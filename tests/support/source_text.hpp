#pragma once
// Reading files of the checkout and looking for text in them, for tests that grade the bundled
// bank's own files or check messages.
#include <fstream>
#include <sstream>
#include <string>

#include "build_info.hpp"

namespace prepl::test {

inline bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The text of `relative` (a path from the checkout's root), or "" when it cannot be read.
inline std::string source_file(const std::string& relative) {
    std::ifstream in(std::string(prepl::build::source_dir()) + "/" + relative);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace prepl::test
