#pragma once
// Variance of experiment metrics: CUPED adjustment, delta method for ratio metrics, and the
// design effect of clustered samples.
#include <span>

#include "util/error.hpp"

namespace prepl::stats {

struct Cuped {
    double theta = 0;               // Cov(y, x) / Var(x)
    double adjusted_mean = 0;       // mean of y - theta (x - mean x)
    double variance_reduction = 0;  // 1 - Var(y_adj) / Var(y), i.e. corr(y, x)^2
};

struct RatioMetric {
    double ratio = 0;     // sum(numerators) / sum(denominators)
    double variance = 0;  // delta-method variance of the ratio of means
    double se = 0;        // sqrt(variance)
};

struct DesignEffectInput {
    double cluster_size = 0;  // m, average units per cluster
    double icc = 0;           // intra-cluster correlation rho
    double n = 0;             // units observed
};

struct DesignEffect {
    double deff = 0;         // 1 + (m - 1) rho
    double effective_n = 0;  // n / deff
};

// y: metric during the experiment, x: the same user's pre-period covariate. Needs two or more
// users, equal lengths, and x not constant.
util::Result<Cuped> cuped(std::span<const double> y, std::span<const double> x);

// Per-user numerators (e.g. clicks) and denominators (e.g. sessions):
//   Var(N/D) ~ (1/n) [s_N^2 / mu_D^2 - 2 mu_N s_ND / mu_D^3 + mu_N^2 s_D^2 / mu_D^4]
// with sample (n - 1) moments (Deng, Knoblich & Lu 2018, "Applying the Delta Method in Metric
// Analytics"). Fails when the mean denominator is 0.
util::Result<RatioMetric> delta_method_ratio(std::span<const double> numerators,
                                             std::span<const double> denominators);

util::Result<DesignEffect> design_effect(const DesignEffectInput& input);

}  // namespace prepl::stats
