// The grading rules of issue 11: tolerances that tell classic mistakes apart, rounded answers,
// "require" redraws, binomial splits, and the validate rates that prove them.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "bank/bank.hpp"
#include "grade/numeric/numeric_grader.hpp"
#include "grade/numeric/numeric_prompt.hpp"
#include "grade/numeric/numeric_spec.hpp"
#include "grade/numeric/numeric_validator.hpp"
#include "grade/numeric/reference_answers.hpp"
#include "support/temp_dir.hpp"

using prepl::grade::Verdict;
using prepl::grade::numeric::grade_numeric;
using prepl::test::TempDir;

namespace {

struct Fixture {
    TempDir dir;
    std::optional<prepl::bank::Bank> bank;
    const prepl::bank::Problem& load(const std::string& json, const char* id) {
        dir.write(std::string("bank/stats/") + id + ".json", json);
        auto loaded = prepl::bank::load_bank(dir.path() / "bank");
        REQUIRE(loaded.has_value());
        REQUIRE_MESSAGE(loaded->issues().empty(),
                        (loaded->issues().empty() ? "" : loaded->issues()[0].to_string()));
        bank = std::move(*loaded);
        return *bank->find(id);
    }
};

bool has_line(const Verdict& v, const std::string& needle) {
    return std::any_of(v.feedback.begin(), v.feedback.end(),
                       [&](const std::string& f) { return f.find(needle) != std::string::npos; });
}

// x1 = 200 of 10000 vs x2 = 265 of 10000. By hand (python3 math, not prepl): pooled
// p = 465/20000, z = 0.0065 / sqrt(p (1 - p) 2/10000) = 3.049967, two-sided
// p = erfc(z / sqrt 2) = 0.0022887, one-sided 0.0011443.
std::string small_p_problem(const std::string& tolerance) {
    return R"({"id": "small-p", "kind": "numeric", "title": "Small p", "prompt": "{x1} of {n1} vs {x2} of {n2}.",
  "params": {"n1": 10000, "x1": 200, "n2": 10000, "x2": 265},
  "answers": [{"name": "p_value", "solver": "two_proportion_ztest", "field": "p_value",
               "args": {"x1": "x1", "n1": "n1", "x2": "x2", "n2": "n2"}, "tolerance": )" +
           tolerance + R"(}],
  "mistakes": [{"answer": "p_value", "expr": "p_value / 2", "message": "That is the one-sided p-value."}]})";
}

}  // namespace

TEST_CASE("a small p-value's one-sided half: accepted by a fixed ±0.003, rejected and named by a relative tolerance") {
    Fixture f;
    const auto& loose = f.load(small_p_problem(R"({"absolute": 0.003})"), "small-p");
    CHECK(grade_numeric(loose, "0.001144", 1).accepted());  // the old trap

    Fixture g;
    const auto& strict = g.load(small_p_problem(R"({"relative": 0.05, "floor": 0.00001})"), "small-p");
    CHECK(grade_numeric(strict, "0.002289", 1).accepted());
    CHECK(grade_numeric(strict, "0.0022", 1).accepted());  // 2 significant digits: within 5%
    const Verdict half = grade_numeric(strict, "0.001144", 1);
    CHECK_FALSE(half.accepted());
    CHECK(has_line(half, "That is the one-sided p-value."));
    const Verdict zero = grade_numeric(strict, "0", 1);  // 0 is not "one-sided"
    CHECK_FALSE(zero.accepted());
    CHECK_FALSE(has_line(zero, "one-sided"));
}

TEST_CASE("an answer the prompt says to round up: exact, with the unrounded and rounded-down values named") {
    // n per arm = 2 (z_.975 + z_.8)^2 sigma^2 / delta^2 with sigma = 2, delta = 0.1: by hand
    // (python3 statistics.NormalDist) 6279.1038, so 6280 rounded up.
    Fixture f;
    const auto& p = f.load(R"({"id": "n-up", "kind": "numeric", "title": "n", "prompt": "sigma {s}, delta {d}; round up.",
  "params": {"s": 2, "d": 0.1},
  "answers": [{"name": "n", "expr": "2 * (qnorm(0.975) + qnorm(0.8))^2 * s^2 / d^2", "round": "up"}]})", "n-up");
    CHECK(grade_numeric(p, "6280", 1).accepted());
    CHECK(grade_numeric(p, "6,280", 1).accepted());
    const Verdict unrounded = grade_numeric(p, "6279.1", 1);
    CHECK_FALSE(unrounded.accepted());
    CHECK(has_line(unrounded, "n: that is the unrounded value; the prompt asks to round up"));
    const Verdict down = grade_numeric(p, "6279", 1);
    CHECK_FALSE(down.accepted());
    CHECK(has_line(down, "n: rounded down; the prompt asks to round up"));
    CHECK(has_line(down, "6279 is too low"));
}

TEST_CASE("feedback quotes the user's number as typed, not rounded to 6 digits") {
    Fixture f;
    const auto& p = f.load(R"({"id": "big", "kind": "numeric", "title": "big", "prompt": "{a}",
  "params": {"a": 59904000}, "answers": [{"name": "x", "expr": "a", "tolerance": 0}]})", "big");
    const Verdict v = grade_numeric(p, "59904484", 1);
    CHECK(has_line(v, "x: 59904484 is too high"));
    CHECK_FALSE(has_line(v, "59904500"));
}

TEST_CASE("require redraws deterministically until the condition holds, and says when it never can") {
    Fixture f;
    const auto& p = f.load(R"({"id": "req", "kind": "numeric", "title": "req", "prompt": "{a} {b}",
  "params": {"a": {"int": [1, 10]}, "b": {"int": [1, 10]}},
  "require": ["abs(a - b) >= 6"],
  "answers": [{"name": "d", "expr": "a - b", "tolerance": 0}]})", "req");
    auto spec = prepl::grade::numeric::parse_numeric_spec(p);
    REQUIRE(spec.has_value());
    int redrawn = 0;
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {
        auto ref = prepl::grade::numeric::compute_references(*spec, seed, p.id);
        REQUIRE(ref.has_value());
        CHECK(std::abs(ref->values[0]) >= 6);
        if (ref->attempts > 1) ++redrawn;
        auto again = prepl::grade::numeric::compute_references(*spec, seed, p.id);
        CHECK(again->values[0] == ref->values[0]);  // same seed, same redraw
    }
    CHECK(redrawn > 10);  // P(|a - b| >= 6) = 20/100, so most seeds needed a redraw
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {  // the prompt shows the redrawn numbers
        auto prompt = prepl::grade::numeric::numeric_prompt(p, seed);
        REQUIRE(prompt.has_value());
        const auto space = prompt->find(' ');
        const double a = std::stod(prompt->substr(0, space)), b = std::stod(prompt->substr(space + 1));
        CHECK(std::abs(a - b) >= 6);
        CHECK(grade_numeric(p, std::to_string(static_cast<int>(a - b)), seed).accepted());
    }

    Fixture g;
    const auto& never = g.load(R"({"id": "never", "kind": "numeric", "title": "n", "prompt": "{a}",
  "params": {"a": {"int": [1, 10]}}, "require": ["a > 10"],
  "answers": [{"name": "x", "expr": "a"}]})", "never");
    const Verdict v = grade_numeric(never, "1", 1);
    CHECK(v.status == Verdict::Status::error);
    CHECK(v.message.find("/require/0: \"a > 10\" failed on all 1000 draws of seed 1") != std::string::npos);
}

TEST_CASE("a binomial split of the total: deterministic, and near half over many seeds") {
    Fixture f;
    const auto& p = f.load(R"({"id": "split", "kind": "numeric", "title": "s", "prompt": "{n1} {n2}",
  "params": {"total": 40000, "n1": {"binomial": ["total", 0.5]}, "n2": {"expr": "total - n1"}},
  "answers": [{"name": "x", "expr": "n1"}]})", "split");
    auto spec = prepl::grade::numeric::parse_numeric_spec(p);
    REQUIRE(spec.has_value());
    double sum = 0;
    bool unequal = false;
    for (std::uint64_t seed = 1; seed <= 100; ++seed) {
        auto ref = prepl::grade::numeric::compute_references(*spec, seed, p.id);
        REQUIRE(ref.has_value());
        const double n1 = ref->values[0];
        CHECK(std::abs(n1 - 20000) < 600);  // 6 sd of Binomial(40000, 0.5) is 600
        unequal = unequal || n1 != 20000;
        sum += n1;
    }
    CHECK(unequal);
    CHECK(std::abs(sum / 100 - 20000) < 60);  // sd of the mean of 100 draws is 10
}

TEST_CASE("a factor tolerance judges in log space, for Fermi estimates") {
    Fixture f;
    const auto& p = f.load(R"({"id": "fermi", "kind": "numeric", "title": "f", "prompt": "{a}",
  "params": {"a": 1000000}, "answers": [{"name": "x", "expr": "a", "tolerance": {"factor": 3}}]})", "fermi");
    CHECK(grade_numeric(p, "3000000", 1).accepted());
    CHECK(grade_numeric(p, "340000", 1).accepted());
    CHECK_FALSE(grade_numeric(p, "3100000", 1).accepted());
    CHECK_FALSE(grade_numeric(p, "300000", 1).accepted());
    CHECK_FALSE(grade_numeric(p, "-1000000", 1).accepted());
    CHECK(has_line(grade_numeric(p, "1e7", 1, true), "tolerance within a factor of 3"));
}

TEST_CASE("a tolerance amount may be an expression of the params") {
    Fixture f;
    const auto& p = f.load(R"({"id": "tol-expr", "kind": "numeric", "title": "t", "prompt": "{a} {se}",
  "params": {"a": 10, "se": 2}, "answers": [{"name": "x", "expr": "a", "tolerance": {"absolute": "0.1 * se"}}]})", "tol-expr");
    CHECK(grade_numeric(p, "10.2", 1).accepted());
    CHECK_FALSE(grade_numeric(p, "10.21", 1).accepted());
}

TEST_CASE("validate measures each mistake's rejection and naming over 200 seeds") {
    Fixture f;
    // z of a fixed pair, mistake -z: rejected on every seed; mistake z + 0.001: never.
    const auto& p = f.load(R"({"id": "rates", "kind": "numeric", "title": "r", "prompt": "{a}",
  "params": {"a": {"uniform": [1, 2], "round": 3}},
  "answers": [{"name": "x", "expr": "a", "tolerance": {"absolute": 0.01}}],
  "mistakes": [{"answer": "x", "expr": "-x", "message": "sign"},
               {"answer": "x", "expr": "x + 0.001", "message": "tiny"}]})", "rates");
    const auto v = prepl::grade::numeric::validate_numeric(p);
    CHECK(v.seeds == 200);
    CHECK(v.reference_accepted == 200);
    REQUIRE(v.mistakes.size() == 2);
    CHECK(v.mistakes[0].rejected == 200);
    CHECK(v.mistakes[0].named == 200);
    CHECK(v.mistakes[1].rejected == 0);
    REQUIRE(v.findings.size() == 1);
    CHECK(v.findings[0].find("/mistakes/1: typed by hand it is accepted as the reference on 200 of 200") == 0);
}

TEST_CASE("pooled and unpooled z: indistinguishable with equal arms, told apart once arms differ and require holds") {
    // The unpooled statistic as a mistake; with equal arms of 20,000 and small lifts it agrees
    // with the pooled z to well under the ±0.02 tolerance (the old ctr-two-proportion-ztest trap).
    const std::string common = R"J(
  "answers": [{"name": "z", "solver": "two_proportion_ztest", "field": "z",
               "args": {"x1": "x1", "n1": "n1", "x2": "x2", "n2": "n2"}, "tolerance": {"absolute": 0.02}}],
  "mistakes": [{"answer": "z", "expr": "zu", "message": "unpooled"}]})J";
    const std::string equal = R"J({"id": "pool", "kind": "numeric", "title": "p", "prompt": "{x1} of {n1}, {x2} of {n2}",
  "params": {"n1": 20000, "n2": 20000, "p1": {"uniform": [0.03, 0.05], "round": 4},
             "x1": {"expr": "round(n1 * p1)"}, "x2": {"expr": "round(n2 * p1 * 1.1)"},
             "zu": {"expr": "(x2/n2 - x1/n1) / sqrt(x1/n1*(1 - x1/n1)/n1 + x2/n2*(1 - x2/n2)/n2)"}},)J" + common;
    Fixture f;
    const auto before = prepl::grade::numeric::validate_numeric(f.load(equal, "pool"));
    REQUIRE(before.mistakes.size() == 1);
    CHECK(before.mistakes[0].rejected == 0);  // accepted as the reference on every seed

    const std::string split = R"J({"id": "pool", "kind": "numeric", "title": "p", "prompt": "{x1} of {n1}, {x2} of {n2}",
  "params": {"total": 100000, "n2": {"binomial": ["total", 0.2]}, "n1": {"expr": "total - n2"},
             "p1": {"uniform": [0.03, 0.05], "round": 4}, "lift": {"uniform": [0.1, 0.25], "round": 2},
             "x1": {"expr": "round(n1 * p1)"}, "x2": {"expr": "round(n2 * p1 * (1 + lift))"},
             "zu": {"expr": "(x2/n2 - x1/n1) / sqrt(x1/n1*(1 - x1/n1)/n1 + x2/n2*(1 - x2/n2)/n2)"}},
  "require": ["abs(z - zu) >= 0.07"],)J" + common;
    Fixture g;
    const auto& problem = g.load(split, "pool");
    const auto after = prepl::grade::numeric::validate_numeric(problem);
    CHECK(after.reference_accepted == 200);
    CHECK(after.mistakes[0].rejected == 200);
    CHECK(after.mistakes[0].named == 200);
    CHECK(after.findings.empty());
}
