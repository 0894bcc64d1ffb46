#include "stats/experiment_variance.hpp"

#include <cmath>
#include <vector>

#include "stats/checks.hpp"
#include "stats/descriptive.hpp"

namespace prepl::stats {

util::Result<Cuped> cuped(std::span<const double> y, std::span<const double> x) {
    if (auto ok = Checks{}
                      .min_length("y", y, 2)
                      .same_length("y", y, "x", x)
                      .finite_values("y", y)
                      .finite_values("x", x)
                      .status();
        !ok)
        return util::fail(ok.error());
    const double variance_x = sample_variance(x);
    const double variance_y = sample_variance(y);
    if (auto ok = Checks{}
                      .require(variance_x > 0, "x is constant: CUPED needs a covariate that varies")
                      .require(variance_y > 0, "y is constant: there is no variance to reduce")
                      .status();
        !ok)
        return util::fail(ok.error());

    Cuped result;
    result.theta = sample_covariance(y, x) / variance_x;
    const double mean_x = mean_of(x);
    std::vector<double> adjusted(y.size());
    for (std::size_t i = 0; i < y.size(); ++i) adjusted[i] = y[i] - result.theta * (x[i] - mean_x);
    result.adjusted_mean = mean_of(adjusted);
    result.variance_reduction = 1 - sample_variance(adjusted) / variance_y;
    return result;
}

util::Result<RatioMetric> delta_method_ratio(std::span<const double> numerators,
                                             std::span<const double> denominators) {
    if (auto ok = Checks{}
                      .min_length("numerators", numerators, 2)
                      .same_length("numerators", numerators, "denominators", denominators)
                      .finite_values("numerators", numerators)
                      .finite_values("denominators", denominators)
                      .status();
        !ok)
        return util::fail(ok.error());
    const double mean_n = mean_of(numerators);
    const double mean_d = mean_of(denominators);
    if (mean_d == 0)
        return util::fail(
            util::Error::invalid("denominators average to 0: the ratio is undefined"));
    const double var_n = sample_variance(numerators);
    const double var_d = sample_variance(denominators);
    const double cov_nd = sample_covariance(numerators, denominators);
    const double count = static_cast<double>(numerators.size());

    RatioMetric result;
    result.ratio = mean_n / mean_d;
    result.variance =
        (var_n / (mean_d * mean_d) - 2 * mean_n * cov_nd / (mean_d * mean_d * mean_d) +
         mean_n * mean_n * var_d / (mean_d * mean_d * mean_d * mean_d)) /
        count;
    // The bracket is a variance of a linear combination, >= 0 in exact arithmetic; clamp the
    // rounding residue of perfectly proportional data.
    if (result.variance < 0) result.variance = 0;
    result.se = std::sqrt(result.variance);
    return result;
}

util::Result<DesignEffect> design_effect(const DesignEffectInput& in) {
    if (auto ok = Checks{}
                      .at_least("cluster_size", in.cluster_size, 1)
                      .probability("icc", in.icc)
                      .whole_positive("n", in.n)
                      .status();
        !ok)
        return util::fail(ok.error());
    DesignEffect result;
    result.deff = 1 + (in.cluster_size - 1) * in.icc;
    result.effective_n = in.n / result.deff;
    return result;
}

}  // namespace prepl::stats
