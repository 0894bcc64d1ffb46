#pragma once
// Making untrusted text safe to print (issue 9 item 6; SANDBOX.md "Output").
//
// Answers, banks and graders all supply text that reaches the terminal: column names in verdict
// messages and hints, grader feedback, problem titles and prompts, error messages. A raw ESC,
// C1 control or BEL there can set the window title (OSC 0), clear the screen, or rewrite what
// was printed, so every such byte is written as a visible \xNN instead.
#include <string>
#include <string_view>

namespace prepl::util {

// Escapes C0 controls, DEL, C1 controls (U+0080..U+009F) and bytes that are not valid UTF-8 as
// \xNN. With keep_layout, line feeds and tabs stay as they are (prompts and messages have
// lines); without it they become \n and \t (a table cell, a column name).
std::string escape_controls(std::string_view text, bool keep_layout);

// For a whole command's output, at the point it is written: escape_controls(text, true), except
// that prepl's own colour codes (SGR: ESC '[' digits and ';' 'm') pass through. Anything else
// starting with ESC (OSC, cursor moves, screen clears) is escaped.
std::string escape_output(std::string_view text);

}  // namespace prepl::util
