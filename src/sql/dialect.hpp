#pragma once
// Interview-dialect helpers registered as SQLite functions on a connection:
// MEDIAN(x), PERCENTILE_CONT(p, x), STDDEV/STDDEV_SAMP(x), STDDEV_POP(x), VARIANCE/VAR_SAMP(x),
// VAR_POP(x), DATE_TRUNC(unit, ts), DATEDIFF(unit, a, b), GREATEST(...), LEAST(...).
#include <string_view>
#include <vector>

struct sqlite3;

namespace prepl::sql {

// Registers every dialect function on `db`. Returns SQLITE_OK or the first failing code.
int register_dialect_functions(sqlite3* db);

// Names of the dialect functions (lower case), for the authorizer's allow-list and completion.
const std::vector<std::string_view>& dialect_function_names();

}  // namespace prepl::sql
