#pragma once
// FSRS-6, the Free Spaced Repetition Scheduler (Ye et al.; open-spaced-repetition), with its
// published default weights. Pure functions over a memory state; the review scheduler maps
// prepl's verdicts to ratings and stores the state.
//
// Why FSRS and not SM-2: on the public benchmark of ~10k Anki collections (350 M reviews), FSRS-6
// with its *default* weights has a log loss of 0.34 against 0.55 for SM-2, so it pays off without
// per-user fitting. The review log kept beside the state (review_log) is what fitting needs later.
//
// Written from the published formulas (fsrs4anki wiki, "The Algorithm", FSRS-6); tests compare
// with ts-fsrs 5.4.2 (MIT), the reference TypeScript implementation.
#include <array>

namespace prepl::session::fsrs {

enum class Rating { again = 1, hard = 2, good = 3, easy = 4 };

// w0..w20 of FSRS-6 (ts-fsrs 5.4.2 `default_w`, equal to fsrs-rs's DEFAULT_PARAMETERS).
inline constexpr std::array<double, 21> k_default_weights = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

inline constexpr double k_min_stability = 0.001;   // days (ts-fsrs S_MIN)
inline constexpr double k_max_stability = 36500;   // days, a hundred years
inline constexpr double k_desired_retention = 0.9; // schedule when recall probability falls to 90%

struct MemoryState {
    double stability = 0;   // S: days until the probability of recall falls to 90%
    double difficulty = 0;  // D in [1, 10]
};

// Probability of recall after `elapsed_days` with stability S: (1 + F * t / S)^(-w20), where
// F = 0.9^(-1/w20) - 1 makes R(S, S) = 0.9.
double retrievability(double elapsed_days, double stability);

// The state after the first review with rating G: S0 = w[G-1], D0 = w4 - e^(w5 (G-1)) + 1.
MemoryState initial_state(Rating rating);

// The state after a review `elapsed_days` after the previous one. Same-day reviews
// (elapsed_days < 1) use the short-term formula; otherwise recall or forgetting stability.
MemoryState next_state(const MemoryState& state, double elapsed_days, Rating rating);

// Days until recall probability falls to `retention`, rounded, in [1, 36500].
int next_interval_days(double stability, double retention = k_desired_retention);

}  // namespace prepl::session::fsrs
