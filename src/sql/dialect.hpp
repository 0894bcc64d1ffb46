#pragma once
// Interview-dialect helpers registered as SQLite functions on a connection:
// MEDIAN(x), PERCENTILE_CONT(p, x), STDDEV/STDDEV_SAMP(x), STDDEV_POP(x), VARIANCE/VAR_SAMP(x),
// VAR_POP(x), DATE_TRUNC(unit, ts), DATEDIFF(unit, a, b), GREATEST(...), LEAST(...).
//
// All are deterministic and SQLITE_INNOCUOUS, so dataset views may use them with TRUSTED_SCHEMA off.
// - The aggregates ignore NULLs, read numeric text as numbers, fail on other text or blobs, return
//   REAL, and also work as window functions (MEDIAN(x) OVER (...)). Empty input gives NULL.
// - MEDIAN: the middle value; the mean of the middle two for an even count.
// - PERCENTILE_CONT(p, x): PostgreSQL's percentile_cont(p) WITHIN GROUP (ORDER BY x), linear
//   interpolation at position p*(n-1); p must be in [0, 1] and the same on every row.
// - STDDEV = STDDEV_SAMP and VARIANCE = VAR_SAMP divide by n-1 (NULL when n < 2); the _POP
//   versions divide by n. Corrected two-pass algorithm.
// - DATE_TRUNC(unit, ts): year, quarter, month, week (ISO: Monday), day, hour, minute, second
//   (case-insensitive, plural allowed). Returns 'YYYY-MM-DD' for year..day, like date(), and
//   'YYYY-MM-DD HH:MM:SS' for hour..second, like datetime(), so results compare with SQLite's own.
// - DATEDIFF(unit, a, b): b - a in unit boundaries crossed (Snowflake/Redshift): ('day',
//   '2024-01-01 23:00', '2024-01-02 01:00') = 1; weeks count Mondays. Returns INTEGER.
//   Dates: 'YYYY-MM-DD[( |T)HH:MM[:SS[.fff]]][Z]' (see sql/timestamp.hpp); a NULL date gives NULL,
//   a bad unit or date is an SQL error naming the function and the value.
// - GREATEST/LEAST: like PostgreSQL, NULL arguments are ignored (NULL only when all are NULL);
//   mixed types order as SQLite does (numbers < text < blobs).
#include <string_view>
#include <vector>

struct sqlite3;

namespace prepl::sql {

// Registers every dialect function on `db`. Returns SQLITE_OK or the first failing code.
int register_dialect_functions(sqlite3* db);

// Names of the dialect functions (lower case), for the authorizer's allow-list and completion.
const std::vector<std::string_view>& dialect_function_names();

}  // namespace prepl::sql
