#pragma once
// Classic two-sample tests: z for proportions, Welch and pooled t, chi-square, Mann-Whitney U.
// All p-values are two-sided.
#include <span>

#include "stats/args.hpp"
#include "stats/sample_summaries.hpp"
#include "util/error.hpp"

namespace prepl::stats {

struct ZTest {
    double z = 0;  // (p2 - p1) / pooled standard error
    double p_value = 0;
};

struct TTest {
    double t = 0;  // (mean2 - mean1) / standard error
    double df = 0;
    double p_value = 0;
};

struct ChiSquareTest {
    double chi2 = 0;
    double df = 0;
    double p_value = 0;
};

struct SampleRatioInput {
    double control = 0;    // users observed in control
    double treatment = 0;  // users observed in treatment
    double expected_control_share = 0.5;
};

struct MannWhitney {
    double u = 0;  // U of x: rank sum of x minus n_x (n_x + 1) / 2
    double p_value = 0;
};

// Fails on bad counts or when every trial succeeded or failed (the pooled SE is 0).
util::Result<ZTest> two_proportion_ztest(const ProportionCounts& counts);
// Welch: unequal variances, Welch-Satterthwaite df.
util::Result<TTest> welch_ttest(const TwoSampleSummary& summary);
// Student: pooled variance, df = n1 + n2 - 2.
util::Result<TTest> pooled_ttest(const TwoSampleSummary& summary);
// Pearson test of independence on an r x c table of counts, no continuity correction.
util::Result<ChiSquareTest> chi_square_independence(const Matrix& table);
// Sample-ratio mismatch: chi-square goodness of fit of the split, df 1.
util::Result<ChiSquareTest> srm_check(const SampleRatioInput& input);
// Normal approximation with tie and continuity correction, as SciPy's
// mannwhitneyu(method='asymptotic', use_continuity=True, alternative='two-sided').
util::Result<MannWhitney> mann_whitney_u(std::span<const double> x, std::span<const double> y);

}  // namespace prepl::stats
