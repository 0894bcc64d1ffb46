// Fuzz target: grading one user SQL string (grade/sql_grader through the SQL sandbox). Input: the
// first line names a bundled SQL problem (else the first byte picks one), the rest is the user's
// SQL. Invariants: hostile SQL is accepted or rejected (a failure of the user's query is a
// rejection), never a bank error; the score stays within 0..max; the problem's own solution,
// given as the answer, is accepted. Fixtures are built once per problem and reused, as
// `check --all` does.
#include <chrono>
#include <cmath>
#include <string>

#include "fuzz_support.hpp"
#include "grade/fixtures.hpp"
#include "grade/sql_grader.hpp"

using namespace prepl;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size > (16u << 10)) return 0;
    static const auto problems = fuzz::bundled_problems(bank::Kind::sql);
    static grade::Fixtures fixtures(fuzz::bundled_bank());
    std::string_view sql = fuzz::as_text(data, size);
    const bank::Problem& problem = fuzz::pick_problem(problems, sql);

    grade::GradeOptions options;
    options.limits.time_budget = std::chrono::milliseconds(500);  // a runaway query costs 0.5 s, not 2 s
    const grade::Verdict verdict =
        grade::grade_sql(problem, sql, fixtures, options);
    if (verdict.status == grade::Verdict::Status::error)
        fuzz::fail("user SQL on " + problem.id + " was graded as a bank error: " + verdict.message);
    if (!std::isfinite(verdict.score) || verdict.score < 0 || verdict.score > verdict.max_score)
        fuzz::fail("SQL score out of range: " + std::to_string(verdict.score));
    if (const bank::SqlSpec* spec = problem.sql(); spec && sql == spec->solution && !verdict.accepted())
        fuzz::fail("the reference solution of " + problem.id + " was not accepted: " + verdict.message);
    return 0;
}
