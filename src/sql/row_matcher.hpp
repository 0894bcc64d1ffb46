#pragma once
// Tolerant multiset matching of rows: the core of compare_result_sets, also used by the near-miss
// hints to test "would the rows match if ...?" hypotheses on the mismatched rows.
#include <cstddef>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "sql/result_set.hpp"

namespace prepl::sql {

// SQLite's ORDER BY order over storage classes (BINARY collation): NULL < numbers (by value,
// INTEGER and REAL alike) < text (bytes) < blob (bytes). Exact, no tolerance. Returns <0, 0, >0.
int compare_values(const Value& a, const Value& b);

// |a-b| <= tolerance or |a-b| <= tolerance*max(|a|,|b|).
bool numbers_close(double a, double b, double tolerance);

// Cells equal under the comparator's rules: numbers within tolerance (2 == 2.0), NULL only equals
// NULL, text and blobs byte-wise; a number never equals text.
bool values_equal(const Value& a, const Value& b, double tolerance);

// Rows seen through a column mapping: cell(r, c) is rows[r][columns[c]]. Borrows `rows`, which
// must outlive the view.
struct RowsView {
    const std::vector<Row>* rows = nullptr;
    std::vector<std::size_t> columns;

    static RowsView identity(const std::vector<Row>& rows, std::size_t width);
    std::size_t size() const { return rows->size(); }
    std::size_t width() const { return columns.size(); }
    const Value& cell(std::size_t r, std::size_t c) const { return (*rows)[r][columns[c]]; }
    Row row(std::size_t r) const;  // a copy, in view column order
};

// True when every column of actual row `ra` equals expected row `re` (tolerances per column).
bool rows_equal(const RowsView& actual, std::size_t ra, const RowsView& expected, std::size_t re,
                std::span<const double> tolerances);

// Per column, a dense rank shared by both sides: ranks follow compare_values, equal cells share a
// rank, and numbers within tolerance of their sorted neighbour share a rank (so 0.3 and
// 0.30000000000000004 match without relying on rounding boundaries). Both views must have the
// same width as `tolerances`.
class CellRanks {
public:
    CellRanks(const RowsView& actual, const RowsView& expected, std::span<const double> tolerances);

    std::size_t width() const { return m_width; }
    const std::uint32_t* actual_key(std::size_t row) const { return &m_actual[row * m_width]; }
    const std::uint32_t* expected_key(std::size_t row) const { return &m_expected[row * m_width]; }
    // A chained rank may hold numbers that are not all pairwise within tolerance (0, 0.6e-9,
    // 1.2e-9 at 1e-9); rows sharing such a rank are confirmed cell by cell.
    bool loose(std::size_t col, std::uint32_t rank) const { return m_loose[col][rank]; }

private:
    std::size_t m_width;
    std::vector<std::uint32_t> m_actual;    // row-major ranks
    std::vector<std::uint32_t> m_expected;  // row-major ranks
    std::vector<std::vector<bool>> m_loose;
};

struct RowMatch {
    std::vector<std::pair<std::size_t, std::size_t>> pairs;  // (actual row, expected row)
    std::vector<std::size_t> unmatched_actual;               // ascending row indices
    std::vector<std::size_t> unmatched_expected;             // ascending row indices
    bool all_matched() const { return unmatched_actual.empty() && unmatched_expected.empty(); }
};

// Matches rows as multisets (as_set: duplicates ignored, and an unmatched row is listed once per
// distinct value, by its first index). O(n log n) plus cell-by-cell checks inside loose groups.
RowMatch match_rows(const RowsView& actual, const RowsView& expected, const CellRanks& ranks,
                    std::span<const double> tolerances, bool as_set);

// Convenience: builds the ranks and matches.
RowMatch match_rows(const RowsView& actual, const RowsView& expected,
                    std::span<const double> tolerances, bool as_set);

}  // namespace prepl::sql
