#pragma once
// The review queue: spaced repetition on machine-graded outcomes.
//
// SM-2 (Wozniak 1990), not FSRS: FSRS needs per-user fitted weights and a review history of
// self-rated recall to pay off; our grades come from a grader, few per problem, so SM-2's
// three rules are enough, are easy to explain, and can be checked against the published text.
#include <optional>
#include <string>
#include <vector>

#include "session/clock.hpp"
#include "session/records.hpp"
#include "util/error.hpp"

namespace prepl::session {

class ProgressStore;

// What the grader and the session know about one graded answer.
struct GradedOutcome {
    std::string status;  // accepted | rejected | error
    double score = 0;
    double max_score = 1;
    int hints_used = 0;
    bool solution_shown = false;
    double minutes_taken = 0;
    std::optional<double> target_minutes;  // bank::Problem::target_minutes
};

// SM-2 quality 0..5 from a verdict, or nullopt for `error` (a broken bank is not the user's
// recall). rejected: 1, or 2 with at least half the points; accepted with a hint, the solution
// seen, or slower than target_minutes: 4, or 3 when both helped and slow; accepted within
// target without help: 5.
std::optional<int> quality_from(const GradedOutcome& outcome);

// SM-2 after a review of quality `q` at `now`:
//   q >= 3: I(1) = 1, I(2) = 6, I(n) = ceil(I(n-1) * EF) (EF before this review's update);
//           EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), EF' >= 1.3.
//   q <  3: restart at I(1) = 1 without changing EF (Wozniak's step 6).
// due_at = now + I days.
ReviewState sm2_next(const ReviewState& previous, int q, UnixMs now);

// Problems due at `now`, most overdue first.
util::Result<std::vector<ReviewState>> due(const ProgressStore& store, UnixMs now);

// "3 reviews due — `prepl review`" for the REPL banner; empty when none are due or the store
// cannot be read (the banner is never an error).
std::string review_banner(const ProgressStore& store, UnixMs now);

}  // namespace prepl::session
