#pragma once
// What every terminal-facing command shares: whether to colour, and writing a whole string.
#include <cstddef>
#include <string>
#include <string_view>

namespace prepl::repl {

// --color auto|always|never: auto colours only a TTY stdout, without NO_COLOR, TERM not "dumb".
bool want_color(std::string_view mode);

// Writes `text` to stdout and flushes (output and prompts interleave correctly). Control
// characters other than prepl's colour codes are written as \xNN (util/terminal_text.hpp).
void print(const std::string& text);

// Output longer than `screen_rows` lines goes through $PAGER (default `less -FRX`, which returns
// at once when the text fits), as psql and litecli do; shorter output, an empty $PAGER or a
// pager that cannot start prints directly. Call only when stdout is a terminal.
void print_paged(const std::string& text, std::size_t screen_rows);

// Lines of the terminal on stdout, else $LINES, else 0 (unknown: never page).
std::size_t terminal_rows();

}  // namespace prepl::repl
