#pragma once
// Runs one SQL text on a fresh sandbox of one fixture and keeps what grading compares: the last
// result set, or (table-state problems) each checked table after the statements ran.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank/problem.hpp"
#include "sql/sandbox.hpp"
#include "util/error.hpp"

namespace prepl::grade {

struct AnswerOutcome {
    std::vector<sql::ResultSet> results;
    std::optional<sql::SqlFailure> failure;
    std::string missing_table;  // table-state: a checked table the statements removed
    bool ok() const { return !failure && missing_table.empty(); }
};

// Fails (Error) only when the sandbox cannot be opened; the SQL's own failures are in the outcome.
util::Result<AnswerOutcome> run_answer(const bank::Problem& problem, const sql::Fixture& fixture,
                                       std::string_view text, const sql::SandboxLimits& limits);

// The same on a sandbox the caller keeps open, for result-mode problems and a text that only
// reads (`reads_only`): mutation testing runs the reference and its mutants on one connection
// per database instead of opening one per run. `keep_statements`: through Sandbox::run_kept.
AnswerOutcome run_answer_in(sql::Sandbox& sandbox, std::string_view text, bool keep_statements = false);

// True when `text` cannot change the database or the connection: no INSERT, UPDATE, DELETE,
// REPLACE, CREATE, DROP, ALTER, PRAGMA, ATTACH, DETACH, VACUUM, REINDEX, ANALYZE, BEGIN, COMMIT,
// ROLLBACK, SAVEPOINT or RELEASE word anywhere (a column named like one just opts out).
bool reads_only(const bank::Problem& problem, std::string_view text);

// True when the two outcomes are told apart under the problem's compare rules: one fails and
// the other does not, or a result set (checked table) differs.
bool outcomes_differ(const bank::Problem& problem, const AnswerOutcome& a, const AnswerOutcome& reference);

}  // namespace prepl::grade
