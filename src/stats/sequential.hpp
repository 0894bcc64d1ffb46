#pragma once
// Group-sequential boundaries for K equally spaced looks at a two-sided level alpha.
#include "stats/args.hpp"
#include "util/error.hpp"

namespace prepl::stats {

enum class BoundaryShape { obrien_fleming = 0, pocock = 1 };

struct SequentialDesign {
    double looks = 0;  // K, 1 to k_max_looks
    double alpha = 0.05;
    BoundaryShape shape = BoundaryShape::obrien_fleming;
};

// Jennison & Turnbull tabulate up to 20 looks; 20 looks take about half a second.
inline constexpr double k_max_looks = 20;

// Critical |z| at each look: Pocock c_k = C, O'Brien-Fleming c_k = C sqrt(K / k), with C chosen
// so that P(|Z_k| >= c_k for some k) = alpha under H0. The crossing probability is computed by
// Armitage, McPherson & Rowe's recursive numerical integration of the partial-sum density
// (Simpson's rule on each continuation region), and C by a bracketed root search. Matches
// Jennison & Turnbull (2000) Tables 2.1 and 2.3 to their 3 decimals.
util::Result<Vector> sequential_boundaries(const SequentialDesign& design);

// P(some |Z_k| >= boundaries[k]) for Z_k the standardized sum after look k of K equal increments.
double crossing_probability(const Vector& z_boundaries);

}  // namespace prepl::stats
