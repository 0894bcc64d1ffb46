#include "repl/terminal_output.hpp"

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

#include "util/terminal_text.hpp"

namespace prepl::repl {

bool want_color(std::string_view mode) {
    if (mode == "always") return true;
    if (mode == "never") return false;
    const char* term = std::getenv("TERM");
    return ::isatty(1) && !std::getenv("NO_COLOR") && !(term && std::string_view(term) == "dumb");
}

void print(const std::string& text) {
    // The shell's output boundary: answers, banks and graders reach it inside messages, so
    // control characters are escaped here; only prepl's own colour codes pass.
    const std::string safe = util::escape_output(text);
    std::fwrite(safe.data(), 1, safe.size(), stdout);
    std::fflush(stdout);
}

}  // namespace prepl::repl
