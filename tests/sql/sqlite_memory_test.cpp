#include <doctest/doctest.h>

#include <chrono>

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
