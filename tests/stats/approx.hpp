#pragma once
// Relative comparison for reference values: |actual - expected| < tolerance * |expected|
// (doctest's default Approx adds an absolute scale of 1, which hides errors in small p-values).
#include <doctest/doctest.h>

namespace prepl::stats::testing {

inline constexpr double k_closed_form = 1e-9;  // closed-form quantities: the brief's tolerance

inline doctest::Approx rel(double expected, double tolerance = k_closed_form) {
    return doctest::Approx(expected).epsilon(tolerance).scale(0);
}

}  // namespace prepl::stats::testing
