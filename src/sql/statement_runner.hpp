#pragma once
// Runs a text of SQL statements one by one (the loop over pzTail) and explains failures.
// Internal to src/sql/.
#include <string_view>

#include "sql/sandbox.hpp"
#include "sql/sandbox_guard.hpp"

struct sqlite3;

namespace prepl::sql {

// Prepares and runs every statement of `sql` in order; keeps the result of the last statement
// that has columns (an empty ResultSet when none has). Failures carry the line and column in
// `sql`: Kind::empty when there is no statement; too_large past limits.max_rows rows or
// k_max_result_bytes. Reads `guard` to tell a timeout, a cancel or a denial from other errors.
QueryResult run_statements(sqlite3* db, std::string_view sql, detail::SandboxGuard& guard,
                           const SandboxLimits& limits);

}  // namespace prepl::sql
