#pragma once
// `prepl mock`: drives a session::MockSession from the terminal or piped stdin, with the
// practice shell for exploring the data. The prompt shows the time left: `[12:31] sql> `.
#include <filesystem>
#include <optional>
#include <string>

#include "session/clock.hpp"
#include "session/mock_picker.hpp"

namespace prepl::repl {

struct MockRunOptions {
    std::optional<std::filesystem::path> bank_dir;
    std::optional<std::filesystem::path> data_dir;  // --data-dir
    std::string color_mode = "auto";
    session::MockRequest request;
    bool allow_hints = false;
    bool resume = false;  // continue the latest unfinished mock instead of starting one
    // --packet FILE: also write the interviewer's packet (markdown) for the picked questions;
    // "-" prints it and starts nothing (the interviewer's copy, made before the candidate starts).
    std::optional<std::filesystem::path> packet;
};

// Runs a whole mock (or until `pause`/`quit`/end of input, which saves it for --resume) and
// prints the debrief. Returns 0, or 2 when the bank or store cannot be used or nothing matches.
// Timers are checked whenever a line arrives: warnings and time-up show at the next input.
int run_mock(const MockRunOptions& options, const session::Clock& clock);

}  // namespace prepl::repl
