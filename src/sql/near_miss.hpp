#pragma once
// Near-miss hints for a wrong result: each a full sentence naming a likely cause and its fix
// (rounding, integer division, percent vs fraction, duplicates, NULLs, order, column names).
#include <string>
#include <vector>

#include "bank/compare_spec.hpp"
#include "sql/comparator.hpp"
#include "sql/row_matcher.hpp"

namespace prepl::sql {

// What compare_result_sets found; borrowed for the duration of near_miss_hints.
struct NearMissInput {
    const std::vector<std::string>& actual_columns;
    const std::vector<std::string>& expected_columns;
    const bank::CompareSpec& spec;
    bool columns_aligned = false;  // names (or, positional, counts) match
    // Rows were compared (views and match are set): columns aligned, or same count compared by
    // position despite different names.
    bool rows_compared = false;
    const RowsView* actual = nullptr;  // in the reference's column order
    const RowsView* expected = nullptr;
    const RowMatch* match = nullptr;
    bool order_wrong = false;  // right rows, wrong order (order == exact or by_columns)
    std::vector<OrderColumn> order_columns;
};

// Hints in a fixed order (columns, types, values, rows, order); empty when nothing specific
// explains the difference. Never throws on odd inputs (empty results, duplicate names).
std::vector<std::string> near_miss_hints(const NearMissInput& input);

}  // namespace prepl::sql
