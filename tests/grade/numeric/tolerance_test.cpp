#include "grade/numeric/tolerance.hpp"

#include <doctest/doctest.h>

using prepl::grade::numeric::Tolerance;

TEST_CASE("absolute tolerance includes its edge, even for decimals binary cannot hold") {
    const Tolerance t{Tolerance::Kind::absolute, 0.002};
    CHECK(t.accepts(0.067, 0.065));  // exactly 0.002 away in decimal
    CHECK(t.accepts(0.063, 0.065));
    CHECK_FALSE(t.accepts(0.0671, 0.065));
    CHECK(t.describe() == "±0.002");
    CHECK(Tolerance{Tolerance::Kind::absolute, 0}.accepts(1234, 1234));
    CHECK_FALSE(Tolerance{Tolerance::Kind::absolute, 0}.accepts(1235, 1234));
}

TEST_CASE("relative tolerance scales with the reference") {
    const Tolerance t{Tolerance::Kind::relative, 0.01};
    CHECK(t.accepts(2.40, 2.384));        // 0.67% off
    CHECK_FALSE(t.accepts(2.42, 2.384));  // 1.5% off
    CHECK(t.describe() == "within 1%");
}

TEST_CASE(
    "digits: same rounding to d significant digits, or within half a unit of the d-th digit") {
    const Tolerance t{Tolerance::Kind::digits, 3};
    CHECK(t.accepts(0.0171, 0.017126));   // both 0.0171
    CHECK(t.accepts(0.01713, 0.017126));  // 4 digits typed, 3 agree
    CHECK_FALSE(t.accepts(0.0172, 0.017126));
    CHECK(Tolerance{Tolerance::Kind::digits, 2}.accepts(0.1, 0.0999));  // both round to 0.10
    CHECK_FALSE(t.accepts(0.1, 0.0999));  // 0.100 vs 0.0999 at 3 digits
    CHECK(t.describe() == "3 significant digits");
}
