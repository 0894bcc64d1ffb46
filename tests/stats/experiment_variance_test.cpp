#include "stats/experiment_variance.hpp"

#include <doctest/doctest.h>

#include <vector>

#include "approx.hpp"

using namespace prepl::stats;
using prepl::stats::testing::rel;

TEST_CASE("cuped on eight users") {
    // Exact fractions in Python: theta = Cov(y,x)/Var(x) = 316/335, the adjusted mean equals
    // mean(y) = 14.5, variance reduction = corr(y,x)^2.
    auto c = cuped(std::vector<double>{12, 15, 11, 18, 14, 16, 13, 17},
                   std::vector<double>{10, 14, 9, 15, 13, 13, 11, 16});
    REQUIRE(c);
    CHECK(c->theta == rel(0.94328358208955224));
    CHECK(c->adjusted_mean == rel(14.5));
    CHECK(c->variance_reduction == rel(0.88713574982231699));
}

TEST_CASE("cuped needs a covariate that varies") {
    auto c = cuped(std::vector<double>{1, 2, 3}, std::vector<double>{5, 5, 5});
    REQUIRE_FALSE(c);
    CHECK(c.error().message == "x is constant: CUPED needs a covariate that varies");
}

TEST_CASE("delta_method_ratio on six users") {
    // Exact fractions in Python for (1/n)[s_N^2/mu_D^2 - 2 mu_N s_ND/mu_D^3 + mu_N^2 s_D^2/mu_D^4].
    auto r = delta_method_ratio(std::vector<double>{3, 5, 2, 8, 4, 6},
                                std::vector<double>{10, 12, 8, 15, 9, 14});
    REQUIRE(r);
    CHECK(r->ratio == rel(7.0 / 17.0));
    CHECK(r->variance == rel(0.0016594628895726823));
    CHECK(r->se == rel(0.04073650561318045));
}

TEST_CASE("delta_method_ratio rejects mismatched lengths") {
    auto r = delta_method_ratio(std::vector<double>{1, 2, 3}, std::vector<double>{1, 2});
    REQUIRE_FALSE(r);
    CHECK(r.error().message ==
          "numerators and denominators must have the same length, got 3 and 2");
}

TEST_CASE("design_effect: deff = 1 + (m - 1) icc") {
    // 1 + 19 * 0.05 = 1.95; 10000 / 1.95.
    auto d = design_effect({20, 0.05, 10000});
    REQUIRE(d);
    CHECK(d->deff == rel(1.95));
    CHECK(d->effective_n == rel(10000 / 1.95));
    auto bad = design_effect({20, -0.1, 10000});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message == "icc must be a probability between 0 and 1, got -0.1");
}
