#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <optional>

#include "sql/fuzz_database.hpp"
#include "sql/sandbox.hpp"

using namespace prepl;

namespace {

sql::Fixture shop() {
    auto f = sql::Fixture::build(
        "CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers,"
        " ts TEXT NOT NULL, amount REAL, note TEXT);"
        "CREATE TABLE unrelated(x INTEGER);"
        "INSERT INTO customers VALUES (1,'Ann'),(2,'Bob'),(3,'Cy');"
        "INSERT INTO orders VALUES (10,1,'2024-01-01 10:00:00',9.5,NULL),(11,2,'2024-01-02 11:00:00',20,'gift');"
        "INSERT INTO unrelated VALUES (7);",
        "shop");
    REQUIRE(f.has_value());
    return *f;
}

const std::vector<std::string> k_query = {"SELECT c.name, SUM(o.amount) FROM customers c JOIN orders o USING (customer_id) "
                                          "WHERE o.amount > 15 GROUP BY c.name"};

}  // namespace

TEST_CASE("fuzzed rows keep foreign keys, NOT NULL and the dataset's shapes; unread tables stay empty") {
    auto profile = sql::profile_datasets({shop()}, k_query);
    REQUIRE(profile.has_value());
    REQUIRE(profile->tables.size() == 3);
    CHECK(profile->tables[0].name == "customers");  // parents first
    std::size_t orders_seen = 0, linked = 0;
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {
        auto rows = sql::generate_rows(*profile, seed);
        REQUIRE(rows.has_value());
        std::vector<sql::Value> ids;
        for (const auto& c : rows->tables[0]) ids.push_back(c[0]);
        for (const auto& o : rows->tables[1]) {
            ++orders_seen;
            CHECK_FALSE(sql::is_null(o[1]));  // NOT NULL customer_id
            CHECK_FALSE(sql::is_null(o[2]));
            const auto* ts = std::get_if<std::string>(&o[2]);
            REQUIRE(ts);
            CHECK(ts->size() == 19);  // 'YYYY-MM-DD HH:MM:SS', like the dataset's
        }
        linked += static_cast<std::size_t>(std::count_if(
            rows->tables[1].begin(), rows->tables[1].end(),
            [&](const sql::Row& o) { return std::find(ids.begin(), ids.end(), o[1]) != ids.end(); }));
        CHECK(rows->tables[2].empty());  // `unrelated` is never read
    }
    CHECK(orders_seen > 50);
    CHECK(linked == orders_seen);  // a declared REFERENCES the dataset honours always holds
}

TEST_CASE("a declared foreign key always points at a parent row, unless a dataset itself dangles") {
    auto profile = sql::profile_datasets({shop()}, k_query);
    REQUIRE(profile.has_value());
    std::size_t orders_seen = 0;
    for (std::uint64_t seed = 1; seed <= 100; ++seed) {
        auto rows = sql::generate_rows(*profile, seed);
        REQUIRE(rows.has_value());
        std::vector<sql::Value> ids;
        for (const auto& c : rows->tables[0]) ids.push_back(c[0]);
        for (const auto& o : rows->tables[1]) {
            ++orders_seen;
            CHECK(std::find(ids.begin(), ids.end(), o[1]) != ids.end());
        }
    }
    CHECK(orders_seen > 100);

    auto dangling = sql::Fixture::build(
        "CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers,"
        " ts TEXT NOT NULL, amount REAL, note TEXT);"
        "INSERT INTO customers VALUES (1,'Ann'),(2,'Bob');"
        "INSERT INTO orders VALUES (10,1,'2024-01-01 10:00:00',9.5,NULL),(11,99,'2024-01-02 11:00:00',20,'gift');",
        "dangling");
    REQUIRE(dangling.has_value());
    auto loose = sql::profile_datasets({*dangling}, k_query);
    REQUIRE(loose.has_value());
    bool dangled = false;
    for (std::uint64_t seed = 1; seed <= 100 && !dangled; ++seed) {
        auto rows = sql::generate_rows(*loose, seed);
        REQUIRE(rows.has_value());
        std::vector<sql::Value> ids;
        for (const auto& c : rows->tables[0]) ids.push_back(c[0]);
        for (const auto& o : rows->tables[1])
            if (std::find(ids.begin(), ids.end(), o[1]) == ids.end()) dangled = true;
    }
    CHECK(dangled);
}

TEST_CASE("dates and timestamps stay within the datasets' first..last moment") {
    auto profile = sql::profile_datasets({shop()}, k_query);
    REQUIRE(profile.has_value());
    bool stepped = false;
    for (std::uint64_t seed = 1; seed <= 100; ++seed) {
        auto rows = sql::generate_rows(*profile, seed);
        REQUIRE(rows.has_value());
        for (const auto& o : rows->tables[1]) {
            const auto* ts = std::get_if<std::string>(&o[2]);
            REQUIRE(ts);
            CHECK(*ts >= "2024-01-01 10:00:00");
            CHECK(*ts <= "2024-01-02 11:00:00");
            if (*ts != "2024-01-01 10:00:00" && *ts != "2024-01-02 11:00:00") stepped = true;
        }
    }
    CHECK(stepped);  // steps inside the range are still drawn
}

TEST_CASE("fuzzed databases are reproducible from their seed and differ between seeds") {
    auto profile = sql::profile_datasets({shop()}, k_query);
    REQUIRE(profile.has_value());
    auto a = sql::generate_rows(*profile, 7), b = sql::generate_rows(*profile, 7), c = sql::generate_rows(*profile, 8);
    REQUIRE((a && b && c));
    CHECK(sql::insert_statements(*profile, *a) == sql::insert_statements(*profile, *b));
    CHECK(sql::insert_statements(*profile, *a) != sql::insert_statements(*profile, *c));
}

TEST_CASE("the query's constants are drawn: a boundary the data never reaches shows up") {
    auto profile = sql::profile_datasets({shop()}, k_query);
    REQUIRE(profile.has_value());
    bool boundary = false;
    for (std::uint64_t seed = 1; seed <= 200 && !boundary; ++seed) {
        auto rows = sql::generate_rows(*profile, seed);
        REQUIRE(rows.has_value());
        for (const auto& o : rows->tables[1])
            if (sql::is_number(o[3]) && sql::as_double(o[3]) == 15.0) boundary = true;  // `amount > 15`
    }
    CHECK(boundary);
}

TEST_CASE("INSERT statements read back to the same rows") {
    auto profile = sql::profile_datasets({shop()}, k_query);
    REQUIRE(profile.has_value());
    auto rows = sql::generate_rows(*profile, 3);
    REQUIRE(rows.has_value());
    std::string setup;
    for (const auto& ddl : profile->schema_sql) setup += ddl + ";\n";
    setup += sql::insert_statements(*profile, *rows);
    auto rebuilt = sql::Fixture::build(setup, "rebuilt");
    REQUIRE(rebuilt.has_value());
    auto original = sql::materialize(*profile, *rows, "original");
    REQUIRE(original.has_value());
    auto s1 = sql::Sandbox::open(*rebuilt), s2 = sql::Sandbox::open(*original);
    REQUIRE((s1 && s2));
    auto r1 = s1->run("SELECT * FROM orders ORDER BY order_id"), r2 = s2->run("SELECT * FROM orders ORDER BY order_id");
    REQUIRE((r1 && r2));
    CHECK(r1->rows == r2->rows);
    CHECK(sql::sql_literal(sql::Value{std::string("it's")}) == "'it''s'");
    CHECK(sql::sql_literal(sql::Value{2.0}) == "2.0");
}

TEST_CASE("a kept sandbox refilled with a database's rows answers as a fresh sandbox of that database") {
    auto profile = sql::profile_datasets({shop()}, k_query);
    REQUIRE(profile.has_value());
    REQUIRE(sql::refillable(*profile));
    auto empty = sql::materialize(*profile, sql::FuzzedRows{}, "empty");
    REQUIRE(empty.has_value());
    auto kept = sql::Sandbox::open(*empty);
    REQUIRE(kept.has_value());
    // Row order without ORDER BY too: rowids and index order must match the fresh database's.
    const std::vector<std::string> queries = {k_query[0] + " ORDER BY 1", "SELECT * FROM orders",
                                              "SELECT customer_id, count(*) FROM orders GROUP BY 1",
                                              "SELECT rowid, * FROM unrelated"};
    std::size_t differing_seeds = 0;
    std::optional<sql::ResultSet> previous;
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        auto rows = sql::generate_rows(*profile, seed);
        REQUIRE(rows.has_value());
        REQUIRE(sql::refill(*kept, *profile, *rows).has_value());
        auto fixture = sql::materialize(*profile, *rows, "fresh");
        REQUIRE(fixture.has_value());
        auto fresh = sql::Sandbox::open(*fixture);
        REQUIRE(fresh.has_value());
        for (const auto& q : queries) {
            auto a = kept->run_kept(q), b = fresh->run(q);
            REQUIRE((a && b));
            CHECK(a->columns == b->columns);
            CHECK(a->rows == b->rows);
        }
        // The kept statement sees the new rows, not the first database's (it is not a stale copy).
        auto orders = kept->run_kept("SELECT * FROM orders");
        REQUIRE(orders.has_value());
        if (previous && previous->rows != orders->rows) ++differing_seeds;
        previous = *orders;
    }
    CHECK(differing_seeds > 10);
}

TEST_CASE("a kept statement that fails (time budget) leaves the sandbox usable and is refilled over") {
    auto profile = sql::profile_datasets({shop()}, k_query);
    REQUIRE(profile.has_value());
    auto empty = sql::materialize(*profile, sql::FuzzedRows{}, "empty");
    REQUIRE(empty.has_value());
    sql::SandboxLimits limits;
    limits.time_budget = std::chrono::milliseconds(50);
    auto kept = sql::Sandbox::open(*empty, limits);
    REQUIRE(kept.has_value());
    const std::string runaway = "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c) SELECT count(*) FROM c";
    for (int round = 0; round < 2; ++round) {  // the second round reuses the kept (failed) statements
        auto rows = sql::generate_rows(*profile, 5 + static_cast<std::uint64_t>(round));
        REQUIRE(rows.has_value());
        auto stuck = kept->run_kept(runaway);
        REQUIRE_FALSE(stuck.has_value());
        CHECK(stuck.error().kind == sql::SqlFailure::Kind::timeout);
        REQUIRE(sql::refill(*kept, *profile, *rows).has_value());  // no statement left holding the tables
        auto count = kept->run_kept("SELECT count(*) FROM orders");
        REQUIRE(count.has_value());
        CHECK(count->rows.at(0).at(0) == sql::Value{static_cast<std::int64_t>(rows->tables[1].size())});
    }
}
