#pragma once
// What every terminal-facing command shares: whether to colour, and writing a whole string.
#include <string>
#include <string_view>

namespace prepl::repl {

// --color auto|always|never: auto colours only a TTY stdout, without NO_COLOR, TERM not "dumb".
bool want_color(std::string_view mode);

// Writes `text` to stdout and flushes (output and prompts interleave correctly). Control
// characters other than prepl's colour codes are written as \xNN (util/terminal_text.hpp).
void print(const std::string& text);

}  // namespace prepl::repl
