#include "grade/numeric/numeric_validator.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "bank/bank.hpp"
#include "grade/bank_validator.hpp"
#include "support/temp_dir.hpp"

using prepl::test::TempDir;

namespace {

// The example of NUMERIC_FORMAT.md, verbatim but for hints and explanation.
const char* k_format_example = R"json({
  "id": "ctr-test-new-button", "kind": "numeric", "title": "Is the new button's CTR lift significant?",
  "difficulty": "medium", "tags": ["ab-testing", "z-test", "proportions"], "companies": ["Pinterest"],
  "target_minutes": 8,
  "prompt": "Control showed the old button to {n1} users, {x1} clicked. Treatment showed the new button to {n2} users, {x2} clicked. Compute the pooled two-proportion z statistic (treatment minus control) and the two-sided p-value.",
  "params": {
    "n1": {"int": [9000, 12000]},
    "n2": {"int": [9000, 12000]},
    "p1": {"uniform": [0.03, 0.05], "round": 4},
    "lift": {"choice": [0.05, 0.08, 0.1]},
    "x1": {"expr": "round(n1 * p1)"},
    "x2": {"expr": "round(n2 * p1 * (1 + lift))"},
    "alpha": 0.05
  },
  "answers": [
    {"name": "z", "solver": "two_proportion_ztest", "field": "z",
     "args": {"x1": "x1", "n1": "n1", "x2": "x2", "n2": "n2"}, "tolerance": {"relative": 0.01}},
    {"name": "p_value", "solver": "two_proportion_ztest", "field": "p_value",
     "args": {"x1": "x1", "n1": "n1", "x2": "x2", "n2": "n2"}, "tolerance": {"absolute": 0.002}}
  ],
  "mistakes": [
    {"answer": "p_value", "expr": "p_value / 2",
     "message": "Your p-value is half the reference: did you use a one-sided test? The question asks two-sided."},
    {"answer": "z", "solver": "welch_ttest", "field": "t", "args": {"mean1": "x1 / n1", "sd1": "sqrt(x1/n1*(1-x1/n1))", "n1": "n1", "mean2": "x2/n2", "sd2": "sqrt(x2/n2*(1-x2/n2))", "n2": "n2"},
     "message": "That is the unpooled statistic; under H0 the two groups share one rate, so pool them."}
  ],
  "explanation": "z = {=z}, p = {=p_value}."
})json";

std::vector<std::string> findings(const char* id, const std::string& json) {
    TempDir dir;
    dir.write(std::string("bank/stats/") + id + ".json", json);
    auto bank = prepl::bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    REQUIRE(bank->issues().empty());
    return prepl::grade::numeric::validate_numeric_problem(*bank->find(id));
}

bool any_contains(const std::vector<std::string>& messages, const std::string& needle) {
    return std::any_of(messages.begin(), messages.end(),
                       [&](const std::string& m) { return m.find(needle) != std::string::npos; });
}

}  // namespace

TEST_CASE(
    "the format's own example validates, except its unpooled mistake which pooling makes "
    "indistinguishable") {
    // With n1, n2 near 10,000 and similar rates, the unpooled statistic is within 1% of the pooled
    // one for every seed, so that mistake can never be told apart: validate says so.
    const auto found = findings("ctr-test-new-button", k_format_example);
    CAPTURE(found.size());
    for (const auto& f : found) CAPTURE(f);
    REQUIRE(found.size() == 1);
    CHECK(found[0].find("/mistakes/1: typed by hand it is accepted as the reference on") == 0);
}

TEST_CASE("validate finds a param the prompt hides, and a mistake equal to the reference") {
    std::string json = k_format_example;
    json.replace(json.find("{n2} users"), 10, "the same number of users");
    json.replace(json.find("\"p_value / 2\""), 13, "\"p_value * 1\"");
    const auto found = findings("ctr-test-new-button", json);
    CHECK(any_contains(found, "/prompt: the answers use param n2 but the prompt never shows it"));
    CHECK(any_contains(found, "/mistakes/0: typed by hand it is accepted as the reference on 200 of 200 seeds"));
}

TEST_CASE("validate finds answers that cannot be computed for some seed") {
    std::string json = k_format_example;
    // n1 can be 0: the z-test fails for that draw.
    const std::string range = "\"n1\": {\"int\": [9000, 12000]}";
    json.replace(json.find(range), range.size(), "\"n1\": {\"int\": [0, 1]}");
    const auto found = findings("ctr-test-new-button", json);
    CHECK(any_contains(found, "(seed"));
}

TEST_CASE("validate_bank reports numeric findings with the problem id") {
    TempDir dir;
    std::string json = k_format_example;
    json.replace(json.find("{x1} clicked"), 12, "some clicked");
    dir.write("bank/stats/ctr-test-new-button.json", json);
    auto bank = prepl::bank::load_bank(dir.path() / "bank");
    REQUIRE(bank.has_value());
    const auto report = prepl::grade::validate_bank(*bank);
    CHECK(report.problems_checked == 1);
    CHECK_FALSE(report.ok());
    CHECK(std::any_of(report.findings.begin(), report.findings.end(), [](const auto& f) {
        return f.problem_id == "ctr-test-new-button" &&
               f.message.find("param x1") != std::string::npos;
    }));
}
