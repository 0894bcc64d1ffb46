#include "stats/hypothesis_tests.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>

#include "stats/checks.hpp"
#include "stats/descriptive.hpp"
#include "stats/distributions.hpp"

namespace prepl::stats {

util::Result<ZTest> two_proportion_ztest(const ProportionCounts& c) {
    if (auto ok = check_counts(c); !ok) return util::fail(ok.error());
    const double pooled = (c.x1 + c.x2) / (c.n1 + c.n2);
    if (pooled <= 0 || pooled >= 1)
        return util::fail(util::Error::invalid(
            "x1 + x2 must be between 0 and n1 + n2 (exclusive): with no successes or no "
            "failures the pooled standard error is 0"));
    const double se = std::sqrt(pooled * (1 - pooled) * (1 / c.n1 + 1 / c.n2));
    ZTest result;
    result.z = (c.x2 / c.n2 - c.x1 / c.n1) / se;
    result.p_value = 2 * normal_sf(std::abs(result.z));
    return result;
}

util::Result<TTest> welch_ttest(const TwoSampleSummary& s) {
    if (auto ok = check_summary(s); !ok) return util::fail(ok.error());
    TTest result;
    result.t = (s.mean2 - s.mean1) / welch_standard_error(s);
    result.df = welch_df(s);
    result.p_value = 2 * t_sf(std::abs(result.t), result.df);
    return result;
}

util::Result<TTest> pooled_ttest(const TwoSampleSummary& s) {
    if (auto ok = check_summary(s); !ok) return util::fail(ok.error());
    TTest result;
    result.df = s.n1 + s.n2 - 2;
    const double pooled_variance =
        ((s.n1 - 1) * s.sd1 * s.sd1 + (s.n2 - 1) * s.sd2 * s.sd2) / result.df;
    result.t = (s.mean2 - s.mean1) / std::sqrt(pooled_variance * (1 / s.n1 + 1 / s.n2));
    result.p_value = 2 * t_sf(std::abs(result.t), result.df);
    return result;
}

util::Result<ChiSquareTest> chi_square_independence(const Matrix& table) {
    Checks checks;
    checks.require(table.size() >= 2, "table needs at least 2 rows (separate rows with ';')");
    for (std::size_t r = 0; r < table.size(); ++r) {
        checks.require(table[r].size() == table[0].size(),
                       fmt::format("table rows must have the same length: row 1 has {} values, "
                                   "row {} has {}",
                                   table[0].size(), r + 1, table[r].size()));
        for (std::size_t c = 0; c < table[r].size(); ++c)
            checks.whole_non_negative(fmt::format("table[{}][{}]", r + 1, c + 1), table[r][c]);
    }
    if (!table.empty()) checks.require(table[0].size() >= 2, "table needs at least 2 columns");
    if (auto ok = checks.status(); !ok) return util::fail(ok.error());

    const std::size_t rows = table.size(), cols = table[0].size();
    Vector row_sums(rows, 0.0), col_sums(cols, 0.0);
    double total = 0;
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < cols; ++c) {
            row_sums[r] += table[r][c];
            col_sums[c] += table[r][c];
            total += table[r][c];
        }
    for (std::size_t r = 0; r < rows; ++r)
        checks.require(row_sums[r] > 0, fmt::format("table row {} is all zeros", r + 1));
    for (std::size_t c = 0; c < cols; ++c)
        checks.require(col_sums[c] > 0, fmt::format("table column {} is all zeros", c + 1));
    if (auto ok = checks.status(); !ok) return util::fail(ok.error());

    ChiSquareTest result;
    for (std::size_t r = 0; r < rows; ++r)
        for (std::size_t c = 0; c < cols; ++c) {
            const double expected = row_sums[r] * col_sums[c] / total;
            const double diff = table[r][c] - expected;
            result.chi2 += diff * diff / expected;
        }
    result.df = static_cast<double>((rows - 1) * (cols - 1));
    result.p_value = chi_squared_sf(result.chi2, result.df);
    return result;
}

util::Result<ChiSquareTest> srm_check(const SampleRatioInput& in) {
    if (auto ok =
            Checks{}
                .whole_non_negative("control", in.control)
                .whole_non_negative("treatment", in.treatment)
                .open_probability("expected_control_share", in.expected_control_share)
                .require(in.control + in.treatment > 0, "control + treatment must be more than 0")
                .status();
        !ok)
        return util::fail(ok.error());
    const double total = in.control + in.treatment;
    const double expected_control = total * in.expected_control_share;
    const double expected_treatment = total * (1 - in.expected_control_share);
    ChiSquareTest result;
    result.chi2 =
        (in.control - expected_control) * (in.control - expected_control) / expected_control +
        (in.treatment - expected_treatment) * (in.treatment - expected_treatment) /
            expected_treatment;
    result.df = 1;
    result.p_value = chi_squared_sf(result.chi2, 1);
    return result;
}

util::Result<MannWhitney> mann_whitney_u(std::span<const double> x, std::span<const double> y) {
    if (auto ok = Checks{}
                      .min_length("x", x, 1)
                      .min_length("y", y, 1)
                      .finite_values("x", x)
                      .finite_values("y", y)
                      .status();
        !ok)
        return util::fail(ok.error());
    Vector pooled(x.begin(), x.end());
    pooled.insert(pooled.end(), y.begin(), y.end());
    const Vector ranks = average_ranks(pooled);
    const double nx = static_cast<double>(x.size()), ny = static_cast<double>(y.size());
    const double n = nx + ny;
    double rank_sum_x = 0;
    for (std::size_t i = 0; i < x.size(); ++i) rank_sum_x += ranks[i];

    // Tie term sum(t^3 - t) over groups of tied values.
    Vector sorted = pooled;
    std::sort(sorted.begin(), sorted.end());
    double tie_term = 0;
    for (std::size_t start = 0; start < sorted.size();) {
        std::size_t end = start + 1;
        while (end < sorted.size() && sorted[end] == sorted[start]) ++end;
        const double t = static_cast<double>(end - start);
        tie_term += t * t * t - t;
        start = end;
    }
    const double variance = nx * ny / 12 * ((n + 1) - tie_term / (n * (n - 1)));
    if (!(variance > 0))
        return util::fail(util::Error::invalid(
            "x and y hold one repeated value: the Mann-Whitney test is undefined"));

    MannWhitney result;
    result.u = rank_sum_x - nx * (nx + 1) / 2;
    // SciPy: two-sided uses the larger of U_x and U_y, minus 0.5 for continuity.
    const double u_larger = std::max(result.u, nx * ny - result.u);
    const double z = (u_larger - nx * ny / 2 - 0.5) / std::sqrt(variance);
    result.p_value = std::min(1.0, 2 * normal_sf(z));
    return result;
}

}  // namespace prepl::stats
