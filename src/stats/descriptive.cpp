#include "stats/descriptive.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "stats/checks.hpp"

namespace prepl::stats {

double mean_of(std::span<const double> values) {
    const double n = static_cast<double>(values.size());
    double sum = 0;
    for (double x : values) sum += x;
    double mean = sum / n;
    // Second pass corrects the rounding of the first sum (NIST NumAcc3/4 have 7-8 leading digits
    // in common, so the plain sum loses the last ones).
    double residual = 0;
    for (double x : values) residual += x - mean;
    return mean + residual / n;
}

double sample_covariance(std::span<const double> a, std::span<const double> b) {
    if (a.size() < 2) return 0.0;
    const double mean_a = mean_of(a);
    const double mean_b = mean_of(b);
    // Two-pass with the corrected form of Chan, Golub & LeVeque: sum(da*db) - sum(da)sum(db)/n.
    // The naive sum(x^2) - n*mean^2 loses every digit on NIST NumAcc4.
    double cross = 0, sum_da = 0, sum_db = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const double da = a[i] - mean_a;
        const double db = b[i] - mean_b;
        cross += da * db;
        sum_da += da;
        sum_db += db;
    }
    const double n = static_cast<double>(a.size());
    return (cross - sum_da * sum_db / n) / (n - 1);
}

double sample_variance(std::span<const double> values) { return sample_covariance(values, values); }

double sorted_quantile(std::span<const double> sorted, double p) {
    const double h = static_cast<double>(sorted.size() - 1) * p;
    const auto lower = static_cast<std::size_t>(std::floor(h));
    if (lower + 1 >= sorted.size()) return sorted.back();
    const double fraction = h - static_cast<double>(lower);
    return sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]);
}

std::vector<double> average_ranks(std::span<const double> values) {
    std::vector<std::size_t> order(values.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return values[a] < values[b]; });
    std::vector<double> ranks(values.size());
    for (std::size_t start = 0; start < order.size();) {
        std::size_t end = start + 1;
        while (end < order.size() && values[order[end]] == values[order[start]]) ++end;
        // Positions start..end-1 hold one tied value: each gets the mean of ranks start+1..end.
        const double rank = (static_cast<double>(start + 1) + static_cast<double>(end)) / 2;
        for (std::size_t i = start; i < end; ++i) ranks[order[i]] = rank;
        start = end;
    }
    return ranks;
}

util::Result<Description> describe(std::span<const double> values) {
    if (auto ok = Checks{}.min_length("values", values, 1).finite_values("values", values).status();
        !ok)
        return util::fail(ok.error());
    std::vector<double> sorted(values.begin(), values.end());
    std::sort(sorted.begin(), sorted.end());
    Description d;
    d.n = static_cast<double>(values.size());
    d.mean = mean_of(values);
    d.sd = std::sqrt(sample_variance(values));
    d.min = sorted.front();
    d.max = sorted.back();
    d.median = sorted_quantile(sorted, 0.5);
    d.q1 = sorted_quantile(sorted, 0.25);
    d.q3 = sorted_quantile(sorted, 0.75);
    return d;
}

}  // namespace prepl::stats
