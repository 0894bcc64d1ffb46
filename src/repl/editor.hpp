#pragma once
// Opens the user's $VISUAL / $EDITOR on a temporary file holding `initial` and returns the edited
// text. The editor runs with fork/exec on the file path (no shell, so nothing in the text or the
// path is interpreted). Fails when no editor is set, it cannot start, or it exits non-zero.
#include <string>

#include "util/error.hpp"

namespace prepl::repl {

util::Result<std::string> edit_in_editor(const std::string& initial);

}  // namespace prepl::repl
