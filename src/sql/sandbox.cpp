#include "sql/sandbox.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <cstring>
#include <mutex>
#include <new>
#include <optional>
#include <span>
#include <utility>

#include "sql/bounded_printf.hpp"
#include "sql/database.hpp"
#include "sql/dialect.hpp"
#include "sql/sandbox_guard.hpp"
#include "sql/sql_text.hpp"
#include "sql/sqlite_memory.hpp"
#include "sql/statement_runner.hpp"

namespace prepl::sql {
namespace {

using detail::SandboxGuard;
using Kind = SqlFailure::Kind;

// VM instructions between deadline checks: a steady_clock read per 1000 ops costs nothing
// measurable and stops a runaway query within a millisecond or so.
constexpr int k_progress_interval_ops = 1000;

struct Limit {
    int id;
    int value;
};
// security.html's suggestions, loosened where interview SQL needs room: EXPR_DEPTH 100 (not 10),
// COMPOUND_SELECT 50 (not 3). VDBE_OP 25000: the 3-CTE, 4-window query in sandbox_test compiles to 421 ops.
constexpr Limit k_limits[] = {
    {SQLITE_LIMIT_ATTACHED, 0},
    {SQLITE_LIMIT_LENGTH, 1000000},
    {SQLITE_LIMIT_SQL_LENGTH, static_cast<int>(k_max_sql_bytes)},
    {SQLITE_LIMIT_EXPR_DEPTH, 100},
    {SQLITE_LIMIT_COMPOUND_SELECT, 50},
    {SQLITE_LIMIT_COLUMN, 100},
    {SQLITE_LIMIT_VDBE_OP, 25000},
    {SQLITE_LIMIT_FUNCTION_ARG, 8},
    {SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100},
    {SQLITE_LIMIT_TRIGGER_DEPTH, 10},
};
// Bank SQL (setup, datasets/*.sql) gets the same limits except where a dataset file needs more:
// SQLite checks SQL_LENGTH against all the text left to prepare (the whole file at first), and a
// multi-row INSERT compiles to a few ops per row. The bank file size bounds these anyway.
constexpr Limit k_setup_limits[] = {
    {SQLITE_LIMIT_ATTACHED, 0},
    {SQLITE_LIMIT_LENGTH, 1000000},
    {SQLITE_LIMIT_SQL_LENGTH, 256 << 20},
    {SQLITE_LIMIT_EXPR_DEPTH, 100},
    {SQLITE_LIMIT_COMPOUND_SELECT, 50},
    {SQLITE_LIMIT_COLUMN, 100},
    {SQLITE_LIMIT_VDBE_OP, 10000000},
    {SQLITE_LIMIT_FUNCTION_ARG, 100},
    {SQLITE_LIMIT_LIKE_PATTERN_LENGTH, 100},
    {SQLITE_LIMIT_TRIGGER_DEPTH, 10},
};

struct Switch {
    int op;
    int value;
    const char* name;
};
constexpr Switch k_switches[] = {
    {SQLITE_DBCONFIG_DEFENSIVE, 1, "DEFENSIVE"},
    {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, "TRUSTED_SCHEMA"},
    {SQLITE_DBCONFIG_ENABLE_FTS3_TOKENIZER, 0, "ENABLE_FTS3_TOKENIZER"},
    {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, "ENABLE_LOAD_EXTENSION"},
};

void apply_heap_limit_once() {
    static std::once_flag once;
    std::call_once(once, [] { set_sqlite_heap_limit(k_default_heap_limit_bytes); });
}

util::Result<Database> open_memory_database() {
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database db(raw);
    if (rc != SQLITE_OK) {
        return util::fail(
            util::Error::bug(fmt::format("cannot open an in-memory database: {}",
                                         raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc))));
    }
    return db;
}

std::string quote_identifier(std::string_view name) {
    std::string out = "\"";
    for (char c : name) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
    return out;
}

// Runs one of our own statements with the authorizer and deadline off; SQLITE_OK on success.
int exec_trusted(sqlite3* db, SandboxGuard* guard, const char* sql) {
    if (guard) {
        guard->trusted = true;
        guard->bounded = false;
    }
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    if (guard) guard->trusted = false;
    return rc;
}
// Every defence but the authorizer and the progress handler (set by their owners), on a fresh
// connection. Returns nullptr, or the name of the step that failed.
const char* harden(sqlite3* db, std::span<const Limit> limits) {
    for (const auto& s : k_switches) {
        int applied = -1;
        if (sqlite3_db_config(db, s.op, s.value, &applied) != SQLITE_OK || applied != s.value)
            return s.name;
    }
    // TEMP tables and sort spills stay in memory (under the heap limit) instead of temp files.
    if (exec_trusted(db, nullptr, "PRAGMA temp_store = MEMORY") != SQLITE_OK) return "temp_store";
    for (const auto& limit : limits) sqlite3_limit(db, limit.id, limit.value);
    if (register_dialect_functions(db) != SQLITE_OK) return "dialect functions";
    if (register_bounded_printf(db) != SQLITE_OK) return "bounded printf";
    return nullptr;
}

// "main" when the dataset (or the answer) has a table or view of that name there, else "temp".
std::string schema_of(sqlite3* db, SandboxGuard& guard, std::string_view table) {
    guard.trusted = true;
    sqlite3_stmt* raw = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT 1 FROM main.sqlite_schema WHERE type IN ('table', 'view') AND name "
                       "= ?1 COLLATE NOCASE",
                       -1, &raw, nullptr);
    Statement stmt(raw);
    guard.trusted = false;
    if (stmt)
        sqlite3_bind_text(stmt.get(), 1, table.data(), static_cast<int>(table.size()),
                          SQLITE_TRANSIENT);
    const bool in_main = stmt && sqlite3_step(stmt.get()) == SQLITE_ROW;
    return in_main ? "main" : "temp";
}

}  // namespace

// --- Fixture -------------------------------------------------------------------------------

util::Result<Fixture> Fixture::build(std::string_view setup_sql, std::string name,
                                     std::chrono::milliseconds time_budget) {
    apply_heap_limit_once();
    auto db = open_memory_database();
    if (!db) return util::fail(db.error());
    if (const char* step = harden(db->get(), k_setup_limits)) {
        return util::fail(util::Error::bug(fmt::format("cannot prepare a database for dataset '{}' ({}): {}",
                                                       name, step, sqlite3_errmsg(db->get()))));
    }
    // Bank SQL is as untrusted as an answer (a bank may come from a stranger): the same
    // authorizer and a deadline, only a larger budget.
    SandboxGuard guard;
    sqlite3_set_authorizer(db->get(), &SandboxGuard::on_authorize, &guard);
    sqlite3_progress_handler(db->get(), k_progress_interval_ops, &SandboxGuard::on_progress, &guard);
    guard.deadline = std::chrono::steady_clock::now() + time_budget;
    guard.bounded = true;
    SandboxLimits limits;
    limits.time_budget = time_budget;
    const auto ran = [&]() -> QueryResult {
        try {
            return run_statements(db->get(), setup_sql, guard, limits);
        } catch (const std::bad_alloc&) {
            return std::unexpected(SqlFailure{Kind::memory, "out of memory", 0, 0});
        }
    }();
    guard.bounded = false;
    if (!ran && ran.error().kind != Kind::empty) {
        const SqlFailure& f = ran.error();
        const std::string why =
            f.kind == Kind::denied
                ? " (bank SQL runs in the same sandbox as answers: no ATTACH, no files, no "
                  "PRAGMAs that change the database; remove that statement)"
                : "";
        return util::fail(util::Error::invalid(
            fmt::format("dataset '{}': the setup SQL failed: {}{}", name, f.message, why)));
    }
    guard.trusted = true;  // our own statements from here on
    if (!sqlite3_get_autocommit(db->get())) exec_trusted(db->get(), nullptr, "COMMIT");
    return capture(db->get(), std::move(name));
}

const std::string& Fixture::image() const {
    static const std::string k_empty;
    return m_image ? *m_image : k_empty;
}

util::Result<Fixture> Fixture::capture(sqlite3* db, std::string name) {
    Fixture fixture;
    fixture.m_name = std::move(name);
    sqlite3_int64 size = 0;
    unsigned char* bytes = sqlite3_serialize(db, "main", &size, 0);
    try {
        // NULL for a database with no pages (an empty setup): an empty image.
        fixture.m_image = std::make_shared<const std::string>(
            bytes
                ? std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size))
                : std::string());
    } catch (...) {
        sqlite3_free(bytes);
        throw;
    }
    sqlite3_free(bytes);

    sqlite3_stmt* raw = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') "
                       "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                       -1, &raw, nullptr);
    Statement tables(raw);
    while (tables && sqlite3_step(tables.get()) == SQLITE_ROW) {
        fixture.m_tables.emplace_back(
            reinterpret_cast<const char*>(sqlite3_column_text(tables.get(), 0)));
    }
    return fixture;
}

// --- Sandbox -------------------------------------------------------------------------------

util::Result<Sandbox> Sandbox::open(const Fixture& fixture, SandboxLimits limits) {
    apply_heap_limit_once();
    auto db = open_memory_database();
    if (!db) return util::fail(db.error());
    sqlite3* handle = db->get();
    const auto broken = [&](std::string_view step) {
        return util::fail(
            util::Error::bug(fmt::format("cannot prepare a sandbox for dataset '{}' ({}): {}",
                                         fixture.name(), step, sqlite3_errmsg(handle))));
    };

    const std::string& image = fixture.m_image ? *fixture.m_image : std::string();
    if (!image.empty()) {
        // A private, resizeable copy that SQLite frees on close: DML never reaches the fixture.
        auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(image.size()));
        if (!copy) return broken("out of memory copying the image");
        std::memcpy(copy, image.data(), image.size());
        const auto size = static_cast<sqlite3_int64>(image.size());
        if (sqlite3_deserialize(handle, "main", copy, size, size,
                                SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) !=
            SQLITE_OK) {
            return broken("deserialize");
        }
    }
    if (const char* step = harden(handle, k_limits)) return broken(step);
    // Each attempt's tables may grow by k_max_attempt_growth_bytes in main and as much in TEMP:
    // the heap limit is process-wide, and a REPL session's TEMP tables must not leave `submit`
    // (fresh connections on the same heap) out of memory.
    const int page_size = 4096;  // SQLite's default; the answer cannot change it (PRAGMA denied)
    const auto growth_pages = static_cast<long long>(k_max_attempt_growth_bytes / page_size);
    const long long image_pages = static_cast<long long>(image.size() / page_size);
    const std::string caps =
        fmt::format("PRAGMA main.max_page_count = {}; PRAGMA temp.max_page_count = {}",
                    image_pages + growth_pages, growth_pages);
    if (exec_trusted(handle, nullptr, caps.c_str()) != SQLITE_OK) return broken("max_page_count");
    return Sandbox(db->release(), fixture, limits);
}

Sandbox::Sandbox(sqlite3* db, Fixture fixture, SandboxLimits limits)
    : m_db(db),
      m_fixture(std::move(fixture)),
      m_limits(limits),
      m_guard(std::make_unique<detail::SandboxGuard>()) {
    sqlite3_set_authorizer(m_db, &detail::SandboxGuard::on_authorize, m_guard.get());
    sqlite3_progress_handler(m_db, k_progress_interval_ops, &detail::SandboxGuard::on_progress,
                             m_guard.get());
}

Sandbox::Sandbox(Sandbox&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_fixture(std::move(other.m_fixture)),
      m_limits(other.m_limits),
      m_guard(std::move(other.m_guard)),
      m_kept(std::move(other.m_kept)) {}

Sandbox& Sandbox::operator=(Sandbox&& other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_fixture = std::move(other.m_fixture);
        m_limits = other.m_limits;
        m_guard = std::move(other.m_guard);
        m_kept = std::move(other.m_kept);
    }
    return *this;
}

Sandbox::~Sandbox() { close(); }

void Sandbox::close() {
    m_kept.reset();  // finalize kept statements first, so the close is not deferred
    if (m_db) sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void Sandbox::request_interrupt() noexcept { set_interrupt_flag(); }

QueryResult Sandbox::run(std::string_view sql) { return run_with(sql, nullptr); }

QueryResult Sandbox::run_kept(std::string_view sql) {
    if (!m_kept) m_kept = std::make_unique<detail::StatementCache>();
    return run_with(sql, m_kept.get());
}

util::Result<void> Sandbox::write_trusted(const std::function<util::Result<void>(sqlite3*)>& write) {
    if (!m_db) return util::fail(util::Error::bug("this sandbox was moved from"));
    auto& guard = *m_guard;
    guard.trusted = true;
    guard.bounded = false;
    auto written = write(m_db);
    guard.trusted = false;
    return written;
}

QueryResult Sandbox::run_with(std::string_view sql, detail::StatementCache* cache) {
    if (!m_db)
        return std::unexpected(SqlFailure{Kind::runtime, "this sandbox was moved from", 0, 0});
    if (sql.size() > k_max_sql_bytes) {
        return std::unexpected(
            SqlFailure{Kind::too_large,
                       fmt::format("the query is {} bytes; answers are limited to {} KB",
                                   sql.size(), k_max_sql_bytes / 1000),
                       0, 0});
    }
    if (const auto nul = sql.find('\0'); nul != std::string_view::npos) {
        const TextPosition pos = position_at(sql, nul);
        return std::unexpected(
            SqlFailure{Kind::syntax,
                       fmt::format("the query contains a NUL byte at line {}, column {}; remove it",
                                   pos.line, pos.column),
                       pos.line, pos.column});
    }
    clear_interrupt_flag();
    auto& guard = *m_guard;
    guard.timed_out = guard.interrupted = false;
    guard.deadline = std::chrono::steady_clock::now() + m_limits.time_budget;
    guard.bounded = true;
    QueryResult result = [&]() -> QueryResult {
        try {
            return run_statements(m_db, sql, guard, m_limits, cache);
        } catch (const std::bad_alloc&) {
            return std::unexpected(
                SqlFailure{Kind::memory, "out of memory while keeping the result", 0, 0});
        }
    }();
    // An answer's open BEGIN or SAVEPOINT ends here, before anyone reads the tables back.
    if (!sqlite3_get_autocommit(m_db)) exec_trusted(m_db, &guard, "ROLLBACK");
    guard.bounded = false;
    return result;
}

QueryResult Sandbox::read_table(std::string_view table) {
    const auto columns = columns_of(table);
    if (columns.empty()) {
        return std::unexpected(
            SqlFailure{Kind::runtime, fmt::format("no such table: {}", table), 0, 0});
    }
    std::string order;
    for (std::size_t i = 1; i <= columns.size(); ++i)
        order += (i > 1 ? ", " : "") + std::to_string(i);
    // Prefer main: a TEMP view named like a dataset table must not stand in for it.
    const std::string sql =
        fmt::format("SELECT * FROM {}.{} ORDER BY {}", schema_of(m_db, *m_guard, table),
                    quote_identifier(table), order);
    auto& guard = *m_guard;
    guard.timed_out = guard.interrupted = false;
    guard.deadline = std::chrono::steady_clock::now() + m_limits.time_budget;
    guard.bounded = true;
    QueryResult result = run_statements(m_db, sql, guard, m_limits);
    guard.bounded = false;
    return result;
}

std::vector<ColumnInfo> Sandbox::columns_of(std::string_view table) const {
    std::vector<ColumnInfo> columns;
    if (!m_db) return columns;
    auto& guard = *m_guard;
    const std::string sql = fmt::format("PRAGMA {}.table_info({})", schema_of(m_db, guard, table),
                                        quote_identifier(table));
    guard.trusted = true;
    guard.bounded = false;
    sqlite3_stmt* raw = nullptr;
    sqlite3_prepare_v2(m_db, sql.c_str(), -1, &raw, nullptr);
    Statement stmt(raw);
    guard.trusted = false;
    while (stmt && sqlite3_step(stmt.get()) == SQLITE_ROW) {
        const auto* name = reinterpret_cast<const char*>(sqlite3_column_text(stmt.get(), 1));
        const auto* type = reinterpret_cast<const char*>(sqlite3_column_text(stmt.get(), 2));
        columns.push_back({name ? name : "", type ? type : ""});
    }
    return columns;
}

}  // namespace prepl::sql
