#pragma once
// Runs a text of SQL statements one by one (the loop over pzTail) and explains failures.
// Internal to src/sql/.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "sql/database.hpp"

#include "sql/sandbox.hpp"
#include "sql/sandbox_guard.hpp"

struct sqlite3;

namespace prepl::sql {

namespace detail {
// Prepared statements of texts already run once (Sandbox::run_kept), by text: each non-blank
// statement with the offset where it starts in the text. Only texts that ran to the end are kept.
struct StatementCache {
    struct Kept {
        Statement statement;
        std::size_t start = 0;
    };
    std::unordered_map<std::string, std::vector<Kept>> texts;
};
}  // namespace detail

// Prepares and runs every statement of `sql` in order; keeps the result of the last statement
// that has columns (an empty ResultSet when none has). Failures carry the line and column in
// `sql`: Kind::empty when there is no statement; too_large past limits.max_rows rows or
// k_max_result_bytes. Reads `guard` to tell a timeout, a cancel or a denial from other errors.
// With `cache`, a text run before on this connection reuses its prepared statements, and a text
// run for the first time leaves them there when it succeeds.
QueryResult run_statements(sqlite3* db, std::string_view sql, detail::SandboxGuard& guard,
                           const SandboxLimits& limits, detail::StatementCache* cache = nullptr);

}  // namespace prepl::sql
