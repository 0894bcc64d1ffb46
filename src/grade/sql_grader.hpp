#pragma once
// Grades a SQL answer: runs it on a fresh copy of each fixture, runs the reference on its own
// connection, compares under the problem's rules; hidden fixtures catch lucky passes.
#include <cstdint>
#include <optional>
#include <string_view>

#include "bank/problem.hpp"
#include "grade/fixtures.hpp"
#include "grade/verdict.hpp"
#include "sql/sandbox.hpp"

namespace prepl::grade {

struct GradeOptions {
    sql::SandboxLimits limits;
    // Numeric problems: the seed of the params; none = numeric::default_seed(problem id), so
    // grading without a seed is reproducible.
    std::optional<std::uint64_t> seed;
    bool reveal = false;  // show what hidden data or a wrong numeric part would give away
    bool full_diff = false;  // keep every missing and unexpected row, not the first k_diff_rows_shown
};

// Never throws; a broken reference or dataset yields Status::error naming the file.
Verdict grade_sql(const bank::Problem& problem, std::string_view answer, Fixtures& fixtures,
                  const GradeOptions& options = {});

// What the reference produces on the sample data (result mode) or the checked tables after it
// ran (table-state mode, one ResultSet per table, in check_tables order).
util::Result<std::vector<sql::ResultSet>> reference_results(const bank::Problem& problem,
                                                            Fixtures& fixtures,
                                                            const GradeOptions& options = {});

// One-paragraph summary of a diff: "2 expected rows are missing and 1 row is unexpected ...".
std::string summarize_diff(const sql::ResultDiff& diff);

}  // namespace prepl::grade
