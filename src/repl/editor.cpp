#include "repl/editor.hpp"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include <fmt/format.h>

namespace prepl::repl {

util::Result<std::string> edit_in_editor(const std::string& initial) {
    const char* editor = std::getenv("VISUAL");
    if (!editor || !*editor) editor = std::getenv("EDITOR");
    if (!editor || !*editor)
        return util::fail(util::Error::missing("no editor: set $EDITOR (e.g. export EDITOR=nano), or type the answer "
                                               "and end it with a line holding only '.'"));
    // "code -w" and the like: split on blanks; the file path is one more argument.
    std::vector<std::string> words;
    std::istringstream split(editor);
    for (std::string w; split >> w;) words.push_back(w);

    std::string path = (std::filesystem::temp_directory_path() / "prepl-answer-XXXXXX.md").string();
    const int fd = ::mkstemps(path.data(), 3);
    if (fd < 0) return util::fail(util::Error::io_failure(fmt::format("cannot create a temporary file: {}", std::strerror(errno))));
    ::close(fd);
    { std::ofstream(path, std::ios::binary) << initial; }

    std::vector<char*> argv;
    for (auto& w : words) argv.push_back(w.data());
    argv.push_back(path.data());
    argv.push_back(nullptr);
    const pid_t child = ::fork();
    if (child < 0) {
        ::unlink(path.c_str());
        return util::fail(util::Error::io_failure(fmt::format("cannot start {}: {}", editor, std::strerror(errno))));
    }
    if (child == 0) {
        ::execvp(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    ::unlink(path.c_str());
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return util::fail(util::Error::io_failure(fmt::format(
            "{} did not finish cleanly (exit {}); the answer was not changed", editor,
            WIFEXITED(status) ? WEXITSTATUS(status) : -1)));
    return text.str();
}

}  // namespace prepl::repl
