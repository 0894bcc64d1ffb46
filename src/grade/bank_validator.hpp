#pragma once
// `prepl validate`: checks that each problem of a bank can be trusted to grade honestly.
#include <string>
#include <vector>

#include "bank/bank.hpp"
#include "grade/fixtures.hpp"
#include "grade/sql_grader.hpp"

namespace prepl::grade {

struct ValidationFinding {
    std::string problem_id;  // empty for a file that did not load
    std::string file;
    std::string message;
};

struct ValidationReport {
    std::size_t problems_checked = 0;
    std::vector<ValidationFinding> findings;  // each one makes validate fail
    std::vector<std::string> notes;           // figures shown without failing (case examples' agreement)
    // One line per numeric problem: the reference's acceptance rate and each listed mistake's
    // rejection rate over the validate seeds (numeric::describe_rates).
    std::vector<std::string> numeric_rates;
    bool ok() const { return findings.empty(); }
};

// Checks one SQL problem: fixtures build; the reference is accepted on every fixture; the
// reference with its rows shuffled still passes when order is free; an empty query and
// `SELECT 1` are rejected; every wrong answer is rejected; every hidden dataset rejects at
// least one wrong answer (else it catches nothing).
std::vector<ValidationFinding> validate_sql_problem(const bank::Problem& problem, Fixtures& fixtures,
                                                    const GradeOptions& options = {});

// Every load issue of the bank plus the per-problem checks (numeric: validate_numeric_problem), for the problems in `ids`
// (all when empty).
// `options.reveal` (validate --reveal) shows hidden rows in findings: the author may see them.
ValidationReport validate_bank(const bank::Bank& bank, const std::vector<std::string>& ids = {},
                               const GradeOptions& options = {});

}  // namespace prepl::grade
