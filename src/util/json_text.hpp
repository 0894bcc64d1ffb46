#pragma once
// Parsing JSON that a user or a bank supplies (issue 9 item 5): nesting is bounded, and error
// messages never quote more than a short excerpt of the input.
//
// nlohmann's parser itself is iterative, but dump() and some callers recurse per level: an answer
// nested 70,000 deep overflowed the stack while its error message was built. No legitimate problem
// file, answer or solver input comes near k_max_json_nesting.
#include <cstddef>
#include <expected>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace prepl::util {

inline constexpr int k_max_json_nesting = 256;          // arrays and objects inside one another
inline constexpr std::size_t k_max_quoted_bytes = 120;  // longest excerpt of input in a message

struct JsonParseError {
    std::string message;   // "syntax error ..." or "nested more than 256 levels deep"; short
    std::size_t byte = 0;  // 0-based offset of the problem in the text
};

// Parses `text` as one JSON document. Never throws; never recurses per nesting level.
std::expected<nlohmann::json, JsonParseError> parse_json(std::string_view text,
                                                         int max_nesting = k_max_json_nesting);

// `text` cut to at most `max_bytes` bytes (on a UTF-8 boundary) with "…" appended when cut.
std::string shorten(std::string_view text, std::size_t max_bytes = k_max_quoted_bytes);

}  // namespace prepl::util
