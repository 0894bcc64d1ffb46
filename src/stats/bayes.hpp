#pragma once
// Bayesian calculations: Bayes' rule for a test result, and the Beta-Binomial A/B comparison.
#include "stats/sample_summaries.hpp"
#include "util/error.hpp"

namespace prepl::stats {

struct DiagnosticTest {
    double prior = 0;                // P(condition) before the test
    double sensitivity = 0;          // P(positive | condition)
    double false_positive_rate = 0;  // P(positive | no condition)
};

// P(condition | positive). Fails when P(positive) is 0.
util::Result<double> bayes_rule(const DiagnosticTest& test);

// P(p2 > p1) with independent Beta(1 + x, 1 + n - x) posteriors (uniform priors), by Evan
// Miller's exact sum over x2 + 1 terms evaluated in log space. Fails on bad counts. Each term
// carries lgamma's absolute rounding (about 1e-16 n log n), so the relative accuracy is ~1e-12 at
// a thousand trials and ~3e-9 at a million.
util::Result<double> bayes_ab(const ProportionCounts& counts);

}  // namespace prepl::stats
