// Specification of compare_result_sets: expected values follow from the comparison rules in
// src/sql/comparator.hpp (numbers within tolerance, NULL only equals NULL, bag/set, order modes).
#include "sql/comparator.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string_view>

namespace {

using prepl::bank::CompareSpec;
using namespace prepl::sql;

const Value k_null = Null{};
Value I(std::int64_t v) { return v; }
Value D(double v) { return v; }
Value T(std::string v) { return v; }

ResultSet result(std::vector<std::string> columns, std::vector<Row> rows) {
    return {std::move(columns), std::move(rows)};
}

CompareSpec any_order() { return {}; }
CompareSpec exact_order() {
    CompareSpec s;
    s.order = CompareSpec::Order::exact;
    return s;
}
CompareSpec sorted_by(std::vector<std::string> columns) {
    CompareSpec s;
    s.order = CompareSpec::Order::by_columns;
    s.order_columns = std::move(columns);
    return s;
}

bool has_hint(const Comparison& c, std::string_view needle) {
    return std::any_of(c.diff.hints.begin(), c.diff.hints.end(),
                       [&](const std::string& h) { return h.find(needle) != std::string::npos; });
}

std::string all_hints(const Comparison& c) {
    std::string out;
    for (const auto& h : c.diff.hints) out += h + "\n";
    return out;
}

}  // namespace

// ---- values ---------------------------------------------------------------------------------

TEST_CASE("bag comparison treats 2 and 2.0 as equal") {
    const auto c =
        compare_result_sets(result({"n"}, {{I(2)}}), result({"n"}, {{D(2.0)}}), any_order());
    CHECK(c.equal);
    CHECK(c.diff.hints.empty());
    CHECK(c.diff.missing_rows.empty());
}

TEST_CASE("NULL equals NULL but neither 0 nor the empty string") {
    CHECK(compare_result_sets(result({"x"}, {{k_null}}), result({"x"}, {{k_null}}), any_order())
              .equal);
    CHECK_FALSE(
        compare_result_sets(result({"x"}, {{I(0)}}), result({"x"}, {{k_null}}), any_order()).equal);
    CHECK_FALSE(
        compare_result_sets(result({"x"}, {{T("")}}), result({"x"}, {{k_null}}), any_order())
            .equal);
    CHECK_FALSE(
        compare_result_sets(result({"x"}, {{k_null}}), result({"x"}, {{D(0.0)}}), any_order())
            .equal);
}

TEST_CASE("absolute tolerance: within 1e-9 of each other is equal, beyond is not") {
    const auto spec = any_order();  // tolerance 1e-9
    CHECK(compare_result_sets(result({"x"}, {{D(1e-10)}}), result({"x"}, {{I(0)}}), spec).equal);
    CHECK(compare_result_sets(result({"x"}, {{D(0.30000000000000004)}}), result({"x"}, {{D(0.3)}}),
                              spec)
              .equal);
    CHECK(compare_result_sets(result({"x"}, {{D(0.5 + 0.9e-9)}}), result({"x"}, {{D(0.5)}}), spec)
              .equal);
    CHECK_FALSE(
        compare_result_sets(result({"x"}, {{D(2e-9)}}), result({"x"}, {{I(0)}}), spec).equal);
    CHECK_FALSE(
        compare_result_sets(result({"x"}, {{D(0.5 + 1.1e-9)}}), result({"x"}, {{D(0.5)}}), spec)
            .equal);
}

TEST_CASE("relative tolerance: large numbers equal within 1e-9 of their magnitude") {
    const auto spec = any_order();
    // 1e12 * 1e-9 = 1000: 500 apart is within, 2000 apart is not.
    CHECK(compare_result_sets(result({"x"}, {{D(1e12 + 500)}}),
                              result({"x"}, {{I(1'000'000'000'000)}}), spec)
              .equal);
    CHECK_FALSE(
        compare_result_sets(result({"x"}, {{D(1e12 + 2000)}}), result({"x"}, {{D(1e12)}}), spec)
            .equal);
}

TEST_CASE("a looser tolerance from the bank applies to every numeric cell") {
    CompareSpec spec;
    spec.tolerance = 0.005;
    // Absolute near zero: 0.004 <= 0.005. Relative at 100: 0.4 <= 0.005 * 100.4, 0.6 > 0.005 *
    // 100.6.
    CHECK(compare_result_sets(result({"x"}, {{D(0.004)}}), result({"x"}, {{I(0)}}), spec).equal);
    CHECK_FALSE(
        compare_result_sets(result({"x"}, {{D(0.006)}}), result({"x"}, {{I(0)}}), spec).equal);
    CHECK(compare_result_sets(result({"x"}, {{D(100.4)}}), result({"x"}, {{I(100)}}), spec).equal);
    CHECK_FALSE(
        compare_result_sets(result({"x"}, {{D(100.6)}}), result({"x"}, {{I(100)}}), spec).equal);
}

TEST_CASE("values within tolerance match across many rows without relying on rounding boundaries") {
    // Each user value is the reference value nudged just across a 1e-9 grid line, so bucketing by
    // rounded keys would split them; chaining sorted neighbours does not.
    std::vector<Row> user, ref;
    for (int i = 0; i < 200; ++i) {
        const double base = i * 1e-9 + 0.5e-9;
        ref.push_back({I(i % 7), D(base - 0.4e-9)});
        user.push_back({I(i % 7), D(base + 0.4e-9)});
    }
    std::reverse(user.begin(), user.end());
    const auto c =
        compare_result_sets(result({"k", "v"}, user), result({"k", "v"}, ref), any_order());
    CHECK(c.equal);
}

TEST_CASE("a chain of near-equal values still pairs rows cell by cell") {
    // 0 ~ 0.6e-9 ~ 1.2e-9 chain into one rank although 0 and 1.2e-9 are 1.2e-9 apart.
    CHECK(compare_result_sets(result({"x"}, {{D(0)}, {D(1.2e-9)}}),
                              result({"x"}, {{D(0.6e-9)}, {D(1.2e-9)}}), any_order())
              .equal);
    const auto c = compare_result_sets(result({"x"}, {{D(0)}, {D(0)}}),
                                       result({"x"}, {{D(0.6e-9)}, {D(1.2e-9)}}), any_order());
    CHECK_FALSE(c.equal);
    CHECK(c.diff.missing_row_count == 1);
    CHECK(c.diff.unexpected_row_count == 1);
}

TEST_CASE("text and blobs compare byte for byte") {
    CHECK_FALSE(
        compare_result_sets(result({"s"}, {{T("abc")}}), result({"s"}, {{T("ABC")}}), any_order())
            .equal);
    CHECK_FALSE(
        compare_result_sets(result({"s"}, {{T("a ")}}), result({"s"}, {{T("a")}}), any_order())
            .equal);
    CHECK(compare_result_sets(result({"b"}, {{Blob{"\x01\x02"}}}),
                              result({"b"}, {{Blob{"\x01\x02"}}}), any_order())
              .equal);
    CHECK_FALSE(compare_result_sets(result({"b"}, {{Blob{"\x01"}}}), result({"b"}, {{T("\x01")}}),
                                    any_order())
                    .equal);
}

TEST_CASE("text '2' is not the number 2, and the hint says which column holds text") {
    const auto c =
        compare_result_sets(result({"n"}, {{T("2")}}), result({"n"}, {{I(2)}}), any_order());
    CHECK_FALSE(c.equal);
    CHECK(has_hint(c, "column n holds text in your result, numbers in the reference"));
}

// ---- rows: bag and set ------------------------------------------------------------------------

TEST_CASE("bag comparison counts duplicates; set comparison ignores them") {
    const auto user = result({"x"}, {{I(1)}, {I(1)}, {I(2)}});
    const auto ref = result({"x"}, {{I(2)}, {I(1)}});
    const auto bag = compare_result_sets(user, ref, any_order());
    CHECK_FALSE(bag.equal);
    CHECK(bag.diff.unexpected_row_count == 1);
    CHECK(bag.diff.missing_row_count == 0);
    REQUIRE(bag.diff.unexpected_rows.size() == 1);
    CHECK(bag.diff.unexpected_rows[0] == Row{I(1)});

    CompareSpec set;
    set.rows_as_set = true;
    CHECK(compare_result_sets(user, ref, set).equal);
    CHECK(compare_result_sets(ref, user, set).equal);
}

TEST_CASE("set comparison lists each distinct missing row once") {
    CompareSpec set;
    set.rows_as_set = true;
    const auto c =
        compare_result_sets(result({"x"}, {{I(1)}}), result({"x"}, {{I(1)}, {I(3)}, {I(3)}}), set);
    CHECK_FALSE(c.equal);
    CHECK(c.diff.missing_row_count == 1);
}

TEST_CASE("diff shows the first few rows per side but counts all of them") {
    std::vector<Row> ref;
    for (int i = 0; i < 32; ++i) ref.push_back({I(i)});
    const auto c = compare_result_sets(result({"x"}, {}), result({"x"}, ref), any_order());
    CHECK(c.diff.missing_row_count == 32);
    REQUIRE(c.diff.missing_rows.size() == k_diff_rows_shown);
    CHECK(c.diff.missing_rows[0] == Row{I(0)});  // in the reference's order
    CHECK(c.diff.expected_row_count == 32);
    CHECK(c.diff.actual_row_count == 0);
}

TEST_CASE("empty results: both empty is equal; one empty side is not") {
    CHECK(compare_result_sets(result({"x"}, {}), result({"x"}, {}), any_order()).equal);
    const auto extra = compare_result_sets(result({"x"}, {{I(1)}}), result({"x"}, {}), any_order());
    CHECK_FALSE(extra.equal);
    CHECK(extra.diff.unexpected_row_count == 1);
    const auto missing =
        compare_result_sets(result({"x"}, {}), result({"x"}, {{I(1)}}), exact_order());
    CHECK_FALSE(missing.equal);
    CHECK(missing.diff.missing_row_count == 1);
    CHECK_FALSE(missing.diff.first_order_mismatch.has_value());
}

// ---- columns ------------------------------------------------------------------------------------

TEST_CASE("columns match by name case-insensitively and in any order") {
    const auto user = result({"TOTAL", "Name"}, {{I(5), T("a")}, {I(7), T("b")}});
    const auto ref = result({"name", "total"}, {{T("b"), I(7)}, {T("a"), I(5)}});
    const auto c = compare_result_sets(user, ref, any_order());
    CHECK(c.equal);
}

TEST_CASE("missing and unexpected columns are listed and the result is unequal") {
    const auto c = compare_result_sets(result({"name", "cnt"}, {{T("a"), I(1)}}),
                                       result({"name", "total"}, {{T("a"), I(1)}}), any_order());
    CHECK_FALSE(c.equal);
    CHECK(c.diff.missing_columns == std::vector<std::string>{"total"});
    CHECK(c.diff.unexpected_columns == std::vector<std::string>{"cnt"});
    CHECK(has_hint(c, "your columns are named name, cnt; the problem asks for name, total."));
    // Same width: rows were compared by position, and they agree.
    CHECK(c.diff.missing_row_count == 0);
    CHECK(c.diff.unexpected_row_count == 0);
}

TEST_CASE("a different number of columns is reported with both lists") {
    const auto c = compare_result_sets(result({"a", "b", "c"}, {{I(1), I(2), I(3)}}),
                                       result({"a", "b"}, {{I(1), I(2)}}), any_order());
    CHECK_FALSE(c.equal);
    CHECK(c.diff.unexpected_columns == std::vector<std::string>{"c"});
    CHECK(c.diff.actual_column_count == 3);
    CHECK(c.diff.expected_column_count == 2);
    CHECK(has_hint(c, "your result has 3 columns (a, b, c); the problem asks for 2 (a, b)."));
}

TEST_CASE("duplicate column names in the user's result pair one to one without crashing") {
    const auto c = compare_result_sets(result({"id", "id"}, {{I(1), I(1)}}),
                                       result({"id", "x"}, {{I(1), I(1)}}), any_order());
    CHECK_FALSE(c.equal);
    CHECK(c.diff.missing_columns == std::vector<std::string>{"x"});
    CHECK(c.diff.unexpected_columns == std::vector<std::string>{"id"});
    const auto both = compare_result_sets(result({"id", "ID"}, {{I(1), I(2)}}),
                                          result({"id", "id"}, {{I(1), I(2)}}), any_order());
    CHECK(both.equal);
}

TEST_CASE("positional comparison ignores names but needs the same column count") {
    CompareSpec positional;
    positional.columns_by_name = false;
    CHECK(compare_result_sets(result({"foo", "bar"}, {{I(1), T("a")}}),
                              result({"n", "s"}, {{I(1), T("a")}}), positional)
              .equal);
    // Swapped columns are not reordered by name.
    CHECK_FALSE(compare_result_sets(result({"s", "n"}, {{T("a"), I(1)}}),
                                    result({"n", "s"}, {{I(1), T("a")}}), positional)
                    .equal);
    const auto narrow = compare_result_sets(result({"n"}, {{I(1)}}),
                                            result({"n", "s"}, {{I(1), T("a")}}), positional);
    CHECK_FALSE(narrow.equal);
    CHECK(narrow.diff.missing_columns.empty());
    CHECK(has_hint(narrow, "your result has 1 column (n); the problem asks for 2 (n, s)."));
}

// ---- order
// ----------------------------------------------------------------------------------------

TEST_CASE("exact order reports the first position that differs when the rows are right") {
    const auto ref = result({"x"}, {{I(1)}, {I(2)}, {I(3)}, {I(4)}});
    CHECK(compare_result_sets(ref, ref, exact_order()).equal);
    const auto c =
        compare_result_sets(result({"x"}, {{I(1)}, {I(2)}, {I(4)}, {I(3)}}), ref, exact_order());
    CHECK_FALSE(c.equal);
    REQUIRE(c.diff.first_order_mismatch.has_value());
    CHECK(*c.diff.first_order_mismatch == 2);
    CHECK(has_hint(c, "right rows, wrong order"));
    CHECK(compare_result_sets(result({"x"}, {{I(4)}, {I(3)}, {I(2)}, {I(1)}}), ref, any_order())
              .equal);
}

TEST_CASE("exact order maps columns by name before comparing positions") {
    const auto c =
        compare_result_sets(result({"b", "a"}, {{I(10), I(1)}, {I(20), I(2)}}),
                            result({"a", "b"}, {{I(1), I(10)}, {I(2), I(20)}}), exact_order());
    CHECK(c.equal);
}

TEST_CASE("sorted-by-columns accepts any order among ties") {
    const auto ref = result({"month", "total"}, {{I(1), I(5)}, {I(1), I(9)}, {I(2), I(1)}});
    const auto user = result({"month", "total"}, {{I(1), I(9)}, {I(1), I(5)}, {I(2), I(1)}});
    CHECK(compare_result_sets(user, ref, sorted_by({"month"})).equal);
    const auto c = compare_result_sets(user, ref, sorted_by({"month", "total"}));
    CHECK_FALSE(c.equal);
    REQUIRE(c.diff.first_order_mismatch.has_value());
    CHECK(*c.diff.first_order_mismatch == 1);
    CHECK(has_hint(c, "right rows, wrong order: add ORDER BY month, total."));
}

TEST_CASE("sorted-by-columns honours desc and puts NULLs first ascending, last descending") {
    const auto asc = result({"v"}, {{k_null}, {I(1)}, {D(2.5)}, {T("a")}});
    CHECK(compare_result_sets(asc, asc, sorted_by({"v"})).equal);
    const auto desc = result({"v"}, {{T("a")}, {D(2.5)}, {I(1)}, {k_null}});
    CHECK(compare_result_sets(desc, desc, sorted_by({"V DESC"})).equal);
    const auto c = compare_result_sets(asc, asc, sorted_by({"v desc"}));
    CHECK_FALSE(c.equal);
    CHECK(*c.diff.first_order_mismatch == 1);
    CHECK(has_hint(c, "ORDER BY v DESC"));
}

TEST_CASE("sorted-by-columns treats values within tolerance as ties") {
    const auto user = result({"v"}, {{D(1.0 + 5e-10)}, {D(1.0)}, {D(2.0)}});
    CHECK(compare_result_sets(user, user, sorted_by({"v"})).equal);
}

TEST_CASE("parse_order_column reads an optional asc/desc suffix") {
    CHECK(parse_order_column("total desc").descending);
    CHECK(parse_order_column("total desc").name == "total");
    CHECK(parse_order_column(" Name ASC ").name == "Name");
    CHECK_FALSE(parse_order_column("Name ASC").descending);
    CHECK(parse_order_column("description").name == "description");
    CHECK_FALSE(parse_order_column("description").descending);
}

// ---- rules
// ------------------------------------------------------------------------------------------

TEST_CASE("describe_rules states each option in plain words") {
    CHECK(describe_rules(any_order()) ==
          "rows in any order; columns matched by name (case-insensitive); duplicate rows count; "
          "numbers equal within 1e-09 (absolute or relative)");
    CompareSpec s = exact_order();
    s.columns_by_name = false;
    s.rows_as_set = true;
    s.tolerance = 0.005;
    CHECK(
        describe_rules(s) ==
        "rows in the reference's exact order; columns by position (names ignored); duplicate rows "
        "ignored; numbers equal within 0.005 (absolute or relative)");
    CHECK(describe_rules(sorted_by({"month", "total DESC"}))
              .starts_with("rows must be sorted by month, total desc (ties in any order); "));
}

// ---- near-miss hints
// ------------------------------------------------------------------------------

namespace {
// The same unrelated mismatch for every "does not fire" check: one wrong key row.
const ResultSet k_unrelated_ref =
    result({"city", "avg_price"}, {{T("Oslo"), D(3.14)}, {T("Rome"), D(2.5)}});
const ResultSet k_unrelated_user =
    result({"city", "avg_price"}, {{T("Oslo"), D(3.14)}, {T("Roma"), D(2.5)}});

Comparison unrelated() {
    return compare_result_sets(k_unrelated_user, k_unrelated_ref, any_order());
}
}  // namespace

TEST_CASE("an unrelated mismatch gets no specific near-miss hint") {
    const auto c = unrelated();
    INFO(all_hints(c));
    CHECK_FALSE(c.equal);
    CHECK(c.diff.missing_row_count == 1);
    CHECK(c.diff.unexpected_row_count == 1);
    CHECK(c.diff.hints.empty());  // one extra and one missing row: the diff says it all
}

TEST_CASE("hint: values equal after rounding to the reference's decimals suggest ROUND") {
    const auto ref = result({"city", "avg_price"},
                            {{T("Oslo"), D(3.14)}, {T("Rome"), D(2.67)}, {T("Bonn"), D(1.5)}});
    const auto user =
        result({"city", "avg_price"},
               {{T("Oslo"), D(3.14159)}, {T("Rome"), D(2.6666667)}, {T("Bonn"), D(1.5)}});
    const auto c = compare_result_sets(user, ref, any_order());
    INFO(all_hints(c));
    CHECK_FALSE(c.equal);
    CHECK(has_hint(c, "2 values differ only beyond the 2nd decimal: did you ROUND(avg_price, 2)?"));
    CHECK_FALSE(has_hint(unrelated(), "ROUND"));
}

TEST_CASE("hint: values rounded more than the reference suggest rounding less") {
    const auto ref = result({"x"}, {{D(3.14159)}, {D(2.71828)}});
    const auto user = result({"x"}, {{D(3.1)}, {D(2.7)}});
    const auto c = compare_result_sets(user, ref, any_order());
    INFO(all_hints(c));
    CHECK(has_hint(c, "2 values in x match the reference only after rounding it to your decimals"));
    // A wrong value with a short decimal expansion is not a rounding near miss.
    const auto wrong = compare_result_sets(result({"x"}, {{D(3.5)}, {D(2.7)}}), ref, any_order());
    CHECK_FALSE(has_hint(wrong, "rounding"));
}

TEST_CASE("hint: whole numbers where the reference has fractions suggest integer division") {
    // SQLite: 7 / 2 = 3, 1 / 4 = 0; the reference uses 1.0 * a / b.
    const auto ref =
        result({"team", "ratio"}, {{T("a"), D(3.5)}, {T("b"), D(0.25)}, {T("c"), D(2.0)}});
    const auto user = result({"team", "ratio"}, {{T("a"), I(3)}, {T("b"), I(0)}, {T("c"), I(2)}});
    const auto c = compare_result_sets(user, ref, any_order());
    INFO(all_hints(c));
    CHECK(has_hint(
        c,
        "column ratio holds whole numbers where the reference has fractions: integer division?"));
    CHECK_FALSE(has_hint(c, "ROUND"));
    const auto off = compare_result_sets(
        result({"team", "ratio"}, {{T("a"), I(4)}, {T("b"), I(0)}, {T("c"), I(2)}}), ref,
        any_order());
    CHECK_FALSE(has_hint(off, "integer division"));
    CHECK_FALSE(has_hint(unrelated(), "integer division"));
}

TEST_CASE("hint: a column 100 times the reference is a percent where a fraction is asked") {
    const auto ref = result({"ad", "ctr"}, {{T("x"), D(0.123456)}, {T("y"), D(0.05)}});
    const auto user =
        result({"ad", "ctr"}, {{T("x"), D(12.35)}, {T("y"), D(5.0)}});  // ROUND(100.0 * ..., 2)
    const auto c = compare_result_sets(user, ref, any_order());
    INFO(all_hints(c));
    CHECK(has_hint(
        c,
        "column ctr is 100 times the reference: the problem asks for a fraction, not a percent."));
    const auto reverse = compare_result_sets(ref, user, any_order());
    INFO(all_hints(reverse));
    CHECK(
        has_hint(reverse, "column ctr is 1/100 of the reference: the problem asks for a percent"));
    const auto off = compare_result_sets(
        result({"ad", "ctr"}, {{T("x"), D(13.0)}, {T("y"), D(5.0)}}), ref, any_order());
    CHECK_FALSE(has_hint(off, "100"));
    CHECK_FALSE(has_hint(unrelated(), "percent"));
}

TEST_CASE("hint: each expected row plus duplicates suggests DISTINCT or a fan-out join") {
    const auto ref = result({"id"}, {{I(1)}, {I(2)}, {I(3)}});
    const auto user = result({"id"}, {{I(1)}, {I(2)}, {I(2)}, {I(3)}, {I(3)}});
    const auto c = compare_result_sets(user, ref, any_order());
    INFO(all_hints(c));
    CHECK(
        has_hint(c, "your result has 2 extra duplicate rows: DISTINCT, or a join that fans out?"));
    const auto lacking = compare_result_sets(ref, user, any_order());
    CHECK(has_hint(lacking, "your result lacks 2 duplicate rows the reference keeps"));
    // Extra rows that are new values are not duplicates.
    const auto extra =
        compare_result_sets(result({"id"}, {{I(1)}, {I(2)}, {I(3)}, {I(4)}}), ref, any_order());
    CHECK_FALSE(has_hint(extra, "duplicate"));
    CHECK(has_hint(extra, "your result has 1 row the reference does not have, and misses none"));
    CHECK_FALSE(has_hint(unrelated(), "duplicate"));
}

TEST_CASE("hint: only rows with NULLs missing points at LEFT JOIN, COALESCE and NOT IN") {
    const auto ref =
        result({"customer", "last_order"}, {{T("ann"), T("2024-01-02")}, {T("bob"), k_null}});
    const auto user = result({"customer", "last_order"}, {{T("ann"), T("2024-01-02")}});
    const auto c = compare_result_sets(user, ref, any_order());
    INFO(all_hints(c));
    CHECK(has_hint(
        c, "the 1 row you miss all contain NULLs: an inner JOIN where a LEFT JOIN is needed"));
    const auto plain = compare_result_sets(result({"customer", "last_order"}, {{T("bob"), k_null}}),
                                           ref, any_order());
    CHECK_FALSE(has_hint(plain, "NULL"));
    CHECK(has_hint(plain, "your result lacks 1 row of the reference and has no extra rows"));
    CHECK_FALSE(has_hint(unrelated(), "NULL"));
}

TEST_CASE("hint: 0 where the reference has NULL, and the reverse, name COALESCE") {
    const auto ref = result({"k", "total"}, {{T("a"), I(5)}, {T("b"), k_null}});
    const auto user = result({"k", "total"}, {{T("a"), I(5)}, {T("b"), I(0)}});
    const auto c = compare_result_sets(user, ref, any_order());
    INFO(all_hints(c));
    CHECK(has_hint(c, "1 value is NULL in the reference but 0 or '' in your result"));
    const auto reverse = compare_result_sets(ref, user, any_order());
    CHECK(has_hint(reverse, "1 value is NULL in your result where the reference has 0 or ''"));
    const auto other = compare_result_sets(result({"k", "total"}, {{T("a"), I(5)}, {T("b"), I(7)}}),
                                           ref, any_order());
    CHECK_FALSE(has_hint(other, "COALESCE"));
}

TEST_CASE("hint: right rows in the wrong order only when the rows are right") {
    const auto ref = result({"x"}, {{I(1)}, {I(2)}});
    const auto c = compare_result_sets(result({"x"}, {{I(2)}, {I(1)}}), ref, exact_order());
    CHECK(has_hint(c, "right rows, wrong order"));
    const auto wrong_rows =
        compare_result_sets(result({"x"}, {{I(3)}, {I(1)}}), ref, exact_order());
    CHECK_FALSE(has_hint(wrong_rows, "wrong order"));
    CHECK_FALSE(wrong_rows.diff.first_order_mismatch.has_value());
}

TEST_CASE("no hints at all when the results are equal") {
    const auto ref = result({"x"}, {{D(0.123)}});
    const auto c = compare_result_sets(ref, ref, any_order());
    CHECK(c.equal);
    CHECK(c.diff.hints.empty());
}

// ---- property
// ---------------------------------------------------------------------------------------

TEST_CASE("property: a shuffled 1,000-row result equals under any order, not under exact") {
    std::mt19937_64 rng(20240611);  // fixed seed: reproducible
    std::uniform_real_distribution<double> real(-1e6, 1e6);
    std::uniform_int_distribution<int> small(0, 20);
    std::vector<Row> rows;
    for (int i = 0; i < 1000; ++i) {
        Row row{I(small(rng)), D(real(rng)), T("name" + std::to_string(small(rng)))};
        if (i % 10 == 0) row[2] = k_null;
        rows.push_back(row);
    }
    const auto ref = result({"k", "v", "s"}, rows);
    std::shuffle(rows.begin(), rows.end(), rng);
    auto shuffled = result({"k", "v", "s"}, rows);
    CHECK(compare_result_sets(shuffled, ref, any_order()).equal);
    const auto exact = compare_result_sets(shuffled, ref, exact_order());
    CHECK_FALSE(exact.equal);
    CHECK(exact.diff.first_order_mismatch.has_value());

    // Nudging within tolerance keeps it equal; one value pushed beyond tolerance breaks one row.
    for (Row& row : shuffled.rows) row[1] = D(std::get<double>(row[1]) * (1 + 1e-12));
    CHECK(compare_result_sets(shuffled, ref, any_order()).equal);
    const std::size_t victim = std::uniform_int_distribution<std::size_t>(0, 999)(rng);
    shuffled.rows[victim][1] = D(std::get<double>(shuffled.rows[victim][1]) + 1.0);
    const auto perturbed = compare_result_sets(shuffled, ref, any_order());
    CHECK_FALSE(perturbed.equal);
    CHECK(perturbed.diff.missing_row_count == 1);
    CHECK(perturbed.diff.unexpected_row_count == 1);
    REQUIRE(perturbed.diff.unexpected_rows.size() == 1);
    CHECK(perturbed.diff.unexpected_rows[0] == shuffled.rows[victim]);
}

TEST_CASE("set comparison with exact order compares the sequences of first occurrences") {
    CompareSpec spec = exact_order();
    spec.rows_as_set = true;
    const auto ref = result({"x"}, {{I(1)}, {I(2)}, {I(3)}});
    CHECK(compare_result_sets(result({"x"}, {{I(1)}, {I(1)}, {I(2)}, {I(3)}, {I(2)}}), ref, spec).equal);
    const auto c = compare_result_sets(result({"x"}, {{I(1)}, {I(1)}, {I(3)}, {I(2)}}), ref, spec);
    CHECK_FALSE(c.equal);
    REQUIRE(c.diff.first_order_mismatch.has_value());
    CHECK(*c.diff.first_order_mismatch == 2);  // the user's row index of the first misplaced value
}
