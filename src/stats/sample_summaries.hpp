#pragma once
// The two-group inputs several solvers share, with their checks.
#include "util/error.hpp"

namespace prepl::stats {

// Successes x out of n trials in group 1 (control) and group 2 (treatment).
struct ProportionCounts {
    double x1 = 0, n1 = 0, x2 = 0, n2 = 0;
};

// Mean, sample sd and size of two independent groups.
struct TwoSampleSummary {
    double mean1 = 0, sd1 = 0, n1 = 0, mean2 = 0, sd2 = 0, n2 = 0;
};

// n1, n2 positive whole numbers; x1, x2 whole numbers in [0, n].
util::Status check_counts(const ProportionCounts& counts);
// sd >= 0, n whole and >= 2 (a sample sd needs two values).
util::Status check_summary(const TwoSampleSummary& summary);

// sqrt(sd1^2/n1 + sd2^2/n2), the unpooled standard error of mean2 - mean1.
double welch_standard_error(const TwoSampleSummary& summary);
// Welch-Satterthwaite degrees of freedom.
double welch_df(const TwoSampleSummary& summary);

}  // namespace prepl::stats
