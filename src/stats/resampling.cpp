#include "stats/resampling.hpp"

#include <algorithm>
#include <random>
#include <vector>

#include "stats/checks.hpp"
#include "stats/descriptive.hpp"

namespace prepl::stats {
namespace {

double statistic_of(std::vector<double>& sample, BootstrapStatistic statistic) {
    if (statistic == BootstrapStatistic::mean) return mean_of(sample);
    std::sort(sample.begin(), sample.end());
    return sorted_quantile(sample, 0.5);
}

}  // namespace

util::Result<Interval> bootstrap_ci(std::span<const double> values, const BootstrapInput& in) {
    if (auto ok =
            Checks{}
                .min_length("values", values, 1)
                .finite_values("values", values)
                .open_probability("confidence", in.confidence)
                .whole_positive("resamples", in.resamples)
                .at_most("resamples", in.resamples, "the largest supported count", k_max_resamples)
                .require(in.resamples * static_cast<double>(values.size()) <= k_max_draws,
                         "resamples times the number of values must be at most 2e7; "
                         "use fewer resamples")
                .status();
        !ok)
        return util::fail(ok.error());
    std::mt19937_64 engine(in.seed);
    const std::uint64_t n = values.size();
    std::vector<double> sample(values.size());
    std::vector<double> statistics;
    statistics.reserve(static_cast<std::size_t>(in.resamples));
    for (double r = 0; r < in.resamples; ++r) {
        for (double& x : sample) x = values[engine() % n];
        statistics.push_back(statistic_of(sample, in.statistic));
    }
    std::sort(statistics.begin(), statistics.end());
    const double tail = (1 - in.confidence) / 2;
    return Interval{sorted_quantile(statistics, tail), sorted_quantile(statistics, 1 - tail)};
}

}  // namespace prepl::stats
