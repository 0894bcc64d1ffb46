#pragma once
// Descriptive statistics of one sample: mean, sample sd, median and quartiles.
#include <span>
#include <vector>

#include "util/error.hpp"

namespace prepl::stats {

struct Description {
    double mean = 0;
    double sd = 0;  // sample standard deviation (n - 1); 0 for a single value
    double n = 0;
    double median = 0;
    double min = 0;
    double max = 0;
    double q1 = 0;  // quartiles by linear interpolation (R type 7, numpy's default)
    double q3 = 0;
};

// Fails when `values` is empty or holds NaN/inf.
util::Result<Description> describe(std::span<const double> values);

// Building blocks for other solvers; callers guarantee a non-empty, finite sample.
double mean_of(std::span<const double> values);
// Sample variance (n - 1) by two passes; 0 for fewer than two values.
double sample_variance(std::span<const double> values);
// Sample covariance (n - 1) by two passes; a and b have equal length.
double sample_covariance(std::span<const double> a, std::span<const double> b);
// Quantile of an already sorted sample, R type 7: x[h] interpolated at h = (n - 1) p.
double sorted_quantile(std::span<const double> sorted, double p);
// Mid-ranks (1-based, ties share their average rank) of `values`, in input order.
std::vector<double> average_ranks(std::span<const double> values);

}  // namespace prepl::stats
