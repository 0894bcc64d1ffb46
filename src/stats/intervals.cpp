#include "stats/intervals.hpp"

#include <cmath>

#include "stats/checks.hpp"
#include "stats/distributions.hpp"

namespace prepl::stats {
namespace {

util::Status check_proportion_sample(const ProportionSample& s) {
    return Checks{}
        .whole_positive("n", s.n)
        .whole_non_negative("successes", s.successes)
        .at_most("successes", s.successes, "n", s.n)
        .open_probability("confidence", s.confidence)
        .status();
}

double two_sided_z(double confidence) { return normal_upper_quantile((1 - confidence) / 2); }

}  // namespace

util::Result<Interval> wilson_interval(const ProportionSample& s) {
    if (auto ok = check_proportion_sample(s); !ok) return util::fail(ok.error());
    const double z = two_sided_z(s.confidence);
    const double p = s.successes / s.n;
    const double z2n = z * z / s.n;
    const double center = (p + z2n / 2) / (1 + z2n);
    const double half = z / (1 + z2n) * std::sqrt(p * (1 - p) / s.n + z2n / (4 * s.n));
    return Interval{center - half, center + half};
}

util::Result<Interval> proportion_ci_normal(const ProportionSample& s) {
    if (auto ok = check_proportion_sample(s); !ok) return util::fail(ok.error());
    const double p = s.successes / s.n;
    const double half = two_sided_z(s.confidence) * std::sqrt(p * (1 - p) / s.n);
    return Interval{p - half, p + half};
}

util::Result<Interval> mean_ci(const MeanSample& s) {
    if (auto ok = Checks{}
                      .finite("mean", s.mean)
                      .non_negative("sd", s.sd)
                      .whole_positive("n", s.n)
                      .at_least("n", s.n, 2)
                      .open_probability("confidence", s.confidence)
                      .status();
        !ok)
        return util::fail(ok.error());
    const double half = t_upper_quantile((1 - s.confidence) / 2, s.n - 1) * s.sd / std::sqrt(s.n);
    return Interval{s.mean - half, s.mean + half};
}

util::Result<Interval> diff_means_ci(const TwoSampleSummary& s, double confidence) {
    if (auto ok = check_summary(s); !ok) return util::fail(ok.error());
    if (auto ok = Checks{}.open_probability("confidence", confidence).status(); !ok)
        return util::fail(ok.error());
    const double half =
        t_upper_quantile((1 - confidence) / 2, welch_df(s)) * welch_standard_error(s);
    const double diff = s.mean2 - s.mean1;
    return Interval{diff - half, diff + half};
}

util::Result<Interval> diff_proportions_ci(const ProportionCounts& c, double confidence) {
    if (auto ok = check_counts(c); !ok) return util::fail(ok.error());
    if (auto ok = Checks{}.open_probability("confidence", confidence).status(); !ok)
        return util::fail(ok.error());
    const double p1 = c.x1 / c.n1, p2 = c.x2 / c.n2;
    const double half =
        two_sided_z(confidence) * std::sqrt(p1 * (1 - p1) / c.n1 + p2 * (1 - p2) / c.n2);
    return Interval{p2 - p1 - half, p2 - p1 + half};
}

}  // namespace prepl::stats
