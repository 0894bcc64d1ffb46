#pragma once
// Commands over the progress store: progress, export, reset, review, mock --report.
#include <functional>
#include <optional>
#include <string>

#include "app/commands.hpp"
#include "session/clock.hpp"

namespace prepl::app {

struct ProgressOptions {
    std::string format = "text";  // text | json
    bool unicode = true;          // false: --ascii, or stdout is not a UTF-8 terminal
};
CommandOutput progress_command(const CommonOptions& common, const ProgressOptions& options,
                               const session::Clock& clock);

// JSON of all attempts, review state and mocks.
CommandOutput export_command(const CommonOptions& common, const session::Clock& clock);

struct ResetOptions {
    std::optional<std::string> id;  // one problem; empty with `all`
    bool all = false;
    bool yes = false;  // --yes: no question asked
    // Asks the user (the question, e.g. "Delete 3 attempts? [y/N] "); nullptr when stdin is
    // not a terminal, in which case --yes is required.
    std::function<bool(const std::string& question)> confirm;
};
CommandOutput reset_command(const CommonOptions& common, const ResetOptions& options);

// The due list. `first_due` gets the first due problem's id (for opening it in the REPL).
CommandOutput review_command(const CommonOptions& common, const session::Clock& clock,
                             std::string& first_due);

// `prepl mock --report LAST|ID`: a saved debrief. format: text | json | markdown.
CommandOutput mock_report_command(const CommonOptions& common, const std::string& which,
                                  const std::string& format);

}  // namespace prepl::app
