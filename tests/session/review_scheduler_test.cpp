#include "session/review_scheduler.hpp"

#include <doctest/doctest.h>

#include "session/progress_store.hpp"
#include "support/temp_dir.hpp"

using prepl::session::GradedOutcome;
using prepl::session::k_ms_per_day;
using prepl::session::quality_from;
using prepl::session::ReviewState;
using prepl::session::sm2_next;

// Expected values from Wozniak (1990), SM-2: I(1) = 1, I(2) = 6, I(n) = I(n-1) * EF rounded up,
// EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), EF >= 1.3; q < 3 restarts the intervals.

TEST_CASE("SM-2 intervals with perfect recall are 1, 6, then I(n-1) * EF rounded up") {
    ReviewState s;  // EF starts at 2.5
    s = sm2_next(s, 5, 0);
    CHECK(s.interval_days == 1);
    CHECK(s.ease == doctest::Approx(2.6));  // 2.5 + 0.1
    s = sm2_next(s, 5, 0);
    CHECK(s.interval_days == 6);
    CHECK(s.ease == doctest::Approx(2.7));
    s = sm2_next(s, 5, 0);
    CHECK(s.interval_days == 17);  // ceil(6 * 2.7) = ceil(16.2)
    CHECK(s.repetitions == 3);
    CHECK(s.due_at == 17 * k_ms_per_day);
}

TEST_CASE("SM-2 E-Factor changes per quality: q=4 keeps it, q=3 lowers it by 0.14") {
    ReviewState s;
    CHECK(sm2_next(s, 4, 0).ease == doctest::Approx(2.5));   // 0.1 - 1 * (0.08 + 0.02) = 0
    CHECK(sm2_next(s, 3, 0).ease == doctest::Approx(2.36));  // 0.1 - 2 * (0.08 + 0.04) = -0.14
}

TEST_CASE("SM-2 E-Factor never drops below 1.3") {
    ReviewState s;
    s.ease = 1.35;
    CHECK(sm2_next(s, 3, 0).ease == doctest::Approx(1.3));
}

TEST_CASE("SM-2 failure restarts the intervals at 1 day and keeps the E-Factor") {
    ReviewState s;
    s.repetitions = 4;
    s.interval_days = 40;
    s.ease = 2.2;
    const auto next = sm2_next(s, 1, 1000);
    CHECK(next.repetitions == 0);
    CHECK(next.interval_days == 1);
    CHECK(next.ease == doctest::Approx(2.2));
    CHECK(next.due_at == 1000 + k_ms_per_day);
    CHECK(sm2_next(next, 4, 0).interval_days == 1);
}

TEST_CASE("quality comes from the verdict, hints and time against target_minutes") {
    GradedOutcome o;
    o.status = "accepted";
    o.minutes_taken = 5;
    o.target_minutes = 8;
    CHECK(quality_from(o) == 5);
    o.hints_used = 1;
    CHECK(quality_from(o) == 4);
    o.minutes_taken = 12;
    CHECK(quality_from(o) == 3);
    o.hints_used = 0;
    CHECK(quality_from(o) == 4);
    o.status = "rejected";
    o.score = 0;
    CHECK(quality_from(o) == 1);
    o.score = 0.6;
    CHECK(quality_from(o) == 2);
    o.status = "error";
    CHECK_FALSE(quality_from(o).has_value());
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
