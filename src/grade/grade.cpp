#include "grade/grade.hpp"

#include "grade/numeric/numeric_grader.hpp"
#include "grade/numeric/params.hpp"
#include "grade/case_grader.hpp"
#include "grade/lua_grading.hpp"

namespace prepl::grade {

Verdict grade_answer(const bank::Problem& problem, std::string_view answer, Fixtures& fixtures,
                     const GradeOptions& options) {
    switch (problem.kind) {
        case bank::Kind::sql: {
            Verdict verdict = grade_sql(problem, answer, fixtures, options);
            apply_sql_lua_grader(problem, fixtures, answer, verdict, options);  // when it names a grader
            return verdict;
        }
        case bank::Kind::numeric:
            return numeric::grade_numeric(problem, answer, options.seed.value_or(numeric::default_seed(problem.id)),
                                          options.reveal);
        case bank::Kind::case_study: return grade_case(problem, fixtures.bank(), answer);
    }
    Verdict v;
    v.problem_id = problem.id;
    v.status = Verdict::Status::error;
    v.message = "grading of " + std::string(bank::to_string(problem.kind)) + " problems is not available yet";
    return v;
}

}  // namespace prepl::grade
