#include "stats/sequential.hpp"

#include <boost/math/tools/roots.hpp>
#include <cmath>
#include <cstdint>
#include <numbers>

#include "stats/checks.hpp"
#include "stats/distributions.hpp"

namespace prepl::stats {
namespace {

// Simpson intervals per look. The partial-sum densities are smooth Gaussian mixtures over
// ranges of at most ~12 units, so h <= 0.03 puts the quadrature error far below 1e-9.
constexpr int k_simpson_intervals = 400;

double standard_normal_density(double x) {
    return std::exp(-0.5 * x * x) / std::sqrt(2 * std::numbers::pi);
}

// Simpson grid on [-a, a]: points and weights.
struct Grid {
    Vector points;
    Vector weights;
};

Grid simpson_grid(double a) {
    Grid grid;
    const double h = 2 * a / k_simpson_intervals;
    for (int i = 0; i <= k_simpson_intervals; ++i) {
        grid.points.push_back(-a + h * i);
        const double w = (i == 0 || i == k_simpson_intervals) ? 1 : (i % 2 == 1 ? 4 : 2);
        grid.weights.push_back(w * h / 3);
    }
    return grid;
}

Vector boundaries_for(double c, const SequentialDesign& d) {
    Vector z(static_cast<std::size_t>(d.looks));
    for (std::size_t k = 0; k < z.size(); ++k)
        z[k] = d.shape == BoundaryShape::pocock ? c : c * std::sqrt(d.looks / double(k + 1));
    return z;
}

}  // namespace

double crossing_probability(const Vector& z_boundaries) {
    // Work with partial sums S_k = Z_k sqrt(k): S_k = S_{k-1} + N(0, 1). `density` holds the
    // sub-density of S_k on the continuation region (-a_k, a_k) at the grid points.
    double a = z_boundaries[0];
    double crossed = 2 * normal_sf(a);
    Grid grid = simpson_grid(a);
    Vector density(grid.points.size());
    for (std::size_t i = 0; i < density.size(); ++i)
        density[i] = standard_normal_density(grid.points[i]);

    for (std::size_t k = 1; k < z_boundaries.size(); ++k) {
        const double next_a = z_boundaries[k] * std::sqrt(double(k + 1));
        for (std::size_t i = 0; i < density.size(); ++i) {
            const double u = grid.points[i];
            crossed +=
                grid.weights[i] * density[i] * (normal_sf(next_a - u) + normal_cdf(-next_a - u));
        }
        Grid next_grid = simpson_grid(next_a);
        Vector next_density(next_grid.points.size(), 0.0);
        // The boundaries are symmetric, so every density is even: compute the lower half and
        // mirror it (the grid has an odd number of points, symmetric about 0).
        const std::size_t last = next_density.size() - 1;
        for (std::size_t j = 0; j <= last / 2; ++j) {
            for (std::size_t i = 0; i < density.size(); ++i)
                next_density[j] += grid.weights[i] * density[i] *
                                   standard_normal_density(next_grid.points[j] - grid.points[i]);
            next_density[last - j] = next_density[j];
        }
        grid = std::move(next_grid);
        density = std::move(next_density);
    }
    return crossed;
}

util::Result<Vector> sequential_boundaries(const SequentialDesign& d) {
    if (auto ok =
            Checks{}
                .whole_positive("looks", d.looks)
                .at_most("looks", d.looks, "the largest supported number of looks", k_max_looks)
                .open_probability("alpha", d.alpha)
                .status();
        !ok)
        return util::fail(ok.error());
    // C lies between the single-look z_{alpha/2} and the Bonferroni z_{alpha/(2K)}: every
    // boundary is at least C, so the Bonferroni bound caps the crossing probability at alpha.
    double low = normal_upper_quantile(d.alpha / 2);
    double high = normal_upper_quantile(d.alpha / (2 * d.looks));
    if (d.looks == 1) return boundaries_for(low, d);
    auto excess = [&](double c) { return crossing_probability(boundaries_for(c, d)) - d.alpha; };
    // The bracket holds in exact arithmetic; if quadrature error erases the sign change at an
    // end (alpha near 0 or 1), that end is the answer, and toms748 is never asked to throw.
    if (excess(low) <= 0) return boundaries_for(low, d);
    if (excess(high) >= 0) return boundaries_for(high, d);
    std::uintmax_t max_iterations = 100;
    const auto [lo, hi] = boost::math::tools::toms748_solve(
        excess, low, high, boost::math::tools::eps_tolerance<double>(40), max_iterations);
    return boundaries_for((lo + hi) / 2, d);
}

}  // namespace prepl::stats
