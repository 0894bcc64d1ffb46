#pragma once
// The outcome of grading one answer: what the user sees, and what `check --format json` prints.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "grade/criterion_result.hpp"
#include "sql/comparator.hpp"
#include "sql/result_set.hpp"
#include "sql/sandbox.hpp"

namespace prepl::grade {

// One part of a numeric answer, as graded.
struct NumericPart {
    enum class Status { right, wrong, missing, unreadable };
    std::string name;
    Status status = Status::missing;
    std::optional<double> given;  // the user's value, when it was read
    double expected = 0;          // the reference; shown only when right or revealed
    std::string tolerance;        // "±0.002", "within 1%"
    std::string mistake;          // the message of a matched known mistake, if any
    std::string note;             // why an unreadable part could not be read
};

struct Verdict {
    // accepted / rejected: the user's answer was graded. error: the bank or a grader is broken,
    // never the user's fault.
    enum class Status { accepted, rejected, error };
    Status status = Status::error;
    std::string problem_id;
    std::string message;  // one or two sentences: what happened and what to look at
    std::string rules;    // plain-language statement of what was compared
    double score = 0;
    double max_score = 1;

    std::optional<sql::SqlFailure> sql_failure;  // the user's SQL did not run
    std::optional<sql::ResultDiff> diff;         // the user's result differs from the reference
    std::string fixture = "sample";              // dataset the diff comes from
    bool hidden_fixture = false;                 // the diff is on hidden data: rows not shown unless asked
    std::string hidden_purpose;                  // hidden data: the kind of case it was built for (never rows)
    std::optional<sql::ResultSet> result;        // the user's result on the sample data
    std::vector<std::string> feedback;           // extra notes (grader feedback, table-state details)

    // Numeric problems: the seed the params were drawn with, the params as the prompt showed
    // them (file order) and each part's result.
    std::optional<std::uint64_t> seed;
    std::vector<std::pair<std::string, std::string>> params;
    std::vector<NumericPart> parts;
    // Case problems: each rubric criterion found or missed, and the user's self-assessed score
    // (grade::mark_criterion_met), kept apart from the automatic `score`.
    std::vector<CriterionResult> criteria;
    std::optional<double> self_score;

    bool accepted() const { return status == Status::accepted; }
};

std::string_view to_string(Verdict::Status status);
std::string_view to_string(NumericPart::Status status);  // "right", "wrong", "missing", "unreadable"

// Process exit code for a verdict: 0 accepted, 1 rejected, 3 error.
int exit_code(const Verdict& verdict);

}  // namespace prepl::grade
