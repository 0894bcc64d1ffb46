#include "stats/resampling.hpp"

#include <doctest/doctest.h>

#include <random>
#include <vector>

#include "approx.hpp"

using namespace prepl::stats;
using prepl::stats::testing::rel;

namespace {
const std::vector<double> k_sample = {2.1, 3.4, 1.9, 5.6, 4.2, 3.3, 2.8, 4.9, 3.7, 2.5};
}

TEST_CASE("std::mt19937_64 is the engine the C++ standard pins down") {
    // [rand.predef]: the 10000th output of a default-constructed mt19937_64 is
    // 9981545732273789042; our bootstrap is reproducible everywhere because of this.
    std::mt19937_64 engine;
    engine.discard(9999);
    CHECK(engine() == 9981545732273789042ULL);
}

TEST_CASE("bootstrap_ci of the mean matches an independent Python resampler") {
    // Python: its own mt19937_64 (reference constants, checked against the value above),
    // index = output % n, exact-fraction means, type 7 percentiles -> (2.77, 4.15025).
    auto ci = bootstrap_ci(k_sample, {BootstrapStatistic::mean, 0.95, 2000, 42});
    REQUIRE(ci);
    CHECK(ci->lower == rel(2.77, 1e-12));
    CHECK(ci->upper == rel(4.15025, 1e-12));
}

TEST_CASE("bootstrap_ci of the median, 90%, seed 7") {
    auto ci = bootstrap_ci(k_sample, {BootstrapStatistic::median, 0.9, 1000, 7});
    REQUIRE(ci);
    CHECK(ci->lower == rel(2.6425, 1e-12));
    CHECK(ci->upper == rel(4.2, 1e-12));
}

TEST_CASE("bootstrap_ci is deterministic for a seed and differs across seeds") {
    auto a = bootstrap_ci(k_sample, {BootstrapStatistic::mean, 0.95, 500, 1});
    auto b = bootstrap_ci(k_sample, {BootstrapStatistic::mean, 0.95, 500, 1});
    auto c = bootstrap_ci(k_sample, {BootstrapStatistic::mean, 0.95, 500, 2});
    REQUIRE((a && b && c));
    CHECK(a->lower == b->lower);
    CHECK(a->upper == b->upper);
    CHECK((a->lower != c->lower || a->upper != c->upper));
}

TEST_CASE("bootstrap_ci rejects zero resamples") {
    auto ci = bootstrap_ci(k_sample, {BootstrapStatistic::mean, 0.95, 0, 1});
    REQUIRE_FALSE(ci);
    CHECK(ci.error().message == "resamples must be a positive whole number, got 0");
}
