#include "stats/metrics.hpp"

#include <doctest/doctest.h>

#include <vector>

#include "approx.hpp"

using namespace prepl::stats;
using prepl::stats::testing::rel;

TEST_CASE("forecast_errors on a five-point series") {
    // Exact fractions in Python (rmse via mpmath sqrt): e = actual - forecast = -2, 5, -5, 2, 5.
    auto r = forecast_errors(std::vector<double>{100, 120, 90, 110, 130},
                             std::vector<double>{102, 115, 95, 108, 125});
    REQUIRE(r);
    CHECK(r->mae == rel(3.8));
    CHECK(r->rmse == rel(4.0743097574926725));
    CHECK(r->mape == rel(3.4773115773115773));
    CHECK(r->smape == rel(3.4794707173831274));
    CHECK(r->mase == rel(0.16888888888888889));  // 3.8 / (90 / 4)
}

TEST_CASE("forecast_errors refuses a zero actual and mismatched lengths") {
    auto zero = forecast_errors(std::vector<double>{1, 0, 2}, std::vector<double>{1, 1, 1});
    REQUIRE_FALSE(zero);
    CHECK(zero.error().message == "actual is 0 at position 2: MAPE is undefined");
    auto lengths = forecast_errors(std::vector<double>{1, 2, 3}, std::vector<double>{1, 2});
    REQUIRE_FALSE(lengths);
    CHECK(lengths.error().message == "actual and forecast must have the same length, got 3 and 2");
}

TEST_CASE("roc_auc counts tied scores as one half") {
    // Pair counting in Python: 10 of 16 positive-negative pairs, two ties at 0.7 -> 5/8.
    auto auc = roc_auc(std::vector<double>{1, 0, 1, 1, 0, 0, 1, 0},
                       std::vector<double>{0.9, 0.8, 0.7, 0.7, 0.7, 0.3, 0.2, 0.1});
    REQUIRE(auc);
    CHECK(*auc == rel(0.625));
}

TEST_CASE("roc_auc needs both classes and 0/1 labels") {
    CHECK_FALSE(roc_auc(std::vector<double>{1, 1}, std::vector<double>{0.1, 0.2}));
    auto bad = roc_auc(std::vector<double>{1, 2}, std::vector<double>{0.1, 0.2});
    REQUIRE_FALSE(bad);
    CHECK(bad.error().message == "labels[2] must be 0 or 1, got 2");
}

TEST_CASE("confusion_metrics from counts") {
    // tp 40, fp 10, fn 20, tn 30: precision 4/5, recall 2/3, F1 = 80/110, accuracy 70/100.
    auto m = confusion_metrics({40, 10, 20, 30});
    REQUIRE(m);
    CHECK(m->precision == rel(0.8));
    CHECK(m->recall == rel(2.0 / 3.0));
    CHECK(m->f1 == rel(8.0 / 11.0));
    CHECK(m->accuracy == rel(0.7));
    auto undefined = confusion_metrics({0, 0, 5, 5});
    REQUIRE_FALSE(undefined);
    CHECK(undefined.error().message == "tp + fp must be more than 0: precision is 0/0");
}
