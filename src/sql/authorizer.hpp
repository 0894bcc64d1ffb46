#pragma once
// What untrusted SQL may do (SANDBOX.md, "SQL"): the policy behind sqlite3_set_authorizer.
#include <optional>
#include <string>
#include <string_view>

namespace prepl::sql {

// One authorizer call: SQLite's action code and its four (possibly NULL) strings, plus the first
// keyword of the statement being prepared, which tells VACUUM from ATTACH (both ask SQLITE_ATTACH).
struct AuthRequest {
    int action = 0;
    const char* arg1 = nullptr;
    const char* arg2 = nullptr;
    const char* database = nullptr;
    const char* trigger_or_view = nullptr;
    std::string_view statement_keyword;
};

// Why the request is denied, as a sentence for the user ("ATTACH is not allowed: prepl runs SQL
// on an in-memory copy of the dataset"), or nullopt when it is allowed.
//
// Denied: ATTACH/DETACH (and so VACUUM and VACUUM INTO), CREATE/DROP VIRTUAL TABLE, PRAGMAs off a
// read-only allow-list, functions off an allow-list of SQLite's built-ins plus the dialect helpers,
// and reads of SQLite internals (dbstat, sqlite_stmt, sqlite_dbpage, other sqlite_* tables than
// the schema tables). Everything else only touches the attempt's private in-memory database.
std::optional<std::string> denial_reason(const AuthRequest& request);

// Whether an answer may call the SQL function `name` (case-insensitive).
bool is_allowed_function(std::string_view name);

// Whether an answer may run PRAGMA `name` (case-insensitive).
bool is_allowed_pragma(std::string_view name);

}  // namespace prepl::sql
