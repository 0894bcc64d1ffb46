#include "sql/row_matcher.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace prepl::sql {
namespace {

// Inside a loose group, pairs are confirmed cell by cell in O(a*e); above this many candidate
// pairs the group is paired in order instead (only reachable with huge chains of near-equal rows).
constexpr std::size_t k_max_greedy_pairs = std::size_t{1} << 20;

int storage_rank(const Value& v) {
    if (is_null(v)) return 0;
    if (is_number(v)) return 1;
    if (std::holds_alternative<std::string>(v)) return 2;
    return 3;
}

int compare_doubles(double a, double b) {
    // NaN (SQLite never returns one, but a Value can hold it) sorts first so the order stays total.
    const bool a_nan = std::isnan(a), b_nan = std::isnan(b);
    if (a_nan || b_nan) return int{b_nan} - int{a_nan};
    return a < b ? -1 : (a > b ? 1 : 0);
}

int compare_bytes(const std::string& a, const std::string& b) {
    const int c = a.compare(b);  // char_traits<char>::compare is memcmp: SQLite's BINARY
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

int compare_keys(const std::uint32_t* a, const std::uint32_t* b, std::size_t width) {
    for (std::size_t c = 0; c < width; ++c) {
        if (a[c] != b[c]) return a[c] < b[c] ? -1 : 1;
    }
    return 0;
}

bool key_is_loose(const CellRanks& ranks, const std::uint32_t* key) {
    for (std::size_t c = 0; c < ranks.width(); ++c) {
        if (ranks.loose(c, key[c])) return true;
    }
    return false;
}

// Row indices sorted by rank key, ties by index so reports list rows in their original order.
std::vector<std::size_t> sorted_by_key(std::size_t n, std::size_t width,
                                       const std::uint32_t* (CellRanks::*key)(std::size_t) const,
                                       const CellRanks& ranks) {
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        const int c = compare_keys((ranks.*key)(x), (ranks.*key)(y), width);
        return c != 0 ? c < 0 : x < y;
    });
    return order;
}

}  // namespace

int compare_values(const Value& a, const Value& b) {
    const int ra = storage_rank(a), rb = storage_rank(b);
    if (ra != rb) return ra < rb ? -1 : 1;
    switch (ra) {
        case 0:
            return 0;
        // Doubles for INTEGER too: mixing exact int64 and double comparisons breaks transitivity
        // above 2^53, which std::sort cannot tolerate.
        case 1:
            return compare_doubles(as_double(a), as_double(b));
        case 2:
            return compare_bytes(std::get<std::string>(a), std::get<std::string>(b));
        default:
            return compare_bytes(std::get<Blob>(a).bytes, std::get<Blob>(b).bytes);
    }
}

bool numbers_close(double a, double b, double tolerance) {
    if (a == b) return true;  // also equal infinities
    const double diff = std::fabs(a - b);
    return diff <= tolerance || diff <= tolerance * std::max(std::fabs(a), std::fabs(b));
}

bool values_equal(const Value& a, const Value& b, double tolerance) {
    if (is_number(a) && is_number(b)) return numbers_close(as_double(a), as_double(b), tolerance);
    return a == b;  // NULL == NULL; text and blobs byte-wise; mixed classes differ
}

RowsView RowsView::identity(const std::vector<Row>& rows, std::size_t width) {
    RowsView view{&rows, std::vector<std::size_t>(width)};
    std::iota(view.columns.begin(), view.columns.end(), std::size_t{0});
    return view;
}

Row RowsView::row(std::size_t r) const {
    Row out;
    out.reserve(width());
    for (std::size_t c = 0; c < width(); ++c) out.push_back(cell(r, c));
    return out;
}

bool rows_equal(const RowsView& actual, std::size_t ra, const RowsView& expected, std::size_t re,
                std::span<const double> tolerances) {
    for (std::size_t c = 0; c < actual.width(); ++c) {
        if (!values_equal(actual.cell(ra, c), expected.cell(re, c), tolerances[c])) return false;
    }
    return true;
}

CellRanks::CellRanks(const RowsView& actual, const RowsView& expected,
                     std::span<const double> tolerances)
    : m_width(tolerances.size()),
      m_actual(actual.size() * m_width),
      m_expected(expected.size() * m_width),
      m_loose(m_width) {
    // Sort keys are unpacked once per cell: comparing variants dominated the run time at 200k rows.
    struct Cell {
        int storage;               // storage_rank
        double number;             // when storage == 1
        const std::string* bytes;  // text or blob
        std::size_t row;
        bool is_actual;
    };
    auto unpack = [](const Value& v, std::size_t row, bool is_actual) {
        Cell cell{storage_rank(v), 0.0, nullptr, row, is_actual};
        if (cell.storage == 1) cell.number = as_double(v);
        if (cell.storage == 2) cell.bytes = &std::get<std::string>(v);
        if (cell.storage == 3) cell.bytes = &std::get<Blob>(v).bytes;
        return cell;
    };
    auto less = [](const Cell& x, const Cell& y) {
        if (x.storage != y.storage) return x.storage < y.storage;
        if (x.storage == 1) return compare_doubles(x.number, y.number) < 0;
        if (x.storage == 0) return false;
        return x.bytes->compare(*y.bytes) < 0;
    };
    std::vector<Cell> cells;
    cells.reserve(actual.size() + expected.size());
    for (std::size_t c = 0; c < m_width; ++c) {
        cells.clear();
        for (std::size_t r = 0; r < actual.size(); ++r)
            cells.push_back(unpack(actual.cell(r, c), r, true));
        for (std::size_t r = 0; r < expected.size(); ++r)
            cells.push_back(unpack(expected.cell(r, c), r, false));
        std::sort(cells.begin(), cells.end(), less);
        std::uint32_t rank = 0;
        const Cell* group_first = nullptr;
        const Cell* previous = nullptr;
        std::vector<bool>& loose = m_loose[c];
        for (const Cell& cell : cells) {
            if (previous == nullptr) {
                group_first = &cell;
            } else if (previous->storage == 1 && cell.storage == 1) {
                // Numbers chain with their sorted neighbour.
                if (!numbers_close(previous->number, cell.number, tolerances[c])) {
                    ++rank;
                    group_first = &cell;
                } else if (!numbers_close(group_first->number, cell.number, tolerances[c])) {
                    if (loose.size() <= rank) loose.resize(std::size_t{rank} + 1, false);
                    loose[rank] = true;
                }
            } else if (less(*previous, cell)) {  // everything else must be identical
                ++rank;
                group_first = &cell;
            }
            previous = &cell;
            (cell.is_actual ? m_actual : m_expected)[cell.row * m_width + c] = rank;
        }
        loose.resize(std::size_t{rank} + 1, false);
    }
}

RowMatch match_rows(const RowsView& actual, const RowsView& expected, const CellRanks& ranks,
                    std::span<const double> tolerances, bool as_set) {
    const std::size_t width = ranks.width();
    const auto a_order = sorted_by_key(actual.size(), width, &CellRanks::actual_key, ranks);
    const auto e_order = sorted_by_key(expected.size(), width, &CellRanks::expected_key, ranks);
    RowMatch match;
    // Rows of one side with no counterpart: every copy in a bag, the first copy in a set.
    auto unmatched = [&](std::vector<std::size_t>& out, const std::vector<std::size_t>& order,
                         std::size_t begin, std::size_t end) {
        if (as_set) {
            if (begin < end) out.push_back(order[begin]);
        } else {
            out.insert(out.end(), order.begin() + begin, order.begin() + end);
        }
    };
    std::size_t i = 0, j = 0;
    while (i < a_order.size() || j < e_order.size()) {
        const std::uint32_t* a_key = i < a_order.size() ? ranks.actual_key(a_order[i]) : nullptr;
        const std::uint32_t* e_key = j < e_order.size() ? ranks.expected_key(e_order[j]) : nullptr;
        const int cmp =
            a_key == nullptr ? 1 : (e_key == nullptr ? -1 : compare_keys(a_key, e_key, width));
        std::size_t i_end = i, j_end = j;
        if (cmp <= 0) {
            while (i_end < a_order.size() &&
                   compare_keys(ranks.actual_key(a_order[i_end]), a_key, width) == 0)
                ++i_end;
        }
        if (cmp >= 0) {
            while (j_end < e_order.size() &&
                   compare_keys(ranks.expected_key(e_order[j_end]), e_key, width) == 0)
                ++j_end;
        }
        const std::size_t a_count = i_end - i, e_count = j_end - j;
        if (a_count == 0 || e_count == 0) {
            unmatched(match.unmatched_actual, a_order, i, i_end);
            unmatched(match.unmatched_expected, e_order, j, j_end);
        } else if (as_set || !key_is_loose(ranks, a_key) ||
                   a_count * e_count > k_max_greedy_pairs) {
            const std::size_t paired = std::min(a_count, e_count);
            for (std::size_t k = 0; k < paired; ++k)
                match.pairs.emplace_back(a_order[i + k], e_order[j + k]);
            if (!as_set) {
                unmatched(match.unmatched_actual, a_order, i + paired, i_end);
                unmatched(match.unmatched_expected, e_order, j + paired, j_end);
            }
        } else {
            std::vector<bool> used(a_count, false);
            for (std::size_t e = j; e < j_end; ++e) {
                bool found = false;
                for (std::size_t a = 0; a < a_count && !found; ++a) {
                    if (!used[a] &&
                        rows_equal(actual, a_order[i + a], expected, e_order[e], tolerances)) {
                        used[a] = true;
                        found = true;
                        match.pairs.emplace_back(a_order[i + a], e_order[e]);
                    }
                }
                if (!found) match.unmatched_expected.push_back(e_order[e]);
            }
            for (std::size_t a = 0; a < a_count; ++a) {
                if (!used[a]) match.unmatched_actual.push_back(a_order[i + a]);
            }
        }
        i = i_end;
        j = j_end;
    }
    std::sort(match.unmatched_actual.begin(), match.unmatched_actual.end());
    std::sort(match.unmatched_expected.begin(), match.unmatched_expected.end());
    return match;
}

RowMatch match_rows(const RowsView& actual, const RowsView& expected,
                    std::span<const double> tolerances, bool as_set) {
    const CellRanks ranks(actual, expected, tolerances);
    return match_rows(actual, expected, ranks, tolerances, as_set);
}

}  // namespace prepl::sql
