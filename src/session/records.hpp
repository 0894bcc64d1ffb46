#pragma once
// The rows of the progress store, as plain structs. Persisted: see progress_store.cpp's schema.
#include <cstdint>
#include <optional>
#include <string>

#include "session/clock.hpp"

namespace prepl::session {

// An attempt whose SQL did not compile on the sample data (a typo, not a wrong answer): kept
// apart from rejected ones in progress and never scheduled for review (schema version 3).
inline constexpr const char* k_status_errored = "errored";

// One graded answer. `status` is grade::to_string(Verdict::Status): accepted | rejected | error,
// or k_status_errored.
struct Attempt {
    std::int64_t id = 0;  // assigned by the store
    std::string problem_id;
    std::string kind;  // bank::to_string(Kind): sql | numeric | case
    UnixMs started_at = 0;
    UnixMs finished_at = 0;
    std::string status;
    double score = 0;
    double max_score = 1;
    int hints_used = 0;
    std::string answer;
    std::optional<std::int64_t> seed;     // numeric problems' parameter seed
    std::optional<std::int64_t> mock_id;  // set when answered inside a mock interview

    bool accepted() const { return status == "accepted"; }
    UnixMs duration_ms() const { return finished_at - started_at; }
};

// FSRS scheduling state of one problem (review_scheduler.hpp, fsrs.hpp).
struct ReviewState {
    std::string problem_id;
    double stability = 0;   // FSRS S: days until recall probability falls to 90% (0: never reviewed)
    double difficulty = 0;  // FSRS D, 1..10
    int reviews = 0;        // reviews so far
    int lapses = 0;         // of which "again"
    int interval_days = 0;  // the interval chosen at the last review
    UnixMs due_at = 0;
    int last_rating = 0;  // 1 again, 2 hard, 3 good, 4 easy
    UnixMs updated_at = 0;  // time of the last review
};

// One scheduled review, kept so FSRS weights can be fitted to this user later.
struct ReviewLogEntry {
    std::string problem_id;
    UnixMs reviewed_at = 0;
    int rating = 0;             // 1..4
    double elapsed_days = 0;    // since the previous review (0 for the first)
    double stability = 0;       // after this review
    double difficulty = 0;
    int interval_days = 0;
    std::optional<std::int64_t> attempt_id;  // attempts.id that produced it
};

// One mock interview. `state` is MockSession::to_json() text: everything needed to resume.
struct MockRecord {
    std::int64_t id = 0;
    UnixMs started_at = 0;
    int minutes = 45;
    std::string mix;  // "sql=2,stats=2,case=1"
    std::int64_t seed = 0;
    std::string state;  // JSON
    std::optional<UnixMs> finished_at;
    std::int64_t active_ms = 0;  // time the clock ran (what the countdown uses)
    std::int64_t paused_ms = 0;  // wall time spent away between pause and resume
};

// One question of a finished or in-progress mock, written when it is graded.
struct MockItemRecord {
    std::int64_t mock_id = 0;
    int position = 0;
    std::string problem_id;
    std::string status;  // accepted | rejected | error | unanswered
    double score = 0;    // after the hint penalty
    double max_score = 1;
    int hints_used = 0;
    std::int64_t active_ms = 0;
    std::string answer;
};

}  // namespace prepl::session
