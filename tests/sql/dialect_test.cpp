#include "sql/dialect.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>

#include "sql/timestamp.hpp"

using namespace prepl::sql;

namespace {

// A plain connection with only the dialect functions added, so these tests see dialect.cpp alone.
class DialectDb {
public:
    DialectDb() {
        REQUIRE(sqlite3_open(":memory:", &m_db) == SQLITE_OK);
        REQUIRE(register_dialect_functions(m_db) == SQLITE_OK);
        exec("CREATE TABLE v (id INTEGER PRIMARY KEY, x);");
    }
    ~DialectDb() { sqlite3_close(m_db); }
    DialectDb(const DialectDb&) = delete;
    DialectDb& operator=(const DialectDb&) = delete;

    void exec(const std::string& sql) {
        char* error = nullptr;
        const int rc = sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, &error);
        INFO(sql, " -> ", (error ? error : ""));
        sqlite3_free(error);
        REQUIRE(rc == SQLITE_OK);
    }
    void values(const std::string& list) {
        exec("DELETE FROM v; INSERT INTO v (x) VALUES " + list);
    }

    // The first column of the first row: its type and, by type, its value.
    struct Cell {
        int type = SQLITE_NULL;
        double real = 0;
        std::int64_t integer = 0;
        std::string text;
        std::string error;
    };
    Cell one(const std::string& sql) {
        Cell cell;
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
            cell.error = sqlite3_errmsg(m_db);
            return cell;
        }
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            cell.type = sqlite3_column_type(stmt, 0);
            cell.real = sqlite3_column_double(stmt, 0);
            cell.integer = sqlite3_column_int64(stmt, 0);
            if (const auto* t = sqlite3_column_text(stmt, 0))
                cell.text = reinterpret_cast<const char*>(t);
        } else if (rc != SQLITE_DONE) {
            cell.error = sqlite3_errmsg(m_db);
        }
        sqlite3_finalize(stmt);
        return cell;
    }
    double real(const std::string& sql) {
        const Cell c = one(sql);
        INFO(sql, " -> ", c.error);
        REQUIRE(c.error.empty());
        REQUIRE(c.type == SQLITE_FLOAT);
        return c.real;
    }
    std::string text(const std::string& sql) {
        const Cell c = one(sql);
        INFO(sql, " -> ", c.error);
        REQUIRE(c.error.empty());
        REQUIRE(c.type == SQLITE_TEXT);
        return c.text;
    }
    std::int64_t integer(const std::string& sql) {
        const Cell c = one(sql);
        INFO(sql, " -> ", c.error);
        REQUIRE(c.error.empty());
        REQUIRE(c.type == SQLITE_INTEGER);
        return c.integer;
    }
    bool null(const std::string& sql) {
        const Cell c = one(sql);
        INFO(sql, " -> ", c.error);
        return c.error.empty() && c.type == SQLITE_NULL;
    }
    std::string error(const std::string& sql) { return one(sql).error; }

private:
    sqlite3* m_db = nullptr;
};

}  // namespace

TEST_CASE("dialect_function_names lists every registered function in lower case") {
    const auto& names = dialect_function_names();
    CHECK(names.size() == 12);
    for (auto name :
         {"median", "percentile_cont", "stddev", "stddev_samp", "stddev_pop", "variance",
          "var_samp", "var_pop", "date_trunc", "datediff", "greatest", "least"}) {
        CHECK_MESSAGE(std::find(names.begin(), names.end(), std::string_view(name)) != names.end(),
                      name);
    }
}

TEST_CASE("MEDIAN ignores NULLs and averages the middle two of an even count") {
    DialectDb db;
    db.values("(1), (3), (2), (4)");
    CHECK(db.real("SELECT median(x) FROM v") == 2.5);  // sorted 1 2 3 4: (2 + 3) / 2
    db.values("(5), (NULL), (1), (3)");
    CHECK(db.real("SELECT median(x) FROM v") == 3.0);  // NULL dropped: 1 3 5
    db.values("('7'), (1.5)");
    CHECK(db.real("SELECT median(x) FROM v") == 4.25);  // numeric text counts: (1.5 + 7) / 2
    CHECK(db.null("SELECT median(x) FROM v WHERE 0"));
    db.values("('seven')");
    CHECK(db.error("SELECT median(x) FROM v") ==
          "median() expects numbers; got a text or blob value");
}

TEST_CASE("MEDIAN works as a window function over a sliding frame") {
    DialectDb db;
    db.values("(1), (10), (2), (8)");
    // Frames of two rows by id: {1}, {1,10}, {10,2}, {2,8} -> 1, 5.5, 6, 5.
    const std::string sql =
        "SELECT group_concat(m, ' ') FROM (SELECT median(x) OVER (ORDER BY id ROWS BETWEEN "
        "1 PRECEDING AND CURRENT ROW) AS m FROM v ORDER BY id)";
    CHECK(db.text(sql) == "1.0 5.5 6.0 5.0");
}

TEST_CASE("PERCENTILE_CONT interpolates at p*(n-1) like PostgreSQL") {
    DialectDb db;
    db.values("(5), (1), (4), (2), (3)");
    CHECK(db.real("SELECT percentile_cont(0.25, x) FROM v") == 2.0);  // position 1 of 1..5
    CHECK(db.real("SELECT percentile_cont(0.5, x) FROM v") == 3.0);
    CHECK(db.real("SELECT percentile_cont(0, x) FROM v") == 1.0);
    CHECK(db.real("SELECT percentile_cont(1, x) FROM v") == 5.0);
    CHECK(db.real("SELECT percentile_cont(0.1, x) FROM v") ==
          doctest::Approx(1.4));  // 1 + 0.4 * (2 - 1)
    db.values("(10), (20), (30), (40)");
    // PostgreSQL: percentile_cont(0.9) WITHIN GROUP (ORDER BY x) = 37 (position 2.7: 30 + 0.7 *
    // 10).
    CHECK(db.real("SELECT percentile_cont(0.9, x) FROM v") == doctest::Approx(37.0));
    CHECK(db.error("SELECT percentile_cont(1.5, x) FROM v") ==
          "percentile_cont(p, x): p must be a number between 0 and 1");
    CHECK(db.error("SELECT percentile_cont(x / 100.0, x) FROM v") ==
          "percentile_cont(p, x): p must be the same on every row");
}

TEST_CASE("standard deviation and variance, sample and population") {
    DialectDb db;
    // Wikipedia's "Standard deviation" example: population sd 2, sample sd sqrt(32/7).
    db.values("(2), (4), (4), (4), (5), (5), (7), (9)");
    CHECK(db.real("SELECT stddev_pop(x) FROM v") == doctest::Approx(2.0).epsilon(1e-15));
    CHECK(db.real("SELECT stddev_samp(x) FROM v") ==
          doctest::Approx(2.138089935299395).epsilon(1e-15));
    CHECK(db.real("SELECT stddev(x) FROM v") == doctest::Approx(2.138089935299395).epsilon(1e-15));
    CHECK(db.real("SELECT var_pop(x) FROM v") == doctest::Approx(4.0).epsilon(1e-15));
    CHECK(db.real("SELECT var_samp(x) FROM v") == doctest::Approx(32.0 / 7.0).epsilon(1e-15));
    CHECK(db.real("SELECT variance(x) FROM v") == doctest::Approx(32.0 / 7.0).epsilon(1e-15));

    // 4, 7, 13, 16 shifted by 1e9: sample variance 30 exactly; the naive sum-of-squares formula
    // loses it (the textbook example for Welford's algorithm).
    db.values("(1e9 + 4), (1e9 + 7), (1e9 + 13), (1e9 + 16)");
    CHECK(db.real("SELECT var_samp(x) FROM v") == 30.0);

    db.values("(42)");
    CHECK(db.null("SELECT stddev_samp(x) FROM v"));  // n < 2
    CHECK(db.null("SELECT var_samp(x) FROM v"));
    CHECK(db.real("SELECT stddev_pop(x) FROM v") == 0.0);
    CHECK(db.null("SELECT var_pop(x) FROM v WHERE 0"));
}

TEST_CASE("DATE_TRUNC returns date() text for year..day and datetime() text below") {
    DialectDb db;
    CHECK(db.text("SELECT date_trunc('year', '2024-05-17 10:11:12')") == "2024-01-01");
    CHECK(db.text("SELECT date_trunc('quarter', '2024-08-15')") == "2024-07-01");
    CHECK(db.text("SELECT date_trunc('month', '2024-02-29 13:45:10')") == "2024-02-01");
    // 2024-01-03 is a Wednesday; 2024-01-07 a Sunday: both in the ISO week of Monday 2024-01-01.
    CHECK(db.text("SELECT date_trunc('week', '2024-01-03')") == "2024-01-01");
    CHECK(db.text("SELECT date_trunc('week', '2024-01-07 23:59:59')") == "2024-01-01");
    CHECK(db.text("SELECT date_trunc('WEEK', '2024-01-08')") == "2024-01-08");
    CHECK(db.text("SELECT date_trunc('day', '2024-03-10T07:59:59.999Z')") == "2024-03-10");
    CHECK(db.text("SELECT date_trunc('hour', '2024-03-10T07:59:59.999Z')") ==
          "2024-03-10 07:00:00");
    CHECK(db.text("SELECT date_trunc('minute', '2024-03-10 07:59:59')") == "2024-03-10 07:59:00");
    CHECK(db.text("SELECT date_trunc('second', '2024-03-10 07:59:59.5')") == "2024-03-10 07:59:59");
    CHECK(db.text("SELECT date_trunc('minutes', '2024-03-10 07:59')") == "2024-03-10 07:59:00");
    // Comparable with SQLite's own functions.
    CHECK(db.integer(
              "SELECT date_trunc('month', '2024-05-17') = date('2024-05-17', 'start of month')") ==
          1);
    CHECK(db.integer("SELECT date_trunc('week', '2024-05-17') = date('2024-05-17', '-6 days', "
                     "'weekday 1')") == 1);
    CHECK(
        db.integer("SELECT date_trunc('hour', '2024-05-17 08:30') = strftime('%Y-%m-%d %H:00:00', "
                   "'2024-05-17 08:30')") == 1);
    CHECK(db.null("SELECT date_trunc('day', NULL)"));
}

TEST_CASE("DATE_TRUNC and DATEDIFF reject bad units and dates clearly") {
    DialectDb db;
    CHECK(db.error("SELECT date_trunc('fortnight', '2024-01-01')") ==
          "date_trunc(): unknown unit 'fortnight'; use year, quarter, month, week, day, hour, "
          "minute or second");
    CHECK(db.error("SELECT date_trunc('day', '2024-02-30')") ==
          "date_trunc(): '2024-02-30' is not a date; use 'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM:SS'");
    CHECK_FALSE(db.error("SELECT date_trunc('day', '2024-01-01 24:00')").empty());
    CHECK_FALSE(db.error("SELECT date_trunc('day', '01/02/2024')").empty());
    CHECK_FALSE(db.error("SELECT date_trunc('day', 20240101)").empty());
    CHECK_FALSE(db.error("SELECT datediff('decade', '2024-01-01', '2025-01-01')").empty());
}

TEST_CASE("DATEDIFF counts unit boundaries crossed from a to b") {
    DialectDb db;
    // Snowflake/Redshift semantics: 2 hours apart, but across midnight.
    CHECK(db.integer("SELECT datediff('day', '2024-01-01 23:00', '2024-01-02 01:00')") == 1);
    CHECK(db.integer("SELECT datediff('day', '2024-02-28', '2024-03-01')") == 2);  // leap year
    CHECK(db.integer("SELECT datediff('day', '2024-01-02', '2024-01-01')") == -1);
    CHECK(db.integer("SELECT datediff('month', '2024-01-31', '2024-02-01')") == 1);
    CHECK(db.integer("SELECT datediff('month', '2023-11-15', '2024-02-14')") == 3);
    CHECK(db.integer("SELECT datediff('quarter', '2024-03-31', '2024-04-01')") == 1);
    CHECK(db.integer("SELECT datediff('year', '2023-12-31', '2024-01-01')") == 1);
    // Sunday 2024-01-07 to Monday 2024-01-08 crosses one ISO week start; Mon..Sun crosses none.
    CHECK(db.integer("SELECT datediff('week', '2024-01-07', '2024-01-08')") == 1);
    CHECK(db.integer("SELECT datediff('week', '2024-01-01', '2024-01-07')") == 0);
    CHECK(db.integer("SELECT datediff('hour', '2024-01-01 10:59', '2024-01-01 11:01')") == 1);
    CHECK(db.integer("SELECT datediff('minute', '2024-01-01 10:59:59', '2024-01-01 11:00:00')") ==
          1);
    CHECK(db.integer("SELECT datediff('second', '2024-01-01', '2024-01-02')") == 86400);
    CHECK(db.null("SELECT datediff('day', NULL, '2024-01-01')"));
}

TEST_CASE("GREATEST and LEAST ignore NULLs like PostgreSQL") {
    DialectDb db;
    CHECK(db.integer("SELECT greatest(1, NULL, 3)") == 3);
    CHECK(db.real("SELECT least(2, 1.5, NULL)") == 1.5);
    CHECK(db.integer("SELECT least(3, 2.5e0 + 10, 7)") == 3);
    CHECK(db.null("SELECT greatest(NULL, NULL)"));
    CHECK(db.text("SELECT greatest('b', 'a', 'ab')") == "b");
    CHECK(db.integer("SELECT greatest(9223372036854775807, 9223372036854775806)") ==
          9223372036854775807);
    CHECK_FALSE(db.error("SELECT greatest()").empty());
}

TEST_CASE("timestamps parse the forms SQLite's date functions write") {
    using namespace std::chrono;
    CHECK(parse_timestamp("1970-01-01") == sys_seconds{0s});
    CHECK(parse_timestamp("1970-01-02 00:00:01") == sys_seconds{86401s});
    CHECK(parse_timestamp(" 1970-01-01T00:01 ") == sys_seconds{60s});
    CHECK(parse_timestamp("1970-01-01 00:00:00.123456Z") == sys_seconds{0s});
    CHECK_FALSE(parse_timestamp("1970-1-1"));
    CHECK_FALSE(parse_timestamp("2023-02-29"));
    CHECK_FALSE(parse_timestamp("2024-01-01 12"));
    CHECK_FALSE(parse_timestamp("2024-01-01 12:00:00."));
    CHECK_FALSE(parse_timestamp("2024-01-01 12:00 +02:00"));
    CHECK(parse_time_unit("Days") == TimeUnit::day);
    CHECK_FALSE(parse_time_unit("s"));
}
