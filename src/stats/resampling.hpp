#pragma once
// Bootstrap confidence intervals (percentile method), deterministic for a seed.
#include <cstdint>
#include <span>

#include "stats/intervals.hpp"
#include "util/error.hpp"

namespace prepl::stats {

enum class BootstrapStatistic { mean = 0, median = 1 };

struct BootstrapInput {
    BootstrapStatistic statistic = BootstrapStatistic::mean;
    double confidence = 0.95;
    double resamples = 10000;  // 1 to k_max_resamples
    std::uint64_t seed = 42;
};

inline constexpr double k_max_resamples = 1e6;
inline constexpr double k_max_draws = 2e7;  // resamples x values: about a second of work

// Draws `resamples` samples with replacement from `values` with std::mt19937_64(seed); index
// i = engine() % n (the standard pins mt19937_64's output, unlike uniform_int_distribution, so
// results are identical on every platform; the modulo bias is below n / 2^64). The statistic of
// each resample is collected and the interval is its (1-c)/2 and (1+c)/2 quantiles (R type 7).
util::Result<Interval> bootstrap_ci(std::span<const double> values, const BootstrapInput& input);

}  // namespace prepl::stats
