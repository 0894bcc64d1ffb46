#include "sql/near_miss.hpp"

#include <fmt/format.h>

#include <cmath>
#include <optional>

namespace prepl::sql {
namespace {

// A REAL needing more decimals than this is taken as unrounded (ROUND(x, 6) is rare in problems).
constexpr int k_max_apparent_decimals = 6;
// Slack, relative to the scaled value, when asking "has v at most d decimals?": 0.1 + 0.2 has 1.
constexpr double k_decimal_slack = 1e-9;

std::string plural(std::size_t n, std::string_view noun) {
    return fmt::format("{} {}{}", n, noun, n == 1 ? "" : "s");
}

std::string ordinal(int n) {
    const char* suffix = n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th";
    return fmt::format("{}{}", n, suffix);
}

std::string join(const std::vector<std::string>& items) {
    return fmt::format("{}", fmt::join(items, ", "));
}

std::optional<int> decimals_of(double v) {
    for (int d = 0; d <= k_max_apparent_decimals; ++d) {
        const double scaled = v * std::pow(10.0, d);
        if (std::fabs(scaled - std::nearbyint(scaled)) <=
            k_decimal_slack * std::max(1.0, std::fabs(scaled)))
            return d;
    }
    return std::nullopt;
}

double round_to(double v, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;
}

// Apparent decimals of a column: the most any REAL cell needs; none without REAL cells or when
// some cell looks unrounded.
std::optional<int> column_decimals(const RowsView& view, std::size_t c) {
    std::optional<int> most;
    for (std::size_t r = 0; r < view.size(); ++r) {
        const double* d = std::get_if<double>(&view.cell(r, c));
        if (d == nullptr) continue;
        const auto dec = decimals_of(*d);
        if (!dec) return std::nullopt;
        most = std::max(most.value_or(0), *dec);
    }
    return most;
}

std::vector<Row> materialize(const RowsView& view, const std::vector<std::size_t>& indices) {
    std::vector<Row> rows;
    rows.reserve(indices.size());
    for (std::size_t i : indices) rows.push_back(view.row(i));
    return rows;
}

template <class F>
void map_numbers(std::vector<Row>& rows, std::size_t c, F f) {
    for (Row& row : rows) {
        if (is_number(row[c])) row[c] = f(as_double(row[c]));
    }
}

// The mismatched rows of both sides as owned copies, so hypotheses can rewrite them.
struct Mismatch {
    std::vector<Row> actual;
    std::vector<Row> expected;
    std::size_t width = 0;
    std::vector<double> tolerances;

    RowMatch match(const std::vector<Row>& a, const std::vector<Row>& e) const {
        return match_rows(RowsView::identity(a, width), RowsView::identity(e, width), tolerances,
                          false);
    }
};

// Cells of `columns` that differ in the original rows among pairs that match after a rewrite.
std::size_t differing_cells(const Mismatch& m, const RowMatch& rewritten,
                            const std::vector<std::size_t>& columns) {
    std::size_t n = 0;
    for (const auto& [a, e] : rewritten.pairs) {
        for (std::size_t c : columns)
            n += values_equal(m.actual[a][c], m.expected[e][c], m.tolerances[c]) ? 0 : 1;
    }
    return n;
}

bool integer_division_hint(const Mismatch& m, const std::vector<std::string>& names,
                           std::vector<std::string>& hints) {
    std::vector<std::size_t> candidates;
    for (std::size_t c = 0; c < m.width; ++c) {
        bool user_whole = false, user_fraction = false, reference_fraction = false;
        for (const Row& row : m.actual) {
            if (!is_number(row[c])) continue;
            const double v = as_double(row[c]);
            (v == std::trunc(v) ? user_whole : user_fraction) = true;
        }
        for (const Row& row : m.expected) {
            const double* v = std::get_if<double>(&row[c]);
            if (v != nullptr && *v != std::trunc(*v)) reference_fraction = true;
        }
        if (user_whole && !user_fraction && reference_fraction) candidates.push_back(c);
    }
    if (candidates.empty()) return false;
    std::vector<Row> truncated = m.expected;
    for (std::size_t c : candidates)
        map_numbers(truncated, c, [](double v) { return std::trunc(v); });
    if (!m.match(m.actual, truncated).all_matched()) return false;
    std::vector<std::string> cols;
    for (std::size_t c : candidates) cols.push_back(names[c]);
    hints.push_back(fmt::format(
        "{} {} whole numbers where the reference has fractions: integer division? Use 1.0 * a / b "
        "or CAST(a AS REAL).",
        cols.size() == 1 ? "column " + cols[0] : "columns " + join(cols),
        cols.size() == 1 ? "holds" : "hold"));
    return true;
}

// Reference rounded to fewer decimals than the user (user forgot ROUND), or the reverse.
bool rounding_hints(const Mismatch& m, const RowsView& actual_all, const RowsView& expected_all,
                    const std::vector<std::string>& names, std::vector<std::string>& hints) {
    std::vector<Row> actual = m.actual, expected = m.expected;
    std::vector<std::pair<std::size_t, int>> user_unrounded, user_overrounded;
    for (std::size_t c = 0; c < m.width; ++c) {
        const auto d_user = column_decimals(actual_all, c);
        const auto d_ref = column_decimals(expected_all, c);
        if (d_ref && (!d_user || *d_user > *d_ref)) {
            user_unrounded.emplace_back(c, *d_ref);
            map_numbers(actual, c, [d = *d_ref](double v) { return round_to(v, d); });
        } else if (d_user && (!d_ref || *d_ref > *d_user)) {
            user_overrounded.emplace_back(c, *d_user);
            map_numbers(expected, c, [d = *d_user](double v) { return round_to(v, d); });
        }
    }
    if (user_unrounded.empty() && user_overrounded.empty()) return false;
    const RowMatch rounded = m.match(actual, expected);
    if (!rounded.all_matched()) return false;
    bool fired = false;
    if (std::vector<std::size_t> cols; !user_unrounded.empty()) {
        std::vector<std::string> calls;
        bool same_decimals = true;
        for (const auto& [c, d] : user_unrounded) {
            cols.push_back(c);
            calls.push_back(d == 0 ? fmt::format("ROUND({})", names[c])
                                   : fmt::format("ROUND({}, {})", names[c], d));
            same_decimals = same_decimals && d == user_unrounded.front().second;
        }
        const std::size_t n = differing_cells(m, rounded, cols);
        const int d = user_unrounded.front().second;
        if (n > 0) {
            const std::string where = !same_decimals ? "beyond the reference's decimals"
                                      : d == 0       ? "after the decimal point"
                                               : fmt::format("beyond the {} decimal", ordinal(d));
            hints.push_back(fmt::format("{} {} only {}: did you {}?", plural(n, "value"),
                                        n == 1 ? "differs" : "differ", where, join(calls)));
            fired = true;
        }
    }
    if (std::vector<std::size_t> cols; !user_overrounded.empty()) {
        std::vector<std::string> col_names;
        for (const auto& [c, d] : user_overrounded) {
            cols.push_back(c);
            col_names.push_back(names[c]);
        }
        const std::size_t n = differing_cells(m, rounded, cols);
        if (n > 0) {
            hints.push_back(fmt::format(
                "{} in {} {} the reference only after rounding it to your decimals: round less, or "
                "only the final value (not intermediate steps).",
                plural(n, "value"), join(col_names), n == 1 ? "matches" : "match"));
            fired = true;
        }
    }
    return fired;
}

// After scaling one side, rounds whichever side of column c shows more decimals to the other's.
void harmonize_decimals(std::vector<Row>& a, std::vector<Row>& e, std::size_t c,
                        std::size_t width) {
    const auto d_a = column_decimals(RowsView::identity(a, width), c);
    const auto d_e = column_decimals(RowsView::identity(e, width), c);
    if (d_a && (!d_e || *d_e > *d_a)) {
        map_numbers(e, c, [d = *d_a](double v) { return round_to(v, d); });
    } else if (d_e && (!d_a || *d_a > *d_e)) {
        map_numbers(a, c, [d = *d_e](double v) { return round_to(v, d); });
    }
}

bool percent_hints(const Mismatch& m, const std::vector<std::string>& names,
                   std::vector<std::string>& hints) {
    bool fired = false;
    for (std::size_t c = 0; c < m.width; ++c) {
        bool nonzero = false;
        for (const Row& row : m.expected)
            nonzero = nonzero || (is_number(row[c]) && as_double(row[c]) != 0.0);
        if (!nonzero) continue;
        for (const bool user_is_percent : {true, false}) {
            std::vector<Row> actual = m.actual, expected = m.expected;
            map_numbers(user_is_percent ? expected : actual, c, [](double v) { return v * 100.0; });
            harmonize_decimals(actual, expected, c, m.width);
            const RowMatch scaled = m.match(actual, expected);
            if (!scaled.all_matched() || differing_cells(m, scaled, {c}) == 0) continue;
            hints.push_back(
                user_is_percent
                    ? fmt::format("column {} is 100 times the reference: the problem asks for "
                                  "a fraction, not a percent.",
                                  names[c])
                    : fmt::format("column {} is 1/100 of the reference: the problem asks for "
                                  "a percent, not a fraction (multiply by 100.0).",
                                  names[c]));
            fired = true;
            break;
        }
    }
    return fired;
}

bool is_zero_or_empty(const Value& v) {
    if (is_number(v)) return as_double(v) == 0.0;
    const std::string* s = std::get_if<std::string>(&v);
    return s != nullptr && s->empty();
}

bool null_vs_zero_hint(const Mismatch& m, std::vector<std::string>& hints) {
    std::vector<Row> actual = m.actual, expected = m.expected;
    bool any_null = false;
    for (auto* rows : {&actual, &expected}) {
        for (Row& row : *rows) {
            for (Value& v : row) {
                any_null = any_null || is_null(v);
                if (is_zero_or_empty(v)) v = Null{};
            }
        }
    }
    if (!any_null) return false;
    const RowMatch blurred = m.match(actual, expected);
    if (!blurred.all_matched()) return false;
    std::size_t null_in_reference = 0, null_in_user = 0;
    for (const auto& [a, e] : blurred.pairs) {
        for (std::size_t c = 0; c < m.width; ++c) {
            const bool ua = is_null(m.actual[a][c]), ue = is_null(m.expected[e][c]);
            null_in_reference += ue && !ua;
            null_in_user += ua && !ue;
        }
    }
    if (null_in_reference > 0) {
        hints.push_back(fmt::format(
            "{} NULL in the reference but 0 or '' in your result: a COALESCE/IFNULL the problem "
            "does not want?",
            null_in_reference == 1 ? "1 value is"
                                   : fmt::format("{} values are", null_in_reference)));
    }
    if (null_in_user > 0) {
        hints.push_back(fmt::format(
            "{} NULL in your result where the reference has 0 or '': wrap {} in COALESCE(x, 0) "
            "(SUM over no rows and LEFT JOIN gaps give NULL).",
            null_in_user == 1 ? "1 value is" : fmt::format("{} values are", null_in_user),
            null_in_user == 1 ? "it" : "them"));
    }
    return null_in_reference + null_in_user > 0;
}

bool value_hints(const NearMissInput& in, std::vector<std::string>& hints) {
    const RowMatch& match = *in.match;
    if (match.unmatched_actual.empty() || match.unmatched_expected.empty()) return false;
    Mismatch m{materialize(*in.actual, match.unmatched_actual),
               materialize(*in.expected, match.unmatched_expected), in.expected->width(),
               std::vector<double>(in.expected->width(), in.spec.tolerance)};
    bool fired = integer_division_hint(m, in.expected_columns, hints);
    if (!fired) fired = rounding_hints(m, *in.actual, *in.expected, in.expected_columns, hints);
    if (!fired) fired = percent_hints(m, in.expected_columns, hints);
    if (!fired) fired = null_vs_zero_hint(m, hints);
    return fired;
}

void row_hints(const NearMissInput& in, std::vector<std::string>& hints) {
    const RowMatch& match = *in.match;
    const std::size_t extra = match.unmatched_actual.size(),
                      missing = match.unmatched_expected.size();
    const std::vector<double> tolerances(in.expected->width(), in.spec.tolerance);
    if (!in.spec.rows_as_set && (extra == 0) != (missing == 0) &&
        match_rows(*in.actual, *in.expected, tolerances, true).all_matched()) {
        hints.push_back(extra > 0
                            ? fmt::format("your result has {}: DISTINCT, or a join that fans out?",
                                          plural(extra, "extra duplicate row"))
                            : fmt::format("your result lacks {} the reference keeps: a DISTINCT, "
                                          "or UNION where UNION ALL is needed?",
                                          plural(missing, "duplicate row")));
        return;
    }
    if (extra == 0 && missing > 0) {
        bool all_have_null = true;
        for (std::size_t r : match.unmatched_expected) {
            bool has_null = false;
            for (std::size_t c = 0; c < in.expected->width(); ++c)
                has_null = has_null || is_null(in.expected->cell(r, c));
            all_have_null = all_have_null && has_null;
        }
        if (all_have_null) {
            hints.push_back(fmt::format(
                "the {} you miss all contain NULLs: an inner JOIN where a LEFT JOIN is needed, a "
                "comparison with NULL (use IS NULL or COALESCE), or NOT IN over a list with NULLs?",
                plural(missing, "row")));
            return;
        }
        hints.push_back(fmt::format(
            "your result lacks {} of the reference and has no extra rows: a filter too strict, or "
            "an inner join dropping rows?",
            plural(missing, "row")));
    } else if (missing == 0 && extra > 0) {
        hints.push_back(fmt::format(
            "your result has {} the reference does not have, and misses none: a filter too loose, "
            "or a missing condition?",
            plural(extra, "row")));
    }
}

void column_hints(const NearMissInput& in, std::vector<std::string>& hints) {
    if (in.columns_aligned) return;
    const auto& a = in.actual_columns;
    const auto& e = in.expected_columns;
    if (a.size() == e.size()) {
        hints.push_back(
            fmt::format("your columns are named {}; the problem asks for {}.", join(a), join(e)));
    } else {
        hints.push_back(fmt::format("your result has {} ({}); the problem asks for {} ({}).",
                                    plural(a.size(), "column"), join(a), e.size(), join(e)));
    }
}

void type_hints(const NearMissInput& in, std::vector<std::string>& hints) {
    for (std::size_t c = 0; c < in.expected->width(); ++c) {
        std::size_t user_text = 0, user_numbers = 0, ref_text = 0, ref_numbers = 0;
        for (std::size_t r = 0; r < in.actual->size(); ++r) {
            const Value& v = in.actual->cell(r, c);
            user_text += std::holds_alternative<std::string>(v);
            user_numbers += is_number(v);
        }
        for (std::size_t r = 0; r < in.expected->size(); ++r) {
            const Value& v = in.expected->cell(r, c);
            ref_text += std::holds_alternative<std::string>(v);
            ref_numbers += is_number(v);
        }
        const std::string& name = in.expected_columns[c];
        if (user_text > 0 && ref_text == 0 && ref_numbers > 0) {
            hints.push_back(
                fmt::format("column {} holds text in your result, numbers in the reference: "
                            "a CAST or string concatenation?",
                            name));
        } else if (user_numbers > 0 && user_text == 0 && ref_text > 0 && ref_numbers == 0) {
            hints.push_back(
                fmt::format("column {} holds numbers in your result, text in the reference: "
                            "format it as text (printf, strftime or ||)?",
                            name));
        }
    }
}

void order_hint(const NearMissInput& in, std::vector<std::string>& hints) {
    if (in.spec.order == bank::CompareSpec::Order::by_columns && !in.order_columns.empty()) {
        std::vector<std::string> keys;
        for (const OrderColumn& oc : in.order_columns)
            keys.push_back(oc.descending ? oc.name + " DESC" : oc.name);
        hints.push_back(fmt::format("right rows, wrong order: add ORDER BY {}.", join(keys)));
    } else {
        hints.push_back(
            "right rows, wrong order: the rows must come in the reference's order; check "
            "your ORDER BY.");
    }
}

}  // namespace

std::vector<std::string> near_miss_hints(const NearMissInput& input) {
    std::vector<std::string> hints;
    column_hints(input, hints);
    if (!input.rows_compared) return hints;
    type_hints(input, hints);
    if (input.order_wrong) {
        order_hint(input, hints);
    } else if (!input.match->all_matched()) {
        if (!value_hints(input, hints)) row_hints(input, hints);
    }
    return hints;
}

}  // namespace prepl::sql
