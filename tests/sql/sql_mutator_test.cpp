#include <doctest/doctest.h>

#include <algorithm>

#include "sql/sql_mutator.hpp"
#include "sql/sql_tokenizer.hpp"

using namespace prepl;

namespace {

// The mutated texts of `sql`, for membership checks (expected texts are written by hand below).
std::vector<std::string> texts(std::string_view sql) {
    std::vector<std::string> out;
    for (const auto& m : sql::mutate_sql(sql)) out.push_back(m.sql);
    return out;
}
bool has(const std::vector<std::string>& all, std::string_view text) {
    return std::find(all.begin(), all.end(), text) != all.end();
}

}  // namespace

TEST_CASE("the tokenizer keeps strings, quoted names and comments whole and tracks depth") {
    const auto tokens = sql::tokenize_sql("SELECT \"a b\", 'x > y' -- c > d\nFROM t WHERE (n >= 1.5e3)");
    std::vector<std::string> seen;
    for (const auto& t : tokens) seen.push_back(t.upper);
    const std::vector<std::string> expected = {"SELECT", "\"a b\"", ",", "'x > y'", "FROM", "T", "WHERE",
                                               "(", "N", ">=", "1.5e3", ")"};
    CHECK(seen == expected);
    CHECK(tokens[8].depth == 1);  // n inside the parentheses
    CHECK(tokens[7].depth == 0);  // '(' and ')' sit at the outer depth
    CHECK(tokens[11].depth == 0);
}

TEST_CASE("comparison swaps, AND/OR and dropped conjuncts; BETWEEN's AND is not a conjunction") {
    const auto all = texts("SELECT id FROM t WHERE a > 1 AND b BETWEEN 2 AND 3");
    CHECK(has(all, "SELECT id FROM t WHERE a >= 1 AND b BETWEEN 2 AND 3"));
    CHECK(has(all, "SELECT id FROM t WHERE a > 1 OR b BETWEEN 2 AND 3"));
    CHECK(has(all, "SELECT id FROM t WHERE a > 1 "));  // right conjunct dropped
    CHECK(has(all, "SELECT id FROM t WHERE b BETWEEN 2 AND 3"));  // left conjunct dropped
    CHECK_FALSE(has(all, "SELECT id FROM t WHERE a > 1 AND b BETWEEN 2 OR 3"));
}

TEST_CASE("joins, counts, DISTINCT, ranking and aggregate swaps") {
    const auto all = texts("SELECT d.name, COUNT(DISTINCT e.id), MIN(e.pay), RANK() OVER (ORDER BY e.pay) "
                           "FROM d LEFT JOIN e ON e.d = d.id GROUP BY d.name");
    CHECK(has(all, "SELECT d.name, COUNT(DISTINCT e.id), MIN(e.pay), RANK() OVER (ORDER BY e.pay) "
                   "FROM d JOIN e ON e.d = d.id GROUP BY d.name"));
    CHECK(has(all, "SELECT d.name, COUNT(e.id), MIN(e.pay), RANK() OVER (ORDER BY e.pay) "
                   "FROM d LEFT JOIN e ON e.d = d.id GROUP BY d.name"));
    CHECK(has(all, "SELECT d.name, COUNT(DISTINCT e.id), MAX(e.pay), RANK() OVER (ORDER BY e.pay) "
                   "FROM d LEFT JOIN e ON e.d = d.id GROUP BY d.name"));
    CHECK(has(all, "SELECT d.name, COUNT(DISTINCT e.id), MIN(e.pay), DENSE_RANK() OVER (ORDER BY e.pay) "
                   "FROM d LEFT JOIN e ON e.d = d.id GROUP BY d.name"));
    CHECK(has(all, "SELECT d.name, COUNT(DISTINCT e.id), MIN(e.pay), ROW_NUMBER() OVER (ORDER BY e.pay) "
                   "FROM d LEFT JOIN e ON e.d = d.id GROUP BY d.name"));
    CHECK(has(all, "SELECT d.name, COUNT(DISTINCT e.id), MIN(e.pay), RANK() OVER (ORDER BY e.pay DESC) "
                   "FROM d LEFT JOIN e ON e.d = d.id GROUP BY d.name"));
    CHECK(has(all, "SELECT d.name, COUNT(DISTINCT e.id), MIN(e.pay), RANK() OVER (ORDER BY e.pay) "
                   "FROM d LEFT JOIN e GROUP BY d.name"));  // one-condition ON dropped
}

TEST_CASE("integer division guards, literals, ROUND digits, LIMIT, dates and NULL checks") {
    const auto all = texts("SELECT ROUND(1.0 * a / 60.0, 2) FROM t WHERE d >= '2024-02-01' AND x IS NULL LIMIT 3");
    CHECK(has(all, "SELECT ROUND(a / 60.0, 2) FROM t WHERE d >= '2024-02-01' AND x IS NULL LIMIT 3"));
    CHECK(has(all, "SELECT ROUND(1.0 * a / 60, 2) FROM t WHERE d >= '2024-02-01' AND x IS NULL LIMIT 3"));
    CHECK(has(all, "SELECT ROUND(1.0 * a / 60.0, 3) FROM t WHERE d >= '2024-02-01' AND x IS NULL LIMIT 3"));
    CHECK(has(all, "SELECT ROUND(1.0 * a / 60.0, 2) FROM t WHERE d >= '2024-01-31' AND x IS NULL LIMIT 3"));
    CHECK(has(all, "SELECT ROUND(1.0 * a / 60.0, 2) FROM t WHERE d >= '2024-02-01' AND x IS NOT NULL LIMIT 3"));
    CHECK(has(all, "SELECT ROUND(1.0 * a / 60.0, 2) FROM t WHERE d >= '2024-02-01' AND x IS NULL LIMIT 2"));
    const auto cast = texts("SELECT CAST(n AS REAL) / m FROM t");
    CHECK(has(cast, "SELECT n / m FROM t"));
}

TEST_CASE("GROUP BY and PARTITION BY keys, UNION, COALESCE; strings are never edited") {
    const auto all = texts("SELECT a, b, COALESCE(SUM(x), 0) FROM t GROUP BY a, b UNION SELECT 'a > b', 1, 2");
    CHECK(has(all, "SELECT a, b, COALESCE(SUM(x), 0) FROM t GROUP BY b UNION SELECT 'a > b', 1, 2"));
    CHECK(has(all, "SELECT a, b, COALESCE(SUM(x), 0) FROM t GROUP BY a UNION SELECT 'a > b', 1, 2"));
    CHECK(has(all, "SELECT a, b, COALESCE(SUM(x), 0) FROM t GROUP BY a, b UNION ALL SELECT 'a > b', 1, 2"));
    CHECK(has(all, "SELECT a, b, SUM(x) FROM t GROUP BY a, b UNION SELECT 'a > b', 1, 2"));
    for (const auto& m : all) CHECK(m.find("'a > b'") != std::string::npos);
    const auto win = texts("SELECT SUM(x) OVER (PARTITION BY u ORDER BY ts) FROM t");
    CHECK(has(win, "SELECT SUM(x) OVER (ORDER BY ts) FROM t"));
}

TEST_CASE("mutants are distinct and never the original") {
    const std::string sql = "SELECT a FROM t WHERE a > 1 AND a > 1";
    const auto all = sql::mutate_sql(sql);
    std::vector<std::string> seen;
    for (const auto& m : all) {
        CHECK(m.sql != sql);
        CHECK_FALSE(has(seen, m.sql));
        seen.push_back(m.sql);
        CHECK(m.line == 1);
        CHECK_FALSE(m.description.empty());
    }
}
