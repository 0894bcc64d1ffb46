#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "sql/sandbox.hpp"
#include "sql/sqlite_memory.hpp"

using namespace prepl;

TEST_CASE("the heap cap holds with SQLite's memory statistics off (our counting allocator)") {
    auto fixture = sql::Fixture::build("CREATE TABLE t(x INTEGER);", "empty");
    REQUIRE(fixture.has_value());
    sql::SandboxLimits limits;
    limits.time_budget = std::chrono::seconds(60);  // about memory, not time (the machine may be busy)
    auto sandbox = sql::Sandbox::open(*fixture, limits);
    REQUIRE(sandbox.has_value());
    // Sorting 40,000 rows of 100 random bytes in memory (temp_store=MEMORY): over 4 MB.
    const char* big_sort =
        "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 40000) "
        "SELECT max(i), count(*) FROM (SELECT i, randomblob(100) AS b FROM c ORDER BY random() LIMIT 39999)";
    REQUIRE(sandbox->run(big_sort).has_value());  // under the default 256 MiB cap
    REQUIRE(sql::sqlite_heap_in_use() > 0);      // the allocator is installed by the test main
    sql::set_sqlite_heap_limit(sql::sqlite_heap_in_use() + (1 << 20));  // 1 MiB of room left
    auto capped = sandbox->run(big_sort);
    sql::set_sqlite_heap_limit(sql::k_default_heap_limit_bytes);
    REQUIRE_FALSE(capped.has_value());
    CHECK(capped.error().kind == sql::SqlFailure::Kind::memory);
    CHECK(sandbox->run(big_sort).has_value());  // the cap lifted, the same query runs again
}

TEST_CASE("threads that allocate and exit give their credit back, and the cap holds for all of them") {
    auto fixture = sql::Fixture::build("CREATE TABLE t(x INTEGER); INSERT INTO t VALUES (1), (2), (3);", "small");
    REQUIRE(fixture.has_value());
    const std::int64_t before = sql::sqlite_heap_in_use();
    auto grade_some = [&] {
        for (int i = 0; i < 50; ++i) {
            auto sandbox = sql::Sandbox::open(*fixture);
            if (!sandbox || !sandbox->run("SELECT x, group_concat(x) OVER () FROM t ORDER BY x DESC")) return;
        }
    };
    {
        std::thread a(grade_some), b(grade_some);
        a.join();
        b.join();
    }
    // Everything the threads allocated is freed and their unspent credit returned: the count is
    // back where it was (our own thread's credit is unchanged, it allocated nothing meanwhile).
    CHECK(sql::sqlite_heap_in_use() == before);

    // A cap just above what is in use: two threads sorting 4 MB each both fail, whatever credit
    // the other holds (at most two 256 KiB chunks).
    sql::set_sqlite_heap_limit(sql::sqlite_heap_in_use() + (1 << 20));
    const char* big_sort =
        "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 40000) "
        "SELECT max(i), count(*) FROM (SELECT i, randomblob(100) AS b FROM c ORDER BY random() LIMIT 39999)";
    std::atomic<int> refused{0};
    auto sort_big = [&] {
        sql::SandboxLimits limits;
        limits.time_budget = std::chrono::seconds(60);
        auto sandbox = sql::Sandbox::open(*fixture, limits);
        if (!sandbox) {
            ++refused;  // no room to open it at all: refused too
            return;
        }
        auto r = sandbox->run(big_sort);
        if (!r && r.error().kind == sql::SqlFailure::Kind::memory) ++refused;
    };
    {
        std::thread a(sort_big), b(sort_big);
        a.join();
        b.join();
    }
    sql::set_sqlite_heap_limit(sql::k_default_heap_limit_bytes);
    CHECK(refused.load() == 2);
    CHECK(sql::sqlite_heap_in_use() == before);
}
