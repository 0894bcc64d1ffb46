#include "repl/terminal_output.hpp"

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace prepl::repl {

bool want_color(std::string_view mode) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* term = std::getenv("TERM");
    return ::isatty(1) && !std::getenv("NO_COLOR") && !(term && std::string_view(term) == "dumb");
}

void print(const std::string& text) {
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

}  // namespace prepl::repl
