#pragma once
// Graded example answers of a case problem ("examples": label, answer, expected score as a share
// of the maximum): `prepl validate` grades each one and measures how well prepl's scores agree
// with the expert's (Spearman's rank correlation), per problem and pooled over the bank.
#include <optional>
#include <string>
#include <vector>

#include "bank/bank.hpp"
#include "grade/case_problem.hpp"

namespace prepl::grade {

struct ExampleScore {
    std::string problem_id;
    std::size_t index = 0;
    std::string label;     // strong, mediocre, weak, keyword-list, negated, wrong-direction, bad-practice
    double expected = 0;   // the expert's score, 0..1
    double got = 0;        // prepl's score / max
    bool accepted = false;
};

struct ExampleReport {
    std::vector<ExampleScore> scores;
    std::vector<std::string> findings;  // each one fails validate: "/examples/3: ..."
};

// Labels that must score strictly below every "strong" example of the same problem.
bool is_adversarial_label(const std::string& label);

// Grades every example of the problem; a finding per example that cannot be graded and per
// adversarial example scoring at or above a strong one.
ExampleReport grade_case_examples(const bank::Problem& problem, const bank::Bank& bank, const CaseProblem& spec);

// Spearman's rank correlation of two equally long series (average ranks for ties); nullopt when
// fewer than 3 pairs or one series is constant.
std::optional<double> spearman(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace prepl::grade
