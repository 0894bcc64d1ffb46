#include "sql/comparator.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <limits>

#include "sql/near_miss.hpp"
#include "sql/row_matcher.hpp"

namespace prepl::sql {
namespace {

constexpr std::size_t k_no_column = std::numeric_limits<std::size_t>::max();

std::string ascii_fold(std::string_view s) {
    std::string out(s);
    for (char& ch : out) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    }
    return out;
}

bool ends_with_word(std::string_view s, std::string_view word) {
    return s.size() > word.size() && ascii_fold(s.substr(s.size() - word.size())) == word &&
           (s[s.size() - word.size() - 1] == ' ' || s[s.size() - word.size() - 1] == '\t');
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// How the user's columns line up with the reference's.
struct ColumnMapping {
    std::vector<std::size_t> actual_for_expected;  // per reference column; k_no_column if absent
    std::vector<std::string> missing;
    std::vector<std::string> unexpected;
    bool aligned = false;
};

ColumnMapping map_columns(const ResultSet& actual, const ResultSet& expected, bool by_name) {
    ColumnMapping m;
    const std::size_t n_actual = actual.columns.size(), n_expected = expected.columns.size();
    if (!by_name) {
        m.aligned = n_actual == n_expected;
        for (std::size_t c = 0; c < n_expected; ++c)
            m.actual_for_expected.push_back(c < n_actual ? c : k_no_column);
        return m;
    }
    // Each reference column takes the first unused user column of that name, so duplicate names
    // on either side pair up one to one and the rest are reported.
    std::vector<bool> used(n_actual, false);
    for (const std::string& name : expected.columns) {
        const std::string folded = ascii_fold(name);
        std::size_t found = k_no_column;
        for (std::size_t a = 0; a < n_actual && found == k_no_column; ++a) {
            if (!used[a] && ascii_fold(actual.columns[a]) == folded) found = a;
        }
        if (found == k_no_column) {
            m.missing.push_back(name);
        } else {
            used[found] = true;
        }
        m.actual_for_expected.push_back(found);
    }
    for (std::size_t a = 0; a < n_actual; ++a) {
        if (!used[a]) m.unexpected.push_back(actual.columns[a]);
    }
    m.aligned = m.missing.empty() && m.unexpected.empty();
    return m;
}

// Resolves order columns against the reference's names; unknown names are skipped (the bank
// validator reports them).
struct SortKey {
    std::size_t column;
    bool descending;
};
std::vector<SortKey> resolve_sort_keys(const std::vector<OrderColumn>& order,
                                       const std::vector<std::string>& expected_columns) {
    std::vector<SortKey> keys;
    for (const OrderColumn& oc : order) {
        const std::string folded = ascii_fold(oc.name);
        for (std::size_t c = 0; c < expected_columns.size(); ++c) {
            if (ascii_fold(expected_columns[c]) == folded) {
                keys.push_back({c, oc.descending});
                break;
            }
        }
    }
    return keys;
}

// First index whose row sorts before its predecessor; ranks make tolerance-equal values ties.
std::optional<std::size_t> first_unsorted_row(const CellRanks& ranks, std::size_t n_rows,
                                              const std::vector<SortKey>& keys) {
    for (std::size_t r = 1; r < n_rows; ++r) {
        const std::uint32_t* prev = ranks.actual_key(r - 1);
        const std::uint32_t* cur = ranks.actual_key(r);
        for (const SortKey& k : keys) {
            if (prev[k.column] == cur[k.column]) continue;
            const bool ascending = prev[k.column] < cur[k.column];
            if (ascending == k.descending) return r;
            break;
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> first_position_mismatch(const RowsView& actual, const RowsView& expected,
                                                   std::span<const double> tolerances) {
    const std::size_t n = std::min(actual.size(), expected.size());
    for (std::size_t r = 0; r < n; ++r) {
        if (!rows_equal(actual, r, expected, r, tolerances)) return r;
    }
    if (actual.size() != expected.size()) return n;
    return std::nullopt;
}

// Set semantics with exact order: compare the sequences of first occurrences.
std::vector<std::size_t> first_occurrences(const CellRanks& ranks, std::size_t n_rows,
                                           bool actual) {
    std::vector<std::size_t> order(n_rows);
    for (std::size_t r = 0; r < n_rows; ++r) order[r] = r;
    auto key = [&](std::size_t r) { return actual ? ranks.actual_key(r) : ranks.expected_key(r); };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t x, std::size_t y) {
        return std::lexicographical_compare(key(x), key(x) + ranks.width(), key(y),
                                            key(y) + ranks.width());
    });
    std::vector<std::size_t> firsts;
    for (std::size_t k = 0; k < order.size(); ++k) {
        if (k == 0 || !std::equal(key(order[k]), key(order[k]) + ranks.width(), key(order[k - 1])))
            firsts.push_back(order[k]);
    }
    std::sort(firsts.begin(), firsts.end());
    return firsts;
}

std::vector<Row> first_rows(const RowsView& view, const std::vector<std::size_t>& indices, std::size_t kept) {
    std::vector<Row> rows;
    for (std::size_t k = 0; k < indices.size() && k < kept; ++k)
        rows.push_back(view.row(indices[k]));
    return rows;
}

}  // namespace

OrderColumn parse_order_column(std::string_view entry) {
    std::string_view s = trim(entry);
    bool descending = false;
    if (ends_with_word(s, "desc")) {
        descending = true;
        s = trim(s.substr(0, s.size() - 4));
    } else if (ends_with_word(s, "asc")) {
        s = trim(s.substr(0, s.size() - 3));
    }
    return {std::string(s), descending};
}

std::string describe_rules(const bank::CompareSpec& spec) {
    std::string order;
    switch (spec.order) {
        case bank::CompareSpec::Order::any:
            order = "rows in any order";
            break;
        case bank::CompareSpec::Order::exact:
            order = "rows in the reference's exact order";
            break;
        case bank::CompareSpec::Order::by_columns: {
            std::vector<std::string> parts;
            for (const std::string& entry : spec.order_columns) {
                const OrderColumn oc = parse_order_column(entry);
                parts.push_back(oc.descending ? oc.name + " desc" : oc.name);
            }
            order = fmt::format("rows must be sorted by {} (ties in any order)",
                                fmt::join(parts, ", "));
            break;
        }
    }
    return fmt::format("{}; {}; {}; numbers equal within {:g} (absolute or relative)", order,
                       spec.columns_by_name ? "columns matched by name (case-insensitive)"
                                            : "columns by position (names ignored)",
                       spec.rows_as_set ? "duplicate rows ignored" : "duplicate rows count",
                       spec.tolerance);
}

Comparison compare_result_sets(const ResultSet& actual, const ResultSet& expected,
                               const bank::CompareSpec& spec, std::size_t rows_kept) {
    Comparison result;
    ResultDiff& diff = result.diff;
    diff.expected_column_count = expected.columns.size();
    diff.actual_column_count = actual.columns.size();
    diff.expected_row_count = expected.rows.size();
    diff.actual_row_count = actual.rows.size();

    const ColumnMapping mapping = map_columns(actual, expected, spec.columns_by_name);
    diff.missing_columns = mapping.missing;
    diff.unexpected_columns = mapping.unexpected;

    // Same number of columns under other names: still compare by position, so the diff can say
    // whether the rows would be right once the columns are renamed.
    const bool rows_compared = mapping.aligned || actual.columns.size() == expected.columns.size();
    const std::size_t width = expected.columns.size();
    RowsView actual_view{&actual.rows, {}};
    for (std::size_t c = 0; c < width; ++c) {
        actual_view.columns.push_back(mapping.aligned ? mapping.actual_for_expected[c] : c);
    }
    const RowsView expected_view = RowsView::identity(expected.rows, width);
    const std::vector<double> tolerances(width, spec.tolerance);

    NearMissInput near_miss{actual.columns, expected.columns, spec};
    near_miss.columns_aligned = mapping.aligned;
    for (const std::string& entry : spec.order_columns)
        near_miss.order_columns.push_back(parse_order_column(entry));

    bool rows_equal_as_multiset = false;
    bool order_ok = true;
    RowMatch match;
    if (rows_compared) {
        const CellRanks ranks(actual_view, expected_view, tolerances);
        match = match_rows(actual_view, expected_view, ranks, tolerances, spec.rows_as_set);
        rows_equal_as_multiset = match.all_matched();
        diff.missing_row_count = match.unmatched_expected.size();
        diff.unexpected_row_count = match.unmatched_actual.size();
        diff.missing_rows = first_rows(expected_view, match.unmatched_expected, rows_kept);
        diff.unexpected_rows = first_rows(actual_view, match.unmatched_actual, rows_kept);
        diff.expected_names = expected.columns;
        for (std::size_t c : actual_view.columns)
            diff.actual_names.push_back(mapping.aligned ? expected.columns[diff.actual_names.size()] : actual.columns[c]);

        if (spec.order == bank::CompareSpec::Order::by_columns) {
            // Sortedness is a property of the user's rows alone, so it is reported even when
            // the rows differ too.
            diff.order_by_columns = true;
            diff.first_order_mismatch =
                first_unsorted_row(ranks, actual.rows.size(),
                                   resolve_sort_keys(near_miss.order_columns, expected.columns));
        } else if (spec.order == bank::CompareSpec::Order::exact && rows_equal_as_multiset) {
            // A position is only an "order" mismatch when the rows themselves are right.
            if (spec.rows_as_set) {
                const auto a = first_occurrences(ranks, actual.rows.size(), true);
                const auto e = first_occurrences(ranks, expected.rows.size(), false);
                for (std::size_t k = 0; k < a.size() && k < e.size(); ++k) {
                    if (!rows_equal(actual_view, a[k], expected_view, e[k], tolerances)) {
                        diff.first_order_mismatch = a[k];
                        break;
                    }
                }
            } else {
                diff.first_order_mismatch =
                    first_position_mismatch(actual_view, expected_view, tolerances);
            }
        }
        order_ok = !diff.first_order_mismatch.has_value();
    }
    result.equal = mapping.aligned && rows_compared && rows_equal_as_multiset && order_ok;
    if (result.equal) return result;

    if (rows_compared) {
        near_miss.rows_compared = true;
        near_miss.actual = &actual_view;
        near_miss.expected = &expected_view;
        near_miss.match = &match;
        near_miss.order_wrong = rows_equal_as_multiset && !order_ok;
    }
    diff.hints = near_miss_hints(near_miss);
    return result;
}

}  // namespace prepl::sql
