#pragma once
// Facts about SQL text that need no database: whether a statement is complete.
#include <string_view>

namespace prepl::sql {

// True when `text` ends a complete SQL statement (sqlite3_complete: a ';' outside quotes,
// comments and trigger bodies). The REPL buffers lines until this holds.
bool is_complete_statement(std::string_view text);

}  // namespace prepl::sql
