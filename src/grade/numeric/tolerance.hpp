#pragma once
// How close a user's value must be to the reference (NUMERIC_FORMAT.md, "answers").
#include <string>

namespace prepl::grade::numeric {

struct Tolerance {
    enum class Kind { absolute, relative, digits };
    Kind kind = Kind::relative;
    double amount = 1e-3;  // absolute: max |given - reference|; relative: max |given - reference| /
                           // |reference|; digits: significant digits d

    // absolute: |g - r| <= a. relative: |g - r| <= r_tol * |r| (so r = 0 needs g = 0 exactly).
    // digits d: g rounded to d significant digits equals r rounded to d, or |g - r| is at most
    // half a unit in r's d-th significant digit. Each bound allows 1e-12 relative slack so that a
    // decimal typed exactly at the edge (0.067 vs 0.065 ± 0.002) is not lost to binary rounding.
    bool accepts(double given, double reference) const;

    // "±0.002", "within 1%", "3 significant digits": for rules and feedback.
    std::string describe() const;
};

}  // namespace prepl::grade::numeric
