#include "stats/registry.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

#include "approx.hpp"

using namespace prepl::stats;
using prepl::stats::testing::rel;

namespace {

struct RegistryCase {
    const char* solver;
    Args args;
    const char* output;
    double expected;
    double tolerance;
};

// One reference value per registered name, so every table entry is wired to the right function
// with the right argument order. Sources are cited in the per-module tests that use the same
// inputs (mpmath / exact fractions / published tables).
std::vector<RegistryCase> registry_cases() {
    const Args welch = {{"mean1", 5.1}, {"sd1", 2.3}, {"n1", 400.0},
                        {"mean2", 5.4}, {"sd2", 2.9}, {"n2", 380.0}};
    const Args counts = {{"x1", 200.0}, {"n1", 1000.0}, {"x2", 240.0}, {"n2", 1000.0}};
    const Vector p_values = {0.01, 0.04, 0.03, 0.005, 0.2};
    Args diff_means = welch;
    diff_means["confidence"] = 0.95;
    return {
        {"bayes_ab",
         {{"x1", 10.0}, {"n1", 100.0}, {"x2", 15.0}, {"n2", 100.0}},
         "prob_2_beats_1",
         0.85328378993396613,
         1e-9},
        {"bayes_rule",
         {{"prior", 0.01}, {"sensitivity", 0.8}, {"false_positive_rate", 0.096}},
         "posterior",
         25.0 / 322.0,
         1e-9},
        {"benjamini_hochberg", {{"p_values", p_values}}, "adjusted", 0.025, 1e-9},
        {"binomial_probability", {{"n", 10.0}, {"k", 3.0}, {"p", 0.5}}, "sf", 0.9453125, 1e-9},
        {"birthday_probability", {{"people", 23.0}}, "p_shared", 0.50729723432398541, 1e-9},
        {"bonferroni", {{"p_values", p_values}}, "adjusted", 0.05, 1e-9},
        {"bootstrap_ci",
         {{"values", Vector{2.1, 3.4, 1.9, 5.6, 4.2, 3.3, 2.8, 4.9, 3.7, 2.5}},
          {"resamples", 2000.0}},
         "upper",
         4.15025,
         1e-12},
        {"chi_square_independence",
         {{"table", Matrix{{10, 20, 30}, {20, 25, 15}}}},
         "p_value",
         0.011743628457021363,
         1e-9},
        {"confusion_metrics",
         {{"tp", 40.0}, {"fp", 10.0}, {"fn", 20.0}, {"tn", 30.0}},
         "f1",
         8.0 / 11.0,
         1e-9},
        {"cuped",
         {{"y", Vector{12, 15, 11, 18, 14, 16, 13, 17}},
          {"x", Vector{10, 14, 9, 15, 13, 13, 11, 16}}},
         "variance_reduction",
         0.88713574982231699,
         1e-9},
        {"delta_method_ratio",
         {{"numerators", Vector{3, 5, 2, 8, 4, 6}}, {"denominators", Vector{10, 12, 8, 15, 9, 14}}},
         "se",
         0.04073650561318045,
         1e-9},
        {"describe", {{"values", Vector{10000001, 10000003, 10000002}}}, "sd", 1.0, 1e-9},
        {"design_effect",
         {{"cluster_size", 20.0}, {"icc", 0.05}, {"n", 10000.0}},
         "deff",
         1.95,
         1e-9},
        {"diff_means_ci", diff_means, "upper", 0.66915737888326294, 1e-9},
        {"diff_proportions_ci", counts, "lower", 0.0037327213564945195, 1e-9},
        {"expected_value",
         {{"values", Vector{1, 2, 3, 4, 5, 6}}, {"probabilities", Vector(6, 1.0 / 6.0)}},
         "variance",
         35.0 / 12.0,
         1e-9},
        {"forecast_errors",
         {{"actual", Vector{100, 120, 90, 110, 130}}, {"forecast", Vector{102, 115, 95, 108, 125}}},
         "smape",
         3.4794707173831274,
         1e-9},
        {"holm", {{"p_values", p_values}}, "adjusted", 0.04, 1e-9},
        {"mann_whitney_u",
         {{"x", Vector{19, 22, 16, 29, 24}}, {"y", Vector{20, 11, 17, 12}}},
         "p_value",
         0.11134688653314041,
         1e-9},
        {"mde_means", {{"sigma", 10.0}, {"n_per_group", 500.0}}, "mde", 1.7718780696593193, 1e-9},
        {"mde_proportions",
         {{"baseline", 0.1}, {"n_per_group", 14129.0}},
         "mde",
         0.0099996402801138299,
         1e-9},
        {"mean_ci", {{"mean", 10.0}, {"sd", 2.0}, {"n", 25.0}}, "lower", 9.1744405753487897, 1e-9},
        {"normal_probability",
         {{"x", 130.0}, {"mean", 100.0}, {"sd", 15.0}},
         "sf",
         0.022750131948179207,
         1e-9},
        {"poisson_probability", {{"lambda", 3.0}, {"k", 5.0}}, "cdf", 0.91608205796869655, 1e-9},
        {"pooled_ttest", welch, "t", 1.6048168300424215, 1e-9},
        {"power_ttest",
         {{"effect_size", 1.0}, {"n_per_group", 20.0}},
         "power",
         0.86895302772398972,
         1e-9},
        {"proportion_ci_normal",
         {{"successes", 81.0}, {"n", 263.0}},
         "upper",
         0.36377945553594225,
         1e-9},
        {"roc_auc",
         {{"labels", Vector{1, 0, 1, 1, 0, 0, 1, 0}},
          {"scores", Vector{0.9, 0.8, 0.7, 0.7, 0.7, 0.3, 0.2, 0.1}}},
         "auc",
         0.625,
         1e-9},
        // Armitage, McPherson & Rowe (1969): two looks at nominal 0.05 give 0.083 overall (3
        // decimals, so a relative 0.7%).
        {"peeking_false_positive_rate", {{"looks", 2.0}}, "false_positive_rate", 0.083, 7e-3},
        {"sample_size_means", {{"sigma", 10.0}, {"mde", 2.0}}, "n_per_group", 393, 0},
        {"sample_size_proportions", {{"baseline", 0.1}, {"mde", 0.01}}, "n_per_group", 14128, 0},
        {"sequential_boundaries",
         {{"looks", 2.0}, {"method", 1.0}},
         "boundaries",
         2.1782720887274376,
         1e-9},
        {"srm_check",
         {{"control", 50000.0}, {"treatment", 50700.0}},
         "p_value",
         0.027391897212245765,
         1e-9},
        {"t_critical", {{"df", 10.0}}, "t", 2.2281388519862747, 1e-9},
        {"two_proportion_ztest", counts, "z", 2.1591675854376524, 1e-9},
        {"welch_ttest", welch, "df", 722.29608545012802, 1e-9},
        {"wilson_interval",
         {{"successes", 81.0}, {"n", 263.0}},
         "lower",
         0.25528851987827423,
         1e-9},
        {"z_critical", {}, "z", 1.9599639845400542, 1e-9},
    };
}

// First element of a vector output, or the number.
double first_value(const OutputValue& value) {
    if (const auto* number = std::get_if<double>(&value)) return *number;
    return std::get<Vector>(value).at(0);
}

}  // namespace

TEST_CASE("every registered solver reproduces its reference value through solve()") {
    std::set<std::string> covered;
    for (const auto& c : registry_cases()) {
        CAPTURE(c.solver);
        auto outputs = solve(c.solver, c.args);
        REQUIRE_MESSAGE(outputs, (outputs ? "" : outputs.error().message));
        auto it = std::find_if(outputs->begin(), outputs->end(),
                               [&](const Output& o) { return o.name == c.output; });
        REQUIRE(it != outputs->end());
        if (c.tolerance == 0)
            CHECK(first_value(it->value) == c.expected);
        else
            CHECK(first_value(it->value) == rel(c.expected, c.tolerance));
        covered.insert(c.solver);
    }
    for (const auto& solver : solvers()) {
        CAPTURE(solver.name);
        CHECK(covered.contains(solver.name));
    }
}

TEST_CASE("solvers() is sorted by name, and every solver returns its declared outputs in order") {
    const auto& table = solvers();
    CHECK(std::is_sorted(table.begin(), table.end(),
                         [](const SolverInfo& a, const SolverInfo& b) { return a.name < b.name; }));
    for (const auto& c : registry_cases()) {
        const SolverInfo* info = find_solver(c.solver);
        REQUIRE(info != nullptr);
        auto outputs = solve(c.solver, c.args);
        REQUIRE(outputs);
        std::vector<std::string> names;
        for (const auto& o : *outputs) names.push_back(o.name);
        CAPTURE(c.solver);
        CHECK(names == info->outputs);
        CHECK_FALSE(info->summary.empty());
        for (const auto& input : info->inputs) CHECK_FALSE(input.description.empty());
    }
}

TEST_CASE("the brief's solver signatures are registered exactly") {
    struct Signature {
        const char* name;
        std::vector<std::string> inputs;
        std::vector<std::string> outputs;
    };
    const Signature expected[] = {
        {"describe", {"values"}, {"mean", "sd", "n", "median", "min", "max", "q1", "q3"}},
        {"two_proportion_ztest", {"x1", "n1", "x2", "n2"}, {"z", "p_value"}},
        {"welch_ttest", {"mean1", "sd1", "n1", "mean2", "sd2", "n2"}, {"t", "df", "p_value"}},
        {"pooled_ttest", {"mean1", "sd1", "n1", "mean2", "sd2", "n2"}, {"t", "df", "p_value"}},
        {"sample_size_means", {"sigma", "mde", "alpha", "power"}, {"n_per_group"}},
        {"sample_size_proportions", {"baseline", "mde", "alpha", "power"}, {"n_per_group"}},
        {"power_ttest", {"effect_size", "n_per_group", "alpha"}, {"power"}},
        {"chi_square_independence", {"table"}, {"chi2", "df", "p_value"}},
        {"srm_check", {"control", "treatment", "expected_control_share"}, {"chi2", "p_value"}},
        {"wilson_interval", {"successes", "n", "confidence"}, {"lower", "upper"}},
        {"mann_whitney_u", {"x", "y"}, {"u", "p_value"}},
        {"design_effect", {"cluster_size", "icc", "n"}, {"deff", "effective_n"}},
        {"cuped", {"y", "x"}, {"theta", "adjusted_mean", "variance_reduction"}},
        {"bonferroni", {"p_values", "alpha"}, {"adjusted", "rejected"}},
        {"holm", {"p_values", "alpha"}, {"adjusted", "rejected"}},
        {"benjamini_hochberg", {"p_values", "alpha"}, {"adjusted", "rejected"}},
        {"forecast_errors", {"actual", "forecast"}, {"mae", "rmse", "mape", "smape", "mase"}},
        {"roc_auc", {"labels", "scores"}, {"auc"}},
        {"confusion_metrics", {"tp", "fp", "fn", "tn"}, {"precision", "recall", "f1", "accuracy"}},
        {"bayes_ab", {"x1", "n1", "x2", "n2"}, {"prob_2_beats_1"}},
    };
    for (const auto& signature : expected) {
        CAPTURE(signature.name);
        const SolverInfo* info = find_solver(signature.name);
        REQUIRE(info != nullptr);
        std::vector<std::string> inputs;
        for (const auto& input : info->inputs) inputs.push_back(input.name);
        CHECK(inputs == signature.inputs);
        CHECK(info->outputs == signature.outputs);
    }
}

TEST_CASE("an unknown solver name is not_found and suggests close names") {
    auto r = solve("welch_test", {});
    REQUIRE_FALSE(r);
    CHECK(r.error().code == prepl::util::Error::Code::not_found);
    CHECK(r.error().message == "no solver named 'welch_test'; did you mean welch_ttest?");
    CHECK(find_solver("nope") == nullptr);
}

TEST_CASE("solve reports a missing input, an unknown key and a bad value by key") {
    auto missing = solve("two_proportion_ztest", {{"x1", 1.0}, {"n1", 10.0}, {"x2", 2.0}});
    REQUIRE_FALSE(missing);
    CHECK(missing.error().message == "two_proportion_ztest needs input 'n2' (trials in group 2)");

    auto unknown = solve("two_proportion_ztest",
                         {{"x1", 1.0}, {"n1", 10.0}, {"x2", 2.0}, {"n2", 10.0}, {"n3", 1.0}});
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message ==
          "two_proportion_ztest has no input 'n3' (did you mean n1, n2?); inputs: x1, n1, x2, n2");

    auto negative =
        solve("two_proportion_ztest", {{"x1", 1.0}, {"n1", -3.0}, {"x2", 2.0}, {"n2", 10.0}});
    REQUIRE_FALSE(negative);
    CHECK(negative.error().message == "n1 must be a positive whole number, got -3");

    auto nan = solve("normal_probability", {{"x", std::nan("")}});
    REQUIRE_FALSE(nan);
    CHECK(nan.error().message == "x must hold finite numbers (no NaN or infinity)");

    auto shape = solve("describe", {{"values", Matrix{{1, 2}, {3, 4}}}});
    REQUIRE_FALSE(shape);
    CHECK(shape.error().message == "values must be a list of numbers");

    auto flag = solve("sequential_boundaries", {{"looks", 3.0}, {"method", 2.0}});
    REQUIRE_FALSE(flag);
    CHECK(flag.error().message == "method must be 0 or 1, got 2");
}

TEST_CASE("solve fills defaults and accepts a single number for a list input") {
    auto z = solve("z_critical", {{"alpha", 0.05}, {"two_sided", 0.0}});
    REQUIRE(z);
    CHECK(*output_number(*z, "z") == rel(1.6448536269514727));
    auto single = solve("describe", {{"values", 4.0}});
    REQUIRE(single);
    CHECK(*output_number(*single, "mean") == 4.0);
}

TEST_CASE("output_number finds numbers only") {
    auto r = solve("bonferroni", {{"p_values", Vector{0.01, 0.02}}});
    REQUIRE(r);
    CHECK_FALSE(output_number(*r, "adjusted").has_value());  // a vector
    CHECK_FALSE(output_number(*r, "missing").has_value());
    auto t = solve("t_critical", {{"df", 10.0}});
    REQUIRE(t);
    CHECK(output_number(*t, "t").has_value());
}
