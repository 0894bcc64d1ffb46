#include "stats/hypothesis_tests.hpp"

#include <doctest/doctest.h>

#include <vector>

#include "approx.hpp"

using namespace prepl::stats;
using prepl::stats::testing::rel;

// Reference values: mpmath 1.3 at 50 digits (normal cdf via erfc, t tail via the regularized
// incomplete beta, chi-square tail via the regularized upper gamma), written out by an
// independent Python script; counts and statistics by exact fractions.

TEST_CASE("two_proportion_ztest uses the pooled standard error") {
    auto r = two_proportion_ztest({200, 1000, 240, 1000});
    REQUIRE(r);
    CHECK(r->z == rel(2.1591675854376524));
    CHECK(r->p_value == rel(0.030837167828904237));
}

TEST_CASE("two_proportion_ztest is signed as treatment minus control") {
    auto r = two_proportion_ztest({240, 1000, 200, 1000});
    REQUIRE(r);
    CHECK(r->z == rel(-2.1591675854376524));
}

TEST_CASE("two_proportion_ztest rejects impossible counts naming the key") {
    auto r = two_proportion_ztest({250, 200, 10, 100});
    REQUIRE_FALSE(r);
    CHECK(r.error().message == "x1 must be at most n1 (200), got 250");
    auto negative = two_proportion_ztest({1, -3, 1, 10});
    REQUIRE_FALSE(negative);
    CHECK(negative.error().message == "n1 must be a positive whole number, got -3");
    CHECK_FALSE(two_proportion_ztest({0, 10, 0, 10}));  // pooled SE is 0
}

TEST_CASE("welch_ttest: t, Welch-Satterthwaite df and p") {
    auto r = welch_ttest({5.1, 2.3, 400, 5.4, 2.9, 380});
    REQUIRE(r);
    CHECK(r->t == rel(1.5954607934584958));
    CHECK(r->df == rel(722.29608545012802));
    CHECK(r->p_value == rel(0.11104665037159955));
}

TEST_CASE("pooled_ttest: df = n1 + n2 - 2") {
    auto r = pooled_ttest({5.1, 2.3, 400, 5.4, 2.9, 380});
    REQUIRE(r);
    CHECK(r->t == rel(1.6048168300424215));
    CHECK(r->df == 778);
    CHECK(r->p_value == rel(0.10893994140824308));
}

TEST_CASE("t-tests need at least two observations per group") {
    auto r = welch_ttest({1, 1, 1, 2, 1, 10});
    REQUIRE_FALSE(r);
    CHECK(r.error().message == "n1 must be at least 2, got 1");
    auto sd = pooled_ttest({1, -1, 10, 2, 1, 10});
    REQUIRE_FALSE(sd);
    CHECK(sd.error().message == "sd1 must be 0 or more, got -1");
}

TEST_CASE("chi_square_independence on a 2x3 table, no continuity correction") {
    // chi2 = 80/9 exactly (fractions); p = upper tail of chi-square(2) at 80/9 (mpmath).
    auto r = chi_square_independence({{10, 20, 30}, {20, 25, 15}});
    REQUIRE(r);
    CHECK(r->chi2 == rel(80.0 / 9.0));
    CHECK(r->df == 2);
    CHECK(r->p_value == rel(0.011743628457021363));
}

TEST_CASE("chi_square_independence rejects ragged tables, fractional counts and empty rows") {
    CHECK_FALSE(chi_square_independence({{1, 2}, {3}}));
    auto fractional = chi_square_independence({{1, 2.5}, {3, 4}});
    REQUIRE_FALSE(fractional);
    CHECK(fractional.error().message == "table[1][2] must be a whole number 0 or more, got 2.5");
    auto zero_row = chi_square_independence({{0, 0}, {3, 4}});
    REQUIRE_FALSE(zero_row);
    CHECK(zero_row.error().message == "table row 1 is all zeros");
    CHECK_FALSE(chi_square_independence({{1, 2}}));
}

TEST_CASE("srm_check flags a 50000/50700 split at 50/50") {
    auto r = srm_check({50000, 50700, 0.5});
    REQUIRE(r);
    CHECK(r->chi2 == rel(4.8659384309831182));
    CHECK(r->p_value == rel(0.027391897212245765));
}

TEST_CASE("srm_check with an unequal planned split keeps a tiny p-value's digits") {
    auto r = srm_check({900, 1100, 0.4});
    REQUIRE(r);
    CHECK(r->chi2 == rel(20.833333333333333));
    CHECK(r->p_value == rel(5.010331956390448e-6));
    auto bad = srm_check({900, 1100, 1.5});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message ==
          "expected_control_share must be strictly between 0 and 1, got 1.5");
}

TEST_CASE("mann_whitney_u matches SciPy's documented asymptotic example") {
    // SciPy docs, scipy.stats.mannwhitneyu: males vs females, method="asymptotic"
    // -> statistic=17.0, pvalue=0.11134688653314041 (re-derived by our Python script).
    auto r = mann_whitney_u(std::vector<double>{19, 22, 16, 29, 24},
                            std::vector<double>{20, 11, 17, 12});
    REQUIRE(r);
    CHECK(r->u == 17);
    CHECK(r->p_value == rel(0.11134688653314041));
}

TEST_CASE("mann_whitney_u corrects for ties") {
    // Independent Python: mid-ranks by exact fractions, tie term sum(t^3 - t), continuity 0.5.
    auto r = mann_whitney_u(std::vector<double>{1, 2, 2, 3, 3, 3, 4},
                            std::vector<double>{2, 3, 4, 4, 5, 5, 6, 7});
    REQUIRE(r);
    CHECK(r->u == 8.5);
    CHECK(r->p_value == rel(0.025279736885893926));
}

TEST_CASE("mann_whitney_u is undefined when every value is the same") {
    CHECK_FALSE(mann_whitney_u(std::vector<double>{1, 1}, std::vector<double>{1, 1}));
    auto empty = mann_whitney_u(std::vector<double>{}, std::vector<double>{1});
    REQUIRE_FALSE(empty);
    CHECK(empty.error().message == "x needs at least 1 value, got 0");
}
