#include "session/record_attempt.hpp"

#include "session/review_scheduler.hpp"

namespace prepl::session {

std::string attempt_status(const grade::Verdict& verdict) {
    if (verdict.status == grade::Verdict::Status::rejected && verdict.sql_failure && !verdict.hidden_fixture &&
        verdict.sql_failure->kind == sql::SqlFailure::Kind::syntax)
        return k_status_errored;
    return std::string(grade::to_string(verdict.status));
}

util::Result<std::int64_t> record_attempt(ProgressStore& store, const bank::Problem& problem,
                                          const grade::Verdict& verdict,
                                          const AttemptContext& context) {
    Attempt attempt;
    attempt.problem_id = problem.id;
    attempt.kind = std::string(bank::to_string(problem.kind));
    attempt.started_at = context.started_at;
    attempt.finished_at = context.finished_at;
    attempt.status = attempt_status(verdict);
    attempt.score = verdict.score;
    attempt.max_score = verdict.max_score;
    attempt.hints_used = context.hints_used;
    attempt.answer = context.answer;
    attempt.seed = context.seed;
    attempt.mock_id = context.mock_id;

    GradedOutcome outcome;
    outcome.status = attempt.status;
    outcome.score = verdict.score;
    outcome.max_score = verdict.max_score;
    outcome.hints_used = context.hints_used;
    outcome.solution_shown = context.solution_shown;
    outcome.minutes_taken = static_cast<double>(attempt.duration_ms()) / k_ms_per_minute;
    outcome.target_minutes = problem.target_minutes;

    std::int64_t id = 0;
    auto done = store.transaction([&]() -> util::Status {
        auto added = store.add_attempt(attempt);
        if (!added) return util::fail(added.error());
        id = *added;
        if (attempt.status == k_status_errored) return {};  // a typo schedules no review
        const auto rating = rating_from(outcome);
        if (!rating) return {};
        auto previous = store.review_state(problem.id);
        if (!previous) return util::fail(previous.error());
        ReviewState state = previous->value_or(ReviewState{});
        state.problem_id = problem.id;
        const ReviewState next = schedule_review(state, *rating, context.finished_at);
        if (auto saved = store.put_review_state(next); !saved) return saved;
        ReviewLogEntry log;
        log.problem_id = problem.id;
        log.reviewed_at = context.finished_at;
        log.rating = next.last_rating;
        log.elapsed_days = state.reviews == 0 ? 0.0
                                              : static_cast<double>(context.finished_at - state.updated_at) / k_ms_per_day;
        log.stability = next.stability;
        log.difficulty = next.difficulty;
        log.interval_days = next.interval_days;
        log.attempt_id = id;
        return store.add_review_log(log);
    });
    if (!done) return util::fail(done.error());
    return id;
}

}  // namespace prepl::session
