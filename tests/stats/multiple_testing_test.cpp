#include "stats/multiple_testing.hpp"

#include <doctest/doctest.h>

#include <vector>

#include "approx.hpp"

using namespace prepl::stats;
using prepl::stats::testing::rel;

namespace {

const Vector k_p_values = {0.01, 0.04, 0.03, 0.005, 0.2};

void check_all(const Vector& actual, const Vector& expected) {
    REQUIRE(actual.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) CHECK(actual[i] == rel(expected[i]));
}

}  // namespace

// Expected values: R's p.adjust algorithm run on exact fractions in Python (bonferroni
// pmin(1, m p); holm cummax((m - i + 1) p[o]); BH cummin(m / i p[o]) from the largest).

TEST_CASE("bonferroni multiplies by m and caps at 1, in input order") {
    auto r = adjust_p_values(k_p_values, 0.05, Adjustment::bonferroni);
    REQUIRE(r);
    check_all(r->adjusted, {0.05, 0.2, 0.15, 0.025, 1.0});
    CHECK(r->rejected == Vector{1, 0, 0, 1, 0});
}

TEST_CASE("holm is step-down and monotone") {
    auto r = adjust_p_values(k_p_values, 0.05, Adjustment::holm);
    REQUIRE(r);
    check_all(r->adjusted, {0.04, 0.09, 0.09, 0.025, 0.2});
    CHECK(r->rejected == Vector{1, 0, 0, 1, 0});
}

TEST_CASE("benjamini_hochberg is step-up and monotone") {
    auto r = adjust_p_values(k_p_values, 0.05, Adjustment::benjamini_hochberg);
    REQUIRE(r);
    check_all(r->adjusted, {0.025, 0.05, 0.05, 0.025, 0.2});
    CHECK(r->rejected == Vector{1, 1, 1, 1, 0});
}

TEST_CASE("p-value adjustment rejects values outside [0, 1]") {
    auto r = adjust_p_values(Vector{0.1, 1.5}, 0.05, Adjustment::holm);
    REQUIRE_FALSE(r);
    CHECK(r.error().message == "p_values[2] must be a probability between 0 and 1, got 1.5");
}
