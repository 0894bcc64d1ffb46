#include "session/review_scheduler.hpp"

#include <doctest/doctest.h>

#include "session/progress_store.hpp"
#include "support/temp_dir.hpp"

using prepl::session::GradedOutcome;
using prepl::session::k_ms_per_day;
using prepl::session::rating_from;
using prepl::session::ReviewState;
using prepl::session::schedule_review;
using Rating = prepl::session::fsrs::Rating;

// Memory states from ts-fsrs 5.4.2 (see tests/session/fsrs_test.cpp for how they were computed):
// first "good" S = 2.3065 (interval 2), then "good" 3 days later S = 13.82690327 (interval 14),
// then "again" 10 days later S = 1.66614073 (interval 2).

TEST_CASE("schedule_review starts a problem at FSRS's first-review state and logs elapsed days") {
    ReviewState s;
    s.problem_id = "p";
    const prepl::session::UnixMs t0 = 5 * k_ms_per_day;
    s = schedule_review(s, Rating::good, t0);
    CHECK(s.stability == doctest::Approx(2.3065));
    CHECK(s.interval_days == 2);
    CHECK(s.due_at == t0 + 2 * k_ms_per_day);
    CHECK(s.reviews == 1);
    CHECK(s.lapses == 0);
    s = schedule_review(s, Rating::good, t0 + 3 * k_ms_per_day);
    CHECK(s.stability == doctest::Approx(13.82690327).epsilon(1e-6));
    CHECK(s.interval_days == 14);
    s = schedule_review(s, Rating::again, t0 + 13 * k_ms_per_day);
    CHECK(s.stability == doctest::Approx(1.66614073).epsilon(1e-6));
    CHECK(s.interval_days == 2);
    CHECK(s.lapses == 1);
    CHECK(s.reviews == 3);
    CHECK(s.last_rating == 1);
}

TEST_CASE("a review later in the same day counts as a same-day review, not a day's gap") {
    ReviewState s;
    s = schedule_review(s, Rating::good, 0);
    const ReviewState same_day = schedule_review(s, Rating::easy, 6 * 3'600'000);  // 6 hours later
    const ReviewState next_day = schedule_review(s, Rating::easy, k_ms_per_day);
    CHECK(same_day.stability < next_day.stability);  // short-term growth is smaller
}

TEST_CASE("the rating comes from the verdict, hints, the solution and time against target_minutes") {
    GradedOutcome o;
    o.status = "accepted";
    o.minutes_taken = 5;
    o.target_minutes = 8;
    CHECK(rating_from(o) == Rating::good);
    o.minutes_taken = 4;
    CHECK(rating_from(o) == Rating::easy);  // half the target or less
    o.hints_used = 1;
    CHECK(rating_from(o) == Rating::hard);
    o.hints_used = 0;
    o.minutes_taken = 12;
    CHECK(rating_from(o) == Rating::hard);  // slower than target
    o.solution_shown = true;
    CHECK(rating_from(o) == Rating::again);  // typed after reading the solution: not recalled
    o.solution_shown = false;
    o.target_minutes.reset();
    CHECK(rating_from(o) == Rating::good);
    o.status = "rejected";
    CHECK(rating_from(o) == Rating::again);
    o.status = "error";  // a syntax error or a broken bank is not a recall
    CHECK_FALSE(rating_from(o).has_value());
}

TEST_CASE("due lists problems whose time has come and the banner counts them") {
    prepl::test::TempDir dir;
    auto store = prepl::session::ProgressStore::open(dir.path() / "progress.db");
    REQUIRE(store.has_value());
    CHECK(prepl::session::review_banner(*store, 0).empty());
    for (int i = 0; i < 4; ++i) {
        ReviewState s;
        s.problem_id = "p" + std::to_string(i);
        s.due_at = i * k_ms_per_day;
        REQUIRE(store->put_review_state(s).has_value());
    }
    auto list = prepl::session::due(*store, 2 * k_ms_per_day);
    REQUIRE(list.has_value());
    REQUIRE(list->size() == 3);
    CHECK(list->front().problem_id == "p0");
    CHECK(prepl::session::review_banner(*store, 2 * k_ms_per_day).starts_with("3 reviews due"));
    CHECK(prepl::session::review_banner(*store, 0).starts_with("1 review due"));
}
