#pragma once
// Paths and version fixed at configure time. They live in one generated translation unit
// (build_info.cpp.in) rather than in compile definitions, so that changing them, or building the
// same sources from another checkout, does not recompile every file (and ccache can share objects).
#include <string_view>

namespace prepl::build {
std::string_view source_dir();  // the checkout this binary was built from
std::string_view data_dir();    // where `cmake --install` puts problems/ and graders/
std::string_view version();
}  // namespace prepl::build
