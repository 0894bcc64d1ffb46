#pragma once
// Two-sided confidence intervals for proportions, means and their differences.
#include "stats/sample_summaries.hpp"
#include "util/error.hpp"

namespace prepl::stats {

struct Interval {
    double lower = 0;
    double upper = 0;
};

struct ProportionSample {
    double successes = 0;
    double n = 0;
    double confidence = 0.95;
};

struct MeanSample {
    double mean = 0;
    double sd = 0;  // sample standard deviation
    double n = 0;
    double confidence = 0.95;
};

// Wilson score interval; stays inside [0, 1].
util::Result<Interval> wilson_interval(const ProportionSample& sample);
// Wald interval p +- z sqrt(p (1 - p) / n); not clipped to [0, 1], as taught.
util::Result<Interval> proportion_ci_normal(const ProportionSample& sample);
// mean +- t_{n-1} sd / sqrt(n).
util::Result<Interval> mean_ci(const MeanSample& sample);
// Welch interval for mean2 - mean1 (Welch-Satterthwaite df).
util::Result<Interval> diff_means_ci(const TwoSampleSummary& summary, double confidence);
// Unpooled Wald interval for p2 - p1.
util::Result<Interval> diff_proportions_ci(const ProportionCounts& counts, double confidence);

}  // namespace prepl::stats
