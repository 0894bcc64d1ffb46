#pragma once
// Compares a user's result set with the reference under the problem's CompareSpec and explains
// the difference (missing/unexpected rows, column names, order, near-miss hints).
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/compare_spec.hpp"
#include "sql/result_set.hpp"

namespace prepl::sql {

// Rows listed in a diff are capped at this many per side; the counts are always exact.
inline constexpr std::size_t k_diff_rows_shown = 20;

struct ResultDiff {
    std::vector<std::string> missing_columns;     // in the reference, absent from the user's result
    std::vector<std::string> unexpected_columns;  // in the user's result only
    // Headings for the diff's rows: the reference's column names (missing rows, and unexpected
    // ones when the columns matched by name), and the user's for unexpected rows otherwise.
    std::vector<std::string> expected_names;
    std::vector<std::string> actual_names;
    std::size_t expected_column_count = 0;
    std::size_t actual_column_count = 0;
    std::vector<Row> missing_rows;      // first few reference rows the user did not return
    std::size_t missing_row_count = 0;  // exact count (bag semantics: multiplicity counts)
    std::vector<Row> unexpected_rows;   // first few user rows not in the reference
    std::size_t unexpected_row_count = 0;
    std::size_t expected_row_count = 0;
    std::size_t actual_row_count = 0;
    // order == exact: first 0-based row index where the user's order differs from the reference;
    // order == by_columns: first 0-based row index that is out of order.
    std::optional<std::size_t> first_order_mismatch;
    bool order_by_columns = false;  // first_order_mismatch is a sortedness break (order by columns)
    std::vector<std::string> hints;  // near misses: rounding, integer division, x100, ...
};

struct Comparison {
    bool equal = false;
    ResultDiff diff;  // empty when equal
};

// One entry of CompareSpec::order_columns: a reference column name, optionally followed by
// " asc" or " desc" (case-insensitive), e.g. "total desc". Ascending puts NULLs first and
// descending puts them last, as SQLite's ORDER BY does; values within tolerance are ties.
struct OrderColumn {
    std::string name;
    bool descending = false;
};
OrderColumn parse_order_column(std::string_view entry);

// Plain-language statement of what is compared, shown with every verdict, e.g.
// "rows in any order; columns by name, case-insensitive; duplicates count; numbers within 1e-09".
std::string describe_rules(const bank::CompareSpec& spec);

// Numbers compare as numbers (2 == 2.0) within spec.tolerance (absolute or relative, whichever
// is looser); NULL equals NULL; text and blobs compare exactly; column names case-insensitively.
Comparison compare_result_sets(const ResultSet& actual, const ResultSet& expected,
                               const bank::CompareSpec& spec, std::size_t rows_kept = k_diff_rows_shown);

}  // namespace prepl::sql
