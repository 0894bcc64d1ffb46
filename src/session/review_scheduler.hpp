#pragma once
// The review queue: spaced repetition on machine-graded outcomes, scheduled by FSRS-6 with its
// default weights (fsrs.hpp says why FSRS and not SM-2). Every review is logged so the weights can
// be fitted to one user later.
#include <optional>
#include <string>
#include <vector>

#include "session/clock.hpp"
#include "session/fsrs.hpp"
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

// The FSRS rating of a verdict, or nullopt for `error` (a syntax error or a broken bank is not
// the user's recall):
//   rejected, or accepted only after seeing the solution     -> again
//   accepted with a hint, or slower than target_minutes      -> hard
//   accepted unaided within target_minutes (or none is set)  -> good
//   accepted unaided in at most half of target_minutes       -> easy
std::optional<fsrs::Rating> rating_from(const GradedOutcome& outcome);

// The state after a review with `rating` at `now`: FSRS's next memory state (elapsed time from
// previous.updated_at; a state with no reviews starts fresh), the interval at 90% recall, and
// due_at = now + interval days.
ReviewState schedule_review(const ReviewState& previous, fsrs::Rating rating, UnixMs now);

// Problems due at `now`, most overdue first.
util::Result<std::vector<ReviewState>> due(const ProgressStore& store, UnixMs now);

// "3 reviews due — `prepl review`" for the REPL banner; empty when none are due or the store
// cannot be read (the banner is never an error).
std::string review_banner(const ProgressStore& store, UnixMs now);

}  // namespace prepl::session
