#pragma once
// A small bank on disk for session tests: SQL problems with tags and target minutes.
#include <fmt/format.h>

#include <string>

#include "bank/bank.hpp"
#include "support/temp_dir.hpp"

namespace prepl::test {

// Writes problem `id` (kind sql, dataset "tiny", solution SELECT COUNT(*) FROM users) into
// dir/bank and returns nothing; load with load_bank(dir.path() / "bank").
inline void write_sql_problem(const TempDir& dir, const std::string& id,
                              const std::string& tags_json, double target_minutes = 5,
                              const std::string& extra = "") {
    dir.write("bank/datasets/tiny.sql",
              "CREATE TABLE users(id INTEGER); INSERT INTO users VALUES (1),(2);");
    dir.write(
        "bank/sql/" + id + ".json",
        fmt::format(R"j({{"id": "{}", "kind": "sql", "title": "T {}", "prompt": "How many users?",
  "tags": {}, "target_minutes": {}, "dataset": "tiny", "solution": "SELECT COUNT(*) AS n FROM users;",
  "hints": ["count them", "COUNT(*)"], "explanation": "Count the rows."{}}})j",
                    id, id, tags_json, target_minutes, extra));
}

}  // namespace prepl::test
