#pragma once
// Probability calculations: binomial and Poisson tails, the birthday problem, discrete
// expectations, normal tails and critical values.
#include <span>

#include "util/error.hpp"

namespace prepl::stats {

struct TailProbabilities {
    double pmf = 0;  // P(X = k)
    double cdf = 0;  // P(X <= k)
    double sf = 0;   // P(X >= k), inclusive so that "at least k" reads directly
};

struct Moments {
    double mean = 0;
    double variance = 0;
};

struct NormalTails {
    double cdf = 0;  // P(X <= x)
    double sf = 0;   // P(X > x)
};

util::Result<TailProbabilities> binomial_probability(double n, double k, double p);
util::Result<TailProbabilities> poisson_probability(double lambda, double k);
// P(at least two of `people` share a day) with `days` equally likely days:
// 1 - prod_{i<people} (1 - i/days), formed as -expm1(sum log1p(-i/days)).
util::Result<double> birthday_probability(double people, double days);
// Mean and variance of a discrete distribution; probabilities must sum to 1 (within 1e-9).
util::Result<Moments> expected_value(std::span<const double> values,
                                     std::span<const double> probabilities);
util::Result<NormalTails> normal_probability(double x, double mean, double sd);
// z with P(|Z| > z) = alpha (two_sided = 1) or P(Z > z) = alpha (two_sided = 0).
util::Result<double> z_critical(double alpha, double two_sided);
// Same for Student's t with df degrees of freedom (df may be fractional, e.g. Welch).
util::Result<double> t_critical(double alpha, double df, double two_sided);

}  // namespace prepl::stats
