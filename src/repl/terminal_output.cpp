#include "repl/terminal_output.hpp"

#include <cstdio>
#include <cstdlib>
#include <csignal>
#include <string>
#include <sys/ioctl.h>
#include <sys/wait.h>
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

std::size_t terminal_rows() {
    struct winsize size {};
    if (::ioctl(1, TIOCGWINSZ, &size) == 0 && size.ws_row > 0) return size.ws_row;
    if (const char* env = std::getenv("LINES"); env && std::atoi(env) > 0) return static_cast<std::size_t>(std::atoi(env));
    return 0;
}

void print_paged(const std::string& text, std::size_t screen_rows) {
    std::size_t lines = 0;
    for (char c : text) lines += c == '\n';
    const char* env = std::getenv("PAGER");
    const std::string pager = env ? env : "less -FRX";
    if (screen_rows == 0 || lines + 1 < screen_rows || pager.empty()) {
        print(text);
        return;
    }
    std::fflush(stdout);
    // popen runs the pager through /bin/sh, as psql does with $PAGER. A pager quit before the
    // end closes the pipe: SIGPIPE is ignored so the shell lives on (the write just fails).
    struct sigaction ignore {}, previous {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    sigaction(SIGPIPE, &ignore, &previous);
    FILE* pipe = ::popen(pager.c_str(), "w");
    if (!pipe) {
        sigaction(SIGPIPE, &previous, nullptr);
        print(text);
        return;
    }
    std::fwrite(text.data(), 1, text.size(), pipe);
    ::pclose(pipe);
    sigaction(SIGPIPE, &previous, nullptr);
}

}  // namespace prepl::repl
