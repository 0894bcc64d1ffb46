#pragma once
// Facts about SQL text that need no database: whether a statement is complete, where each
// statement starts and ends, whether it parses.
#include <string>
#include <string_view>
#include <vector>

namespace prepl::sql {

// True when `text` ends a complete SQL statement (sqlite3_complete: a ';' outside quotes,
// comments and trigger bodies). The REPL buffers lines until this holds.
bool is_complete_statement(std::string_view text);

struct StatementSpan {
    std::string text;  // trimmed, with its ';' when it had one
    int line = 1;      // 1-based line of its first character in the whole text
};

// The statements of `text` in order, cut where sqlite3_complete says one ends (a text after
// the last ';' is one more statement). Blank or comment-only pieces are left out.
std::vector<StatementSpan> split_statements(std::string_view text);

// True when SQLite's parser rejects `text` (a syntax error, an unrecognized token, incomplete
// input), judged on an empty in-memory database: names are resolved after parsing, so a
// missing table is not a syntax error here.
bool has_syntax_error(std::string_view text);

}  // namespace prepl::sql
