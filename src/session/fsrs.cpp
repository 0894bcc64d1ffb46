#include "session/fsrs.hpp"

#include <algorithm>
#include <cmath>

namespace prepl::session::fsrs {
namespace {

const std::array<double, 21>& w = k_default_weights;

double decay() { return -w[20]; }
double factor() { return std::pow(0.9, 1.0 / decay()) - 1.0; }

double clamp_difficulty(double d) { return std::clamp(d, 1.0, 10.0); }
double clamp_stability(double s) { return std::clamp(s, k_min_stability, k_max_stability); }

double initial_difficulty(Rating g) {
    return w[4] - std::exp(w[5] * (static_cast<int>(g) - 1)) + 1.0;
}

// Linear damping keeps D from overshooting 10; mean reversion pulls it toward D0(easy).
double next_difficulty(double d, Rating g) {
    const double delta = -w[6] * (static_cast<int>(g) - 3);
    const double damped = d + delta * (10.0 - d) / 9.0;
    return clamp_difficulty(w[7] * initial_difficulty(Rating::easy) + (1.0 - w[7]) * damped);
}

double recall_stability(double d, double s, double r, Rating g) {
    const double hard_penalty = g == Rating::hard ? w[15] : 1.0;
    const double easy_bonus = g == Rating::easy ? w[16] : 1.0;
    return clamp_stability(s * (1.0 + std::exp(w[8]) * (11.0 - d) * std::pow(s, -w[9]) *
                                          (std::exp((1.0 - r) * w[10]) - 1.0) * hard_penalty * easy_bonus));
}

// After a lapse: the long-term formula, never above S / e^(w17 w18) (what a same-day "again"
// would give), as FSRS-6 with short-term scheduling does.
double forget_stability(double d, double s, double r) {
    const double long_term = clamp_stability(w[11] * std::pow(d, -w[12]) * (std::pow(s + 1.0, w[13]) - 1.0) *
                                             std::exp((1.0 - r) * w[14]));
    const double short_term_cap = s / std::exp(w[17] * w[18]);
    return std::min(std::max(short_term_cap, k_min_stability), long_term);
}

double short_term_stability(double s, Rating g) {
    const double increase = std::pow(s, -w[19]) * std::exp(w[17] * (static_cast<int>(g) - 3 + w[18]));
    // A passing same-day review never lowers stability.
    const double masked = g >= Rating::hard ? std::max(increase, 1.0) : increase;
    return clamp_stability(s * masked);
}

}  // namespace

double retrievability(double elapsed_days, double stability) {
    return std::pow(1.0 + factor() * std::max(elapsed_days, 0.0) / stability, decay());
}

MemoryState initial_state(Rating rating) {
    return {std::max(w[static_cast<int>(rating) - 1], 0.1), clamp_difficulty(initial_difficulty(rating))};
}

MemoryState next_state(const MemoryState& state, double elapsed_days, Rating rating) {
    if (state.stability <= 0 || state.difficulty <= 0) return initial_state(rating);
    const double s = clamp_stability(state.stability);
    const double d = clamp_difficulty(state.difficulty);
    MemoryState next;
    // Reviews are scheduled in whole days, so anything under a day is a same-day review.
    if (elapsed_days < 1.0) {
        next.stability = short_term_stability(s, rating);
    } else {
        const double r = retrievability(elapsed_days, s);
        next.stability = rating == Rating::again ? forget_stability(d, s, r) : recall_stability(d, s, r, rating);
    }
    next.difficulty = next_difficulty(d, rating);
    return next;
}

int next_interval_days(double stability, double retention) {
    const double days = stability / factor() * (std::pow(retention, 1.0 / decay()) - 1.0);
    return static_cast<int>(std::clamp(std::round(days), 1.0, k_max_stability));
}

}  // namespace prepl::session::fsrs
