#pragma once
// Recording a graded answer: the attempt row and the problem's review schedule, in one
// transaction committed before this returns (so "submitted" on screen means "on disk").
#include <cstdint>
#include <optional>
#include <string>

#include "bank/problem.hpp"
#include "grade/verdict.hpp"
#include "session/clock.hpp"
#include "session/progress_store.hpp"

namespace prepl::session {

// What the REPL knows about an answer besides its verdict.
struct AttemptContext {
    std::string answer;      // the text that was graded
    UnixMs started_at = 0;   // when the problem was opened (or the mock question shown)
    UnixMs finished_at = 0;  // when it was submitted
    int hints_used = 0;
    bool solution_shown = false;  // lowers the review quality like a hint
    std::optional<std::int64_t> seed;
    std::optional<std::int64_t> mock_id;
};

// The attempt's status for a verdict: k_status_errored when the SQL did not compile on the
// sample data (SqlFailure::Kind::syntax: SQLite refused to prepare it), else the verdict's.
std::string attempt_status(const grade::Verdict& verdict);

// Appends the attempt and, unless the verdict is an `error` (a broken bank, not the user's
// doing) or the SQL did not compile (a typo, not a wrong answer), advances the problem's FSRS
// review state and logs the review. Returns the attempt id; on failure
// nothing was written.
util::Result<std::int64_t> record_attempt(ProgressStore& store, const bank::Problem& problem,
                                          const grade::Verdict& verdict,
                                          const AttemptContext& context);

}  // namespace prepl::session
