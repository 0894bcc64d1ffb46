#pragma once
// A hardened, in-memory SQLite database for one attempt (SANDBOX.md, "SQL").
//
// A Fixture is a dataset built once from trusted setup SQL and kept as a serialized image;
// every Sandbox is a fresh connection deserialized from that image, so nothing one attempt
// does (DML, TEMP objects, PRAGMAs) can reach the reference run or another attempt.
//
// Defences of a Sandbox (tests/sql/sandbox_test.cpp tries each attack): DEFENSIVE on,
// TRUSTED_SCHEMA, FTS3_TOKENIZER and LOAD_EXTENSION off, temp_store=MEMORY (no temp files),
// sqlite3_limit (ATTACHED 0, LENGTH 1e6, SQL_LENGTH 1e5, EXPR_DEPTH 100, COMPOUND_SELECT 50,
// COLUMN 100, VDBE_OP 25000, FUNCTION_ARG 8, LIKE_PATTERN_LENGTH 100, TRIGGER_DEPTH 10), the
// process-wide heap limit, a progress handler for the time budget and Ctrl-C, and an authorizer
// (sql/authorizer.hpp) denying ATTACH/VACUUM, virtual tables, most PRAGMAs, functions off an
// allow-list and reads of SQLite internals other than sqlite_schema.
#include <chrono>
#include <cstdint>
#include <expected>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "sql/result_set.hpp"
#include "util/error.hpp"

struct sqlite3;

namespace prepl::sql {

namespace detail {
struct SandboxGuard;     // deadline and authorizer state shared with the SQLite callbacks
struct StatementCache;   // statements kept by Sandbox::run_kept
}

// Default budget for one answer (all its statements together): 2 s, as the issue asks.
inline constexpr std::chrono::milliseconds k_default_query_budget{2000};
// Budget for SQL from the bank: a dataset's setup, the reference solution. Larger than an
// answer's so that a loaded machine does not blame the bank for the user's budget.
inline constexpr std::chrono::milliseconds k_bank_sql_budget{10000};
// Process-wide heap cap for SQLite (sqlite3_hard_heap_limit64): 256 MiB.
inline constexpr std::int64_t k_default_heap_limit_bytes = 256ll << 20;
// How much one attempt's tables may grow, in main and again in TEMP: 48 MiB each. Together
// under half the heap limit, so a REPL session full of TEMP tables leaves room to grade.
inline constexpr std::size_t k_max_attempt_growth_bytes = 48u << 20;
// Rows kept from one result; more is an error, not a silent cut.
inline constexpr std::size_t k_default_max_rows = 200000;
// Longest answer accepted, in bytes; also SQLite's SQL_LENGTH limit (security.html suggests 1e5).
inline constexpr std::size_t k_max_sql_bytes = 100000;
// Bytes of one kept result (text and blob bytes plus 16 per cell): 64 MiB. Rows live outside
// SQLite's heap, so without this cap 200000 rows of 1 MB blobs would escape the heap limit.
inline constexpr std::size_t k_max_result_bytes = 64u << 20;

struct SandboxLimits {
    std::chrono::milliseconds time_budget = k_default_query_budget;
    std::size_t max_rows = k_default_max_rows;
};

// Why a user's SQL did not produce a result. A user's mistake, not an Error.
struct SqlFailure {
    enum class Kind { syntax, runtime, denied, timeout, interrupted, memory, too_large, empty };
    Kind kind = Kind::runtime;
    std::string message;  // "near line 3: no such column: user_idd", "query stopped after 2.0 s"
    int line = 0;         // 1-based line in the submitted text, 0 when unknown
    int column = 0;       // 1-based column, 0 when unknown
};

using QueryResult = std::expected<ResultSet, SqlFailure>;

// The pristine image of a dataset. Cheap to copy (shared, immutable bytes).
class Fixture {
public:
    // Runs a bank's setup SQL on a scratch database and keeps its image. The bank is untrusted:
    // the SQL runs under the same authorizer and limits as an answer (no ATTACH, no files) and
    // `time_budget`. Fails with an Error naming `name` and the reason when the SQL is broken,
    // denied or too slow.
    static util::Result<Fixture> build(std::string_view setup_sql, std::string name,
                                       std::chrono::milliseconds time_budget = k_bank_sql_budget);
    // The image of a database our own code filled (the fuzzed databases of `validate
    // --mutants`, sql/fuzz_database.hpp); the connection is only read.
    static util::Result<Fixture> capture(sqlite3* db, std::string name);

    // The serialized bytes (empty for a database with no pages), for trusted readers in src/sql/.
    const std::string& image() const;

    const std::string& name() const { return m_name; }
    // Names of the user tables and views in the fixture, sorted.
    const std::vector<std::string>& tables() const { return m_tables; }

private:
    friend class Sandbox;
    std::string m_name;
    std::shared_ptr<const std::string> m_image;  // sqlite3_serialize output
    std::vector<std::string> m_tables;
};

// Column name and declared type of a table, for `.schema` and completion.
struct ColumnInfo {
    std::string name;
    std::string type;
};

class Sandbox {
public:
    // A fresh hardened connection holding a private copy of the fixture.
    static util::Result<Sandbox> open(const Fixture& fixture, SandboxLimits limits = {});

    Sandbox(Sandbox&&) noexcept;
    Sandbox& operator=(Sandbox&&) noexcept;
    Sandbox(const Sandbox&) = delete;
    Sandbox& operator=(const Sandbox&) = delete;
    ~Sandbox();

    // Runs every statement of untrusted `sql` in order under the time budget (shared by all the
    // statements) and returns the result of the last statement that returns columns
    // (an empty ResultSet with no columns when none does). Input with a NUL byte or over
    // 100 KB, an empty query, a denied operation, a timeout: a SqlFailure with a clear message.
    // An open transaction is rolled back afterwards.
    QueryResult run(std::string_view sql);

    // The same as run(), but the statements of `sql` stay prepared for its next run on this
    // sandbox, for a text run many times on refilled data (mutation testing: sql/fuzz_database.hpp
    // refill). Only for texts that do not change the schema; one that does is re-prepared by
    // SQLite on its next step, under the same authorizer.
    QueryResult run_kept(std::string_view sql);

    // Our own writes to the tables (sql/fuzz_database.cpp refill): the authorizer and the
    // deadline are off while `write` runs on the connection.
    util::Result<void> write_trusted(const std::function<util::Result<void>(sqlite3*)>& write);

    // Every row of a table in rowid-free, deterministic form (SELECT * ... ORDER BY all columns),
    // for table-state grading. Trusted: the caller names a table of the fixture. Reads main when
    // the table is there (a TEMP view of the same name cannot stand in for it), else temp; still
    // under the time budget, since the answer may have replaced a view with a slow one.
    QueryResult read_table(std::string_view table);

    // Columns of a table or view (main first, then temp); empty when there is no such table.
    std::vector<ColumnInfo> columns_of(std::string_view table) const;
    const Fixture& fixture() const { return m_fixture; }

    // Ctrl-C from the REPL: stops the statement running in any sandbox of this process.
    // Async-signal-safe (sets an atomic flag checked by the progress handler).
    static void request_interrupt() noexcept;

private:
    Sandbox(sqlite3* db, Fixture fixture, SandboxLimits limits);
    QueryResult run_with(std::string_view sql, detail::StatementCache* cache);
    void close();
    sqlite3* m_db = nullptr;
    Fixture m_fixture;
    SandboxLimits m_limits;
    std::unique_ptr<detail::SandboxGuard> m_guard;  // callbacks point here; survives moves
    std::unique_ptr<detail::StatementCache> m_kept;  // run_kept's statements, finalized before close
};

}  // namespace prepl::sql
