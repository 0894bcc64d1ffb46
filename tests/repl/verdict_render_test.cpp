// How a rejected SQL verdict reads: the summary sentence and the diff tables.
#include "repl/verdict_render.hpp"

#include <doctest/doctest.h>

#include "grade/sql_grader.hpp"
#include "sql/comparator.hpp"

using namespace prepl;

namespace {

sql::ResultSet numbers(std::vector<std::string> columns, int from, int to) {
    sql::ResultSet r{std::move(columns), {}};
    for (int i = from; i <= to; ++i) r.rows.push_back({sql::Value{std::int64_t{i}}, sql::Value{std::string("n") + std::to_string(i)}});
    return r;
}

grade::Verdict rejected_with(const sql::Comparison& cmp) {
    grade::Verdict v;
    v.status = grade::Verdict::Status::rejected;
    v.problem_id = "p";
    v.diff = cmp.diff;
    v.message = grade::summarize_diff(*v.diff) + ".";
    return v;
}

}  // namespace

TEST_CASE("diff tables are headed with the reference's column names and say how many rows there are") {
    // Reference: ids 1..30; the user's result: ids 6..32 under other-cased names, in another order.
    const auto expected = numbers({"user_id", "name"}, 1, 30);
    auto actual = numbers({"NAME", "USER_ID"}, 6, 32);
    for (auto& row : actual.rows) std::swap(row[0], row[1]);
    const auto cmp = sql::compare_result_sets(actual, expected, {});
    REQUIRE_FALSE(cmp.equal);
    repl::VerdictRenderOptions options;
    options.table.mode = repl::TableMode::list;
    const std::string out = repl::render_verdict(rejected_with(cmp), options);
    CHECK(out.find("5 of the 30 expected rows are missing and 2 rows are unexpected (you returned 27 rows)") != std::string::npos);
    CHECK(out.find("Missing rows (in the expected result, not in yours): 5\nuser_id|name\n1|n1\n") != std::string::npos);
    CHECK(out.find("Unexpected rows (in yours, not in the expected result): 2\nuser_id|name\n31|n31\n32|n32\n") != std::string::npos);
    CHECK(out.find("#1") == std::string::npos);
}

TEST_CASE("up to 20 rows per side, with the total and --full for the rest") {
    const auto expected = numbers({"id", "name"}, 1, 25);
    const sql::ResultSet actual{{"id", "name"}, {}};
    repl::VerdictRenderOptions options;
    options.table.mode = repl::TableMode::list;
    const std::string out = repl::render_verdict(rejected_with(sql::compare_result_sets(actual, expected, {})), options);
    CHECK(out.find("20|n20\n") != std::string::npos);
    CHECK(out.find("21|n21") == std::string::npos);
    CHECK(out.find("(20 of 25 shown; `--full` shows them all)") != std::string::npos);
    // --full keeps every row.
    const auto all = sql::compare_result_sets(actual, expected, {}, 1000);
    const std::string full = repl::render_verdict(rejected_with(all), options);
    CHECK(full.find("25|n25\n") != std::string::npos);
    CHECK(full.find("shown;") == std::string::npos);
}

TEST_CASE("the summary's wording: singular rows, and an order break named by the rows it involves") {
    const auto expected = numbers({"id", "name"}, 1, 6);
    const auto five = numbers({"id", "name"}, 1, 5);
    CHECK(grade::summarize_diff(sql::compare_result_sets(five, expected, {}).diff) ==
          "1 of the 6 expected rows is missing (you returned 5 rows)");
    // Sorted by id is required; the user's first row is already a wrong one (99) and row 2 (1)
    // is the first that breaks the order.
    bank::CompareSpec sorted;
    sorted.order = bank::CompareSpec::Order::by_columns;
    sorted.order_columns = {"id"};
    sql::ResultSet user = expected;
    user.rows.front() = {sql::Value{std::int64_t{99}}, sql::Value{std::string("n99")}};
    user.rows.insert(user.rows.begin() + 1, sql::Row{sql::Value{std::int64_t{1}}, sql::Value{std::string("n1")}});
    user.rows.erase(user.rows.begin() + 2);  // 99, 1, 3, 4, 5, 6
    const std::string text = grade::summarize_diff(sql::compare_result_sets(user, expected, sorted).diff);
    CHECK(text.find("the rows are right") == std::string::npos);
    CHECK(text.find("also, the rows are not in the required order: row 2 should come before row 1") != std::string::npos);
    // The rows right, the order wrong (exact order): the first misplaced row is named.
    bank::CompareSpec exact;
    exact.order = bank::CompareSpec::Order::exact;
    sql::ResultSet swapped = expected;
    std::swap(swapped.rows[2], swapped.rows[3]);
    CHECK(grade::summarize_diff(sql::compare_result_sets(swapped, expected, exact).diff) ==
          "The rows are right but their order is not: row 3 is the first in the wrong place");
}

TEST_CASE("hidden rows: the verdict says how to reveal them where it is read") {
    grade::Verdict v;
    v.status = grade::Verdict::Status::rejected;
    v.diff = sql::ResultDiff{};
    v.hidden_fixture = true;
    repl::VerdictRenderOptions options;
    CHECK(repl::render_verdict(v, options).find("`check --reveal` shows them") != std::string::npos);
    options.reveal_how = "`submit --reveal` shows them";
    CHECK(repl::render_verdict(v, options).find("`submit --reveal` shows them") != std::string::npos);
}
