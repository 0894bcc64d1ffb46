#pragma once
// The practice shell: `prepl` with no arguments.
#include <filesystem>
#include <optional>
#include <string>

namespace prepl::repl {

struct ReplOptions {
    std::optional<std::filesystem::path> bank_dir;
    std::optional<std::filesystem::path> data_dir;  // --data-dir: where progress.db lives
    std::string color_mode = "auto";
    std::string open_id;  // open this problem first
};

// Runs the shell on the terminal (libedit) or, when stdin is not a TTY, line by line on stdin
// with no banner or prompts. Returns the exit code: 0, or 1 when piped input had an error.
int run_repl(const ReplOptions& options);

}  // namespace prepl::repl
