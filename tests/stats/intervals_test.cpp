#include "stats/intervals.hpp"

#include <doctest/doctest.h>

#include <vector>

#include "approx.hpp"

using namespace prepl::stats;
using prepl::stats::testing::rel;

TEST_CASE("wilson_interval reproduces Newcombe (1998) 81/263") {
    // Newcombe, Stat Med 17:857, Table I: 81/263 -> 0.2553 to 0.3662; full digits from mpmath.
    auto ci = wilson_interval({81, 263, 0.95});
    REQUIRE(ci);
    CHECK(ci->lower == rel(0.25528851987827423));
    CHECK(ci->upper == rel(0.36620957698280007));
}

TEST_CASE("wilson_interval stays inside [0, 1] at 0 successes") {
    auto ci = wilson_interval({0, 10, 0.95});
    REQUIRE(ci);
    CHECK(ci->lower == doctest::Approx(0.0));
    CHECK(ci->upper > 0);
    auto bad = wilson_interval({11, 10, 0.95});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message == "successes must be at most n (10), got 11");
}

TEST_CASE("proportion_ci_normal is the Wald interval") {
    auto ci = proportion_ci_normal({81, 263, 0.95});
    REQUIRE(ci);
    CHECK(ci->lower == rel(0.25219012621310718));
    CHECK(ci->upper == rel(0.36377945553594225));
}

TEST_CASE("mean_ci uses t with n - 1 df") {
    // t_{0.975, 24} = 2.0638985616280258 (mpmath): 10 +- 2.0639 * 2 / 5.
    auto ci = mean_ci({10, 2, 25, 0.95});
    REQUIRE(ci);
    CHECK(ci->lower == rel(9.1744405753487897));
    CHECK(ci->upper == rel(10.82555942465121));
    auto bad = mean_ci({10, 2, 25, 95});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message == "confidence must be strictly between 0 and 1, got 95");
}

TEST_CASE("diff_means_ci is Welch's interval for mean2 - mean1") {
    auto ci = diff_means_ci({5.1, 2.3, 400, 5.4, 2.9, 380}, 0.95);
    REQUIRE(ci);
    CHECK(ci->lower == rel(-0.06915737888326294));
    CHECK(ci->upper == rel(0.66915737888326294));
}

TEST_CASE("diff_proportions_ci is the unpooled Wald interval for p2 - p1") {
    auto ci = diff_proportions_ci({200, 1000, 240, 1000}, 0.95);
    REQUIRE(ci);
    CHECK(ci->lower == rel(0.0037327213564945195));
    CHECK(ci->upper == rel(0.076267278643505481));
}
