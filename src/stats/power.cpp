#include "stats/power.hpp"

#include <cmath>

#include "stats/checks.hpp"
#include "stats/distributions.hpp"

namespace prepl::stats {
namespace {

// z_{1-alpha/2} + z_power.
double z_sum(double alpha, double power) {
    return normal_upper_quantile(alpha / 2) + normal_quantile(power);
}

// Rounds a required sample size up. Formulas that are exact integers in real arithmetic
// (e.g. 2 * 16 * 0.25 / 0.01) come out a few ulps high in floating point; without the
// relative slack ceil would add a whole extra user.
double round_up_sample_size(double n) {
    constexpr double k_relative_slack = 1e-12;
    return std::ceil(n * (1 - k_relative_slack));
}

}  // namespace

util::Result<double> sample_size_means(const MeansDesign& d) {
    if (auto ok = Checks{}
                      .positive("sigma", d.sigma)
                      .positive("mde", d.mde)
                      .open_probability("alpha", d.alpha)
                      .open_probability("power", d.power)
                      .status();
        !ok)
        return util::fail(ok.error());
    const double z = z_sum(d.alpha, d.power);
    return round_up_sample_size(2 * d.sigma * d.sigma * z * z / (d.mde * d.mde));
}

util::Result<double> sample_size_proportions(const ProportionsDesign& d) {
    if (auto ok = Checks{}
                      .open_probability("baseline", d.baseline)
                      .positive("mde", d.mde)
                      .open_probability("alpha", d.alpha)
                      .open_probability("power", d.power)
                      .status();
        !ok)
        return util::fail(ok.error());
    const double z = z_sum(d.alpha, d.power);
    return round_up_sample_size(2 * z * z * d.baseline * (1 - d.baseline) / (d.mde * d.mde));
}

util::Result<double> power_ttest(const TTestPowerInput& in) {
    if (auto ok = Checks{}
                      .finite("effect_size", in.effect_size)
                      .whole_positive("n_per_group", in.n_per_group)
                      .at_least("n_per_group", in.n_per_group, 2)
                      .open_probability("alpha", in.alpha)
                      .status();
        !ok)
        return util::fail(ok.error());
    const double df = 2 * in.n_per_group - 2;
    const double ncp = in.effect_size * std::sqrt(in.n_per_group / 2);
    const double critical = t_upper_quantile(in.alpha / 2, df);
    return noncentral_t_sf(critical, df, ncp) + noncentral_t_cdf(-critical, df, ncp);
}

util::Result<double> mde_means(const MdeInput& in) {
    if (auto ok = Checks{}
                      .positive("sigma", in.spread)
                      .whole_positive("n_per_group", in.n_per_group)
                      .open_probability("alpha", in.alpha)
                      .open_probability("power", in.power)
                      .status();
        !ok)
        return util::fail(ok.error());
    return z_sum(in.alpha, in.power) * in.spread * std::sqrt(2 / in.n_per_group);
}

util::Result<double> mde_proportions(const MdeInput& in) {
    if (auto ok = Checks{}
                      .open_probability("baseline", in.spread)
                      .whole_positive("n_per_group", in.n_per_group)
                      .open_probability("alpha", in.alpha)
                      .open_probability("power", in.power)
                      .status();
        !ok)
        return util::fail(ok.error());
    return z_sum(in.alpha, in.power) * std::sqrt(2 * in.spread * (1 - in.spread) / in.n_per_group);
}

}  // namespace prepl::stats
