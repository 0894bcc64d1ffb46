#pragma once
// How close a user's value must be to the reference (NUMERIC_FORMAT.md, "answers").
#include <string>

namespace prepl::grade::numeric {

struct Tolerance {
    enum class Kind { absolute, relative, digits, factor };
    Kind kind = Kind::relative;
    double amount = 1e-3;  // absolute: max |given - reference|; relative: max |given - reference| /
                           // |reference|; digits: significant digits d; factor: max ratio F >= 1
    double floor = 0;      // relative only: an absolute allowance for references near 0

    // absolute: |g - r| <= a. relative: |g - r| <= max(r_tol * |r|, floor) (so r = 0 needs
    // g = 0 exactly unless a floor is set). factor F: g and r have the same sign and
    // max(g / r, r / g) <= F (log space, for estimates).
    // digits d: g rounded to d significant digits equals r rounded to d, or |g - r| is at most
    // half a unit in r's d-th significant digit. Each bound allows 1e-12 relative slack so that a
    // decimal typed exactly at the edge (0.067 vs 0.065 ± 0.002) is not lost to binary rounding.
    bool accepts(double given, double reference) const;

    // "±0.002", "within 1%", "within 1% (or ±0.0001)", "3 significant digits",
    // "within a factor of 2": for rules and feedback.
    std::string describe() const;
};

}  // namespace prepl::grade::numeric
