#include "sql/statement_runner.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include <climits>
#include <optional>

#include "sql/database.hpp"
#include "sql/sql_text.hpp"

namespace prepl::sql {
namespace {

using detail::SandboxGuard;
using Kind = SqlFailure::Kind;

SqlFailure make_failure(Kind kind, std::string message, std::string_view sql, std::size_t offset) {
    const TextPosition pos = position_at(sql, offset);
    return {kind, std::move(message), pos.line, pos.column};
}

// Turns a failed prepare or step into the user's explanation.
SqlFailure explain_failure(sqlite3* db, int rc, const SandboxGuard& guard,
                           const SandboxLimits& limits, std::string_view sql, std::size_t offset,
                           Kind default_kind) {
    const int primary = rc & 0xff;
    const TextPosition pos = position_at(sql, offset);
    const std::string where = fmt::format("near line {}: ", pos.line);
    if (guard.interrupted) return {Kind::interrupted, "query cancelled", 0, 0};
    if (guard.timed_out) {
        return {Kind::timeout,
                fmt::format(
                    "query stopped after {:.1f} s (the time budget); look for a runaway recursive "
                    "CTE or a cross join",
                    static_cast<double>(limits.time_budget.count()) / 1000.0),
                0, 0};
    }
    if (primary == SQLITE_AUTH || !guard.denial.empty()) {
        std::string why = guard.denial.empty() ? where + sqlite3_errmsg(db) : guard.denial;
        return {Kind::denied, std::move(why), pos.line, pos.column};
    }
    if (primary == SQLITE_NOMEM) {
        return {
            Kind::memory,
            fmt::format("{}out of memory (answers may use {} MiB); look for a huge string, blob or "
                        "group_concat",
                        where, k_default_heap_limit_bytes >> 20),
            pos.line, pos.column};
    }
    if (primary == SQLITE_FULL) {
        return {Kind::memory,
                fmt::format("{}the tables are full: an attempt's tables may grow by {} MiB, and its "
                            "TEMP tables hold as much; drop some (DROP TABLE) or insert fewer rows",
                            where, k_max_attempt_growth_bytes >> 20),
                pos.line, pos.column};
    }
    if (primary == SQLITE_TOOBIG) {
        return {Kind::too_large,
                where + sqlite3_errmsg(db) + " (values are limited to 1,000,000 bytes)", pos.line,
                pos.column};
    }
    return {default_kind, where + sqlite3_errmsg(db), pos.line, pos.column};
}

Value column_value(sqlite3_stmt* stmt, int i) {
    switch (sqlite3_column_type(stmt, i)) {
        case SQLITE_INTEGER:
            return std::int64_t{sqlite3_column_int64(stmt, i)};
        case SQLITE_FLOAT:
            return sqlite3_column_double(stmt, i);
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
        default:
            return Null{};
    }
}

std::size_t value_bytes(const Value& v) {
    if (const auto* s = std::get_if<std::string>(&v)) return s->size();
    if (const auto* b = std::get_if<Blob>(&v)) return b->bytes.size();
    return 0;
}

// Steps `stmt` to the end. Returns its rows when it has columns, nullopt when it has none.
std::expected<std::optional<ResultSet>, SqlFailure> step_all(sqlite3* db, sqlite3_stmt* stmt,
                                                             const SandboxGuard& guard,
                                                             const SandboxLimits& limits,
                                                             std::string_view sql,
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
        if (rc != SQLITE_ROW)
            return std::unexpected(
                explain_failure(db, rc, guard, limits, sql, start, Kind::runtime));
        if (!result) continue;
        if (result->rows.size() >= limits.max_rows) {
            return std::unexpected(make_failure(
                Kind::too_large,
                fmt::format("the result has more than {} rows; add a LIMIT or aggregate",
                            limits.max_rows),
                sql, start));
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
QueryResult execute(sqlite3* db, std::string_view sql, SandboxGuard& guard,
                    const SandboxLimits& limits, detail::StatementCache* cache) {
    if (sql.size() > static_cast<std::size_t>(INT_MAX)) {
        return std::unexpected(SqlFailure{Kind::too_large, "the SQL text is over 2 GB", 0, 0});
    }
    if (cache) {
        if (auto it = cache->texts.find(std::string(sql)); it != cache->texts.end()) {
            std::optional<ResultSet> last;
            for (auto& kept : it->second) {
                guard.keyword = leading_keyword(sql.substr(kept.start));
                guard.denial.clear();
                sqlite3_reset(kept.statement.get());
                auto rows = step_all(db, kept.statement.get(), guard, limits, sql, kept.start);
                sqlite3_reset(kept.statement.get());  // ends its read, as finalizing would
                if (!rows) return std::unexpected(std::move(rows.error()));
                if (*rows) last = std::move(**rows);
            }
            return last ? std::move(*last) : ResultSet{};
        }
    }
    std::vector<detail::StatementCache::Kept> prepared;  // for `cache`
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
            const std::size_t at =
                offset >= 0 ? tail_offset + static_cast<std::size_t>(offset) : start;
            return std::unexpected(explain_failure(db, rc, guard, limits, sql, at, Kind::syntax));
        }
        if (!next || next <= tail) break;  // cannot happen; never loop forever on it
        tail = next;
        if (!stmt) continue;  // only whitespace or comments
        ran_any = true;
        auto rows = step_all(db, stmt.get(), guard, limits, sql, start);
        if (!rows) return std::unexpected(std::move(rows.error()));
        if (*rows) last = std::move(**rows);
        if (cache) {
            sqlite3_reset(stmt.get());
            prepared.push_back({std::move(stmt), start});
        }
    }
    if (!ran_any) {
        return std::unexpected(
            SqlFailure{Kind::empty, "nothing to run: the input has no SQL statement", 0, 0});
    }
    if (cache) cache->texts.emplace(std::string(sql), std::move(prepared));
    return last ? std::move(*last) : ResultSet{};
}

}  // namespace

QueryResult run_statements(sqlite3* db, std::string_view sql, detail::SandboxGuard& guard,
                           const SandboxLimits& limits, detail::StatementCache* cache) {
    return execute(db, sql, guard, limits, cache);
}

}  // namespace prepl::sql
