#pragma once
// The machine form of a verdict, printed by `check --format json`:
// {"id", "status", "message", "rules", "diff", ...}. Stable: scripts parse it.
#include <nlohmann/json.hpp>

#include "grade/verdict.hpp"
#include "sql/result_set.hpp"

namespace prepl::grade {

// `reveal_hidden`: include rows of a diff taken on hidden data, and the reference value of a
// numeric part that is not right (only when the user asks).
nlohmann::json to_json(const Verdict& verdict, bool reveal_hidden = false);

// Rows as JSON arrays: NULL -> null, integers and reals as numbers, blobs as "x'..'" hex text.
nlohmann::json to_json(const sql::Row& row);
nlohmann::json to_json(const sql::ResultSet& result);

}  // namespace prepl::grade
