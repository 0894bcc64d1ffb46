#pragma once
// Loading the bank for a command, with the messages every command shares.
#include <optional>

#include "app/commands.hpp"
#include "bank/bank.hpp"

namespace prepl::app {

// The bank from --bank or the bundled one. On failure writes the error to `output`
// (exit code 2) and returns nothing. Load issues are not errors here: commands that use one
// problem still work when another file is broken (validate reports them).
// With `only_id`, loads just that problem's file when it exists (the whole bank otherwise, so
// "did you mean" still has every id).
std::optional<bank::Bank> open_bank(const CommonOptions& common, CommandOutput& output,
                                    const std::string& only_id = {});

// The problem `id`, or an error in `output` with "did you mean ...?" (exit code 2).
const bank::Problem* find_problem(const bank::Bank& bank, const std::string& id, CommandOutput& output);

}  // namespace prepl::app
