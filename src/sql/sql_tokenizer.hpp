#pragma once
// A lexer for SQLite's SQL, enough to edit queries token by token (the mutation engine).
//
// Hand-written: SQLite's own tokenizer (sqlite3GetToken) is internal to the library and not
// exported, and no Debian-packaged library tokenizes SQLite's dialect. Its rules are short
// (tokenize.c): quoted strings and identifiers with doubled quotes, [..] and `..` identifiers,
// -- and /* */ comments, x'..' blobs, ?NNN/:name/@name/$name parameters, numbers with
// exponents and hex, and the two-character operators.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace prepl::sql {

struct SqlToken {
    enum class Kind { word, quoted_identifier, string, number, blob, parameter, op };
    Kind kind = Kind::word;
    std::size_t begin = 0;  // byte offsets in the source text: [begin, end)
    std::size_t end = 0;
    std::string upper;  // upper-cased text for words and operators; the raw text otherwise
    int depth = 0;      // parentheses open before this token ('(' itself is at the outer depth)

    bool is_word(std::string_view word) const { return kind == Kind::word && upper == word; }
    bool is_op(std::string_view op) const { return kind == Kind::op && upper == op; }
};

// Every token of `text` in order; whitespace and comments are skipped (offsets keep them).
// Never fails: an unterminated string or comment runs to the end of the text.
std::vector<SqlToken> tokenize_sql(std::string_view text);

}  // namespace prepl::sql
