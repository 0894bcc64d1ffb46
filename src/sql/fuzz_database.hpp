#pragma once
// Seeded random databases shaped like a problem's datasets, for telling a mutant of the
// reference from the reference (`prepl validate --mutants`, issue 12).
//
// Realistic by construction: the tables and constraints are the sample dataset's own DDL;
// values are drawn from the values the problem's datasets hold, ties with values already drawn,
// and small steps around them (±1, ±1 s, the 30-minute and day boundaries, ±1 day; dates and
// timestamps only within the datasets' own first..last moment), NULL only
// where the column allows it; a column naming another table's key (declared FOREIGN KEY, or
// the same name as a one-column primary key elsewhere) mostly points at existing rows, and a
// declared one always does unless a dataset itself holds a dangling reference there; a few
// rows per table, so a distinguishing database is short enough to read.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sql/result_set.hpp"
#include "sql/sandbox.hpp"
#include "util/error.hpp"

namespace prepl::sql {

struct FuzzColumn {
    enum class Shape { integer, real, timestamp, date, text };
    std::string name;
    bool not_null = false;
    bool primary_key = false;  // the table's only primary-key column
    Shape shape = Shape::text;
    std::vector<Value> pool;  // distinct non-NULL values seen in the datasets
    std::optional<std::size_t> parent_table;  // index in DatasetProfile::tables
    std::size_t parent_column = 0;
    // Declared REFERENCES that every dataset honours: non-NULL values always name a parent row.
    bool strict_parent = false;
};

struct FuzzTable {
    std::string name;
    std::vector<FuzzColumn> columns;
    bool fill = true;  // false: created but left empty (the queries never read it)
};

// What fuzzed databases of one problem are made of. Tables are ordered parents first.
struct DatasetProfile {
    std::vector<std::string> schema_sql;  // CREATE statements of the sample dataset, in order
    std::vector<FuzzTable> tables;
    // Constants of the queries (numbers, strings): boundaries the data may never reach
    // (`age >= 18` over ages 10, 30, 50), drawn now and then for a column of their shape.
    std::vector<Value> query_constants;
    // Seconds since the epoch of the earliest and latest date/timestamp the datasets hold (a date
    // counts to its last second): drawn dates and timestamps stay inside. Empty when min > max.
    std::int64_t time_min = 0, time_max = -1;
};

// The rows of one fuzzed database, per table of its profile (same order).
struct FuzzedRows {
    std::vector<std::vector<Row>> tables;
    std::size_t row_count() const;
};

// Reads the schema from `datasets.front()` and value pools from all of them. Tables whose name
// never occurs in `queries` (nor in a view they read, nor as a parent) are left empty.
util::Result<DatasetProfile> profile_datasets(const std::vector<Fixture>& datasets,
                                              const std::vector<std::string>& queries);

// One database, reproducible from `seed`; rows the constraints refuse are left out. `scratch`:
// a sandbox as for `refill`, used to learn which rows the constraints accept instead of a new
// database each time; it is left holding exactly the returned rows (no refill needed after).
util::Result<FuzzedRows> generate_rows(const DatasetProfile& profile, std::uint64_t seed,
                                       Sandbox* scratch = nullptr);

// The rows as a Fixture (DDL, then INSERTs through prepared statements); rows refused by a
// constraint are dropped from `rows` when `keep_accepted` is given.
util::Result<Fixture> materialize(const DatasetProfile& profile, const FuzzedRows& rows, std::string name,
                                  FuzzedRows* keep_accepted = nullptr);

// False when `refill` cannot stand in for `materialize` on this schema (it has triggers, which
// emptying the tables would fire).
bool refillable(const DatasetProfile& profile);

// Replaces every row of `sandbox`, opened on `materialize(profile, {})`, with `rows`: the same
// tables and rows as `materialize(profile, rows)` gives, on the kept connection, so statements
// prepared there (Sandbox::run_kept) stay valid. `validate --mutants` runs the reference and its
// mutants on hundreds of databases this way instead of opening and hardening one each time.
util::Result<void> refill(Sandbox& sandbox, const DatasetProfile& profile, const FuzzedRows& rows);

// `INSERT INTO t (a, b) VALUES (1, 'x');` lines for every row, table by table.
std::string insert_statements(const DatasetProfile& profile, const FuzzedRows& rows);

// A value as a SQLite literal: NULL, 42, 1.5, 'it''s', x'00ff'.
std::string sql_literal(const Value& value);

}  // namespace prepl::sql
