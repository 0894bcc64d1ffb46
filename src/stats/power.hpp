#pragma once
// Sample size, power and minimum detectable effect for two-group experiments (two-sided tests,
// equal group sizes).
#include "util/error.hpp"

namespace prepl::stats {

struct MeansDesign {
    double sigma = 0;  // common standard deviation of the metric
    double mde = 0;    // smallest absolute difference in means worth detecting
    double alpha = 0.05;
    double power = 0.8;
};

struct ProportionsDesign {
    double baseline = 0;  // control conversion rate p
    double mde = 0;       // absolute lift in rate (0.01 = one percentage point)
    double alpha = 0.05;
    double power = 0.8;
};

struct TTestPowerInput {
    double effect_size = 0;  // Cohen's d = difference / sd
    double n_per_group = 0;
    double alpha = 0.05;
};

struct MdeInput {
    double spread = 0;  // sigma for means, baseline rate for proportions
    double n_per_group = 0;
    double alpha = 0.05;
    double power = 0.8;
};

// ceil(2 sigma^2 (z_{1-alpha/2} + z_power)^2 / mde^2).
util::Result<double> sample_size_means(const MeansDesign& design);
// ceil(2 (z_{1-alpha/2} + z_power)^2 p (1 - p) / mde^2), variance at the baseline in both groups.
util::Result<double> sample_size_proportions(const ProportionsDesign& design);
// Power of the two-sided two-sample t-test: noncentral t with df = 2n - 2 and
// ncp = d sqrt(n / 2), both rejection tails counted.
util::Result<double> power_ttest(const TTestPowerInput& input);
// (z_{1-alpha/2} + z_power) sigma sqrt(2 / n): the inverse of sample_size_means.
util::Result<double> mde_means(const MdeInput& input);
// (z_{1-alpha/2} + z_power) sqrt(2 p (1 - p) / n): the inverse of sample_size_proportions.
util::Result<double> mde_proportions(const MdeInput& input);

}  // namespace prepl::stats
