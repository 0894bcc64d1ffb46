#include "stats/probability.hpp"

#include <fmt/format.h>

#include <cmath>

#include "stats/checks.hpp"
#include "stats/distributions.hpp"

namespace prepl::stats {

util::Result<TailProbabilities> binomial_probability(double n, double k, double p) {
    if (auto ok = Checks{}
                      .whole_positive("n", n)
                      .whole_non_negative("k", k)
                      .at_most("k", k, "n", n)
                      .probability("p", p)
                      .status();
        !ok)
        return util::fail(ok.error());
    return TailProbabilities{binomial_pmf(n, k, p), binomial_cdf(n, k, p),
                             binomial_sf_inclusive(n, k, p)};
}

util::Result<TailProbabilities> poisson_probability(double lambda, double k) {
    if (auto ok = Checks{}.positive("lambda", lambda).whole_non_negative("k", k).status(); !ok)
        return util::fail(ok.error());
    return TailProbabilities{poisson_pmf(lambda, k), poisson_cdf(lambda, k),
                             poisson_sf_inclusive(lambda, k)};
}

util::Result<double> birthday_probability(double people, double days) {
    if (auto ok = Checks{}.whole_positive("people", people).whole_positive("days", days).status();
        !ok)
        return util::fail(ok.error());
    if (people > days) return 1.0;        // pigeonhole
    constexpr double k_max_people = 1e7;  // the product loop runs once per person
    if (auto ok = Checks{}.at_most("people", people, "10^7", k_max_people).status(); !ok)
        return util::fail(ok.error());
    double log_all_distinct = 0;
    for (double i = 1; i < people; ++i) log_all_distinct += std::log1p(-i / days);
    return -std::expm1(log_all_distinct);
}

util::Result<Moments> expected_value(std::span<const double> values,
                                     std::span<const double> probabilities) {
    Checks checks;
    checks.min_length("values", values, 1)
        .finite_values("values", values)
        .same_length("values", values, "probabilities", probabilities);
    double total = 0;
    for (std::size_t i = 0; i < probabilities.size(); ++i) {
        checks.probability(fmt::format("probabilities[{}]", i + 1), probabilities[i]);
        total += probabilities[i];
    }
    constexpr double k_sum_tolerance = 1e-9;  // decimal inputs like 0.1 + 0.2 + 0.7 miss 1 by ulps
    checks.require(std::abs(total - 1) <= k_sum_tolerance,
                   fmt::format("probabilities must sum to 1, got {}", total));
    if (auto ok = checks.status(); !ok) return util::fail(ok.error());

    Moments m;
    for (std::size_t i = 0; i < values.size(); ++i) m.mean += probabilities[i] * values[i];
    // Central second moment about the mean (not E[X^2] - mean^2, which cancels).
    for (std::size_t i = 0; i < values.size(); ++i)
        m.variance += probabilities[i] * (values[i] - m.mean) * (values[i] - m.mean);
    return m;
}

util::Result<NormalTails> normal_probability(double x, double mean, double sd) {
    if (auto ok = Checks{}.finite("x", x).finite("mean", mean).positive("sd", sd).status(); !ok)
        return util::fail(ok.error());
    const double z = (x - mean) / sd;
    return NormalTails{normal_cdf(z), normal_sf(z)};
}

util::Result<double> z_critical(double alpha, double two_sided) {
    if (auto ok = Checks{}.open_probability("alpha", alpha).flag("two_sided", two_sided).status();
        !ok)
        return util::fail(ok.error());
    return normal_upper_quantile(two_sided == 1 ? alpha / 2 : alpha);
}

util::Result<double> t_critical(double alpha, double df, double two_sided) {
    if (auto ok = Checks{}
                      .open_probability("alpha", alpha)
                      .positive("df", df)
                      .flag("two_sided", two_sided)
                      .status();
        !ok)
        return util::fail(ok.error());
    return t_upper_quantile(two_sided == 1 ? alpha / 2 : alpha, df);
}

}  // namespace prepl::stats
