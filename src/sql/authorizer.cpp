#include "sql/authorizer.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <span>

#include "sql/dialect.hpp"

namespace prepl::sql {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

bool contains(std::span<const std::string_view> list, std::string_view name) {
    return std::find(list.begin(), list.end(), name) != list.end();
}

// SQLite 3.40's built-in scalar, aggregate, window, date, math and JSON functions (checked
// against pragma_function_list). Not here: load_extension, fts3_tokenizer, the FTS/R-tree helpers.
constexpr std::string_view k_builtin_functions[] = {
    // core scalar
    "abs",
    "changes",
    "char",
    "coalesce",
    "format",
    "glob",
    "hex",
    "ifnull",
    "iif",
    "instr",
    "last_insert_rowid",
    "length",
    "like",
    "likelihood",
    "likely",
    "lower",
    "ltrim",
    "max",
    "min",
    "nullif",
    "printf",
    "quote",
    "random",
    "randomblob",
    "replace",
    "round",
    "rtrim",
    "sign",
    "soundex",
    "sqlite_compileoption_get",
    "sqlite_compileoption_used",
    "sqlite_offset",
    "sqlite_source_id",
    "sqlite_version",
    "substr",
    "substring",
    "total_changes",
    "trim",
    "typeof",
    "unicode",
    "unlikely",
    "upper",
    "zeroblob",
    // date and time
    "date",
    "time",
    "datetime",
    "julianday",
    "strftime",
    "unixepoch",
    "current_date",
    "current_time",
    "current_timestamp",
    // aggregate
    "avg",
    "count",
    "group_concat",
    "sum",
    "total",
    // window
    "row_number",
    "rank",
    "dense_rank",
    "percent_rank",
    "cume_dist",
    "ntile",
    "lag",
    "lead",
    "first_value",
    "last_value",
    "nth_value",
    // math (SQLITE_ENABLE_MATH_FUNCTIONS)
    "acos",
    "acosh",
    "asin",
    "asinh",
    "atan",
    "atan2",
    "atanh",
    "ceil",
    "ceiling",
    "cos",
    "cosh",
    "degrees",
    "exp",
    "floor",
    "ln",
    "log",
    "log10",
    "log2",
    "mod",
    "pi",
    "pow",
    "power",
    "radians",
    "sin",
    "sinh",
    "sqrt",
    "tan",
    "tanh",
    "trunc",
    // JSON1, including the -> and ->> operators, which reach the authorizer as functions
    "json",
    "json_array",
    "json_array_length",
    "json_extract",
    "json_insert",
    "json_object",
    "json_patch",
    "json_remove",
    "json_replace",
    "json_set",
    "json_type",
    "json_valid",
    "json_quote",
    "json_group_array",
    "json_group_object",
    "->",
    "->>",
    // internal: only SQLite's own nested statements for ALTER TABLE can call these
    "sqlite_rename_column",
    "sqlite_rename_table",
    "sqlite_rename_test",
    "sqlite_rename_quotefix",
    "sqlite_drop_column",
};

// Read-only introspection of the user's own schema, and per-connection switches that change only
// this attempt. Everything else (journal_mode, temp_store, mmap_size, writable_schema,
// trusted_schema, query_only, ...) could reach files or weaken a defence.
constexpr std::string_view k_allowed_pragmas[] = {
    "table_info",          "table_xinfo",        "table_list",       "index_list",
    "index_info",          "index_xinfo",        "foreign_key_list", "foreign_key_check",
    "case_sensitive_like", "recursive_triggers", "foreign_keys",
};

// sqlite_* tables an answer may read: the schema (for `.schema`-style probes) and statistics.
constexpr std::string_view k_readable_internal_tables[] = {
    "sqlite_master",   "sqlite_schema", "sqlite_temp_master", "sqlite_temp_schema",
    "sqlite_sequence", "sqlite_stat1",  "sqlite_stat4",
};

constexpr std::string_view k_in_memory = "prepl runs SQL on an in-memory copy of the dataset";

std::string text_or_empty(const char* s) { return s ? s : ""; }

std::optional<std::string> attach_denial(const AuthRequest& r) {
    if (r.statement_keyword == "VACUUM") {
        if (r.arg1 && *r.arg1) {
            return "VACUUM INTO is not allowed: " + std::string(k_in_memory) +
                   " and may not write files";
        }
        return "VACUUM is not allowed: " + std::string(k_in_memory) +
               ", there is nothing to compact";
    }
    return "ATTACH is not allowed: " + std::string(k_in_memory) + " and may not open other files";
}

std::optional<std::string> function_denial(const char* name) {
    const std::string fn = lower(text_or_empty(name));
    if (is_allowed_function(fn)) return std::nullopt;
    if (fn == "load_extension")
        return std::string("load_extension() is not allowed: it loads native code");
    if (fn == "fts3_tokenizer")
        return std::string("fts3_tokenizer() is not allowed: it can call native code");
    return fn +
           "() is not allowed: answers may use SQLite's built-in SQL functions and the dialect "
           "helpers (median, percentile_cont, stddev, date_trunc, datediff, greatest, least, ...)";
}

std::optional<std::string> read_denial(const char* table) {
    const std::string name = lower(text_or_empty(table));
    const bool internal = name == "dbstat" || name.starts_with("sqlite_");
    if (!internal || contains(k_readable_internal_tables, name)) return std::nullopt;
    return "reading " + name + " is not allowed: SQLite's internals are not part of the dataset";
}

}  // namespace

bool is_allowed_function(std::string_view name) {
    const std::string fn = lower(name);
    if (contains(k_builtin_functions, fn)) return true;
    const auto& dialect = dialect_function_names();
    return std::find(dialect.begin(), dialect.end(), fn) != dialect.end();
}

bool is_allowed_pragma(std::string_view name) { return contains(k_allowed_pragmas, lower(name)); }

std::optional<std::string> denial_reason(const AuthRequest& r) {
    switch (r.action) {
        case SQLITE_ATTACH:
            return attach_denial(r);
        case SQLITE_DETACH:
            return "DETACH is not allowed: " + std::string(k_in_memory);
        case SQLITE_CREATE_VTABLE:
            return std::string(
                "CREATE VIRTUAL TABLE is not allowed: virtual table modules can reach "
                "files and native code; use CREATE TABLE");
        case SQLITE_DROP_VTABLE:
            return std::string("DROP of a virtual table is not allowed");
        case SQLITE_PRAGMA:
            if (is_allowed_pragma(text_or_empty(r.arg1))) return std::nullopt;
            return "PRAGMA " + lower(text_or_empty(r.arg1)) +
                   " is not allowed: answers may use the read-only schema pragmas (table_info, "
                   "index_list, foreign_key_list, ...) and foreign_keys, recursive_triggers, "
                   "case_sensitive_like";
        case SQLITE_FUNCTION:
            return function_denial(r.arg2);
        case SQLITE_READ:
            return read_denial(r.arg1);
        default:
            return std::nullopt;
    }
}

}  // namespace prepl::sql
