#pragma once
// Prose cut to the terminal width at word boundaries (the terminal itself cuts mid-word).
#include <cstddef>
#include <string>

namespace prepl::repl {

// Wraps each line of `text` longer than `width` columns at spaces, continuing with the line's
// own indentation (and "  " more after a "- " bullet). Lines inside ``` fences, lines starting
// with '|' (markdown tables) and lines without a space to break at are left as they are.
// width 0: unchanged.
std::string wrap_prose(const std::string& text, std::size_t width);

}  // namespace prepl::repl
