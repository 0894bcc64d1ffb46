#include "util/terminal_text.hpp"

#include <doctest/doctest.h>

using namespace prepl::util;

TEST_CASE("escape_controls writes C0, DEL, C1 and invalid UTF-8 as visible \\xNN") {
    // The column name of issue 9 item 6: OSC 0 would set the terminal's title to PWN.
    CHECK(escape_controls("s\x1b]0;PWN\a", false) == "s\\x1B]0;PWN\\x07");
    CHECK(escape_controls("a\x7f" "b\xc2\x9b" "c\xff", false) == "a\\x7Fb\\x9Bc\\xFF");  // DEL, C1 CSI, bad byte
    CHECK(escape_controls("line\nnext\tcol", false) == "line\\nnext\\tcol");
    CHECK(escape_controls("line\nnext\tcol\r", true) == "line\nnext\tcol\\x0D");
    CHECK(escape_controls("café ✓", true) == "café ✓");
}

TEST_CASE("escape_output lets prepl's colour codes through and nothing else") {
    CHECK(escape_output("\x1b[1;32m✔ accepted\x1b[0m\n") == "\x1b[1;32m✔ accepted\x1b[0m\n");
    CHECK(escape_output("\x1b[2J") == "\\x1B[2J");              // clear screen
    CHECK(escape_output("\x1b]0;PWN\a") == "\\x1B]0;PWN\\x07");  // window title
    CHECK(escape_output("\x1b[") == "\\x1B[");
}
