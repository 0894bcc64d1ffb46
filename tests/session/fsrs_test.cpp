#include "session/fsrs.hpp"

#include <doctest/doctest.h>

// Reference values: ts-fsrs 5.4.2 (MIT, open-spaced-repetition), FSRSAlgorithm with
// generatorParameters({enable_fuzz: false}) — FSRS-6 default weights, short-term on, retention 0.9
// — run with node 20: `a.next_state(prev, t, g)`, `a.next_interval(S, t)`, `a.forgetting_curve(t, S)`.
// ts-fsrs rounds to 8 decimals at each step, hence the 1e-6 tolerance.

using namespace prepl::session::fsrs;

namespace {
doctest::Approx close(double v) { return doctest::Approx(v).epsilon(1e-6); }
}  // namespace

TEST_CASE("FSRS-6 first review: S0 = w[G-1], D0 = w4 - e^(w5 (G-1)) + 1, clamped to [1, 10]") {
    CHECK(initial_state(Rating::again).stability == close(0.212));
    CHECK(initial_state(Rating::again).difficulty == close(6.4133));
    CHECK(initial_state(Rating::hard).stability == close(1.2931));
    CHECK(initial_state(Rating::hard).difficulty == close(5.11217071));
    CHECK(initial_state(Rating::good).stability == close(2.3065));
    CHECK(initial_state(Rating::good).difficulty == close(2.11810397));
    CHECK(initial_state(Rating::easy).stability == close(8.2956));
    CHECK(initial_state(Rating::easy).difficulty == close(1.0));  // 6.4133 - e^(3 * 0.8334) + 1 < 1
}

TEST_CASE("FSRS-6 retrievability is 90% after S days and follows the power curve") {
    CHECK(retrievability(3, 3.0) == close(0.9));
    CHECK(retrievability(10, 3.0) == close(0.79950686));
    CHECK(retrievability(100, 7.5) == close(0.66516123));
    CHECK(retrievability(0, 5.0) == close(1.0));
}

TEST_CASE("FSRS-6 over a review sequence matches ts-fsrs: recall, lapse, same-day reviews") {
    struct Step {
        double elapsed_days;
        Rating rating;
        double stability, difficulty;
        int interval;
    };
    const Step steps[] = {
        {0, Rating::good, 2.30650000, 2.11810397, 2},     // first review
        {3, Rating::good, 13.82690327, 2.11121424, 14},   // recall after 3 days
        {10, Rating::again, 1.66614073, 7.39223814, 2},   // lapse: forgetting stability
        {1, Rating::hard, 2.88270940, 8.25407453, 3},     // hard penalty w15
        {0, Rating::easy, 4.86001800, 7.65589596, 5},     // same day: short-term formula
        {30, Rating::good, 23.53789960, 7.64346843, 24},  // overdue recall
        {2, Rating::easy, 29.11382324, 6.84125376, 29},   // early easy: easy bonus w16
        {0, Rating::again, 8.28016806, 8.94696996, 8},    // same-day again lowers S
    };
    MemoryState state;  // new
    for (const Step& step : steps) {
        CAPTURE(step.elapsed_days);
        CAPTURE(static_cast<int>(step.rating));
        state = next_state(state, step.elapsed_days, step.rating);
        CHECK(state.stability == close(step.stability));
        CHECK(state.difficulty == close(step.difficulty));
        CHECK(next_interval_days(state.stability) == step.interval);
    }
}

TEST_CASE("FSRS intervals stay within one day and a hundred years") {
    CHECK(next_interval_days(0.01) == 1);
    CHECK(next_interval_days(1e9) == 36500);
    CHECK(next_interval_days(10.0, 0.9) == 10);          // S is the 90% interval by definition
    CHECK(next_interval_days(10.0, 0.8) > next_interval_days(10.0, 0.9));  // lower target, longer wait
}
