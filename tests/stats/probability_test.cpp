#include "stats/probability.hpp"

#include <doctest/doctest.h>

#include <vector>

#include "approx.hpp"

using namespace prepl::stats;
using prepl::stats::testing::rel;

TEST_CASE("binomial_probability: fair coin, 3 heads in 10") {
    // Exact: C(10,3)/1024 = 120/1024, P(X<=3) = 176/1024, P(X>=3) = 968/1024.
    auto t = binomial_probability(10, 3, 0.5);
    REQUIRE(t);
    CHECK(t->pmf == rel(0.1171875));
    CHECK(t->cdf == rel(0.171875));
    CHECK(t->sf == rel(0.9453125));
}

TEST_CASE("binomial_probability keeps a small upper tail") {
    // Exact fractions in Python: n 20, p 0.3, k 15.
    auto t = binomial_probability(20, 15, 0.3);
    REQUIRE(t);
    CHECK(t->pmf == rel(3.738976887529296e-5));
    CHECK(t->cdf == rel(0.9999944497469217));
    CHECK(t->sf == rel(4.294002195359172e-5));
    auto bad = binomial_probability(10, 11, 0.5);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message == "k must be at most n (10), got 11");
}

TEST_CASE("poisson_probability") {
    // mpmath sums of e^-lambda lambda^i / i!.
    auto t = poisson_probability(3, 5);
    REQUIRE(t);
    CHECK(t->pmf == rel(0.10081881344492448));
    CHECK(t->cdf == rel(0.91608205796869655));
    CHECK(t->sf == rel(0.18473675547622793));
    auto tail = poisson_probability(0.5, 4);
    REQUIRE(tail);
    CHECK(tail->sf == rel(0.0017516225562908237));
    CHECK(poisson_probability(3, 0)->sf == 1.0);
}

TEST_CASE("birthday_probability: 23 people pass one half") {
    // mpmath product 1 - prod (1 - i/365): 0.50729723432398541; 50 people 0.9703735795779884.
    CHECK(*birthday_probability(23, 365) == rel(0.50729723432398541));
    CHECK(*birthday_probability(50, 365) == rel(0.9703735795779884));
    CHECK(*birthday_probability(2, 365) == rel(1.0 / 365.0));
    CHECK(*birthday_probability(366, 365) == 1.0);
}

TEST_CASE("expected_value of a fair die") {
    auto m =
        expected_value(std::vector<double>{1, 2, 3, 4, 5, 6}, std::vector<double>(6, 1.0 / 6.0));
    REQUIRE(m);
    CHECK(m->mean == rel(3.5));
    CHECK(m->variance == rel(35.0 / 12.0));
    auto bad = expected_value(std::vector<double>{1, 2}, std::vector<double>{0.5, 0.6});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message == "probabilities must sum to 1, got 1.1");
}

TEST_CASE("normal_probability: IQ 130 is two sd above the mean") {
    // Phi(2) = 0.97724986805182079 (mpmath).
    auto t = normal_probability(130, 100, 15);
    REQUIRE(t);
    CHECK(t->cdf == rel(0.97724986805182079));
    CHECK(t->sf == rel(0.022750131948179207));
}

TEST_CASE("z_critical and t_critical") {
    // mpmath root-finding on erfc and the regularized incomplete beta.
    CHECK(*z_critical(0.05, 1) == rel(1.9599639845400542));
    CHECK(*z_critical(0.05, 0) == rel(1.6448536269514727));
    CHECK(*z_critical(0.01, 1) == rel(2.5758293035489008));
    CHECK(*t_critical(0.05, 10, 1) == rel(2.2281388519862747));
    CHECK(*t_critical(0.05, 7.5, 0) == rel(1.8757474792112885));
    auto bad = t_critical(0.05, 0, 1);
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message == "df must be greater than 0, got 0");
}
