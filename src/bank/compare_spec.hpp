#pragma once
// How a SQL answer's result is compared with the reference: the bank's `compare` object.
// Persisted format (problems/schema.json): do not change names without a migration.
#include <string>
#include <vector>

namespace prepl::bank {

struct CompareSpec {
    enum class Order { any, exact, by_columns };
    Order order = Order::any;
    std::vector<std::string> order_columns;  // when order == by_columns: rows must be sorted by these
    bool columns_by_name = true;             // false: positional
    bool rows_as_set = false;                // false: bag (duplicates count)
    double tolerance = 1e-9;                 // absolute or relative, whichever is looser
};

}  // namespace prepl::bank
