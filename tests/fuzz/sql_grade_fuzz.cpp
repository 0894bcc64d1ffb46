// Fuzz target: grading one user SQL string (grade/sql_grader through the SQL sandbox). Input: the
// first byte picks a bundled SQL problem, the rest is the user's SQL. Invariants: hostile SQL is
// accepted or rejected (a failure of the user's query is a rejection), never a bank error; the
// score stays within 0..max. Fixtures are built once per problem and reused, as `check --all` does.
#include <chrono>
#include <cmath>
#include <string>

#include "fuzz_support.hpp"
#include "grade/fixtures.hpp"
#include "grade/sql_grader.hpp"

using namespace prepl;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < 1 || size > (16u << 10)) return 0;
    static const auto problems = fuzz::bundled_problems(bank::Kind::sql);
    static grade::Fixtures fixtures(fuzz::bundled_bank());
    const bank::Problem& problem = *problems[data[0] % problems.size()];

    grade::GradeOptions options;
    options.limits.time_budget = std::chrono::milliseconds(500);  // a runaway query costs 0.5 s, not 2 s
    const grade::Verdict verdict =
        grade::grade_sql(problem, fuzz::as_text(data + 1, size - 1), fixtures, options);
    if (verdict.status == grade::Verdict::Status::error)
        fuzz::fail("user SQL on " + problem.id + " was graded as a bank error: " + verdict.message);
    if (!std::isfinite(verdict.score) || verdict.score < 0 || verdict.score > verdict.max_score)
        fuzz::fail("SQL score out of range: " + std::to_string(verdict.score));
    return 0;
}
