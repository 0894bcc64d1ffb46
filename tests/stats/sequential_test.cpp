#include "stats/sequential.hpp"

#include <doctest/doctest.h>

#include <cmath>
#include <vector>

#include "approx.hpp"
#include "stats/registry.hpp"

using namespace prepl::stats;
using prepl::stats::testing::rel;

// Jennison & Turnbull (2000), Group Sequential Methods, Table 2.1 (Pocock C_P(K, 0.05)) and
// Table 2.3 (O'Brien-Fleming C_B(K, 0.05)), two-sided alpha 0.05, printed to 3 decimals: the
// tolerance 6e-4 absolute is the table's rounding plus margin.
constexpr double k_table_tolerance = 6e-4;

TEST_CASE("Pocock boundaries match Jennison & Turnbull Table 2.1") {
    const std::pair<int, double> table[] = {{2, 2.178}, {3, 2.289},  {4, 2.361},
                                            {5, 2.413}, {10, 2.555}, {20, 2.672}};
    for (auto [looks, constant] : table) {
        CAPTURE(looks);
        auto z = sequential_boundaries({double(looks), 0.05, BoundaryShape::pocock});
        REQUIRE(z);
        REQUIRE(z->size() == std::size_t(looks));
        for (double boundary : *z) CHECK(std::abs(boundary - constant) <= k_table_tolerance);
    }
}

TEST_CASE("O'Brien-Fleming boundaries match Jennison & Turnbull Table 2.3") {
    const std::pair<int, double> table[] = {{2, 1.977}, {3, 2.004},  {4, 2.024},
                                            {5, 2.040}, {10, 2.087}, {20, 2.126}};
    for (auto [looks, constant] : table) {
        CAPTURE(looks);
        auto z = sequential_boundaries({double(looks), 0.05, BoundaryShape::obrien_fleming});
        REQUIRE(z);
        CHECK(std::abs(z->back() - constant) <= k_table_tolerance);
        // c_k = C sqrt(K / k): first look at C sqrt(K), e.g. K = 5 -> 2.040 * sqrt(5) = 4.562.
        CHECK(z->front() == rel(z->back() * std::sqrt(double(looks)), 1e-12));
    }
}

TEST_CASE("two looks agree with a bivariate-normal integral to 1e-9") {
    // mpmath (25 digits): P(|Z1| < c1, |Z2| < c2) with corr sqrt(1/2), solved for alpha 0.05:
    // Pocock C = 2.1782720887274376, O'Brien-Fleming C = 1.9774309592923575. The solver's
    // Simpson-rule recursion plus root search is numerical: 1e-9 relative (observed 1.5e-11).
    auto pocock = sequential_boundaries({2, 0.05, BoundaryShape::pocock});
    REQUIRE(pocock);
    CHECK((*pocock)[0] == rel(2.1782720887274376, 1e-9));
    auto obf = sequential_boundaries({2, 0.05, BoundaryShape::obrien_fleming});
    REQUIRE(obf);
    CHECK((*obf)[1] == rel(1.9774309592923575, 1e-9));
    CHECK((*obf)[0] == rel(2.7965096812876917, 1e-9));
}

TEST_CASE("one look is the fixed-sample z") {
    auto z = sequential_boundaries({1, 0.05, BoundaryShape::pocock});
    REQUIRE(z);
    CHECK((*z)[0] == rel(1.9599639845400542));
}

TEST_CASE("sequential_boundaries rejects fractional looks and more than 20") {
    auto many = sequential_boundaries({21, 0.05, BoundaryShape::pocock});
    REQUIRE_FALSE(many);
    CHECK(many.error().message ==
          "looks must be at most the largest supported number of looks (20), got 21");
    auto z = sequential_boundaries({2.5, 0.05, BoundaryShape::pocock});
    REQUIRE_FALSE(z);
    CHECK(z.error().message == "looks must be a positive whole number, got 2.5");
}

TEST_CASE("peeking at a nominal 5% after each look: Armitage, McPherson & Rowe's overall error rates") {
    // Armitage, McPherson & Rowe (1969), "Repeated significance tests on accumulating data",
    // J. R. Statist. Soc. A 132, as reproduced in Jennison & Turnbull (2000) Table 1.1: overall
    // type I error of K two-sided tests at nominal 0.05, to 3 decimals.
    const std::pair<int, double> table[] = {{1, 0.05},  {2, 0.083},  {3, 0.107}, {4, 0.126},
                                            {5, 0.142}, {10, 0.193}, {20, 0.248}};
    for (auto [looks, rate] : table) {
        CAPTURE(looks);
        auto out = prepl::stats::solve("peeking_false_positive_rate",
                                       {{"looks", double(looks)}, {"alpha", 0.05}});
        REQUIRE(out);
        CHECK(std::abs(*prepl::stats::output_number(*out, "false_positive_rate") - rate) <= 6e-4);
    }
    CHECK_FALSE(prepl::stats::solve("peeking_false_positive_rate", {{"looks", 0.0}}).has_value());
}
