#pragma once
// Small facts about SQL source text: where a byte offset sits, what a statement starts with.
#include <cstddef>
#include <string>
#include <string_view>

namespace prepl::sql {

struct TextPosition {
    int line = 1;    // 1-based
    int column = 1;  // 1-based, in bytes
};

// Line and column of byte `offset` in `text` (clamped to the end of the text).
TextPosition position_at(std::string_view text, std::size_t offset);

// Offset of the first byte that is neither whitespace nor inside a -- or /* */ comment;
// text.size() when there is none.
std::size_t skip_blank(std::string_view text);

// The first keyword of a statement, upper-cased ("VACUUM", "ATTACH", "SELECT"); "" if none.
std::string leading_keyword(std::string_view text);

}  // namespace prepl::sql
