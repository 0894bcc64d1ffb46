#include "sql/sandbox.hpp"

#include <atomic>
#include <climits>
#include <cstring>
#include <mutex>
#include <new>
#include <optional>
#include <utility>

#include <fmt/format.h>
#include <sqlite3.h>

#include "sql/authorizer.hpp"
#include "sql/database.hpp"
#include "sql/dialect.hpp"
#include "sql/sql_text.hpp"

namespace prepl::sql {

namespace detail {

// State the SQLite callbacks of one Sandbox read and write. Callbacks never throw.
struct SandboxGuard {
    std::chrono::steady_clock::time_point deadline{};
    bool bounded = false;  // enforce the deadline and the interrupt flag
    bool trusted = false;  // our own statements: the authorizer lets everything through
    bool timed_out = false;
    bool interrupted = false;
    std::string keyword;  // first keyword of the statement being prepared (VACUUM vs ATTACH)
    std::string denial;   // first reason the authorizer gave while preparing the current statement

    static int on_progress(void* self) noexcept;
    static int on_authorize(void* self, int action, const char* arg1, const char* arg2, const char* database,
                            const char* trigger) noexcept;
};

}  // namespace detail

namespace {

using detail::SandboxGuard;
using Kind = SqlFailure::Kind;

// Ctrl-C flag, set from a signal handler, so it must be lock-free.
std::atomic<bool> g_interrupt_requested{false};
static_assert(std::atomic<bool>::is_always_lock_free);

// VM instructions between deadline checks: a steady_clock read per 1000 ops costs nothing
// measurable and stops a runaway query within a millisecond or so.
constexpr int k_progress_interval_ops = 1000;

struct Limit {
    int id;
    int value;
};
// security.html's suggestions, loosened where interview SQL needs room: EXPR_DEPTH 100 (not 10),
// COMPOUND_SELECT 50 (not 3). VDBE_OP 25000 leaves a 5-CTE window query (~300 ops) far inside.
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
    std::call_once(once, [] { sqlite3_hard_heap_limit64(k_default_heap_limit_bytes); });
}

util::Result<Database> open_memory_database() {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database db(raw);
    if (rc != SQLITE_OK) {
        return util::fail(util::Error::bug(fmt::format("cannot open an in-memory database: {}",
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

SqlFailure make_failure(Kind kind, std::string message, std::string_view sql, std::size_t offset) {
    const TextPosition pos = position_at(sql, offset);
    return {kind, std::move(message), pos.line, pos.column};
}

// Turns a failed prepare or step into the user's explanation.
SqlFailure explain_failure(sqlite3* db, int rc, const SandboxGuard& guard, const SandboxLimits& limits,
                           std::string_view sql, std::size_t offset, Kind default_kind) {
    const int primary = rc & 0xff;
    const TextPosition pos = position_at(sql, offset);
    const std::string where = fmt::format("near line {}: ", pos.line);
    if (guard.interrupted) return {Kind::interrupted, "query cancelled", 0, 0};
    if (guard.timed_out) {
        return {Kind::timeout,
                fmt::format("query stopped after {:.1f} s (the time budget); look for a runaway recursive "
                            "CTE or a cross join",
                            static_cast<double>(limits.time_budget.count()) / 1000.0),
                0, 0};
    }
    if (primary == SQLITE_AUTH || !guard.denial.empty()) {
        std::string why = guard.denial.empty() ? where + sqlite3_errmsg(db) : guard.denial;
        return {Kind::denied, std::move(why), pos.line, pos.column};
    }
    if (primary == SQLITE_NOMEM) {
        return {Kind::memory,
                fmt::format("{}out of memory (answers may use {} MiB); look for a huge string, blob or "
                            "group_concat",
                            where, k_default_heap_limit_bytes >> 20),
                pos.line, pos.column};
    }
    if (primary == SQLITE_TOOBIG) {
        return {Kind::too_large, where + sqlite3_errmsg(db) + " (values are limited to 1,000,000 bytes)",
                pos.line, pos.column};
    }
    return {default_kind, where + sqlite3_errmsg(db), pos.line, pos.column};
}

Value column_value(sqlite3_stmt* stmt, int i) {
    switch (sqlite3_column_type(stmt, i)) {
        case SQLITE_INTEGER: return std::int64_t{sqlite3_column_int64(stmt, i)};
        case SQLITE_FLOAT: return sqlite3_column_double(stmt, i);
        case SQLITE_TEXT: {
            // Bytes, not strlen: text may hold NULs and invalid UTF-8; the renderer escapes them.
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
            const auto n = static_cast<std::size_t>(sqlite3_column_bytes(stmt, i));
            return p ? std::string(p, n) : std::string();
        }
        case SQLITE_BLOB: {
            const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt, i));
            const auto n = static_cast<std::size_t>(sqlite3_column_bytes(stmt, i));
            return Blob{p ? std::string(p, n) : std::string()};
        }
        default: return Null{};
    }
}

std::size_t value_bytes(const Value& v) {
    if (const auto* s = std::get_if<std::string>(&v)) return s->size();
    if (const auto* b = std::get_if<Blob>(&v)) return b->bytes.size();
    return 0;
}

// Steps `stmt` to the end. Returns its rows when it has columns, nullopt when it has none.
std::expected<std::optional<ResultSet>, SqlFailure> step_all(sqlite3* db, sqlite3_stmt* stmt, const SandboxGuard& guard,
                                                             const SandboxLimits& limits, std::string_view sql,
                                                             std::size_t start) {
    const int columns = sqlite3_column_count(stmt);
    std::optional<ResultSet> result;
    if (columns > 0) {
        result.emplace();
        for (int i = 0; i < columns; ++i) {
            const char* name = sqlite3_column_name(stmt, i);
            result->columns.emplace_back(name ? name : "");
        }
    }
    std::size_t bytes = 0;
    for (;;) {
        const int rc = sqlite3_step(stmt);
        if (rc == SQLITE_DONE) return result;
        if (rc != SQLITE_ROW) return std::unexpected(explain_failure(db, rc, guard, limits, sql, start, Kind::runtime));
        if (!result) continue;
        if (result->rows.size() >= limits.max_rows) {
            return std::unexpected(make_failure(
                Kind::too_large,
                fmt::format("the result has more than {} rows; add a LIMIT or aggregate", limits.max_rows), sql,
                start));
        }
        Row row;
        row.reserve(static_cast<std::size_t>(columns));
        for (int i = 0; i < columns; ++i) {
            row.push_back(column_value(stmt, i));
            bytes += 16 + value_bytes(row.back());
        }
        if (bytes > k_max_result_bytes) {
            return std::unexpected(make_failure(
                Kind::too_large,
                fmt::format("the result is larger than {} MiB; add a LIMIT or select fewer columns",
                            k_max_result_bytes >> 20),
                sql, start));
        }
        result->rows.push_back(std::move(row));
    }
}

// Prepares and runs every statement of `sql` in order (the loop over pzTail); keeps the result of
// the last statement that has columns. Kind::empty when there is no statement at all.
QueryResult execute(sqlite3* db, std::string_view sql, SandboxGuard& guard, const SandboxLimits& limits) {
    if (sql.size() > static_cast<std::size_t>(INT_MAX)) {
        return std::unexpected(SqlFailure{Kind::too_large, "the SQL text is over 2 GB", 0, 0});
    }
    std::optional<ResultSet> last;
    bool ran_any = false;
    const char* const begin = sql.data();
    const char* const end = begin + sql.size();
    const char* tail = begin;
    while (tail < end) {
        const std::string_view rest(tail, static_cast<std::size_t>(end - tail));
        const std::size_t tail_offset = static_cast<std::size_t>(tail - begin);
        const std::size_t start = tail_offset + skip_blank(rest);
        guard.keyword = leading_keyword(rest);
        guard.denial.clear();
        sqlite3_stmt* raw = nullptr;
        const char* next = nullptr;
        const int rc = sqlite3_prepare_v3(db, tail, static_cast<int>(rest.size()), 0, &raw, &next);
        Statement stmt(raw);
        if (rc != SQLITE_OK) {
            // sqlite3_error_offset (3.38+) counts from the text given to this prepare call.
            const int offset = sqlite3_error_offset(db);
            const std::size_t at = offset >= 0 ? tail_offset + static_cast<std::size_t>(offset) : start;
            return std::unexpected(explain_failure(db, rc, guard, limits, sql, at, Kind::syntax));
        }
        if (!next || next <= tail) break;  // cannot happen; never loop forever on it
        tail = next;
        if (!stmt) continue;  // only whitespace or comments
        ran_any = true;
        auto rows = step_all(db, stmt.get(), guard, limits, sql, start);
        if (!rows) return std::unexpected(std::move(rows.error()));
        if (*rows) last = std::move(**rows);
    }
    if (!ran_any) {
        return std::unexpected(SqlFailure{Kind::empty, "nothing to run: the input has no SQL statement", 0, 0});
    }
    return last ? std::move(*last) : ResultSet{};
}

// "main" when the dataset (or the answer) has a table or view of that name there, else "temp".
std::string schema_of(sqlite3* db, SandboxGuard& guard, std::string_view table) {
    guard.trusted = true;
    sqlite3_stmt* raw = nullptr;
    sqlite3_prepare_v2(db, "SELECT 1 FROM main.sqlite_schema WHERE type IN ('table', 'view') AND name = ?1 COLLATE NOCASE",
                       -1, &raw, nullptr);
    Statement stmt(raw);
    guard.trusted = false;
    if (stmt) sqlite3_bind_text(stmt.get(), 1, table.data(), static_cast<int>(table.size()), SQLITE_TRANSIENT);
    const bool in_main = stmt && sqlite3_step(stmt.get()) == SQLITE_ROW;
    return in_main ? "main" : "temp";
}

}  // namespace

namespace detail {

int SandboxGuard::on_progress(void* self) noexcept {
    auto* guard = static_cast<SandboxGuard*>(self);
    if (!guard->bounded) return 0;
    if (g_interrupt_requested.load(std::memory_order_relaxed)) {
        guard->interrupted = true;
        return 1;
    }
    if (std::chrono::steady_clock::now() >= guard->deadline) {
        guard->timed_out = true;
        return 1;
    }
    return 0;
}

int SandboxGuard::on_authorize(void* self, int action, const char* arg1, const char* arg2, const char* database,
                               const char* trigger) noexcept {
    auto* guard = static_cast<SandboxGuard*>(self);
    if (guard->trusted) return SQLITE_OK;
    try {
        auto reason = denial_reason({action, arg1, arg2, database, trigger, guard->keyword});
        if (!reason) return SQLITE_OK;
        if (guard->denial.empty()) guard->denial = std::move(*reason);
        return SQLITE_DENY;
    } catch (...) {
        return SQLITE_DENY;  // fail closed: out of memory while deciding
    }
}

}  // namespace detail

// --- Fixture -------------------------------------------------------------------------------

util::Result<Fixture> Fixture::build(std::string_view setup_sql, std::string name) {
    apply_heap_limit_once();
    auto db = open_memory_database();
    if (!db) return util::fail(db.error());
    if (register_dialect_functions(db->get()) != SQLITE_OK) {
        return util::fail(util::Error::bug("cannot register the dialect functions: " +
                                           std::string(sqlite3_errmsg(db->get()))));
    }
    SandboxGuard guard;  // no authorizer, no deadline: the setup SQL comes from the bank
    guard.trusted = true;
    const auto ran = execute(db->get(), setup_sql, guard, SandboxLimits{});
    if (!ran && ran.error().kind != Kind::empty) {
        return util::fail(util::Error::invalid(
            fmt::format("dataset '{}': the setup SQL failed {}", name, ran.error().message)));
    }
    if (!sqlite3_get_autocommit(db->get())) exec_trusted(db->get(), nullptr, "COMMIT");

    Fixture fixture;
    fixture.m_name = std::move(name);
    sqlite3_int64 size = 0;
    unsigned char* bytes = sqlite3_serialize(db->get(), "main", &size, 0);
    try {
        // NULL for a database with no pages (an empty setup): an empty image.
        fixture.m_image = std::make_shared<const std::string>(
            bytes ? std::string(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(size)) : std::string());
    } catch (...) {
        sqlite3_free(bytes);
        throw;
    }
    sqlite3_free(bytes);

    sqlite3_stmt* raw = nullptr;
    sqlite3_prepare_v2(db->get(),
                       "SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') "
                       "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
                       -1, &raw, nullptr);
    Statement tables(raw);
    while (tables && sqlite3_step(tables.get()) == SQLITE_ROW) {
        fixture.m_tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(tables.get(), 0)));
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
        return util::fail(util::Error::bug(
            fmt::format("cannot prepare a sandbox for dataset '{}' ({}): {}", fixture.name(), step,
                        sqlite3_errmsg(handle))));
    };

    const std::string& image = fixture.m_image ? *fixture.m_image : std::string();
    if (!image.empty()) {
        // A private, resizeable copy that SQLite frees on close: DML never reaches the fixture.
        auto* copy = static_cast<unsigned char*>(sqlite3_malloc64(image.size()));
        if (!copy) return broken("out of memory copying the image");
        std::memcpy(copy, image.data(), image.size());
        const auto size = static_cast<sqlite3_int64>(image.size());
        if (sqlite3_deserialize(handle, "main", copy, size, size,
                                SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK) {
            return broken("deserialize");
        }
    }
    for (const auto& s : k_switches) {
        int applied = -1;
        if (sqlite3_db_config(handle, s.op, s.value, &applied) != SQLITE_OK || applied != s.value) {
            return broken(s.name);
        }
    }
    // TEMP tables and sort spills stay in memory (under the heap limit) instead of temp files.
    if (exec_trusted(handle, nullptr, "PRAGMA temp_store = MEMORY") != SQLITE_OK) return broken("temp_store");
    for (const auto& limit : k_limits) sqlite3_limit(handle, limit.id, limit.value);
    if (register_dialect_functions(handle) != SQLITE_OK) return broken("dialect functions");
    return Sandbox(db->release(), fixture, limits);
}

Sandbox::Sandbox(sqlite3* db, Fixture fixture, SandboxLimits limits)
    : m_db(db), m_fixture(std::move(fixture)), m_limits(limits), m_guard(std::make_unique<detail::SandboxGuard>()) {
    sqlite3_set_authorizer(m_db, &detail::SandboxGuard::on_authorize, m_guard.get());
    sqlite3_progress_handler(m_db, k_progress_interval_ops, &detail::SandboxGuard::on_progress, m_guard.get());
}

Sandbox::Sandbox(Sandbox&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)),
      m_fixture(std::move(other.m_fixture)),
      m_limits(other.m_limits),
      m_guard(std::move(other.m_guard)) {}

Sandbox& Sandbox::operator=(Sandbox&& other) noexcept {
    if (this != &other) {
        if (m_db) sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
        m_fixture = std::move(other.m_fixture);
        m_limits = other.m_limits;
        m_guard = std::move(other.m_guard);
    }
    return *this;
}

Sandbox::~Sandbox() {
    if (m_db) sqlite3_close_v2(m_db);
}

void Sandbox::request_interrupt() noexcept { g_interrupt_requested.store(true, std::memory_order_relaxed); }

QueryResult Sandbox::run(std::string_view sql) {
    if (!m_db) return std::unexpected(SqlFailure{Kind::runtime, "this sandbox was moved from", 0, 0});
    if (sql.size() > k_max_sql_bytes) {
        return std::unexpected(SqlFailure{
            Kind::too_large,
            fmt::format("the query is {} bytes; answers are limited to {} KB", sql.size(), k_max_sql_bytes / 1000), 0,
            0});
    }
    if (const auto nul = sql.find('\0'); nul != std::string_view::npos) {
        const TextPosition pos = position_at(sql, nul);
        return std::unexpected(SqlFailure{
            Kind::syntax,
            fmt::format("the query contains a NUL byte at line {}, column {}; remove it", pos.line, pos.column),
            pos.line, pos.column});
    }
    g_interrupt_requested.store(false, std::memory_order_relaxed);
    auto& guard = *m_guard;
    guard.timed_out = guard.interrupted = false;
    guard.deadline = std::chrono::steady_clock::now() + m_limits.time_budget;
    guard.bounded = true;
    QueryResult result = [&]() -> QueryResult {
        try {
            return execute(m_db, sql, guard, m_limits);
        } catch (const std::bad_alloc&) {
            return std::unexpected(SqlFailure{Kind::memory, "out of memory while keeping the result", 0, 0});
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
        return std::unexpected(SqlFailure{Kind::runtime, fmt::format("no such table: {}", table), 0, 0});
    }
    std::string order;
    for (std::size_t i = 1; i <= columns.size(); ++i) order += (i > 1 ? ", " : "") + std::to_string(i);
    // Prefer main: a TEMP view named like a dataset table must not stand in for it.
    const std::string sql = fmt::format("SELECT * FROM {}.{} ORDER BY {}", schema_of(m_db, *m_guard, table), quote_identifier(table), order);
    auto& guard = *m_guard;
    guard.timed_out = guard.interrupted = false;
    guard.deadline = std::chrono::steady_clock::now() + m_limits.time_budget;
    guard.bounded = true;
    QueryResult result = execute(m_db, sql, guard, m_limits);
    guard.bounded = false;
    return result;
}

std::vector<ColumnInfo> Sandbox::columns_of(std::string_view table) const {
    std::vector<ColumnInfo> columns;
    if (!m_db) return columns;
    auto& guard = *m_guard;
    const std::string sql =
        fmt::format("PRAGMA {}.table_info({})", schema_of(m_db, guard, table), quote_identifier(table));
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
