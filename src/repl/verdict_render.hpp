#pragma once
// The human form of a verdict: status line, message, rules, the diff as small tables, hints.
#include <string>

#include "grade/verdict.hpp"
#include "repl/table_render.hpp"

namespace prepl::repl {

struct VerdictRenderOptions {
    bool color = false;
    bool reveal_hidden = false;  // show rows of a diff taken on a hidden dataset
    bool show_result = false;    // also draw the user's result table
    // How to see hidden rows from where the verdict is read: `check --reveal` on the command
    // line, `submit --reveal` in the shell.
    std::string reveal_how = "`check --reveal` shows them";
    RenderOptions table;
};

std::string render_verdict(const grade::Verdict& verdict, const VerdictRenderOptions& options);

}  // namespace prepl::repl
