#pragma once
// RAII owners for sqlite3 handles, internal to src/sql/ (STYLE.md rule 6).
#include <sqlite3.h>

#include <memory>

namespace prepl::sql {

struct DatabaseCloser {
    void operator()(sqlite3* db) const noexcept { sqlite3_close_v2(db); }
};
struct StatementFinalizer {
    void operator()(sqlite3_stmt* stmt) const noexcept { sqlite3_finalize(stmt); }
};

// Owns a connection; closes it (and frees a FREEONCLOSE image) when destroyed.
using Database = std::unique_ptr<sqlite3, DatabaseCloser>;
// Owns a prepared statement; finalizes it when destroyed.
using Statement = std::unique_ptr<sqlite3_stmt, StatementFinalizer>;

}  // namespace prepl::sql
