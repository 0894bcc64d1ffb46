#include "stats/bayes.hpp"

#include <doctest/doctest.h>

#include <vector>

#include "approx.hpp"

using namespace prepl::stats;
using prepl::stats::testing::rel;

TEST_CASE("bayes_rule: Gigerenzer's mammography problem") {
    // prior 1%, sensitivity 80%, false positives 9.6%: 0.008 / (0.008 + 0.09504) = 0.0776...
    // (exact fraction 25/322).
    auto posterior = bayes_rule({0.01, 0.8, 0.096});
    REQUIRE(posterior);
    CHECK(*posterior == rel(25.0 / 322.0));
    auto bad = bayes_rule({0.01, 1.8, 0.096});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message == "sensitivity must be a probability between 0 and 1, got 1.8");
}

// bayes_ab references: mpmath quadrature (40 digits) of P(p2 > p1) = integral of
// f_{Beta(1+x2, 1+n2-x2)}(p) * I_p(1+x1, 1+n1-x1) dp, which shares no code or formula with
// Evan Miller's sum used by the solver.

TEST_CASE("bayes_ab: 10/100 vs 15/100") {
    auto p = bayes_ab({10, 100, 15, 100});
    REQUIRE(p);
    CHECK(*p == rel(0.85328378993396613));
}

TEST_CASE("bayes_ab: treatment worse gives a small probability") {
    auto p = bayes_ab({3, 20, 1, 20});
    REQUIRE(p);
    CHECK(*p == rel(0.17166979362101313));
}

TEST_CASE("bayes_ab: thousands of trials stay accurate in log space") {
    auto p = bayes_ab({200, 1000, 240, 1000});
    REQUIRE(p);
    CHECK(*p == rel(0.98453734602397198));
}

TEST_CASE("bayes_ab: identical zero-success groups are a coin flip") {
    auto p = bayes_ab({0, 5, 0, 5});
    REQUIRE(p);
    CHECK(*p == rel(0.5));
    auto bad = bayes_ab({1, 5, 2.5, 5});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message == "x2 must be a whole number 0 or more, got 2.5");
}
